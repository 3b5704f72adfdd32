"""Reading article files (TOML front matter between +++ lines) and the editor's
sources box. Pure: no Django."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent / "content"
SKIP_FILES = frozenset({"README.md"})

FRONT_MATTER_ERROR = "{name}: the file must start with TOML front matter between +++ lines."
TOML_ERROR = "{name}: the front matter is not valid TOML ({error})."
MISSING_KEY_ERROR = "{name}: the front matter needs “{key}”."
SLUG_MISMATCH_ERROR = "{name}: the slug “{slug}” must match the file name."
SOURCE_LINE_ERROR = (
    "Line {line}: write a source as key | title | publisher | year | url | doi "
    "(doi may be left empty)."
)
SOURCE_YEAR_ERROR = "Line {line}: the year must be a number such as 2024."
SOURCE_DUPLICATE_ERROR = "Line {line}: the key “{key}” is used twice."
SOURCE_KEY_ERROR = "Line {line}: a key may use letters, numbers, dots, colons and hyphens only."

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
REQUIRED = ("slug", "title", "summary", "key_points", "tags", "audience")


class ContentError(ValueError):
    pass


@dataclass(frozen=True)
class SourceData:
    key: str
    title: str
    publisher: str = ""
    year: int | None = None
    url: str = ""
    doi: str = ""


@dataclass
class ArticleData:
    slug: str
    title: str
    summary: str
    key_points: list[str]
    tags: list[str]
    audience: str
    body: str
    related: list[str] = field(default_factory=list)
    sources: list[SourceData] = field(default_factory=list)


def parse_article(text: str, name: str = "article") -> ArticleData:
    match = re.match(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*\r?\n(.*)\Z", text, re.S)
    if not match:
        raise ContentError(FRONT_MATTER_ERROR.format(name=name))
    try:
        meta = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(TOML_ERROR.format(name=name, error=exc)) from exc
    for key in REQUIRED:
        if key not in meta:
            raise ContentError(MISSING_KEY_ERROR.format(name=name, key=key))
    return ArticleData(
        slug=str(meta["slug"]),
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        key_points=[str(p) for p in meta["key_points"]],
        tags=[str(t) for t in meta["tags"]],
        audience=str(meta["audience"]),
        related=[str(r) for r in meta.get("related", [])],
        body=match.group(2).strip() + "\n",
        sources=[
            SourceData(
                key=str(s["key"]),
                title=str(s["title"]),
                publisher=str(s.get("publisher", "")),
                year=int(s["year"]) if s.get("year") else None,
                url=str(s.get("url", "")),
                doi=str(s.get("doi", "")),
            )
            for s in meta.get("sources", [])
        ],
    )


def load_directory(directory: Path = CONTENT_DIR) -> list[ArticleData]:
    """Every article file in the folder, by file name; README.md is skipped."""
    articles = []
    for path in sorted(directory.glob("*.md")):
        if path.name in SKIP_FILES:
            continue
        data = parse_article(path.read_text(encoding="utf-8"), path.name)
        if data.slug != path.stem:
            raise ContentError(SLUG_MISMATCH_ERROR.format(name=path.name, slug=data.slug))
        articles.append(data)
    return articles


def parse_sources(text: str) -> list[SourceData]:
    """The editor form's sources box: one `key | title | publisher | year | url | doi` a line."""
    sources: list[SourceData] = []
    errors: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 5:
            parts.append("")
        if len(parts) != 6 or not parts[0] or not parts[1]:
            errors.append(SOURCE_LINE_ERROR.format(line=number))
            continue
        key, title, publisher, year, url, doi = parts
        if not _KEY.match(key):
            errors.append(SOURCE_KEY_ERROR.format(line=number))
            continue
        if key in seen:
            errors.append(SOURCE_DUPLICATE_ERROR.format(line=number, key=key))
            continue
        if year and not year.isdigit():
            errors.append(SOURCE_YEAR_ERROR.format(line=number))
            continue
        seen.add(key)
        sources.append(SourceData(key, title, publisher, int(year) if year else None, url, doi))
    if errors:
        raise ContentError("\n".join(errors))
    return sources


def format_sources(sources: list[SourceData]) -> str:
    return "\n".join(
        " | ".join([s.key, s.title, s.publisher, str(s.year or ""), s.url, s.doi]) for s in sources
    )
