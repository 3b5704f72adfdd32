from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from accounts.permissions import is_moderator
from forum import caching, selectors, services
from forum.forms import ReplyForm, SearchForm
from forum.models import PostState
from forum.search import SearchFilters, search_site
from forum.services.community import outcome_prompt_due


def _page_number(request, default: int = 1) -> int:
    try:
        return max(1, int(request.GET.get("page", default)))
    except ValueError:
        return default


def index(request):
    return render(
        request,
        "forum/index.html",
        {
            "categories": selectors.categories_with_counts(),
            "recent": selectors.threads_page(user=request.user, page=1).object_list[:10],
        },
    )


def category(request, slug: str):
    cat = selectors.category_get(slug=slug)
    page = selectors.threads_page(user=request.user, page=request.GET.get("page"), category=cat)
    return render(
        request,
        "forum/category.html",
        {
            "category": cat,
            "page_obj": page,
            "following": selectors.follows_category(user=request.user, category=cat),
        },
    )


def thread(request, pk: int):
    """A thread page. Anonymous pages come from a cache keyed by the thread's version;
    a member without ?page= is sent to the first post they have not read."""
    user = request.user
    if not user.is_authenticated:
        return _anonymous_thread(request, pk)
    obj = selectors.thread_get_for(user=user, pk=pk)
    if "page" not in request.GET:
        unread = selectors.first_unread_position(thread=obj, user=user)
        if unread:
            page = selectors.page_of_position(unread)
            return redirect(f"{obj.get_absolute_url()}?page={page}#post-{unread}")
    response = _render_thread(request, obj, _page_number(request))
    services.thread_mark_read(user=user, thread=obj, position=response.last_position)
    return response


def _anonymous_thread(request, pk: int):
    found = selectors.thread_version(pk=pk)
    if found is None or found[1] != PostState.PUBLISHED:
        raise Http404
    number = _page_number(request)
    cacheable = not len(messages.get_messages(request))
    key = caching.thread_page_key(request, pk=pk, version=found[0], page=number)
    if cacheable and (content := caching.get(key)) is not None:
        return HttpResponse(content)
    obj = selectors.thread_get_for(user=request.user, pk=pk)
    response = _render_thread(request, obj, number)
    if cacheable and response.status_code == 200:
        caching.put(key, response.content)
    return response


def _render_thread(request, obj, number: int):
    page = selectors.thread_page(thread=obj, user=request.user, page=number)
    outcome = getattr(obj, "outcome", None)
    user = request.user
    may_see_held = user.is_authenticated and (user.pk == obj.author_id or is_moderator(user))
    if outcome and outcome.state != PostState.PUBLISHED and not may_see_held:
        outcome = None
    response = render(
        request,
        "forum/thread.html",
        {
            "thread": obj,
            "page": page,
            "outcome": outcome,
            "reply_form": ReplyForm() if user.is_authenticated else None,
            "is_author": user.is_authenticated and user.pk == obj.author_id,
            "outcome_prompt": outcome_prompt_due(obj),
        },
    )
    response.last_position = page.last_position
    return response


def post(request, pk: int):
    """A post's permalink: the page of its thread, at the post."""
    found = selectors.post_get_for(user=request.user, pk=pk)
    page = selectors.page_of_position(found.position)
    url = reverse("forum:thread", kwargs={"pk": found.thread_id})
    return redirect(f"{url}?page={page}#post-{found.position}")


def profile(request, handle: str):
    return render(
        request,
        "forum/profile.html",
        {"profile": selectors.profile_get(handle=handle, user=request.user)},
    )


@require_GET
def similar(request):
    """htmx: threads whose title resembles what is being typed."""
    threads = selectors.similar_threads(title=request.GET.get("title", ""), user=request.user)
    followed = selectors.followed_thread_ids(user=request.user, thread_ids=[t.pk for t in threads])
    return render(request, "forum/_similar.html", {"threads": threads, "followed": followed})


def search(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        results = search_site(
            form.cleaned_data["q"],
            user=request.user,
            page=_page_number(request),
            filters=SearchFilters(category=form.cleaned_data["category"]),
        )
    return render(request, "forum/search.html", {"form": form, "results": results})
