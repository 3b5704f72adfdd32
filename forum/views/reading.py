from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET

from forum import access, caching, rendering, selectors
from forum.forms import ReplyForm, SearchForm
from forum.querystring import page_number
from forum.search import SearchFilters, search_site
from forum.services import community
from forum.services.community import outcome_prompt_due


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
    """A category's threads. Anonymous pages come whole from a cache (forum.caching);
    a plain member who sees only published threads gets the shared member frame with
    their own name, token, follow button and "New" badges (forum.rendering); staff,
    a member with a one-off message and a member with a thread waiting for review get
    a page rendered for them."""
    number = page_number(request)
    if not request.user.is_authenticated:
        return _cached_anonymous(
            request,
            lambda: caching.anonymous_lookup(
                request, kind=caching.CATEGORY, ident=slug, page=number
            ),
            lambda: _render_category(request, _category_context(request, slug), number),
        )
    html = rendering.member_category_page(request, slug=slug, page=number)
    if html is not None:
        return HttpResponse(html)
    return _render_category(request, _category_context(request, slug), number)


def _category_context(request, slug: str) -> dict:
    cat = selectors.category_get(slug=slug, user=request.user)
    perms = access.ForumPerms(request.user)
    return {"category": cat, "perms": perms, "following": getattr(cat, "following", False)}


def _render_category(request, context: dict, number: int):
    page = selectors.threads_page(user=request.user, page=number, category=context["category"])
    return render(request, "forum/category.html", {**context, "page_obj": page})


def _cached_anonymous(request, find, render_page):
    """An anonymous page from the shared cache (`find()` looks it up), or rendered and
    stored. Visitors without a session cookie are served by forum.middleware before
    this view; this serves the others (and fills the cache). Pages that carry a
    one-off message are neither read from nor written to the cache."""
    if len(messages.get_messages(request)):
        return render_page()
    lookup = find()
    if lookup.content is not None:
        return HttpResponse(lookup.content)
    response = render_page()
    if response.status_code == 200:
        caching.page_store(lookup, response.content)
    return response


def thread(request, pk: int):
    """A thread page. Anonymous pages come from a cache keyed by the thread's version;
    a member without ?page= is sent to the first post they have not read."""
    user = request.user
    if not user.is_authenticated:
        return _anonymous_thread(request, pk)
    obj = selectors.thread_get_for(user=user, pk=pk)
    if "page" not in request.GET:
        unread = selectors.first_unread_position(
            post_count=obj.post_count, last_read_position=obj.last_read_position
        )
        if unread:
            page = selectors.page_of_position(unread)
            return redirect(f"{obj.get_absolute_url()}?page={page}#post-{unread}")
    response = _render_thread(request, obj, page_number(request))
    if response.last_position > (obj.last_read_position or 0):
        community.thread_mark_read(user=user, thread=obj, position=response.last_position)
    return response


def _anonymous_thread(request, pk: int):
    number = page_number(request)
    return _cached_anonymous(
        request,
        lambda: caching.anonymous_lookup(request, kind=caching.THREAD, ident=pk, page=number),
        lambda: _render_thread(request, selectors.thread_get_for(user=request.user, pk=pk), number),
    )


def _render_thread(request, obj, number: int):
    perms = access.ForumPerms(request.user, obj)
    page = rendering.thread_page_for(request, thread=obj, page=number, perms=perms)
    outcome = getattr(obj, "outcome", None)
    if outcome and not perms.can_see_outcome(outcome):
        outcome = None
    response = render(
        request,
        "forum/thread.html",
        {
            "thread": obj,
            "page": page,
            "perms": perms,
            "outcome": outcome,
            "outcome_held": bool(outcome and access.is_held(outcome)),
            "reply_form": ReplyForm() if perms.is_member else None,
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
    """Site search. Results are the same for everyone (forum.search): a visitor's whole
    page is cached as anonymous thread pages are, and a member's page is rendered
    around the results of the search, rendered once and cached (forum.caching)."""
    if not request.user.is_authenticated:
        return _cached_anonymous(
            request, lambda: caching.anonymous_search_lookup(request), lambda: _search(request)
        )
    return _search(request)


def _search(request):
    form = SearchForm(request.GET or None)
    results_html = None
    if form.is_valid() and form.cleaned_data["q"]:
        text, category = form.cleaned_data["q"], form.cleaned_data["category"]
        page = page_number(request)
        lookup = caching.search_lookup(request, text=text, category=category, page=page)
        results_html = lookup.content
        if results_html is None:
            results = search_site(
                text, user=request.user, page=page, filters=SearchFilters(category=category)
            )
            results_html = render_to_string(
                "forum/_search_results.html", {"results": results, "category": category}
            )
            caching.page_store(lookup, results_html)
    return render(request, "forum/search.html", {"form": form, "results_html": results_html})
