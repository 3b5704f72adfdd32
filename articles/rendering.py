"""Article Markdown -> sanitized HTML, a table of contents and citation checks.

Pure: no Django, so editors' mistakes are caught and tested in milliseconds.

- markdown-it-py (CommonMark + tables, raw HTML off) with heading anchors from
  mdit-py-plugins; ids are slugified and unique.
- The table of contents lists the ``##`` and ``###`` headings.
- ``[^key]`` cites the source with that key: it becomes a numbered superscript
  link to ``#source-N`` in the sources list. Unknown keys, sources never cited,
  ``#`` headings and footnote definitions are reported as errors for editors.
- The HTML passes an nh3 allow-list (the site's, from accounts.markdown, plus
  heading ids and citation superscripts), so nothing an editor types can reach
  a page as raw HTML or script. Table alignment styles are dropped (CSP).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from mdit_py_plugins.anchors import anchors_plugin

from accounts import markdown as member_markdown

UNKNOWN_CITATION_ERROR = "Citation [^{key}] does not match any source key."
UNCITED_SOURCE_ERROR = "Source “{key}” is never cited in the body."
H1_ERROR = "Use ## for sections and ### for sub-sections: the title already is the page heading."
FOOTNOTE_DEFINITION_ERROR = (
    "Remove the footnote definition [^{key}]: the sources list is built from the sources."
)

# The site's member-text allow-list (accounts.markdown), widened for editorial text:
# heading ids for the table of contents and numbered citation superscripts. Editorial
# links are ours, so they do not get the members' rel="nofollow ugc".
ALLOWED_TAGS = set(member_markdown.ALLOWED_TAGS) | {"sup"}
ALLOWED_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in member_markdown.ALLOWED_ATTRIBUTES.items()},
    "a": set(member_markdown.ALLOWED_ATTRIBUTES.get("a", set())) | {"id"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "sup": {"id"},
}
CLASSES = {"a": {"citation"}, "sup": {"citation"}}
URL_SCHEMES = set(member_markdown.URL_SCHEMES)

_CITATION = re.compile(r"\[\^([A-Za-z0-9][A-Za-z0-9_.:-]*)\]")
_DEFINITION = re.compile(r"^\s*\[\^([^\]]+)\]:", re.MULTILINE)


@dataclass(frozen=True)
class TocEntry:
    level: int
    id: str
    title: str


@dataclass
class Rendered:
    html: str
    toc: list[TocEntry]
    errors: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)

    @property
    def toc_data(self) -> list[dict]:
        return [{"level": e.level, "id": e.id, "title": e.title} for e in self.toc]


def slugify(text: str) -> str:
    """A readable ASCII id: 'When to see a doctor?' -> 'when-to-see-a-doctor'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[-\s_]+", "-", text).strip("-") or "section"


def _citation_rule(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] != "[" or not state.src.startswith("[^", state.pos):
        return False
    match = _CITATION.match(state.src, state.pos)
    if not match:
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"key": match.group(1)}
    state.pos = match.end()
    return True


def _build_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table").enable("strikethrough")
    md.use(anchors_plugin, min_level=2, max_level=4, slug_func=slugify)
    md.inline.ruler.before("link", "citation", _citation_rule)

    def render_citation(self, tokens, idx, options, env):
        key = tokens[idx].meta["key"]
        numbers: dict[str, int] = env["numbers"]
        if key not in numbers:
            env["unknown"].append(key)
            return f"[^{key}]"
        env["cited"].append(key)
        n = numbers[key]
        env["uses"][key] = env["uses"].get(key, 0) + 1
        anchor = f"cite-{n}-{env['uses'][key]}"
        return (
            f'<sup class="citation" id="{anchor}">'
            f'<a class="citation" href="#source-{n}" title="Source {n}">[{n}]</a></sup>'
        )

    md.add_render_rule("citation", render_citation)
    return md


_PARSER = _build_parser()


def render_article(body: str, source_keys: Sequence[str]) -> Rendered:
    """Render an article body whose sources have these keys, in list order (1-based)."""
    numbers = {key: i for i, key in enumerate(source_keys, start=1)}
    env: dict = {"numbers": numbers, "unknown": [], "cited": [], "uses": {}}
    errors: list[str] = []
    for key in dict.fromkeys(_DEFINITION.findall(body)):
        errors.append(FOOTNOTE_DEFINITION_ERROR.format(key=key))
    tokens = _PARSER.parse(body, env)
    toc: list[TocEntry] = []
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        level = int(token.tag[1])
        if level == 1 and H1_ERROR not in errors:
            errors.append(H1_ERROR)
        if level in (2, 3):
            inline = tokens[i + 1]
            title = "".join(
                child.content
                for child in (inline.children or [])
                if child.type in ("text", "code_inline")
            )
            toc.append(TocEntry(level, str(token.attrGet("id")), _CITATION.sub("", title).strip()))
    for token in tokens:
        if token.type in ("th_open", "td_open"):
            token.attrs.pop("style", None)
    html = _PARSER.renderer.render(tokens, _PARSER.options, env)
    for key in dict.fromkeys(env["unknown"]):
        errors.append(UNKNOWN_CITATION_ERROR.format(key=key))
    cited = list(dict.fromkeys(env["cited"]))
    for key in source_keys:
        if key not in cited:
            errors.append(UNCITED_SOURCE_ERROR.format(key=key))
    return Rendered(html=sanitize(html), toc=toc, errors=errors, cited=cited)


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
