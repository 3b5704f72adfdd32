"""Staff pages under /articles/editorial/: dashboard, editor form, review, publishing.

Roles (and MFA) come from accounts.permissions; rules from services.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import (
    EDITOR,
    MEDICAL_REVIEWER,
    editor_required,
    editorial_required,
    has_role,
    reviewer_required,
)

from .. import selectors, workflow
from ..forms import ArticleForm, PublishForm, RequestChangesForm
from ..services import editing, review


def _fail(request: HttpRequest, exc: ValidationError | PermissionDenied) -> None:
    if isinstance(exc, ValidationError):
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.error(request, str(exc) or _("You cannot do this."))


def _form_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@editorial_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "articles/editorial/dashboard.html",
        {"board": selectors.editorial_dashboard()},
    )


@editor_required
def article_new(request: HttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            article = editing.article_create(editor=request.user, **data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Draft saved."))
            return redirect("articles:editorial_article", pk=article.pk)
    return render(request, "articles/editorial/form.html", {"form": form, "article": None})


@editor_required
def article_edit(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get_editorial(pk=pk)
    form = ArticleForm(request.POST or None, article=article)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("slug", None)
        try:
            editing.article_update(article=article, editor=request.user, **data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("articles:editorial_article", pk=article.pk)
    return render(request, "articles/editorial/form.html", {"form": form, "article": article})


@editorial_required
def article_editorial(request: HttpRequest, pk: int) -> HttpResponse:
    """One article as staff see it: preview, state, actions, review notes, history."""
    article = selectors.article_get_editorial(pk=pk)
    actions = workflow.allowed_actions(article.status)
    is_editor = has_role(request.user, EDITOR)
    is_reviewer = has_role(request.user, MEDICAL_REVIEWER)
    return render(
        request,
        "articles/editorial/article.html",
        {
            "article": article,
            "revisions": article.revisions.select_related("created_by")[:20],
            "tally": selectors.article_feedback_tally(article=article),
            "can_edit": is_editor,
            "can_submit": is_editor and workflow.SUBMIT in actions,
            "can_publish": is_editor and workflow.PUBLISH in actions,
            "can_unschedule": is_editor and workflow.UNSCHEDULE in actions,
            "can_review": is_reviewer
            and article.author_id != request.user.pk
            and (workflow.APPROVE in actions or workflow.CONFIRM_REVIEW in actions),
            "own_article": article.author_id == request.user.pk,
            "publish_form": PublishForm(),
            "changes_form": RequestChangesForm(),
        },
    )


@require_POST
@editor_required
def article_submit(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get_editorial(pk=pk)
    try:
        review.article_submit_for_review(article=article, user=request.user)
    except (ValidationError, PermissionDenied) as exc:
        _fail(request, exc)
    else:
        messages.success(request, _("Sent for medical review."))
    return redirect("articles:editorial_article", pk=pk)


@reviewer_required
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The reviewer's page: approve, confirm a due review, or request changes."""
    article = selectors.article_get_editorial(pk=pk)
    form = RequestChangesForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "approve":
                review.article_approve(article=article, reviewer=request.user)
                messages.success(request, _("Approved. An editor can now publish it."))
                return redirect("articles:editorial_article", pk=pk)
            if action == "confirm":
                review.article_review_confirm(article=article, reviewer=request.user)
                messages.success(request, _("Review confirmed; next review date set."))
                return redirect("articles:editorial_article", pk=pk)
            if action == "request_changes" and form.is_valid():
                review.article_request_changes(
                    article=article, reviewer=request.user, comment=form.cleaned_data["comment"]
                )
                messages.success(request, _("Changes requested. The editor has been emailed."))
                return redirect("articles:editorial_article", pk=pk)
        except (ValidationError, PermissionDenied) as exc:
            _fail(request, exc)
    return render(
        request,
        "articles/editorial/review.html",
        {"article": article, "form": form, "own_article": article.author_id == request.user.pk},
    )


@require_POST
@editor_required
def article_publish(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get_editorial(pk=pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("articles:editorial_article", pk=pk)
    publish_at = form.cleaned_data["publish_at"]
    try:
        article = review.article_publish(article=article, user=request.user, publish_at=publish_at)
    except (ValidationError, PermissionDenied) as exc:
        _fail(request, exc)
    else:
        if article.is_published:
            messages.success(request, _("Published."))
        else:
            messages.success(request, _("Scheduled."))
    return redirect("articles:editorial_article", pk=pk)


@require_POST
@editor_required
def article_unschedule(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get_editorial(pk=pk)
    try:
        review.article_unschedule(article=article, user=request.user)
    except (ValidationError, PermissionDenied) as exc:
        _fail(request, exc)
    else:
        messages.success(request, _("No longer scheduled."))
    return redirect("articles:editorial_article", pk=pk)
