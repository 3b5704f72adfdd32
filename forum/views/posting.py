from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.markdown import quote_markdown, render_markdown
from accounts.permissions import moderator_required
from forum import rendering, selectors
from forum.forms import EditForm, OutcomeForm, ReplyForm, ThreadForm, WarningSignsForm
from forum.models import Category, PostState, Reaction
from forum.moderation import moderate
from forum.services import community, posting

HELD_MESSAGE = gettext_lazy(
    "Thank you. A moderator will read your post before others can see it, usually "
    "within a day. You can still edit it meanwhile."
)
PUBLISHED_MESSAGE = gettext_lazy("Your post is published.")
URGENT_MESSAGE = gettext_lazy(
    "If this is happening now — someone is not breathing, has blue lips, cannot be "
    "woken, or a seizure lasts more than five minutes — call %(number)s now. Your "
    "post is published and moderators have been alerted."
)
DELETED_MESSAGE = gettext_lazy("The post was deleted.")
FOLLOWING_INSTEAD = gettext_lazy("Following — we'll tell you about replies and the outcome.")
OUTCOME_SAVED = gettext_lazy("Thank you for coming back with an update.")


def _form_error(form, exc: ValidationError) -> None:
    for message in exc.messages:
        form.add_error(None, message)


def _announce(request, post) -> None:
    if post.urgent:
        messages.warning(request, URGENT_MESSAGE % {"number": request.locale_info.emergency_number})
    elif post.state == PostState.HELD:
        messages.info(request, HELD_MESSAGE)
    else:
        messages.success(request, PUBLISHED_MESSAGE)


@login_required
def ask(request):
    """Ask a question in two steps: the warning signs first (urgent-care guidance
    when any answer is yes), then the question with similar threads as you type."""
    step = request.POST.get("step") if request.method == "POST" else "signs"
    body = request.POST.get("body") if request.method == "POST" else request.GET.get("body", "")
    category = Category.objects.filter(slug=request.GET.get("category", "")).first()
    context = {"body": body or "", "red_flags": request.POST.get("red_flags") == "1"}
    if step == "signs" and request.method == "POST":
        signs = WarningSignsForm(request.POST)
        if not signs.is_valid():
            return render(request, "forum/ask_signs.html", {**context, "form": signs})
        if signs.any_yes():
            return render(request, "forum/ask_urgent.html", context)
        step = "continue"
    if step == "signs":
        return render(request, "forum/ask_signs.html", {**context, "form": WarningSignsForm()})
    if step == "continue":
        form = ThreadForm(initial={"body": body, "category": category})
        return render(request, "forum/ask_form.html", {**context, "form": form})
    form = ThreadForm(request.POST)
    if form.is_valid():
        try:
            result = posting.thread_create(
                author=request.user,
                category=form.cleaned_data["category"],
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as exc:
            _form_error(form, exc)
        else:
            _announce(request, result.post)
            return redirect(result.thread)
    return render(request, "forum/ask_form.html", {**context, "form": form})


@login_required
@require_POST
def preview(request):
    """htmx: the Markdown as it will look, and what moderation would say."""
    body = request.POST.get("body", "")
    verdict = moderate(body, author=request.user, kind="body") if body.strip() else None
    return render(
        request, "forum/_preview.html", {"html": render_markdown(body), "verdict": verdict}
    )


@login_required
def reply(request, pk: int):
    thread = selectors.thread_get_for(user=request.user, pk=pk)
    if request.method == "POST":
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                result = posting.post_reply(
                    author=request.user, thread=thread, body=form.cleaned_data["body"]
                )
            except ValidationError as exc:
                _form_error(form, exc)
            else:
                _announce(request, result.post)
                return redirect(result.post)
    else:
        initial = ""
        if (quote_pk := request.GET.get("quote", "").strip()) and quote_pk.isdigit():
            quoted = selectors.post_get_for(user=request.user, pk=int(quote_pk))
            if quoted.thread_id == thread.pk and not quoted.is_deleted:
                handle = quoted.author.handle if quoted.author else _("A former member")
                initial = quote_markdown(quoted.body, handle=handle)
        form = ReplyForm(initial={"body": initial})
    return render(request, "forum/reply.html", {"thread": thread, "form": form})


@login_required
def post_edit(request, pk: int):
    post = selectors.post_get_for(user=request.user, pk=pk)
    if post.author_id != request.user.pk:
        raise Http404
    with_title = post.is_opening
    initial = {"body": post.body, "title": post.thread.title}
    form = EditForm(request.POST or None, initial=initial, with_title=with_title)
    if request.method == "POST" and form.is_valid():
        try:
            result = posting.post_edit(
                editor=request.user,
                post=post,
                body=form.cleaned_data["body"],
                title=form.cleaned_data.get("title") if with_title else None,
            )
        except ValidationError as exc:
            _form_error(form, exc)
        else:
            _announce(request, result.post)
            return redirect(result.post)
    return render(request, "forum/post_edit.html", {"post": post, "form": form})


@login_required
def post_delete(request, pk: int):
    post = selectors.post_get_for(user=request.user, pk=pk)
    if request.method == "POST":
        try:
            posting.post_delete(actor=request.user, post=post)
        except ValidationError:
            raise Http404 from None
        messages.success(request, DELETED_MESSAGE)
        return redirect(post)
    if post.author_id != request.user.pk:
        raise Http404
    return render(request, "forum/post_delete.html", {"post": post})


@moderator_required
def post_history(request, pk: int):
    post = selectors.post_get_for(user=request.user, pk=pk)
    revisions = selectors.post_revisions_for(user=request.user, post=post)
    return render(request, "forum/post_history.html", {"post": post, "revisions": revisions})


@login_required
@require_POST
def react(request, pk: int, kind: str):
    if kind not in Reaction.Kind.values:
        raise Http404
    post = selectors.post_get_for(user=request.user, pk=pk)
    try:
        community.reaction_toggle(user=request.user, post=post, kind=kind)
    except ValidationError as exc:
        if request.htmx:
            return HttpResponse(exc.messages[0], status=400)
        messages.error(request, exc.messages[0])
        return redirect(post)
    if request.htmx:
        post.refresh_from_db(fields=["helpful_count", "me_too_count"])
        return HttpResponse(rendering.reactions_html(request, post))
    return redirect(post)


@login_required
@require_POST
def follow_thread(request, pk: int):
    thread = selectors.thread_get_for(user=request.user, pk=pk)
    on = request.POST.get("on") != "0"
    community.follow_set(user=request.user, thread=thread, on=on)
    if request.htmx and request.POST.get("compact"):
        return HttpResponse(
            format_html('<span class="small" role="status">{}</span>', FOLLOWING_INSTEAD)
        )
    if request.htmx:
        return render(request, "forum/_follow_button.html", {"thread": thread, "following": on})
    return redirect(thread)


@login_required
@require_POST
def follow_category(request, slug: str):
    cat = selectors.category_get(slug=slug)
    community.follow_set(user=request.user, category=cat, on=request.POST.get("on") != "0")
    return redirect(cat)


@login_required
def outcome(request, pk: int):
    thread = selectors.thread_get_for(user=request.user, pk=pk)
    if thread.author_id != request.user.pk or not thread.is_question:
        raise Http404
    existing = getattr(thread, "outcome", None)
    initial = {"conclusion": existing.conclusion, "body": existing.body} if existing else {}
    form = OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved, _verdict = posting.outcome_save(
                author=request.user,
                thread=thread,
                conclusion=form.cleaned_data["conclusion"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as exc:
            _form_error(form, exc)
        else:
            messages.success(
                request, HELD_MESSAGE if saved.state == PostState.HELD else OUTCOME_SAVED
            )
            return redirect(thread)
    return render(
        request, "forum/outcome_form.html", {"thread": thread, "form": form, "existing": existing}
    )


@moderator_required
@require_POST
def thread_flags(request, pk: int):
    thread = selectors.thread_get_for(user=request.user, pk=pk)
    flag = request.POST.get("flag")
    value = request.POST.get("value") == "1"
    if flag not in ("pinned", "closed"):
        raise Http404
    community.thread_set_flags(moderator=request.user, thread=thread, **{flag: value})
    return redirect(thread)
