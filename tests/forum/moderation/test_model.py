"""The learned layer without Django: training, the artefact format, the figures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from forum.moderation.engine import (
    HOLD,
    PUBLISH,
    PUBLISH_URGENT,
    REFUSE,
    corpus,
    evaluate,
    evaluation,
    training,
)
from forum.moderation.engine.model import Model

FIXTURE = Path(__file__).with_name("corpus")


@pytest.fixture(scope="module")
def model() -> Model:
    rows = corpus.load("train", FIXTURE, legacy=False)
    return training.train(rows, corpus.load("dev", FIXTURE), version="unit")


def test_probabilities_are_calibrated_and_thresholds_ordered(model: Model) -> None:
    p = model.probabilities("give him 2 mg of melatonin before bed")
    assert set(p) == set(model.categories)
    assert all(0.0 <= v <= 1.0 for v in p.values())
    assert p["dose_advice"] > p["incivility"]
    low, high = model.thresholds
    assert (low <= high).all()


def test_the_model_holds_advice_and_publishes_a_parents_own_story(model: Model) -> None:
    advice = evaluate("give her 3 mg of melatonin an hour before bed", model=model)
    story = evaluate("our little one jerks only while she is asleep", model=model)
    assert (advice.action, story.action) == (HOLD, PUBLISH)
    assert "dose_advice" in advice.categories
    assert advice.spans, "the queue shows which words weighed"


def test_the_artefact_round_trips(model: Model) -> None:
    again = Model.from_bytes(model.to_bytes())
    text = "stop the keppra, that is what is causing it"
    assert again.version == "unit"
    assert again.probabilities(text) == pytest.approx(model.probabilities(text))
    assert again.meta["thresholds"] == json.loads(json.dumps(model.meta["thresholds"]))


def test_an_artefact_with_pickled_objects_is_refused(model: Model) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, header=np.array([{"format": 1}], dtype=object))
    with pytest.raises(ValueError, match="allow_pickle=False"):
        Model.from_bytes(buffer.getvalue())


def test_an_artefact_for_other_features_is_refused(model: Model) -> None:
    data = io.BytesIO(model.to_bytes())
    with np.load(data, allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    header = json.loads(arrays["header"].tobytes())
    header["rule_features"] = ["something", "else"]
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    out = io.BytesIO()
    np.savez(out, **arrays)
    with pytest.raises(ValueError, match="does not fit"):
        Model.from_bytes(out.getvalue())


def test_thread_lines_are_judged_in_order_so_a_repost_is_a_duplicate() -> None:
    first = "Has anyone tried a weighted sleeping bag for the jerks? Did it help at all?"
    rows = [
        {"id": "1", "thread": "t", "author": "u1", "text": first, "labels": []},
        {"id": "2", "thread": "t", "author": "u2", "text": first, "labels": []},
        {"id": "3", "thread": "t", "author": "u1", "text": first + " Bump!", "labels": []},
    ]
    histories = [history for _row, history in corpus.with_history(rows)]
    assert histories == [[], [], [first]]


def test_score_counts_verdicts_and_queue_quality() -> None:
    rows = [
        {"id": "a", "text": "give him 0.5 mg of clonazepam", "labels": ["dose_advice"]},
        {"id": "b", "text": "our doctor saw the video", "labels": []},
        {"id": "c", "text": "email me at a.b@example.com", "labels": []},
        {"id": "d", "text": "she is not breathing and has gone blue", "labels": ["emergency"]},
    ]
    result = evaluation.score(rows, None)
    assert result["categories"]["dose_advice"]["tp"] == 1
    assert result["categories"]["contact"]["fp"] == 1
    assert result["individual_advice"]["recall"] == 1.0
    assert result["summary"]["hold_precision"] == 0.5
    assert result["summary"]["false_holds_on_allowed"] == 0.5
    assert result["confusion"][PUBLISH][HOLD] == 1
    assert result["confusion"][PUBLISH_URGENT][PUBLISH_URGENT] == 1
    assert "false_holds_on_allowed" in result["failures"]
    assert "Frozen" in evaluation.format_report(result, "Frozen test split")


def test_expected_action_follows_the_policy() -> None:
    assert evaluation.expected_action([]) == PUBLISH
    assert evaluation.expected_action(["contact"]) == HOLD
    assert evaluation.expected_action(["contact", "emergency"]) == PUBLISH_URGENT
    assert evaluation.expected_action(["spam", "emergency"]) == REFUSE


def test_a_model_may_not_trade_emergency_recall_for_anything() -> None:
    base = {"summary": {"emergency_recall": 1.0}, "macro_f1": 0.8}
    assert evaluation.better_or_equal({"summary": {"emergency_recall": 1.0}, "macro_f1": 0.8}, base)
    assert not evaluation.better_or_equal(
        {"summary": {"emergency_recall": 0.9}, "macro_f1": 0.99}, base
    )
    assert not evaluation.better_or_equal(
        {"summary": {"emergency_recall": 1.0}, "macro_f1": 0.7}, base
    )


def test_the_emergency_banner_threshold_spends_the_budget_the_rules_leave(model: Model) -> None:
    """Recall first: the model's banner starts as low as the dev banner budget allows,
    counting the banners the red-flag rules already show on allowed posts."""
    quiet = "Thanks everyone, we saw the GP and she is fine."
    told = "He's gone blue round the lips and isn't breathing properly right now"
    dev = [{"text": quiet, "labels": []} for _ in range(200)]
    dev += [{"text": told, "labels": ["emergency"]} for _ in range(10)]
    column = model.categories.index("emergency")
    probs = np.zeros((len(dev), len(model.categories)))
    probs[:200, column] = np.linspace(0.0, 0.6, 200)  # allowed posts, some scored high
    probs[200:, column] = 0.95
    chosen = training.choose_thresholds(model, dev, probs)
    low = chosen["emergency"][0]
    budget = int(training.BANNER_BUDGET * 200)
    assert int((probs[:200, column] >= low).sum()) <= budget
    assert low < 0.6  # the budget is spent, not left unused
    # When the rules' own banners already fill the budget, the model adds only one.
    dev_told = [{"text": told, "labels": []} for _ in range(budget)] + dev[budget:]
    low_full = training.choose_thresholds(model, dev_told, probs)["emergency"][0]
    assert int((probs[budget:200, column] >= low_full).sum()) <= 1


def test_advice_thresholds_also_keep_recall_when_the_rules_are_blind() -> None:
    """The rules were written on dev, so with their hits the model finds all of dev's
    advice at any threshold; the thresholds must still catch BLIND_RECALL of it by the
    words alone, which here needs the first category's threshold at 0.2 or below."""
    gold = np.array([[1, 0, 0]] * 20 + [[0, 0, 0]] * 80)
    seen = np.where(gold == 1, 0.99, 0.0)
    blind = seen.copy()
    blind[:20, 0] = np.linspace(0.1, 0.9, 20)  # by its words, advice is a spread
    blind[20:30, 0] = 0.15  # and some allowed posts read like it
    with_rules = training._advice_thresholds(seen, gold, seen)
    without = training._advice_thresholds(seen, gold, blind)
    assert with_rules[0] == training.LOW_CEILING  # nothing to keep: as high as allowed
    caught = (blind[:20, 0] >= without[0]).mean()
    assert caught >= training.BLIND_RECALL
    assert without[0] <= 0.2


def test_spam_on_the_words_alone_is_held_for_a_moderator_not_refused(model: Model) -> None:
    """Refusing throws a post back at its writer: on the model's word alone that needs
    REFUSE_ON_WORDS_ALONE; a charity's free guide the model half-suspects is only held."""
    from forum.moderation.engine import REFUSE_ON_WORDS_ALONE
    from forum.moderation.engine.model import rule_hits

    charity = "The Sleep Charity has free guides on their website, no sign-up needed."
    assert not rule_hits(charity).get("spam")
    p = model.probabilities(charity)["spam"]
    assert p < REFUSE_ON_WORDS_ALONE
    sure = Model.from_bytes(model.to_bytes())
    j = sure.categories.index("spam")
    sure.thresholds[:, j] = p / 2  # the model would call it certain spam
    verdict = evaluate(charity, model=sure)
    assert verdict.action == HOLD
    assert "spam" in verdict.categories
    shop = "Buy our magnesium gummies now, 20% off with code SLEEP20 at www.calmkids-shop.com"
    assert rule_hits(shop).get("spam")
    assert evaluate(shop, model=sure).action == REFUSE


# A parent's long friendly story with one sentence of advice in it: a verdict on the other
# family's child, which the shipped model, reading the whole story, scores far below its band.
_LONG_STORY_WITH_A_VERDICT = (
    "Ours started the jerks at about three weeks, always in the first hour after she went "
    "down. I sat up watching the monitor more nights than I can count. That's PLMD, "
    "definitely. My mum kept saying it was wind and my husband said she was dreaming. The "
    "health visitor said to film it, which we did, loads of times. The paediatrician watched "
    "the videos at the six week check and was lovely about it. By four months it had mostly "
    "faded and now at two she sleeps like a log. We did the night feeds in shifts and watched "
    "a lot of box sets with the sound off. Our eldest called the jerks her sister's dance moves."
)


def test_a_long_story_is_judged_where_the_rules_found_the_advice() -> None:
    """Read on the sentence the diagnosis rule found, the shipped model holds the post that,
    read whole, it scores as a story."""
    from forum.moderation.engine import LONG_POST
    from forum.moderation.engine.artefact import default_model

    shipped = default_model()
    text = _LONG_STORY_WITH_A_VERDICT
    assert len(text) >= LONG_POST
    low = shipped.band("diagnosis")[0]
    assert shipped.probabilities(text)["diagnosis"] < low, "the story no longer dilutes it"
    verdict = evaluate(text, model=shipped)
    assert verdict.action == HOLD
    assert "diagnosis" in verdict.categories
    found = text.index("That's PLMD")
    assert any(a <= found + 5 and b >= found for a, b in verdict.spans)
    # a short post is read whole, as before: the same verdict alone is held on its own words
    assert "diagnosis" in evaluate("That's PLMD, definitely.", model=shipped).categories
