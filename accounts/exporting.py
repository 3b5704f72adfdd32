"""The account's data export: a zip of everything a user owns.

Each app adds an exporter at the DATA_EXPORT hook point (accounts/hooks.py); an
exporter returns {filename: text} for one user and its key names its folder. The
arrows of DESIGN.md stay one-way: accounts never imports the apps that build on it.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import TYPE_CHECKING

from django.utils import timezone

from . import hooks

if TYPE_CHECKING:
    from .models import User


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


def export_zip(user: User) -> bytes:
    """Build the whole export in memory: one user's data is small text."""
    buffer = io.BytesIO()
    stamp = timezone.now()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        exporters = sorted(hooks.hooks(hooks.DATA_EXPORT), key=lambda h: h.key)
        manifest = {"exported_at": stamp.isoformat(), "parts": [h.key for h in exporters]}
        archive.writestr("README.txt", README)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        for hook in exporters:
            for filename, content in hook.value(user).items():
                archive.writestr(f"{hook.key}/{filename}", content)
    return buffer.getvalue()


README = """Your Hypnic data export.

account/  your account details
Other folders hold what you wrote or recorded in each part of the site.
Files are JSON, CSV or Markdown, readable with any text editor.
"""
