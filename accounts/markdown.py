"""User Markdown to safe HTML: one helper for every app that shows member text.

markdown-it-py renders CommonMark (plus tables and strikethrough) with raw HTML
switched off; nh3 then keeps only an allow-list of tags and attributes, so no
raw HTML from a member ever reaches a page (DESIGN.md). Links get
rel="nofollow ugc noopener". Pure: no database.
"""

from __future__ import annotations

import functools
import re

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "br",
        "hr",
        "strong",
        "em",
        "del",
        "s",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
# No style attributes: the CSP (style-src 'self') would block them anyway.
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# A link in Markdown or a bare address: what new members may not post yet.
_LINK_RE = re.compile(r"(https?://|www\.|\]\s*\(|<a\s|mailto:)", re.IGNORECASE)


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
        ["table", "strikethrough"]
    )


def sanitize(html: str) -> str:
    """Keep only allow-listed tags/attributes; every link gets LINK_REL."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
    )


# A member's "# Heading" sits inside a page that already has h1/h2: shift it
# down so the page's heading order stays valid for screen readers.
HEADING_SHIFT = 2


def render_markdown(text: str) -> str:
    """Markdown source -> sanitized HTML, safe to mark safe in a template."""
    md = _parser()
    env: dict = {}
    tokens = md.parse(text or "", env)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + HEADING_SHIFT)}"
        if token.type in ("th_open", "td_open"):
            token.attrs.pop("style", None)
    return sanitize(md.renderer.render(tokens, md.options, env))


def contains_link(text: str) -> bool:
    """True if the text holds a web address or a Markdown link."""
    return bool(_LINK_RE.search(text or ""))


def quote_markdown(text: str, *, handle: str) -> str:
    """A Markdown blockquote of `text`, attributed to `handle`, for a reply."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in (text or "").splitlines())
    return f"> **{handle}** wrote:\n>\n{quoted}\n\n"
