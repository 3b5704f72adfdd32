"""Moderation views, thin: parse, call a selector or a service, render.

Staff pages use accounts.permissions (login, role, then MFA). Staff pages are not
private objects, so a member without the role gets 403 there.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from accounts.limits import Limit, limit_consume
from accounts.models import User
from accounts.permissions import curator_required, is_moderator, moderator_required
from forum import access as forum_access
from forum import selectors as forum_selectors
from forum.models import BODY_MAX, TITLE_MAX, Post

from . import learning, nudges, selectors, trust
from .forms import (
    ApproveForm,
    AttachAnswerForm,
    BulkForm,
    CuratedAnswerForm,
    EditApproveForm,
    FlagForm,
    NoteForm,
    RejectForm,
    SanctionForm,
    SlowModeForm,
    WatchedRuleForm,
)
from .models import CuratedAnswer, WatchedRule
from .services import common, community, review
from .services import rules as rule_services

DECIDED = {
    common.APPROVE: _("Approved and published; the author has been told."),
    common.EDIT_APPROVE: _("Edited and published; the author has been told."),
    common.REJECT: _("Rejected; the author has been told why."),
}
BULK_DONE = _("%(count)s posts decided.")
FLAGGED = _("Thank you. The moderators will read this post.")
SAVED = _("Saved.")
NUDGE_RATE_LIMITED = _("Checking paused for a moment; your text is still fine to post.")
NUDGE_LIMIT_PER_MINUTE = 60
# Longer than any title plus body the forum accepts; the engine never sees more.
NUDGE_MAX_CHARS = TITLE_MAX + BODY_MAX + 1


def _errors(request, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


# ------------------------------------------------------------------ public


def guidelines(request):
    return render(request, "moderation/guidelines.html")


@login_required
@require_POST
def check(request):
    """htmx: what the rules say about the text being written (no writes)."""
    limit = Limit(NUDGE_LIMIT_PER_MINUTE, 60)
    if not limit_consume(f"moderation:check:{request.user.pk}", limit):
        return HttpResponse(NUDGE_RATE_LIMITED, status=429)
    text = "\n".join(
        part for part in (request.POST.get("title", ""), request.POST.get("body", "")) if part
    )[:NUDGE_MAX_CHARS]
    return render(request, "moderation/_nudge.html", {"nudge": nudges.nudge_for(text)})


@login_required
def flag(request, pk: int):
    post = forum_selectors.post_get_for(user=request.user, pk=pk)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            community.flag_create(
                reporter=request.user,
                post=post,
                reason=form.cleaned_data["reason"],
                text=form.cleaned_data["text"],
            )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, FLAGGED)
            return redirect(post.thread)
    return render(request, "moderation/flag.html", {"post": post, "form": form})


# ------------------------------------------------------------------ the queue


@moderator_required
def queue(request):
    page = selectors.queue_page(page=request.GET.get("page"))
    return render(
        request,
        "moderation/queue.html",
        {
            "page": page,
            "stats": selectors.queue_stats(),
            "model": learning.model_status(),
            "bulk_form": BulkForm(),
            "templates": selectors.reason_templates(),
        },
    )


@moderator_required
@require_POST
def queue_bulk(request):
    ids = [int(v) for v in request.POST.getlist("posts") if v.isdigit()]
    form = BulkForm(request.POST, post_ids=ids)
    if not form.is_valid():
        messages.error(request, _("Select at least one post and a decision."))
        return redirect("moderation:queue")
    try:
        count = review.posts_decide_bulk(
            moderator=request.user,
            post_ids=form.cleaned_data["posts"],
            decision=form.cleaned_data["decision"],
            template=form.cleaned_data["template"],
        )
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, BULK_DONE % {"count": count})
    return redirect("moderation:queue")


@moderator_required
def item(request, pk: int, *, forms: dict | None = None):
    entry = selectors.queue_item(pk=pk)
    forms = forms or {}
    context = {
        "item": entry,
        "post": entry.post,
        "held": forum_access.is_held(entry.post),
        "flags": selectors.open_flags_for(entry.post),
        "approve_form": forms.get("approve") or ApproveForm(prefix="approve"),
        "edit_form": forms.get("edit")
        or EditApproveForm(prefix="edit", initial={"body": entry.post.body}),
        "reject_form": forms.get("reject") or RejectForm(prefix="reject"),
    }
    return render(request, "moderation/item.html", context)


def _decide(request, pk: int, decision: str):
    post = get_object_or_404(Post, pk=pk)
    form_class = {
        common.APPROVE: ApproveForm,
        common.EDIT_APPROVE: EditApproveForm,
        common.REJECT: RejectForm,
    }[decision]
    key = {common.APPROVE: "approve", common.EDIT_APPROVE: "edit"}.get(decision, "reject")
    form = form_class(request.POST, prefix=key)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if decision == common.APPROVE:
                review.post_approve(moderator=request.user, post=post, reason=data["reason"])
            elif decision == common.EDIT_APPROVE:
                review.post_edit_and_approve(
                    moderator=request.user, post=post, body=data["body"], reason=data["reason"]
                )
            else:
                review.post_reject(
                    moderator=request.user,
                    post=post,
                    template=data["template"],
                    reason=data["reason"],
                )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, DECIDED[decision])
            return redirect("moderation:queue")
    return item(request, pk, forms={key: form})


@moderator_required
@require_POST
def item_approve(request, pk: int):
    return _decide(request, pk, common.APPROVE)


@moderator_required
@require_POST
def item_edit_approve(request, pk: int):
    return _decide(request, pk, common.EDIT_APPROVE)


@moderator_required
@require_POST
def item_reject(request, pk: int):
    return _decide(request, pk, common.REJECT)


# ------------------------------------------------------------------ members


@moderator_required
def member(request, handle: str):
    person = selectors.member_get(handle=handle)
    return render(
        request,
        "moderation/member.html",
        {
            "person": person,
            "standing": getattr(person, "moderation_standing", None),
            "trust": trust.trust_level(person),
            "posts": selectors.member_posts(person),
            "sanction_form": SanctionForm(),
            "note_form": NoteForm(),
        },
    )


@moderator_required
@require_POST
def member_sanction(request, handle: str):
    person = get_object_or_404(User, handle__iexact=handle)
    form = SanctionForm(request.POST)
    if form.is_valid():
        try:
            community.member_sanction(
                moderator=request.user,
                user=person,
                kind=form.cleaned_data["kind"],
                reason=form.cleaned_data["reason"],
                days=form.cleaned_data["days"],
            )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, SAVED)
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("moderation:member", handle=person.handle)


@moderator_required
@require_POST
def member_note(request, handle: str):
    person = get_object_or_404(User, handle__iexact=handle)
    form = NoteForm(request.POST)
    if form.is_valid():
        community.staff_note_add(author=request.user, user=person, text=form.cleaned_data["text"])
        messages.success(request, SAVED)
    return redirect("moderation:member", handle=person.handle)


# ------------------------------------------------------------------ watched rules


@moderator_required
def rules(request, pk: int | None = None):
    rule = get_object_or_404(WatchedRule, pk=pk) if pk else None
    form = WatchedRuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        rule_services.watched_rule_save(actor=request.user, rule=rule, **data)
        messages.success(request, SAVED)
        return redirect("moderation:rules")
    return render(
        request,
        "moderation/rules.html",
        {"rules": selectors.watched_rules(), "form": form, "editing": rule},
    )


@moderator_required
@require_POST
def rule_delete(request, pk: int):
    rule_services.watched_rule_delete(
        actor=request.user, rule=get_object_or_404(WatchedRule, pk=pk)
    )
    messages.success(request, SAVED)
    return redirect("moderation:rules")


# ------------------------------------------------------------------ curated answers


@curator_required
def answers(request, pk: int | None = None):
    answer = get_object_or_404(CuratedAnswer, pk=pk) if pk else None
    form = CuratedAnswerForm(request.POST or None, instance=answer)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            community.curated_answer_save(
                actor=request.user,
                answer=answer,
                title=data["title"],
                situation=data["situation"],
                body=data["body"],
                article_slugs=data["slugs"],
            )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, SAVED)
            return redirect("moderation:answers")
    return render(
        request,
        "moderation/answers.html",
        {"answers": selectors.curated_answers(), "form": form, "editing": answer},
    )


@curator_required
def thread(request, pk: int):
    """A thread's moderation: curated answers pinned under it, and slow mode."""
    target = selectors.thread_for_moderator(pk=pk)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action in ("attach", "detach"):
                form = AttachAnswerForm(request.POST)
                if form.is_valid():
                    fn = (
                        community.curated_answer_attach
                        if action == "attach"
                        else community.curated_answer_detach
                    )
                    fn(actor=request.user, thread=target, answer=form.cleaned_data["answer"])
                    messages.success(request, SAVED)
            elif action == "slow_mode":
                form = SlowModeForm(request.POST)
                if form.is_valid():
                    community.thread_slow_mode_set(
                        moderator=request.user,
                        thread=target,
                        seconds=form.cleaned_data["minutes"] * 60,
                        reason=form.cleaned_data["reason"],
                    )
                    messages.success(request, SAVED)
        except ValidationError as exc:
            _errors(request, exc)
        return redirect("moderation:thread", pk=target.pk)
    settings_row = selectors.thread_moderation(target)
    minutes = (settings_row.slow_mode_seconds // 60) if settings_row else 0
    return render(
        request,
        "moderation/thread.html",
        {
            "thread": target,
            "curated_answers": selectors.curated_answers_for(target),
            "attach_form": AttachAnswerForm(),
            "slow_form": SlowModeForm(initial={"minutes": minutes}),
            "is_moderator": is_moderator(request.user),
        },
    )


# ------------------------------------------------------------------ audit log


@moderator_required
def audit(request):
    return render(
        request,
        "moderation/audit.html",
        {"page": selectors.audit_page(page=request.GET.get("page"))},
    )
