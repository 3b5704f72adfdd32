"""articles.rendering is pure: no database."""

from articles.rendering import (
    FOOTNOTE_DEFINITION_ERROR,
    H1_ERROR,
    UNCITED_SOURCE_ERROR,
    UNKNOWN_CITATION_ERROR,
    render_article,
    slugify,
)


def test_headings_get_unique_slugified_anchors_and_a_toc():
    body = "## When to see a doctor?\n\ntext\n\n### Red flags\n\n## When to see a doctor?\n"
    rendered = render_article(body, [])
    assert '<h2 id="when-to-see-a-doctor">' in rendered.html
    assert '<h3 id="red-flags">' in rendered.html
    ids = [entry.id for entry in rendered.toc]
    assert ids[0] == "when-to-see-a-doctor"
    assert ids[1] == "red-flags"
    assert len(set(ids)) == 3
    assert [(e.level, e.title) for e in rendered.toc][:2] == [
        (2, "When to see a doctor?"),
        (3, "Red flags"),
    ]
    assert rendered.errors == []


def test_h4_is_not_in_the_toc():
    rendered = render_article("## A\n\n#### Deep\n", [])
    assert [e.title for e in rendered.toc] == ["A"]


def test_citations_are_numbered_by_source_order_and_link_to_the_list():
    body = "First [^b]. Second [^a]. Again [^b].\n"
    rendered = render_article(body, ["a", "b"])
    assert rendered.errors == []
    assert rendered.html.count('href="#source-2"') == 2
    assert rendered.html.count('href="#source-1"') == 1
    assert '<sup class="citation" id="cite-2-1">' in rendered.html
    assert '<sup class="citation" id="cite-2-2">' in rendered.html
    assert ">[2]</a></sup>" in rendered.html
    assert rendered.cited == ["b", "a"]


def test_unknown_citation_is_an_error_and_stays_visible():
    rendered = render_article("Claim [^nope] and [^a].\n", ["a"])
    assert rendered.errors == [UNKNOWN_CITATION_ERROR.format(key="nope")]
    assert "[^nope]" in rendered.html


def test_uncited_source_is_an_error():
    rendered = render_article("Claim [^a].\n", ["a", "b"])
    assert rendered.errors == [UNCITED_SOURCE_ERROR.format(key="b")]


def test_h1_and_footnote_definitions_are_errors():
    rendered = render_article("# Title\n\ntext [^a]\n\n[^a]: a definition\n", ["a"])
    assert H1_ERROR in rendered.errors
    assert FOOTNOTE_DEFINITION_ERROR.format(key="a") in rendered.errors


def test_no_raw_html_or_script_links_reach_the_page():
    body = (
        '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n'
        "[click](javascript:alert(1)) <b>bold</b>\n"
    )
    html = render_article(body, []).html
    assert "<script" not in html
    assert "<img" not in html
    assert "<b>" not in html
    assert "javascript:" not in html.replace("javascript:alert(1))", "")
    assert 'href="javascript' not in html
    assert "&lt;script&gt;" in html


def test_tables_render_without_inline_styles():
    html = render_article("| a | b |\n|--:|:-:|\n| 1 | 2 |\n", []).html
    assert "<table>" in html
    assert "style=" not in html


def test_slugify_is_ascii_and_readable():
    assert slugify("Café & naps: what's “normal”?") == "cafe-naps-whats-normal"
    assert slugify("!!!") == "section"


def test_every_starter_article_renders_without_errors():
    from articles.content import load_directory

    articles = load_directory()
    assert len(articles) == 6
    for data in articles:
        rendered = render_article(data.body, [s.key for s in data.sources])
        assert rendered.errors == [], data.slug
        assert rendered.toc
