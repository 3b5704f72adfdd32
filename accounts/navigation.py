"""Links other apps add to the account page (settings they own)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class AccountLink:
    label: str
    url_name: str


_links: list[AccountLink] = []


def register_account_link(label, url_name: str) -> None:
    link = AccountLink(label, url_name)
    if link not in _links:
        _links.append(link)


def account_links() -> list[AccountLink]:
    return list(_links)


# Where a member lands after logging in when nothing asked for a page (`next=`).
# Apps register a function user -> URL or None; the first URL wins, else the account page.
_landings: list = []


def register_landing(landing) -> None:
    if landing not in _landings:
        _landings.append(landing)


def landing_url(user) -> str:
    from django.urls import reverse

    for landing in _landings:
        if url := landing(user):
            return url
    return reverse("accounts:home")
