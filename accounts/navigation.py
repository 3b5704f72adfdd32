"""Links other apps add to the account page (settings they own), at ACCOUNT_LINK."""

from dataclasses import dataclass

from . import hooks


@dataclass(frozen=True)
class AccountLink:
    label: str
    url_name: str


def account_links() -> list[AccountLink]:
    return hooks.values(hooks.ACCOUNT_LINK)
