"""Red flags and the anonymised summary, without a database."""

from logbook.describe import age_band, forum_ask_url, summary_text
from logbook.flags import red_flags


def test_red_flags_list_only_present_flags_with_counts():
    flags = red_flags({"awake": 2, "not_responsive": 0, "breathing_pause": 1, "episodes": 40})
    assert [f.code for f in flags] == ["breathing_pause", "awake"]
    assert flags[1].count == 2
    assert "doctor" in flags[0].text
    assert "epilepsy" not in " ".join(f.text for f in flags).lower()


def test_no_flags_for_a_benign_log():
    assert red_flags({"awake": 0, "stiffening": 0}) == []


def test_age_bands():
    assert age_band("child", 2) == "a baby under 3 months"
    assert age_band("child", 40) == "a child of 2 to 5 years"
    assert age_band("partner", None) == "an adult"


def test_summary_has_no_names_or_dates_and_links_to_forum():
    text = summary_text(
        band="a baby of 3 to 6 months",
        days=28,
        totals={"episodes": 31, "nights": 20, "max_per_night": 4, "clusters": 3, "woken_yes": 5},
        parts={"arms": 20, "legs": 9},
        states={"asleep": 25, "awake": 0},
        part_labels={"arms": "Arms", "legs": "Legs"},
        state_labels={"asleep": "Asleep", "awake": "Awake"},
        median_seconds=8,
    )
    assert "31 episodes on 20 nights" in text
    assert "about 4 weeks" in text
    assert "arms (20), legs (9)" in text
    assert "awake" not in text
    assert "2026" not in text
    url = forum_ask_url(text)
    assert url.startswith("/forum/ask/?body=")
    assert "31+episodes" in url
