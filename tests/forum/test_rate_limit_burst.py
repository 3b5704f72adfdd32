"""Posting limits are counted atomically: a concurrent burst can't slip past them."""

import pytest
from django.core.exceptions import ValidationError

from forum import limits
from forum.models import Post
from forum.services import posting
from tests.conftest import run_concurrently
from tests.factories import UserFactory

from . import factories


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_ten_new_member_replies_stores_at_most_five():
    asker = UserFactory(handle="burst_asker")
    newcomer = UserFactory(handle="burst_newcomer")
    threads = [factories.thread(asker, title=f"Jerks at night, week {i}") for i in range(10)]
    allowed = limits.LIMITS["post"][1].count
    assert allowed == 5

    def reply(i):
        return posting.post_reply(
            author=newcomer, thread=threads[i], body=f"Ours did this too, around week {i}."
        )

    results = run_concurrently(reply, 10)
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert all(str(limits.RATE_LIMITED) in r.messages for r in refused)
    assert Post.objects.filter(author=newcomer).count() == allowed
    assert len(refused) == 10 - allowed
