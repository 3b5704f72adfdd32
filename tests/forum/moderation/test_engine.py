"""Engine policy tests: which action each kind of post gets, and why. No database."""

from __future__ import annotations

import json

import pytest

from forum.moderation import engine
from forum.moderation.engine import WatchedRule
from forum.moderation.engine.categories import BY_CODE

DOSE = "give him 0.5 mg of clonazepam before bed"
EMERGENCY = "he's not breathing and his lips are going blue, what do I do"
SPAM = "Buy cheap clonazepam online, no prescription needed! www.rxpharma-direct.biz"
CLEAN = "Our 6 week old jerks only in her sleep and it stops when we pick her up."


@pytest.mark.parametrize(
    ("text", "action", "categories"),
    [
        (CLEAN, engine.PUBLISH, set()),
        ("I take 0.5 mg clonazepam, prescribed by my GP.", engine.PUBLISH, set()),
        (DOSE, engine.HOLD, {"dose_advice"}),
        ("stop taking the sertraline", engine.HOLD, {"medication_directive"}),
        ("your son has epilepsy", engine.HOLD, {"diagnosis"}),
        ("whatsapp me on 07700 900123", engine.HOLD, {"contact"}),
        ("You're an idiot.", engine.HOLD, {"incivility"}),
        (SPAM, engine.REFUSE, {"spam"}),
        (EMERGENCY, engine.PUBLISH_URGENT, {"emergency"}),
        # An emergency is published at once even when it also holds advice.
        (
            EMERGENCY + ". Someone said give him 5mg of diazepam, take 5mg now",
            engine.PUBLISH_URGENT,
            {"emergency", "dose_advice"},
        ),
    ],
)
def test_policy(text: str, action: str, categories: set[str]) -> None:
    verdict = engine.evaluate(text)
    assert verdict.action == action
    assert verdict.categories == categories


def test_urgent_post_lists_the_held_reasons_for_moderators() -> None:
    verdict = engine.evaluate(EMERGENCY + " DM me on 07700 900123")
    assert verdict.action == engine.PUBLISH_URGENT
    assert verdict.urgent
    assert BY_CODE["emergency"].message in verdict.reasons
    assert BY_CODE["contact"].message in verdict.reasons
    assert verdict.summary == engine.URGENT_SUMMARY


def test_spam_is_refused_but_an_emergency_in_it_still_shows_the_banner() -> None:
    verdict = engine.evaluate(SPAM + " my baby is not breathing right now")
    assert verdict.action == engine.REFUSE
    assert verdict.urgent


def test_duplicate_is_held() -> None:
    text = "Has anyone's baby had jerks only in sleep that stop when you pick them up?"
    verdict = engine.evaluate(text, recent_texts=[text.lower() + "!!"])
    assert verdict.action == engine.HOLD
    assert verdict.categories == {"duplicate"}
    assert verdict.reasons == [BY_CODE["duplicate"].message]


@pytest.mark.parametrize(
    ("rule", "action", "reason"),
    [
        (WatchedRule("cure", False, "refuse"), engine.REFUSE, engine.WATCHED_REFUSE_MESSAGE),
        (
            WatchedRule(r"\bvaccin\w*", True, "require_approval"),
            engine.HOLD,
            engine.WATCHED_HOLD_MESSAGE,
        ),
        (WatchedRule("CURE", False, "flag"), engine.PUBLISH, engine.WATCHED_FLAG_MESSAGE),
    ],
)
def test_watched_rules(rule: WatchedRule, action: str, reason: str) -> None:
    verdict = engine.evaluate("Is there a cure? Was it the vaccine?", watched=[rule])
    assert verdict.action == action
    assert verdict.reasons == [reason]
    assert verdict.spans
    assert verdict.rule_hits[0].rule is rule


def test_watched_rule_note_is_shown() -> None:
    rule = WatchedRule("cure", False, "flag", note="miracle-cure claims")
    verdict = engine.evaluate("a cure", watched=[rule])
    assert verdict.reasons == [
        engine.WATCHED_FLAG_MESSAGE + engine.WATCHED_NOTE_SUFFIX.format(note="miracle-cure claims")
    ]


def test_link_article_rule_adds_slug_without_changing_the_action() -> None:
    rules = [
        WatchedRule(r"\bPLMD\b", True, "link_article", article_slug="plmd"),
        WatchedRule("plmd", False, "link_article", article_slug="plmd"),
        WatchedRule("restless", False, "link_article", article_slug="rls"),
    ]
    verdict = engine.evaluate("Could it be PLMD or restless legs?", watched=rules)
    assert verdict.action == engine.PUBLISH
    assert verdict.article_slugs == ["plmd", "rls"]
    assert verdict.reasons == []
    assert verdict.spans == []


def test_refuse_rule_beats_an_emergency() -> None:
    verdict = engine.evaluate(EMERGENCY, watched=[WatchedRule("blue", False, "refuse")])
    assert verdict.action == engine.REFUSE
    assert verdict.urgent


def test_broken_regex_rule_falls_back_to_a_literal_match() -> None:
    rule = WatchedRule("cure (now", True, "require_approval")
    assert engine.evaluate("a cure (now!)", watched=[rule]).action == engine.HOLD
    assert engine.evaluate("a cure now", watched=[rule]).action == engine.PUBLISH


def test_non_matching_and_empty_rules_are_ignored() -> None:
    rules = [WatchedRule("", False, "refuse"), WatchedRule("x^", True, "refuse")]
    assert engine.evaluate(CLEAN, watched=rules).action == engine.PUBLISH


def test_unknown_rule_action_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown watched-rule action"):
        WatchedRule("x", False, "delete")


def test_spans_are_merged_and_point_into_the_text() -> None:
    text = "your son has epilepsy, give him 0.5 mg of clonazepam"
    verdict = engine.evaluate(text)
    assert verdict.spans == sorted(verdict.spans)
    assert all(0 <= a < b <= len(text) for a, b in verdict.spans)
    highlighted = " ".join(text[a:b] for a, b in verdict.spans)
    assert "epilepsy" in highlighted
    assert "0.5 mg" in highlighted


def test_to_dict_is_json_ready() -> None:
    rule = WatchedRule("clonazepam", False, "flag", note="benzo")
    data = engine.evaluate(DOSE, watched=[rule]).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["action"] == engine.HOLD
    assert data["categories"] == ["dose_advice"]
    assert data["urgent"] is False
    assert data["summary"] == engine.HOLD_SUMMARY
    assert data["rules"][0]["note"] == "benzo"
    assert data["findings"][0]["message"] == BY_CODE["dose_advice"].message


@pytest.mark.parametrize("action", engine.ACTIONS)
def test_every_action_has_a_summary(action: str) -> None:
    assert engine.SUMMARIES[action]
