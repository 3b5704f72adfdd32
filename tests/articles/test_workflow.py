"""The pure state machine and the content parsers: no database."""

import pytest

from articles import workflow
from articles.content import (
    SKIP_FILES,
    SOURCE_LINE_ERROR,
    SOURCE_YEAR_ERROR,
    ContentError,
    load_directory,
    parse_article,
    parse_sources,
)


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        (workflow.DRAFT, workflow.SUBMIT, workflow.IN_REVIEW),
        (workflow.CHANGES_REQUESTED, workflow.SUBMIT, workflow.IN_REVIEW),
        (workflow.IN_REVIEW, workflow.REQUEST_CHANGES, workflow.CHANGES_REQUESTED),
        (workflow.IN_REVIEW, workflow.APPROVE, workflow.APPROVED),
        (workflow.APPROVED, workflow.PUBLISH, workflow.PUBLISHED),
        (workflow.APPROVED, workflow.SCHEDULE, workflow.SCHEDULED),
        (workflow.SCHEDULED, workflow.PUBLISH, workflow.PUBLISHED),
        (workflow.SCHEDULED, workflow.UNSCHEDULE, workflow.APPROVED),
        (workflow.PUBLISHED, workflow.CONFIRM_REVIEW, workflow.PUBLISHED),
    ],
)
def test_allowed_transitions(status, action, expected):
    assert workflow.next_status(status, action) == expected


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (workflow.DRAFT, workflow.APPROVE),
        (workflow.DRAFT, workflow.PUBLISH),
        (workflow.CHANGES_REQUESTED, workflow.PUBLISH),
        (workflow.IN_REVIEW, workflow.PUBLISH),
        (workflow.PUBLISHED, workflow.SUBMIT),
        (workflow.APPROVED, workflow.REQUEST_CHANGES),
        (workflow.DRAFT, workflow.UNSCHEDULE),
    ],
)
def test_illegal_transitions_are_refused_with_the_reason(status, action):
    with pytest.raises(workflow.TransitionError) as excinfo:
        workflow.next_status(status, action)
    assert excinfo.value.message == workflow.TRANSITION_ERRORS[action]


def test_editing_withdraws_approval_only():
    assert workflow.status_after_edit(workflow.APPROVED) == workflow.DRAFT
    assert workflow.status_after_edit(workflow.SCHEDULED) == workflow.DRAFT
    assert workflow.status_after_edit(workflow.PUBLISHED) == workflow.PUBLISHED
    assert workflow.status_after_edit(workflow.IN_REVIEW) == workflow.IN_REVIEW


def test_content_loader_skips_the_readme_and_reads_front_matter():
    assert "README.md" in SKIP_FILES
    articles = load_directory()
    slugs = {a.slug for a in articles}
    assert "what-is-sleep-myoclonus" in slugs
    assert all(3 <= len(a.sources) <= 6 for a in articles)
    first = next(a for a in articles if a.slug == "what-is-sleep-myoclonus")
    assert first.sources[1].doi == "10.3390/brainsci7080103"
    assert first.sources[0].year == 2024
    assert "hypnic-jerks-in-adults" in first.related
    assert not first.body.startswith("+++")


def test_front_matter_must_be_present():
    with pytest.raises(ContentError, match="front matter"):
        parse_article("## No front matter\n", "x.md")


def test_sources_box_parses_lines_and_reports_bad_ones():
    sources = parse_sources("a | Title A | Pub | 2020 | https://a.example | 10.1/x\n\nb | B | | |")
    assert [s.key for s in sources] == ["a", "b"]
    assert sources[0].year == 2020
    assert sources[1].year is None
    with pytest.raises(ContentError) as excinfo:
        parse_sources("just a title\nc | C | P | soon | u | d")
    assert SOURCE_LINE_ERROR.format(line=1) in str(excinfo.value)
    assert SOURCE_YEAR_ERROR.format(line=2) in str(excinfo.value)
