"""Emergencies told as thread updates: "third one starting now", "it's been 6 minutes".

A follow-up in a thread often names no red flag of its own: the situation was told in
an earlier post by the same author (their opening post, or their earlier replies) and the update
only says that it goes on, comes back, has lasted, or that a new sign has appeared.
:func:`assess_update` reads the current post against those earlier posts:

* an earlier post carries a red flag now (certain or doubtful, per :func:`assess`), and
  the current post is an update (still / again / another one / it's been N minutes /
  now he ... / a new sign): the update gets the banner, certain when the earlier red
  flag was;
* an earlier post tells of a seizure or jerking going on now, and the update says it
  has lasted five minutes or more, or came back one after another, or the person is
  not answering: certain (a long seizure told across two posts); "still going" alone
  is doubt;
* an earlier post tells of a knock on the head now, and the update names a new sign
  (sick, drowsy, not using a hand...): certain;
* an earlier post tells of a fever now, and the update names a stiff neck, a rash that
  does not fade or a child hard to wake (or the other way round): certain.

Every cue and sign of the update goes through the same context layer as any red flag
(:func:`.context.classify`: negated, dream, hypothetical, general question, historical,
someone else's story), and an update that says it is over ("it stopped", "he came
round", "fine now", "no colour change") gives nothing. Without earlier posts nothing
changes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from forum.moderation.engine import trie
from forum.moderation.engine.text import Span, merge_spans

from . import concepts as c
from .concepts import WEAK, Hit
from .context import _NUMBER_ALONE, AFTER_CARE, OTHER, classify, sends_reader_for_help
from .tokens import Sentence, tokenize


def _p(*alternatives: str) -> re.Pattern[str]:
    return trie.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


_ONGOING_STATE = (
    r"(?:going|fitting|jerking|shaking|twitching|twitchy|seizing|convulsing|stiff|rigid|not|isn't"
    r"|isnt|won't|wont|hasn't|hasnt|can't|cant|no|blue|grey|gray|purple|dusky|mottled|floppy|limp"
    r"|the same|happening|breathing|gasping|unresponsive|out|asleep and|sleepy|drowsy|vomiting"
    r"|being sick|doing it|like this|on the floor|at it|stuck|staring|drooling|same)"
)
_SITUATION = (
    r"(?:started|starting|happening|doing it|going|jerking|fitting|shaking|twitching|seizing"
    r"|convulsing|gone|off|stiffening|at it|sick|vomited|vomiting|spewed|spewing|threw up"
    r"|thrown up|throwing up|puked|puking|paused|pausing|gasping)"
)
# It came back, or another one came: words of an update, and a count of fits.
_AGAIN = (
    rf"{_SITUATION} (?:up )?again|again (?:now|just now|tonight)",
    r"another (?:one|fit|seizure|episode|spell|bout|pause|gap|stop|gasp|of those|of them)",
    r"(?:did|does|done|has done) it (?:again|once more)",
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:one|fit|seizure|episode|time|spell)",
    # the count alone with its start: "fourth starting"
    r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:just )?(?:starting|started)",
    r"one after (?:the )?(?:other|another)|back to back",
    r"(?:gone|going) (?:into|in) (?:another|a new)",
    # "another at 9.40 and now a third"
    r"another (?:at|just now|now|started|starting|coming)",
    r"(?:now|and) a (?:second|third|fourth|fifth)(?! (?:time|night|day|week|child|baby|doctor))",
)
# The situation goes on, comes back or has lasted: the words of an update.
UPDATE = _p(
    rf"still {_ONGOING_STATE}|(?:he's|she's|it's|its|hes|shes|he is|she is|it is|they're|they are"
    rf"|baby's|baby is) still",
    r"won't stop|wont stop|will not stop|hasn't stopped|hasnt stopped|not stopping|isn't stopping"
    r"|(?:has|have|had) not stopped|haven't stopped|havent stopped"
    r"|doesn't stop|doesnt stop|non ?stop|keeps? going|keeps? (?:coming|happening)",
    *_AGAIN,
    r"(?:it's|its|it has|has|have|he's|she's|it) (?:now )?been (?:\S+ ){0,3}?(?:min|mins|minute"
    r"|minutes|hour|hours)",
    r"(?:\d+|five|six|seven|eight|nine|ten|fifteen|twenty) ?(?:min|mins|minutes) (?:now|already"
    r"|and counting|straight|so far)",
    r"getting worse|worse now|right now|at the moment|currently",
    # the signs told before grow: "the stops are getting longer", "the gaps are getting closer"
    r"(?:getting|get|got|gone|going) (?:longer|closer together|more often|bigger|shorter apart)",
    # a new state told with "now": "she now very sleepy cannot keep eyes open"
    r"now (?:very |so |really |more |even more )?(?:sleepy|drowsy|floppy|limp|pale|grey|gray|blue"
    r"|mottled|blotchy)|(?:can't|cant|cannot|won't|wont) keep (?:his |her |their )?eyes open",
    r"(?:it's|its|it is|is|it has been|has been) (?:still )?going on (?:since|for)",
    r"same (?:again|as before|thing again)|no change|not (?:any )?better|still the same",
    r"toujours pareil|pareil qu'avant|sigue igual|igual que antes",
    r"sigue|siguen|otra vez|de nuevo|otra (?:crisis|convulsi[oó]n)|toujours (?:en train|pas"
    r"|la m[êe]me)|(?:il|elle) est toujours|encore une|[çc]a recommence|recommence",
    # a new sign in an update: "she's barely moving", "he's hardly responding"
    r"(?:he's|she's|hes|shes|he is|she is|they're|baby's|baby is|is) (?:now )?(?:barely|hardly)"
    r" (?:moving|responding|reacting|breathing|awake|conscious)",
    # French and Spanish durations: "ça dure depuis 8 minutes", "lleva ya 7 minutos"
    r"(?:dure|durent) depuis|depuis (?:\S+ )?(?:min|minutes)|lleva (?:ya )?(?:\S+ )?minutos"
    r"|hace (?:\S+ )?minutos que|minutos (?:ya|seguidos)",
    # Hindi-English: "abhi bhi ruka nahi" (still not stopped), "ab bhi chal raha hai"
    r"abhi bhi|ab bhi|abhi tak|ruka nahi|ruki nahi|ruk nahi (?:raha|rahi|rahe)|band nahi"
    r" (?:hua|hui|ho raha|ho rahi)",
)
# "He just stopped again" after breathing that stops and starts: a pause, not the end.
_STOPPED_AGAIN = _p(r"(?:stopped|stops|stopping|paused|pauses|pausing) (?:breathing )?again")
# A reply that tells the reader what to do, with no first person in it, is advice to the
# poster ("call 911 right now", "give him Nurofen"), not an update of the situation.
_ADVICE = trie.compile(
    r"(?:^|[,;:] )(?:please |just |now |so |ok |okay )?(?:call|ring|phone|dial|tell them|leave"
    r" (?:him|her|them)|give|don't|dont|do not|put|lay|keep|get (?:him|her|them|an?)|take"
    r" (?:him|her|them)|go to|go now|strip|sponge|up the|time it|roll (?:him|her)|turn (?:him"
    r"|her)|stay with|let (?:him|her|them)|tell (?:him|her) to|write down|note down|jot down"
    r"|llam\w+|dale|d[ée]le|appelez"
    r"|appelle|donnez|laissez"
    r"|allez)(?![\w'])|(?<![\w'])(?:you|u|ur|your) (?:should|need|must|have to|'ll|will)(?![\w'])"
)
_FIRST_PERSON = trie.compile(r"(?<![\w'])(?:i|i'm|im|i've|ive|we|we're|my|our|me|us|mine)(?![\w'])")
# The update says it is over, or that a sign is absent: nothing to add.
SETTLED = _p(
    r"(?:it|he|she|they|that|the \S+|jerks?|jerking|twitch\w*|shaking|fits?|seizure|episode)"
    r" (?:has |have |had |finally |just )?(?:stopped|finished|ended|settled|passed|eased off)",
    r"stopped (?:after|now|by itself|on (?:its|it's) own)|(?:it's|its|it is) over"
    r"|(?:fine|ok|okay|alright|all right|good|better|normal|himself|herself) now"
    r"|back to (?:normal|himself|herself|themselves|sleep|his usual|her usual)"
    r"|came (?:round|around|to)|come (?:round|around)|pinked up|colour(?:'s| is)? back"
    r"|color(?:'s| is)? back|no colour change|no color change|no change in (?:colour|color)"
    r"|breathing (?:normally|normal|fine|ok|okay|well|easy)|awake and (?:\S+ )?(?:talking"
    r"|chatting|crying|smiling|playing|fine|happy|eating|feeding)|false alarm|all good"
    r"|sound asleep|sleeping peacefully|fast asleep and (?:\S+ )?fine|panic over"
    r"|checked (?:him|her|them) (?:over|out)|sent (?:us )?home|discharged|been seen"
    r"|ya pas[oó]|ya est[aá] bien|c'est pass[ée]|va mieux|tout va bien"
    rf"|{AFTER_CARE}"
    r"|^(?:she's|he's|shes|hes|they're) (?:ok|okay|alright|all right)(?! but| now but| ish| \?)",
)
# "Before he came round" says he had not: it is taken out before SETTLED is looked for.
_NOT_SETTLED = trie.compile(
    r"(?:before|without|not|never|hasn't|hasnt|hadn't|hadnt|didn't|didnt|hasn't yet|still not)"
    r" (?:\S+ ){0,2}?(?:came|come|coming|waking|woken|woke) ?(?:round|around|to|up)?"
)
# Words whose first sentence is only an update of an earlier one ("thanks again").
_NOT_UPDATE = _p(r"thanks again|thank you again|never again|again thanks|once again thank")
_QUESTION_ONLY = _p(
    r"(?:is|are|was) (?:he|she|they|the baby|your \S+) (?:ok|okay|alright|all right|better)"
    r"|how is (?:he|she|they|the baby|your \S+)|any (?:news|update)|update (?:us|please)"
    r"|hope (?:he|she|they|everything|all)|thinking of you|praying|sending (?:love|hugs)"
)


# A seizure told as going on now, not a habit ("he jerks as he falls asleep").
_SEIZURE_NOW = trie.compile(
    c.ONGOING.pattern
    + "|"
    + c.NOT_EASING.pattern
    + r"|(?<![\w'])(?:is|he's|she's|hes|shes|are|they're|it's|its) (?:\S+ )?(?:having|jerking"
    r"|twitching|shaking|fitting|seizing|convulsing|stiff|rigid|going)(?![\w'])"
    r"|just (?:started|begun|began)|started (?:\S+ )?(?:ago|just now)"
)


@functools.lru_cache(maxsize=64)
def _earlier(text: str) -> tuple[bool, bool, frozenset[str]]:
    """(a red flag now, a certain one, concepts told as happening now) of an earlier post."""
    from . import assess

    certain, doubtful = assess(text)
    post = tokenize(text)
    post_text = " ".join(s.text for s in post)
    found: set[str] = set()
    for name, pattern in (
        ("seizure", c.SEIZURE),
        ("head_injury", c.HEAD_INJURY),
        ("fever", c.FEVER),
        ("fever_sign", c.FEVER_SIGN),
    ):
        if name in found:
            continue
        for sentence in post:
            if name == "seizure" and not _SEIZURE_NOW.search(sentence.text):
                continue
            if _now(pattern, sentence, post, post_text, name):
                found.add(name)
                break
    if c.SEIZURE.search(post_text):
        found.add("jerks")  # jerks named at all, even as a habit ("she jerks most nights")
    return bool(certain or doubtful), bool(certain), frozenset(found)


@functools.lru_cache(maxsize=64)
def _breathing_now(text: str) -> bool:
    """Does an earlier post tell breathing trouble now (asked only of an update that says it
    "stopped again")?"""
    post = tokenize(text)
    post_text = " ".join(s.text for s in post)
    return any(_now(c.BREATHING, s, post, post_text, "breathing") for s in post)


def _now(
    pattern: re.Pattern[str],
    sentence: Sentence,
    post: list[Sentence],
    post_text: str,
    name: str,
    *,
    other_ok: bool = False,
) -> Span | None:
    """The first match of ``pattern`` in ``sentence`` that the context layer leaves "now"."""
    for m in pattern.finditer(sentence.text):
        context = classify(Hit(name, m.start(), m.end(), WEAK), sentence, post, post_text)
        if context is None or (other_ok and context == OTHER):
            return sentence.original(m.start(), m.end())
    return None


# Another one, or the same again: a count of fits (in English, also an update).
_COUNT = _p(*_AGAIN, r"otra vez|de nuevo|otra (?:crisis|convulsi[oó]n)|une autre|recommence")


@functools.lru_cache(maxsize=16)
def _assess_update(
    text: str, earlier: tuple[str, ...]
) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    if not earlier:
        return (), ()
    post = tokenize(text)
    if not post:
        return (), ()
    post_text = " ".join(s.text for s in post)
    paused = _STOPPED_AGAIN.search(post_text)
    if SETTLED.search(_NOT_SETTLED.sub(" ", _STOPPED_AGAIN.sub(" ", post_text))):
        return (), ()
    if not _FIRST_PERSON.search(post_text) and (
        any(_ADVICE.search(s.text) for s in post)
        # a reply that is only the number or the place: "999 right now.", "Hospital now."
        or all(_NUMBER_ALONE.match(s.text) for s in post)
        or sends_reader_for_help(post, post_text)
    ):
        return (), ()
    if _QUESTION_ONLY.search(post_text) and not any(
        c.unresponsive_in(s.text) or c.BREATHING.search(s.text) for s in post
    ):
        return (), ()
    flag = certain_flag = False
    told: set[str] = set()
    for previous in earlier:
        red, sure, names = _earlier(previous)
        flag, certain_flag = flag or red, certain_flag or sure
        told |= names
    if not (flag or told):
        return (), ()
    certain: list[Span] = []
    doubtful: list[Span] = []
    cue_spans: list[Span] = []
    if paused and any(_breathing_now(previous) for previous in earlier):
        for sentence in post:
            if span := _now(_STOPPED_AGAIN, sentence, post, post_text, "breathing"):
                certain.append(span)
    for sentence in post:
        if _NOT_UPDATE.search(sentence.text):
            continue
        span = _now(UPDATE, sentence, post, post_text, "update", other_ok=True)
        if span:
            cue_spans.append(span)
    minutes = c.with_bare_minutes(c.minutes_told(post_text), post_text)
    counted = bool(_COUNT.search(post_text)) and bool(cue_spans)
    long_fit = "seizure" in told and (minutes >= 5 or counted)
    # jerks told earlier as a habit; now "it's been 7 min and she's just staring"
    long_jerks = (
        "jerks" in told
        and minutes >= 5
        and bool(
            c.unresponsive_in(post_text)
            or c.FIT_SIGN.search(post_text)
            or c.NO_ANSWER_NOW.search(post_text)
        )
    )
    if cue_spans and (long_fit or long_jerks):
        certain += cue_spans
    for sentence in post:
        if "head_injury" in told and (
            span := _now(c.NEW_SIGN, sentence, post, post_text, "new_sign")
        ):
            certain.append(span)
        if "fever" in told and (
            (span := _now(c.FEVER_SIGN, sentence, post, post_text, "fever_sign"))
            or (span := _now(c.FEVER_DROWSY, sentence, post, post_text, "fever_sign"))
        ):
            certain.append(span)
        if "fever_sign" in told and (span := _now(c.FEVER, sentence, post, post_text, "fever")):
            certain.append(span)
    if cue_spans and flag:
        (certain if certain_flag else doubtful).extend(cue_spans)
    elif cue_spans and "seizure" in told and not certain:
        doubtful.extend(cue_spans)
    return tuple(merge_spans(certain)), tuple(merge_spans(doubtful))


def assess_update(text: str, earlier: Sequence[str]) -> tuple[list[Span], list[Span]]:
    """(certain spans, doubtful spans) of ``text`` read as an update of ``earlier`` posts."""
    certain, doubtful = _assess_update(text, tuple(earlier))
    return list(certain), list(doubtful)
