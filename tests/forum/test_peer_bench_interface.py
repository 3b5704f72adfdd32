"""The names the shared peer benchmark's seeder imports from Hypnic stay importable.

../shared/peers-bench/hypnic/seed_hypnic.py seeds Hypnic's forum the way its own
services would and recounts every thread through ``forum.services.thread_refresh``;
renaming one of these breaks the benchmark run that judges issue 14.
"""

from __future__ import annotations

import pytest

from forum import selectors, services
from forum.models import Thread
from forum.moderation import combine
from forum.moderation import engine as moderation_engine
from tests.factories import UserFactory
from tests.forum import factories


def test_the_seeders_names_exist() -> None:
    calm = moderation_engine.evaluate("Thanks, the video idea helped us a lot.")
    assert calm.action == moderation_engine.PUBLISH
    assert combine(calm, calm).action == moderation_engine.PUBLISH
    assert moderation_engine.PUBLISH_URGENT != moderation_engine.PUBLISH
    assert selectors.POSTS_PER_PAGE > 0
    assert selectors.THREADS_PER_PAGE > 0


@pytest.mark.django_db
def test_thread_refresh_recounts_a_thread_written_behind_the_services_back() -> None:
    author = UserFactory()
    thread = factories.thread(author)
    factories.bulk_replies(thread, [author], 3)
    Thread.objects.filter(pk=thread.pk).update(reply_count=0)
    services.thread_refresh(thread_id=thread.pk)
    thread.refresh_from_db()
    assert thread.reply_count == 3
    assert selectors.page_count(thread) == 1
