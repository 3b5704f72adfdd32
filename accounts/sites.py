"""The django.contrib.sites row comes from settings (SITE_NAME, SITE_DOMAIN).

allauth greets with the Site's name ("Hello from Hypnic!") and links with its
domain; sitemaps and feeds use the domain too. Django's own default row says
"example.com", so the row is brought in line with settings after every migrate,
in development, in tests and in production alike.
"""

from __future__ import annotations

from django.conf import settings


def site_sync(**kwargs) -> None:
    """post_migrate receiver: make the current Site row match settings."""
    from django.contrib.sites.models import Site

    using = kwargs.get("using", "default")
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": settings.SITE_DOMAIN, "name": settings.SITE_NAME},
    )
    Site.objects.clear_cache()
