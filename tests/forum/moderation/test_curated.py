"""Curated answers: written once, pinned under questions, shown as a partial."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse

from forum.moderation.models import AuditLog, ThreadCuratedAnswer
from forum.moderation.selectors import curated_answers_for
from forum.moderation.services import community
from tests.conftest import staff_log_in

BODY = "Nobody here can tell from a description. A **video** helps your doctor most."


@pytest.fixture
def answer(reviewer):
    return community.curated_answer_save(
        actor=reviewer,
        title="Is this a seizure?",
        situation="A parent asks if the jerks are a seizure",
        body=BODY,
        article_slugs=["sleep-myoclonus-or-seizure"],
    )


def test_reviewer_writes_and_pins_an_answer(reviewer, answer, thread):
    assert "<strong>video</strong>" in answer.body_html
    assert community.curated_answer_attach(actor=reviewer, thread=thread, answer=answer)
    assert not community.curated_answer_attach(actor=reviewer, thread=thread, answer=answer)
    assert curated_answers_for(thread) == [answer]
    assert AuditLog.objects.filter(action="answer_attach", target_id=thread.pk).count() == 1


def test_answer_reused_across_threads(reviewer, answer, thread, asker):
    from tests.forum import factories as forum_factories

    other = forum_factories.thread(asker, title="Toddler jerks every night, a seizure?")
    for target in (thread, other):
        community.curated_answer_attach(actor=reviewer, thread=target, answer=answer)
    assert ThreadCuratedAnswer.objects.filter(answer=answer).count() == 2
    community.curated_answer_detach(actor=reviewer, thread=thread, answer=answer)
    assert curated_answers_for(thread) == []
    assert curated_answers_for(other) == [answer]


def test_member_cannot_curate(helper_user, answer, thread):
    with pytest.raises(ValidationError):
        community.curated_answer_attach(actor=helper_user, thread=thread, answer=answer)


def test_partial_renders_pinned_answers_with_article_links(reviewer, answer, thread):
    community.curated_answer_attach(actor=reviewer, thread=thread, answer=answer)
    html = render_to_string(
        "moderation/_curated_answers.html", {"curated_answers": curated_answers_for(thread)}
    )
    assert "Is this a seizure?" in html
    assert "<strong>video</strong>" in html
    assert 'href="/articles/sleep-myoclonus-or-seizure/"' in html


def test_selector_is_one_query(answer, reviewer, thread, django_assert_num_queries):
    community.curated_answer_attach(actor=reviewer, thread=thread, answer=answer)
    with django_assert_num_queries(1):
        curated_answers_for(thread)


def test_thread_moderation_page(client, reviewer, answer, thread, django_assert_num_queries):
    staff_log_in(client, reviewer)
    url = reverse("moderation:thread", args=[thread.pk])
    response = client.post(url, {"action": "attach", "answer": answer.pk})
    assert response.status_code == HTTPStatus.FOUND
    with django_assert_num_queries(6):
        body = client.get(url).content.decode()
    assert "Is this a seizure?" in body
    assert "Slow mode" not in body  # moderators only


def test_answers_page_permissions(client, user, reviewer, mod):
    url = reverse("moderation:answers")
    client.force_login(user)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    for staff in (reviewer, mod):
        staff_log_in(client, staff)
        assert client.get(url).status_code == HTTPStatus.OK


def test_answers_page_creates(client, reviewer):
    staff_log_in(client, reviewer)
    response = client.post(
        reverse("moderation:answers"),
        {
            "title": "Should I change the dose?",
            "situation": "dose questions",
            "body": "Only the prescribing doctor can say.",
            "slugs": "dosing-basics, other-one",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    body = client.get(reverse("moderation:answers")).content.decode()
    assert "Should I change the dose?" in body


def test_the_thread_page_pins_answers_under_the_question(client, reviewer, answer, thread):
    """The shared renderer fetches them through the selector (no template tag reads)."""
    client.get(thread.get_absolute_url())  # cached before the answer is attached
    community.curated_answer_attach(actor=reviewer, thread=thread, answer=answer)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert 'data-testid="curated-answer"' in html
    assert "Is this a seizure?" in html
