"""The account's data export: a zip of everything a user owns.

Each app registers an exporter in its AppConfig.ready(); an exporter returns
{filename: text} for one user. The arrows of DESIGN.md stay one-way: accounts
never imports the apps that build on it.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.utils import timezone

if TYPE_CHECKING:
    from .models import User

Exporter = Callable[["User"], dict[str, str | bytes]]
_exporters: dict[str, Exporter] = {}


def register_exporter(name: str, exporter: Exporter) -> None:
    _exporters[name] = exporter


def account_export(user: User) -> dict[str, str]:
    from allauth.account.models import EmailAddress

    data = {
        "email": user.email,
        "handle": user.handle,
        "time_zone": user.time_zone,
        "locale": user.locale,
        "about": user.about,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }
    return {"account.json": json.dumps(data, indent=2, ensure_ascii=False)}


register_exporter("account", account_export)


def export_zip(user: User) -> bytes:
    """Build the whole export in memory: one user's data is small text."""
    buffer = io.BytesIO()
    stamp = timezone.now()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = {"exported_at": stamp.isoformat(), "parts": sorted(_exporters)}
        archive.writestr("README.txt", README)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        for name in sorted(_exporters):
            for filename, content in _exporters[name](user).items():
                archive.writestr(f"{name}/{filename}", content)
    return buffer.getvalue()


README = """Your Hypnic data export.

account/  your account details
Other folders hold what you wrote or recorded in each part of the site.
Files are JSON, CSV or Markdown, readable with any text editor.
"""
