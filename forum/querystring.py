"""What the forum reads from a request's query string, for views and middleware alike."""


def page_number(request, default: int = 1) -> int:
    """The `page` parameter as a page number from 1; `default` when it is not a number."""
    try:
        return max(1, int(request.GET.get("page", default)))
    except ValueError:
        return default
