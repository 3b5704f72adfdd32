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
from ..selectors import invitation_get_for, members_page, membership_get_for
from .common import subject_context, subject_for_request


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
        try:
            services.membership_set_role(membership=membership, role=form.cleaned_data["role"])
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, _("Role changed."))
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
    if request.method == "POST":
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            if membership.created:
                messages.success(request, _("Welcome! You can now see this logbook."))
            else:
                messages.info(request, services.ALREADY_MEMBER_MESSAGE)
            return redirect("logbook:timeline", subject_id=membership.subject_id)
    return render(request, "logbook/invitation.html", {"invitation": invitation, "error": error})
