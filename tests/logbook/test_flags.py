"""The red-flag table drives the model property, the SQL counts and the report."""

import pytest

from logbook import flags, services
from logbook.models import Episode

from .factories import EpisodeFactory
from .test_pages import url

# One episode per flag, built from the table's own codes (a new row needs a case here).
CASES = {
    "breathing_pause": {"signs": ["breathing_pause"]},
    "not_responsive": {"responsive": "no"},
    "not_stopped": {"stopped_when_woken": "no"},
    "awake": {"sleep_state": "awake"},
    "stiffening": {"signs": ["stiffening"]},
}


def test_every_flag_has_a_case():
    assert set(CASES) == set(flags.BY_CODE)


@pytest.mark.parametrize("code", list(CASES))
def test_predicate_and_sql_agree(subject, code):
    EpisodeFactory(subject=subject)  # a plain episode: no flag
    episode = EpisodeFactory(subject=subject, **CASES[code])
    assert episode.is_red_flag
    flagged = Episode.objects.filter(subject=subject).filter(flags.BY_CODE[code].q)
    assert list(flagged) == [episode]
    assert [e.pk for e in Episode.objects.filter(subject=subject) if e.is_red_flag] == [episode.pk]


def test_report_lists_flag_sentences_and_names_them_when_nothing_stood_out(client, subject, owner):
    client.force_login(owner)
    EpisodeFactory(subject=subject)
    body = client.get(url("report", subject)).content.decode()
    sentence = str(flags.nothing_stood_out())
    assert sentence in body
    for flag in flags.RED_FLAGS:
        assert str(flag.short) in sentence
    services.episode_create(subject=subject, user=owner, **CASES["stiffening"])
    body = client.get(url("report", subject)).content.decode()
    assert str(flags.BY_CODE["stiffening"].text) in body
    assert sentence not in body
