"""Links other apps add to the account page (settings they own), at ACCOUNT_LINK."""

from dataclasses import dataclass

from . import hooks


@dataclass(frozen=True)
class AccountLink:
    label: str
    url_name: str


def account_links() -> list[AccountLink]:
    return hooks.values(hooks.ACCOUNT_LINK)


def landing_url(user) -> str:
    """Where a member lands after logging in when nothing asked for a page (`next=`):
    the first LOGIN_LANDING hook that names a URL, else the account page."""
    from django.urls import reverse

    for landing in hooks.values(hooks.LOGIN_LANDING):
        if url := landing(user):
            return url
    return reverse("accounts:home")
