"""Access matrix: every logbook URL x anonymous, another user, viewer, caregiver, owner.

Anonymous visitors are sent to log in; anyone who is not a member, or whose
role is too low for the action, gets 404 (never 403: it would confirm that the
logbook exists).
"""

import datetime as dt
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from logbook import services, urls
from logbook.choices import ROLE_RANK, Role
from logbook.models import MedicineEvent
from tests.factories import UserFactory

from .factories import EpisodeFactory, MembershipFactory

# url name -> (method, least role that may use it)
MATRIX = {
    "timeline": ("get", Role.VIEWER),
    "calendar": ("get", Role.VIEWER),
    "charts": ("get", Role.VIEWER),
    "report": ("get", Role.VIEWER),
    "report_pdf": ("get", Role.VIEWER),
    "export_csv": ("get", Role.VIEWER),
    "describe": ("get", Role.VIEWER),
    "nights": ("get", Role.VIEWER),
    "medicines": ("get", Role.VIEWER),
    "members": ("get", Role.VIEWER),
    "quick_log": ("post", Role.CAREGIVER),
    "episode_create": ("get", Role.CAREGIVER),
    # The episode was logged by the owner: a caregiver may change only their own.
    "episode_edit": ("get", Role.OWNER),
    "episode_delete": ("post", Role.OWNER),
    "episode_restore": ("post", Role.OWNER),
    "medicine_delete": ("post", Role.OWNER),
    "subject_edit": ("get", Role.OWNER),
    "subject_delete": ("get", Role.OWNER),
    "invite": ("get", Role.OWNER),
    "member_role": ("post", Role.OWNER),
    "member_remove": ("post", Role.OWNER),
    "invitation_revoke": ("post", Role.OWNER),
    "invitation_confirm": ("post", Role.OWNER),
    "invitation_decline": ("post", Role.OWNER),
}
# Not about one logbook: tested in test_members.py / test_pages.py.
NOT_SUBJECT_SCOPED = {"index", "subject_create", "invitation_accept"}
ROLES = ["anonymous", "stranger", Role.VIEWER, Role.CAREGIVER, Role.OWNER]


def test_matrix_covers_every_logbook_url():
    names = {p.name for p in urls.urlpatterns}
    assert names == set(MATRIX) | NOT_SUBJECT_SCOPED


@pytest.fixture
def world(subject, owner, caregiver, viewer, stranger):
    episode = EpisodeFactory(subject=subject, created_by=owner)
    deleted = EpisodeFactory(subject=subject, created_by=owner)
    services.episode_delete(episode=deleted, user=owner)
    extra = MembershipFactory(subject=subject, user=UserFactory(), role=Role.VIEWER)
    invitation, _token = services.invitation_create(
        subject=subject, invited_by=owner, email="grandma@example.org", role=Role.VIEWER
    )
    medicine = MedicineEvent.objects.create(
        subject=subject,
        date=timezone.localdate() - dt.timedelta(days=3),
        name="Iron drops",
        change="started",
        created_by=owner,
    )
    pks = {
        "episode_edit": episode.pk,
        "episode_delete": episode.pk,
        "episode_restore": deleted.pk,
        "medicine_delete": medicine.pk,
        "member_role": extra.pk,
        "member_remove": extra.pk,
        "invitation_revoke": invitation.pk,
        "invitation_confirm": invitation.pk,
        "invitation_decline": invitation.pk,
    }
    users = {
        "stranger": stranger,
        Role.VIEWER: viewer,
        Role.CAREGIVER: caregiver,
        Role.OWNER: owner,
    }
    return subject, pks, users


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_access(client, world, name, role):
    subject, pks, users = world
    method, least = MATRIX[name]
    kwargs = {"subject_id": subject.pk}
    if name in pks:
        kwargs["pk"] = pks[name]
    url = reverse(f"logbook:{name}", kwargs=kwargs)
    data = {"role": Role.VIEWER} if name == "member_role" else {}
    if role != "anonymous":
        client.force_login(users[role])
    response = getattr(client, method)(url, data)
    if role == "anonymous":
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith(reverse("account_login"))
    elif role == "stranger" or ROLE_RANK[role] < ROLE_RANK[least]:
        assert response.status_code == HTTPStatus.NOT_FOUND
    elif method == "get":
        assert response.status_code == HTTPStatus.OK
    else:
        assert response.status_code == HTTPStatus.FOUND


def test_a_logbook_that_does_not_exist_is_the_same_404(client, stranger):
    client.force_login(stranger)
    response = client.get(reverse("logbook:timeline", kwargs={"subject_id": 999999}))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_caregiver_may_edit_and_delete_own_episode(client, subject, caregiver):
    mine = EpisodeFactory(subject=subject, created_by=caregiver)
    client.force_login(caregiver)
    kwargs = {"subject_id": subject.pk, "pk": mine.pk}
    assert client.get(reverse("logbook:episode_edit", kwargs=kwargs)).status_code == 200
    response = client.post(reverse("logbook:episode_delete", kwargs=kwargs))
    assert response.status_code == HTTPStatus.FOUND
    mine.refresh_from_db()
    assert mine.deleted_at is not None


@pytest.mark.parametrize("name", ["nights", "medicines"])
def test_viewer_cannot_write_nights_or_medicines(client, subject, viewer, name):
    client.force_login(viewer)
    url = reverse(f"logbook:{name}", kwargs={"subject_id": subject.pk})
    response = client.post(url, {"night_of": "2026-01-01", "name": "X", "change": "started"})
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not MedicineEvent.objects.filter(subject=subject).exists()


def test_episode_of_another_logbook_is_404_even_for_an_owner(client, subject, owner):
    other = EpisodeFactory()
    client.force_login(owner)
    url = reverse("logbook:episode_edit", kwargs={"subject_id": subject.pk, "pk": other.pk})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
