"""Members, invitations by email, roles, leaving."""

from __future__ import annotations

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..choices import Role
from ..forms import InviteForm, RoleForm
from ..models import INVITED, UNVERIFIED
from ..selectors.access import invitation_get_for, membership_get_for
from ..selectors.timeline import members_page
from .common import subject_context, subject_for_request


def _act(request, action, success: str) -> None:
    """Run a service call; its ValidationError becomes an error message, else ``success``."""
    try:
        action()
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, success)


@login_required
def members(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    member_rows, pending = members_page(subject)
    return render(
        request,
        "logbook/members.html",
        {
            **subject_context(subject),
            "members": member_rows,
            "pending": pending,
            "invite_form": InviteForm(),
            "roles": Role.choices,
        },
    )


@login_required
def invite(request, subject_id: int):
    subject = subject_for_request(request, subject_id, role=Role.OWNER)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invitation_create(
            subject=subject,
            invited_by=request.user,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
        )
        messages.success(
            request,
            _("Invitation sent to %(email)s. The link works once, for 7 days.")
            % {"email": form.cleaned_data["email"]},
        )
        return redirect("logbook:members", subject_id=subject.pk)
    return render(request, "logbook/invite.html", {**subject_context(subject), "form": form})


@login_required
@require_POST
def invitation_revoke(request, subject_id: int, pk: int):
    invitation = invitation_get_for(request.user, subject_id, pk)
    services.invitation_revoke(invitation=invitation)
    messages.success(request, _("Invitation revoked."))
    return redirect("logbook:members", subject_id=subject_id)


@login_required
@require_POST
def member_role(request, subject_id: int, pk: int):
    subject = subject_for_request(request, subject_id, role=Role.OWNER)
    membership = membership_get_for(request.user, subject.pk, pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        _act(
            request,
            lambda: services.membership_set_role(
                membership=membership, role=form.cleaned_data["role"]
            ),
            _("Role changed."),
        )
    return redirect("logbook:members", subject_id=subject_id)


@login_required
@require_POST
def member_remove(request, subject_id: int, pk: int):
    """An owner removes a member, or a member removes themself (leaves)."""
    membership = membership_get_for(request.user, subject_id, pk)
    leaving = membership.user_id == request.user.pk
    try:
        services.membership_remove(membership=membership)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
        return redirect("logbook:members", subject_id=subject_id)
    if leaving:
        messages.success(request, _("You left the logbook."))
        return redirect("logbook:index")
    messages.success(request, _("Member removed. Their entries stay in the logbook."))
    return redirect("logbook:members", subject_id=subject_id)


def _invitation_page(request, invitation, *, error=None, status=HTTPStatus.OK):
    """The invitation page. Only the invited, verified address sees what it is for."""
    standing = invitation.standing_of(request.user)
    context = {"error": error, "standing": standing}
    if standing == INVITED:
        context["invitation"] = invitation
    else:
        context["notice"] = (
            services.INVITATION_VERIFY_FIRST
            if standing == UNVERIFIED
            else services.INVITATION_NOT_FOR_YOU
        )
        context["requested"] = invitation.requested_by_id == request.user.pk
        context["request_sent"] = services.INVITATION_REQUEST_SENT
        if error == str(context["notice"]):
            context["error"] = None  # the notice already says it
    return render(request, "logbook/invitation.html", context, status=status)


@login_required
def invitation_accept(request, token: str):
    invitation = services.invitation_find(token=token)
    valid = (
        invitation is not None and invitation.accepted_at is None and invitation.revoked_at is None
    )
    error = None
    if not valid:
        error = services.INVITATION_INVALID_MESSAGE
    elif invitation.expires_at <= timezone.now():
        error = services.INVITATION_EXPIRED_MESSAGE
    if error:
        return render(
            request,
            "logbook/invitation.html",
            {"error": error},
            status=HTTPStatus.NOT_FOUND,
        )
    if request.method != "POST":
        return _invitation_page(request, invitation)
    if request.POST.get("action") == "request":
        try:
            invitation = services.invitation_request(token=token, user=request.user)
        except ValidationError as exc:
            return _invitation_page(request, invitation, error=exc.messages[0])
        return _invitation_page(request, invitation)
    try:
        membership = services.invitation_accept(token=token, user=request.user)
    except ValidationError as exc:
        return _invitation_page(request, invitation, error=exc.messages[0])
    if membership.created:
        messages.success(request, _("Welcome! You can now see this logbook."))
    else:
        messages.info(request, services.ALREADY_MEMBER_MESSAGE)
    return redirect("logbook:timeline", subject_id=membership.subject_id)


@login_required
@require_POST
def invitation_confirm(request, subject_id: int, pk: int):
    """The owner lets in someone who asked with another address."""
    invitation = invitation_get_for(request.user, subject_id, pk)
    _act(
        request,
        lambda: services.invitation_request_confirm(invitation=invitation),
        _("Request confirmed. They can now see this logbook."),
    )
    return redirect("logbook:members", subject_id=subject_id)


@login_required
@require_POST
def invitation_decline(request, subject_id: int, pk: int):
    invitation = invitation_get_for(request.user, subject_id, pk)
    _act(
        request,
        lambda: services.invitation_request_decline(invitation=invitation),
        _("Request declined. The invitation still waits for the address it was sent to."),
    )
    return redirect("logbook:members", subject_id=subject_id)
