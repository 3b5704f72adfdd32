"""Every staff power asks one rule: a session that passed MFA (accounts.permissions).

Each staff service is called by the same staff member three ways: as loaded from
the database (a task, the shell), as seen by a request whose session logged in
without the MFA step, and as seen by a request whose session passed it. Only the
last may act; the others are refused with the role's message and change nothing.
"""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.permissions import MODERATOR, has_role, is_moderator
from articles import workflow
from articles.services import editing, review
from articles.services._base import EDITOR_ROLE_ERROR, REVIEWER_ROLE_ERROR
from forum import selectors as forum_selectors
from forum.models import PostState
from forum.moderation.models import AuditLog, CuratedAnswer, WatchedRule
from forum.moderation.services import common, rules
from forum.moderation.services import community as mod_community
from forum.moderation.services import review as mod_review
from forum.services import community, posting
from forum.services.posting import NOT_YOURS, THREAD_CLOSED
from tests.articles.factories import ArticleFactory, PublishedArticleFactory
from tests.conftest import staff_client
from tests.factories import UserFactory
from tests.forum import factories as forum_factories
from tests.forum.moderation.factories import DOSE_REPLY, held_reply

pytestmark = pytest.mark.django_db

ALL_STAFF = ["Moderator", "Editor", "Medical reviewer"]


@pytest.fixture
def staff_client_all(db):
    return staff_client(UserFactory(handle="all_roles", groups=ALL_STAFF))


@pytest.fixture
def with_mfa(staff_client_all):
    return staff_client_all.staff_user


@pytest.fixture
def from_database(with_mfa):
    """The same person as a task or the shell sees them: no session at all."""
    return User.objects.get(pk=with_mfa.pk)


@pytest.fixture
def password_only(client, with_mfa):
    """The same person through a session that never passed the MFA step."""
    client.force_login(with_mfa)
    seen = client.get(reverse("accounts:home")).wsgi_request.user
    return getattr(seen, "_wrapped", seen)


@pytest.fixture
def world(db):
    asker = UserFactory(handle="asker_w")
    member = UserFactory(handle="member_w")
    thread = forum_factories.thread(asker)
    reply = forum_factories.reply(member, thread)
    held = held_reply(member, thread)
    closed = forum_factories.thread(asker, title="Closed thread about twitches at night")
    closed.closed = True
    closed.save(update_fields=["closed"])
    author = UserFactory(handle="article_author", groups=["Editor"])
    answer = CuratedAnswer.objects.create(
        title="About doses", situation="dose questions", body="Ask the prescriber."
    )
    rule = WatchedRule.objects.create(pattern="melatonin", is_regex=False, action="flag")
    return {
        "member": member,
        "thread": thread,
        "reply": reply,
        "held": held,
        "closed": closed,
        "answer": answer,
        "rule": rule,
        "draft": ArticleFactory(author=author, status=workflow.DRAFT),
        "in_review": ArticleFactory(author=author, status=workflow.IN_REVIEW),
        "approved": ArticleFactory(author=author, status=workflow.APPROVED),
        "scheduled": ArticleFactory(
            author=author, status=workflow.SCHEDULED, publish_at=timezone.now() + timedelta(days=2)
        ),
        "published": PublishedArticleFactory(author=author),
    }


NOT_MOD = str(common.NOT_A_MODERATOR)
NOT_CURATOR = str(common.NOT_CURATOR)

# (name, call(actor, world), the refusal's message)
POWERS = [
    ("post_approve", lambda a, w: mod_review.post_approve(moderator=a, post=w["held"]), NOT_MOD),
    (
        "post_edit_and_approve",
        lambda a, w: mod_review.post_edit_and_approve(
            moderator=a,
            post=w["held"],
            body="Please ask your own doctor about doses.",
            reason="dose",
        ),
        NOT_MOD,
    ),
    (
        "post_reject",
        lambda a, w: mod_review.post_reject(moderator=a, post=w["held"], reason="dose advice"),
        NOT_MOD,
    ),
    (
        "member_sanction",
        lambda a, w: mod_community.member_sanction(
            moderator=a, user=w["member"], kind="ban", reason="test"
        ),
        NOT_MOD,
    ),
    (
        "staff_note_add",
        lambda a, w: mod_community.staff_note_add(
            author=a, user=w["member"], text="Watch this one."
        ),
        NOT_MOD,
    ),
    (
        "thread_slow_mode_set",
        lambda a, w: mod_community.thread_slow_mode_set(
            moderator=a, thread=w["thread"], seconds=600
        ),
        NOT_MOD,
    ),
    (
        "watched_rule_save",
        lambda a, w: rules.watched_rule_save(
            actor=a, pattern="clonazepam", is_regex=False, action="flag"
        ),
        NOT_MOD,
    ),
    (
        "watched_rule_delete",
        lambda a, w: rules.watched_rule_delete(actor=a, rule=w["rule"]),
        NOT_MOD,
    ),
    (
        "curated_answer_save",
        lambda a, w: mod_community.curated_answer_save(
            actor=a, title="New answer", situation="s", body="b", article_slugs=[]
        ),
        NOT_CURATOR,
    ),
    (
        "curated_answer_attach",
        lambda a, w: mod_community.curated_answer_attach(
            actor=a, thread=w["thread"], answer=w["answer"]
        ),
        NOT_CURATOR,
    ),
    (
        "thread_set_flags",
        lambda a, w: community.thread_set_flags(moderator=a, thread=w["thread"], pinned=True),
        NOT_MOD,
    ),
    (
        "post_delete (someone else's)",
        lambda a, w: posting.post_delete(actor=a, post=w["reply"]),
        str(NOT_YOURS),
    ),
    (
        "post_reply (closed thread)",
        lambda a, w: posting.post_reply(
            author=a, thread=w["closed"], body="Closing note from the team.", enforce_limits=False
        ),
        str(THREAD_CLOSED),
    ),
    (
        "article_create",
        lambda a, w: editing.article_create(
            editor=a, slug="new-one", title="New one", summary="s", key_points=["k"], body="Body."
        ),
        str(EDITOR_ROLE_ERROR),
    ),
    (
        "article_update",
        lambda a, w: editing.article_update(
            article=w["draft"],
            editor=a,
            title="Changed",
            summary="s",
            key_points=["k"],
            body="Body.",
        ),
        str(EDITOR_ROLE_ERROR),
    ),
    (
        "article_submit_for_review",
        lambda a, w: review.article_submit_for_review(article=w["draft"], user=a),
        str(EDITOR_ROLE_ERROR),
    ),
    (
        "article_request_changes",
        lambda a, w: review.article_request_changes(
            article=w["in_review"], reviewer=a, comment="Cite it."
        ),
        str(REVIEWER_ROLE_ERROR),
    ),
    (
        "article_approve",
        lambda a, w: review.article_approve(article=w["in_review"], reviewer=a),
        str(REVIEWER_ROLE_ERROR),
    ),
    (
        "article_review_confirm",
        lambda a, w: review.article_review_confirm(article=w["published"], reviewer=a),
        str(REVIEWER_ROLE_ERROR),
    ),
    (
        "article_publish",
        lambda a, w: review.article_publish(article=w["approved"], user=a),
        str(EDITOR_ROLE_ERROR),
    ),
    (
        "article_unschedule",
        lambda a, w: review.article_unschedule(article=w["scheduled"], user=a),
        str(EDITOR_ROLE_ERROR),
    ),
]


def _messages(exc) -> list[str]:
    return exc.messages if isinstance(exc, ValidationError) else [str(exc)]


@pytest.mark.parametrize(("name", "call", "refusal"), POWERS, ids=[p[0] for p in POWERS])
def test_every_staff_power_needs_a_session_that_passed_mfa(
    name, call, refusal, world, from_database, password_only, with_mfa
):
    audits = AuditLog.objects.count()
    for actor in (from_database, password_only):
        with pytest.raises((ValidationError, PermissionDenied)) as refused:
            call(actor, world)
        assert refusal in _messages(refused.value), name
    assert AuditLog.objects.count() == audits
    call(with_mfa, world)  # the same person, through a session that passed MFA


def test_refused_powers_changed_nothing(world, password_only):
    for _name, call, _refusal in POWERS:
        with pytest.raises((ValidationError, PermissionDenied)):
            call(password_only, world)
    world["held"].refresh_from_db()
    world["reply"].refresh_from_db()
    world["thread"].refresh_from_db()
    world["draft"].refresh_from_db()
    assert world["held"].state == PostState.HELD
    assert world["reply"].deleted_at is None
    assert not world["thread"].pinned
    assert world["draft"].status == workflow.DRAFT
    assert WatchedRule.objects.filter(pk=world["rule"].pk).exists()
    assert not world["closed"].posts.filter(author=password_only).exists()


def test_roles_grant_nothing_outside_a_staff_session(from_database, password_only, with_mfa):
    for actor in (from_database, password_only):
        assert not is_moderator(actor)
        assert not has_role(actor, MODERATOR)
    assert is_moderator(with_mfa)


def test_held_posts_and_threads_stay_hidden_from_a_moderator_without_mfa(
    client, world, password_only, staff_client_all, with_mfa
):
    held = world["held"]
    held_thread = forum_factories.thread(
        world["member"], title="A question about our evening routine", body=DOSE_REPLY
    )
    assert held_thread.state == PostState.HELD

    with pytest.raises(Http404):
        forum_selectors.post_get_for(user=password_only, pk=held.pk)
    page = client.get(world["thread"].get_absolute_url()).content.decode()
    assert held.body not in page
    assert client.get(held_thread.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    assert client.get(reverse("moderation:queue")).status_code == HTTPStatus.FOUND

    assert forum_selectors.post_get_for(user=with_mfa, pk=held.pk) == held
    response = staff_client_all.get(world["thread"].get_absolute_url(), follow=True)
    assert response.status_code == HTTPStatus.OK, response
    assert held.body_html in response.content.decode()
    assert staff_client_all.get(held_thread.get_absolute_url()).status_code == HTTPStatus.OK


def test_a_moderator_whose_session_skipped_mfa_cannot_delete_a_post_over_http(
    client, world, staff_client_all
):
    """The probe's case: POST /forum/p/<pk>/delete/ from a moderator's password-only
    session. The same moderator through the MFA door can."""
    moderator = staff_client_all.staff_user
    reply = world["reply"]
    url = reverse("forum:post_delete", args=[reply.pk])
    client.force_login(moderator)  # TOTP set up, but this session never passed it
    assert client.post(url).status_code == HTTPStatus.NOT_FOUND
    reply.refresh_from_db()
    assert reply.deleted_at is None
    assert staff_client_all.post(url).status_code == HTTPStatus.FOUND
    reply.refresh_from_db()
    assert reply.deleted_at is not None
