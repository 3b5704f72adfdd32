"""One episode summary: the timeline and the doctor's report say the same words."""

import re

from logbook import services

from .test_pages import url


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_timeline_and_report_describe_an_episode_alike(client, subject, owner):
    services.episode_create(
        subject=subject,
        user=owner,
        intensity=4,
        stopped_when_woken="no",
        responsive="no",
        signs=["stiffening"],
        pattern="cluster",
        cluster_count=5,
    )
    client.force_login(owner)
    timeline = _text(client.get(url("timeline", subject)).content.decode())
    report = _text(client.get(url("report", subject)).content.decode())
    for words in (
        "Intensity 4 – strong jerk.",
        "Stopped when woken: no, it went on.",
        "Responsive: no.",
        "Stiffening.",
        "Cluster, ~5 jerks.",
    ):
        assert words in timeline, words
        assert words in report, words
    assert "4/5" not in report
