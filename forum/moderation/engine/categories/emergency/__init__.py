"""Emergency: someone in danger now, per the red flags of the domain brief. Recall first.

Three layers: :mod:`.tokens` (sentences, canonical spellings), :mod:`.concepts` (each
red flag with its surface forms and combining rules) and :mod:`.context` (negated,
dream, hypothetical, general question, historical and resolved, someone else). A
strong hit that survives the context is certain: the post goes up with the banner and
the moderators are alerted. A weak hit, or one told about someone else, is doubt: the
banner is shown (it costs little) but nobody is alerted unless the model agrees.
"""

from __future__ import annotations

import functools

from forum.moderation.engine.text import (
    URGENT,
    Category,
    Span,
    gettext_noop,
    merge_spans,
    normalize,
)

from .concepts import STRONG, find_hits
from .context import OTHER, classify, help_underway, reassured, sends_reader_for_help
from .thread import assess_update
from .tokens import tokenize


@functools.lru_cache(maxsize=16)
def assess(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """(certain spans, doubtful spans) of red flags happening now in ``text``."""
    post = tokenize(text)
    post_text = " ".join(s.text for s in post)
    certain: list[Span] = []
    doubtful: list[Span] = []
    for index, sentence in enumerate(post):
        for hit in find_hits(post, index):
            context = classify(hit, sentence, post, post_text)
            span = sentence.original(hit.start, hit.end)
            if context is None and hit.strength >= STRONG:
                certain.append(span)
            elif context is None or context == OTHER:
                doubtful.append(span)
    return tuple(merge_spans(certain)), tuple(merge_spans(doubtful))


def rules(text: str) -> list[Span]:
    return list(assess(text)[0])


def doubt(text: str) -> list[Span]:
    return list(assess(text)[1])


def clears(text: str) -> bool:
    """A post whose only alarm was the model's, and that tells all is well (see
    :func:`.context.reassured`), gets no banner. The engine asks only when the red-flag
    layer found nothing happening now, so a sentence with red flags in it has had them
    put in context already (a dream, negated, past) and is no alarm of its own."""
    post = tokenize(text)
    if sends_reader_for_help(post, " ".join(s.text for s in post)) or help_underway(
        normalize(text)
    ):
        return True
    unexplained = "\n".join(s.text for i, s in enumerate(post) if not find_hits(post, i))
    return reassured(normalize(text), unexplained)


CATEGORY = Category(
    code="emergency",
    action=URGENT,
    message=gettext_noop(
        "This sounds like it could be an emergency. If someone is not breathing, has blue "
        "or grey lips, cannot be woken, or has a seizure lasting more than five minutes, "
        "call your local emergency number now; please don't wait for replies here."
    ),
    rules=rules,
    rule_id="emergency.red_flag",
    learned=True,
    doubt=doubt,
    in_thread=assess_update,
    clears=clears,
)
