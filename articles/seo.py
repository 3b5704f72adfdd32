"""Structured data for search engines: JSON-LD (schema.org MedicalWebPage).

The JSON sits in a <script type="application/ld+json"> data block. Browsers never
execute it, so the CSP's script-src does not apply; we still escape <, > and & so
no text can close the block.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from .bylines import byline_name
from .models import Article

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def article_jsonld_data(article: Article) -> dict:
    url = absolute_url(article.get_absolute_url())
    data: dict = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "name": article.title,
        "headline": article.title,
        "description": article.summary,
        "inLanguage": "en",
        "keywords": ", ".join(article.tags),
        "isAccessibleForFree": True,
        "publisher": {"@type": "Organization", "name": "Hypnic", "url": settings.SITE_URL},
        "author": {"@type": "Person", "name": byline_name(article.author)},
    }
    if article.audience:
        data["audience"] = {"@type": "Audience", "audienceType": article.audience}
    if article.published_at:
        data["datePublished"] = article.published_at.isoformat()
    if article.updated_at:
        data["dateModified"] = article.updated_at.isoformat()
    if article.reviewer_id:
        data["reviewedBy"] = {"@type": "Person", "name": byline_name(article.reviewer)}
    if article.last_reviewed_at:
        data["lastReviewed"] = article.last_reviewed_at.date().isoformat()
    citations = []
    for source in article.sources.all():
        item = {"@type": "CreativeWork", "name": source.title}
        if source.publisher:
            item["publisher"] = source.publisher
        if source.year:
            item["datePublished"] = str(source.year)
        if source.url:
            item["url"] = source.url
        if source.doi:
            item["identifier"] = f"doi:{source.doi}"
        citations.append(item)
    if citations:
        data["citation"] = citations
    return data


def article_jsonld(article: Article) -> SafeString:
    text = json.dumps(article_jsonld_data(article), ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_ESCAPES))  # noqa: S308 - JSON with <, >, & escaped
