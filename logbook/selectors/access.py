"""Access: membership and role decide what a user may fetch; otherwise Http404."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404

from ..choices import Role
from ..models import Episode, Invitation, MedicineEvent, Membership, Subject


def subjects_for(user) -> QuerySet[Subject]:
    """The logbooks the user is a member of, with `my_role` and counts, newest first."""
    return (
        Subject.objects.visible_to(user)
        .annotate(episode_count=Count("episodes", filter=Q(episodes__deleted_at__isnull=True)))
        .order_by("display_name", "pk")
    )


def subject_get_for(user, pk: int, *, role: str = Role.VIEWER) -> Subject:
    """The subject if `user` is a member with at least `role`; `subject.my_role` is set."""
    subject = Subject.objects.visible_to(user, role=role).filter(pk=pk).first()
    if subject is None:
        raise Http404
    return subject


def can_edit_episode(subject: Subject, episode: Episode, user) -> bool:
    """The author (still a caregiver or owner) or an owner may change an episode."""
    if subject.my_role == Role.OWNER:
        return True
    return subject.my_role == Role.CAREGIVER and episode.created_by_id == user.pk


def episode_get_for(
    user, subject_pk: int, pk: int, *, write: bool = False, deleted: bool = False
) -> Episode:
    """An episode of a subject the user belongs to; `write=True` means author or owner."""
    subject = subject_get_for(user, subject_pk, role=Role.CAREGIVER if write else Role.VIEWER)
    qs = Episode.objects.filter(subject=subject, pk=pk)
    qs = qs.filter(deleted_at__isnull=False) if deleted else qs.alive()
    episode = qs.select_related("created_by", "updated_by").first()
    if episode is None or (write and not can_edit_episode(subject, episode, user)):
        raise Http404
    episode.subject = subject
    return episode


def membership_get_for(user, subject_pk: int, pk: int) -> Membership:
    """A membership an owner manages, or the user's own (to leave)."""
    subject = subject_get_for(user, subject_pk)
    membership = Membership.objects.select_related("user").filter(subject=subject, pk=pk).first()
    if membership is None or (subject.my_role != Role.OWNER and membership.user_id != user.pk):
        raise Http404
    membership.subject = subject
    return membership


def invitation_get_for(user, subject_pk: int, pk: int) -> Invitation:
    subject = subject_get_for(user, subject_pk, role=Role.OWNER)
    invitation = Invitation.objects.filter(subject=subject, pk=pk).first()
    if invitation is None:
        raise Http404
    return invitation


def medicine_get_for(user, subject_pk: int, pk: int) -> MedicineEvent:
    subject = subject_get_for(user, subject_pk, role=Role.CAREGIVER)
    event = MedicineEvent.objects.filter(subject=subject, pk=pk).first()
    if event is None or (subject.my_role != Role.OWNER and event.created_by_id != user.pk):
        raise Http404
    event.subject = subject
    return event


def landing_for(user) -> str | None:
    """After log-in a parent lands where they log: their logbook, or the list of several."""
    from django.urls import reverse

    ids = list(Subject.objects.visible_to(user).values_list("pk", flat=True)[:2])
    if not ids:
        return None
    if len(ids) == 1:
        return reverse("logbook:timeline", kwargs={"subject_id": ids[0]})
    return reverse("logbook:index")


def sole_owned_subjects(user) -> QuerySet[Subject]:
    """Logbooks `user` owns with no other owner: they go when the account goes."""
    other_owner = Membership.objects.filter(subject=OuterRef("pk"), role=Role.OWNER).exclude(
        user=user
    )
    return Subject.objects.filter(memberships__user=user, memberships__role=Role.OWNER).exclude(
        Exists(other_owner)
    )
