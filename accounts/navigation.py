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
