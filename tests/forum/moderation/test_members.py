"""Member standing pages, staff notes, the audit log and the public guidelines."""

from http import HTTPStatus

from django.urls import reverse

from forum.moderation.models import AuditLog, MemberStanding
from forum.moderation.services import community
from tests.conftest import staff_log_in


def test_guidelines_are_public(client, db):
    response = client.get(reverse("community_guidelines"))
    body = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Diagnose another person." in body
    assert "What happens when a post is held" in body


def test_guidelines_show_the_members_emergency_number(client, user):
    user.locale = "en-US"
    user.save(update_fields=["locale"])
    client.force_login(user)
    body = client.get(reverse("community_guidelines")).content.decode()
    assert "call <strong>911</strong> now" in body
    assert client.get(reverse("moderation:guidelines")).status_code == HTTPStatus.OK


def test_member_page_permissions(client, user, helper_user, mod):
    url = reverse("moderation:member", args=[helper_user.handle])
    assert client.get(url).status_code == HTTPStatus.FOUND
    client.force_login(user)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    staff_log_in(client, mod)
    assert client.get(url).status_code == HTTPStatus.OK


def test_silence_through_the_page_is_audited(mod_client, mod, helper_user):
    url = reverse("moderation:member_sanction", args=[helper_user.handle])
    mod_client.post(url, {"kind": "silence", "days": "1", "reason": "heated replies"})
    standing = MemberStanding.objects.get(user=helper_user)
    assert standing.silenced_until is not None
    row = AuditLog.objects.get(action="member_silence")
    assert (row.actor, row.target_id, row.reason) == (mod, helper_user.pk, "heated replies")
    page = mod_client.get(reverse("moderation:member", args=[helper_user.handle]))
    assert "Silenced until" in page.content.decode()


def test_silence_needs_a_duration(mod_client, helper_user):
    url = reverse("moderation:member_sanction", args=[helper_user.handle])
    mod_client.post(url, {"kind": "suspend", "reason": "r"})
    assert not MemberStanding.objects.exists()


def test_staff_note(mod_client, helper_user):
    mod_client.post(
        reverse("moderation:member_note", args=[helper_user.handle]), {"text": "Kind but blunt."}
    )
    page = mod_client.get(reverse("moderation:member", args=[helper_user.handle]))
    assert "Kind but blunt." in page.content.decode()
    assert AuditLog.objects.filter(action="note_add", target_id=helper_user.pk).exists()


def test_audit_log_page(mod_client, mod, helper_user, django_assert_num_queries):
    for i in range(3):
        community.member_sanction(moderator=mod, user=helper_user, kind="ban", reason=f"r{i}")
    with django_assert_num_queries(4):
        body = mod_client.get(reverse("moderation:audit")).content.decode()
    assert body.count("member_ban") == 3
    assert "mod_on_duty" in body


def test_audit_log_is_staff_only(user_client):
    assert user_client.get(reverse("moderation:audit")).status_code == HTTPStatus.FORBIDDEN


def test_slow_mode_from_the_thread_page(mod_client, thread):
    mod_client.post(
        reverse("moderation:thread", args=[thread.pk]),
        {"action": "slow_mode", "minutes": "10", "reason": "flame war"},
    )
    assert thread.moderation_settings.slow_mode_seconds == 600
    assert AuditLog.objects.get(action="slow_mode").reason == "flame war"


def test_member_page_query_count(mod_client, mod, helper_user, thread, django_assert_num_queries):
    from .factories import held_reply

    held_reply(helper_user, thread)
    community.staff_note_add(author=mod, user=helper_user, text="First note.")
    url = reverse("moderation:member", args=[helper_user.handle])
    with django_assert_num_queries(7):
        mod_client.get(url)
    held_reply(helper_user, thread, "Write to me at someone@example.com")
    community.staff_note_add(author=mod, user=helper_user, text="Second note.")
    with django_assert_num_queries(7):
        body = mod_client.get(url).content.decode()
    assert "Second note." in body
    assert "someone@example.com" in body


def test_demo_seeder_is_idempotent(db):
    from accounts.demo_content import seed_accounts
    from forum.moderation.demo import seed_moderation
    from forum.moderation.models import CuratedAnswer, WatchedRule

    seed_accounts(lambda _line: None)
    seed_moderation(lambda _line: None)
    seed_moderation(lambda _line: None)
    assert CuratedAnswer.objects.count() == 2
    assert WatchedRule.objects.count() == 1
