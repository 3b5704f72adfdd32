"""A link to related reading shown under a question (provided by apps above forum).

forum cannot import articles (the arrows run articles -> forum), so articles adds a
provider at the RELATED_READING hook point (accounts/hooks.py);
forum.selectors.related_reading_for reads them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    summary: str = ""
