"""How a person is named on an article: their Byline if they have one, else their
public handle and "about" text."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _


def _byline(user):
    if user is None:
        return None
    try:
        return user.byline
    except ObjectDoesNotExist:
        return None


EDITORIAL_TEAM = _("the Hypnic editorial team")


def byline_name(user) -> str:
    if user is None:
        return str(EDITORIAL_TEAM)
    byline = _byline(user)
    return byline.display_name if byline else user.handle


def byline_credentials(user) -> str:
    byline = _byline(user)
    return byline.credentials if byline else ""


def byline_bio(user) -> str:
    if user is None:
        return ""
    byline = _byline(user)
    return byline.bio if byline and byline.bio else user.about
