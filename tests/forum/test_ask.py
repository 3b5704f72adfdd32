"""Ask a question: warning signs first, similar threads, preview, prefilled body."""

from http import HTTPStatus

from django.urls import reverse
from django.utils.html import escape

from forum.models import Thread
from forum.services import posting
from tests.factories import UserFactory

from . import factories

NO_SIGNS = {"step": "signs", "awake": "no", "long": "no", "colour": "no", "wake": "no"}


def test_ask_needs_login_and_keeps_prefilled_body(client):
    url = reverse("forum:ask") + "?body=Three+jerks+a+night"
    response = client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_warning_signs_come_first_with_prefilled_body(client, asker):
    client.force_login(asker)
    response = client.get(reverse("forum:ask"), {"body": "Logbook summary: 12 episodes"})
    text = response.content.decode()
    assert 'data-testid="signs-form"' in text
    assert "longer than five minutes" in text
    assert 'value="Logbook summary: 12 episodes"' in text


def test_any_yes_shows_urgent_care_for_the_locale(client, db):
    us = UserFactory(locale="en-US")
    client.force_login(us)
    response = client.post(reverse("forum:ask"), {**NO_SIGNS, "colour": "yes", "body": "x"})
    text = response.content.decode()
    assert 'data-testid="urgent-guidance"' in text
    assert "<strong>911</strong>" in text
    assert "the ER" in text
    assert 'data-testid="ask-form"' not in text
    response = client.post(
        reverse("forum:ask"), {"step": "continue", "red_flags": "1", "body": "x"}
    )
    assert 'data-testid="ask-form"' in response.content.decode()


def test_no_signs_goes_to_the_question_form(client, asker):
    client.force_login(asker)
    response = client.post(reverse("forum:ask"), {**NO_SIGNS, "body": "Prefilled text"})
    text = response.content.decode()
    assert 'data-testid="ask-form"' in text
    assert "Prefilled text</textarea>" in text
    assert 'hx-get="/forum/ask/similar/"' in text


def test_unanswered_signs_show_errors(client, asker):
    client.force_login(asker)
    response = client.post(reverse("forum:ask"), {"step": "signs"})
    assert "This field is required." in response.content.decode()


def test_posting_the_question(client, asker):
    client.force_login(asker)
    response = client.post(
        reverse("forum:ask"),
        {
            "step": "thread",
            "category": factories.category().pk,
            "title": "My husband kicks every night as he falls asleep",
            "body": "It wakes me up several times. Should I wake him or let him sleep?",
        },
    )
    thread = Thread.objects.get()
    assert response["Location"] == thread.get_absolute_url()
    assert thread.is_published
    assert thread.author == asker


def test_refused_question_shows_error_and_saves_nothing(client, asker):
    client.force_login(asker)
    response = client.post(
        reverse("forum:ask"),
        {
            "step": "thread",
            "category": factories.category().pk,
            "title": "Great sleep deals for everyone today",
            "body": "Buy cheap magnesium pills online, 50% off today only, use discount code X",
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert escape(str(posting.REFUSED)) in response.content.decode()
    assert not Thread.objects.exists()


def test_similar_threads_while_typing(client, thread, helper_user):
    client.force_login(helper_user)
    response = client.get(reverse("forum:similar"), {"title": "baby arms jerking asleep"})
    text = response.content.decode()
    assert 'data-testid="similar-threads"' in text
    assert thread.get_absolute_url() in text
    assert "Follow instead" in text
    empty = client.get(reverse("forum:similar"), {"title": "completely unrelated kettle"})
    assert "similar-threads" not in empty.content.decode()


def test_follow_instead_from_suggestions(client, thread, helper_user):
    client.force_login(helper_user)
    response = client.post(
        reverse("forum:follow_thread", args=[thread.pk]),
        {"on": "1", "compact": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert "Following" in response.content.decode()
    assert thread.follows.filter(user=helper_user).exists()


def test_preview_renders_sanitized_markdown_and_moderation_hint(client, asker):
    client.force_login(asker)
    response = client.post(
        reverse("forum:preview"), {"body": "**bold** <script>x</script>\n\n" + factories.HELD_TEXT}
    )
    text = response.content.decode()
    assert "<strong>bold</strong>" in text
    assert "<script>" not in text
    assert "A moderator would read this" in text


def test_quote_prefills_reply(client, thread, helper_user):
    opening = thread.posts.get()
    client.force_login(helper_user)
    response = client.get(reverse("forum:reply", args=[thread.pk]), {"quote": opening.pk})
    assert "&gt; **worried_parent** wrote:" in response.content.decode()


def test_reply_view_posts_and_announces_held(client, thread, helper_user):
    client.force_login(helper_user)
    response = client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": factories.HELD_TEXT}, follow=True
    )
    text = response.content.decode()
    assert "A moderator will read your post" in text
    assert 'data-testid="held"' in text


def test_edit_view_only_for_the_author(client, thread, asker, helper_user):
    opening = thread.posts.get()
    client.force_login(helper_user)
    assert client.get(reverse("forum:post_edit", args=[opening.pk])).status_code == 404
    client.force_login(asker)
    response = client.post(
        reverse("forum:post_edit", args=[opening.pk]),
        {"title": factories.CALM_TITLE, "body": opening.body + " Edited."},
    )
    assert response.status_code == HTTPStatus.FOUND
    opening.refresh_from_db()
    assert opening.body.endswith("Edited.")
    assert opening.edited_at
