"""Incivility: insults, contempt and country-against-country flaming aimed at people."""

from __future__ import annotations

from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gettext_noop,
    merge_spans,
    prepare,
    rx,
    wordset,
)

# --------------------------------------------------------------------------- incivility

# Deliberately modest and non-graphic: the point is to hold a post for a human, not to
# catalogue abuse. "jerk" is absent on purpose: it is this forum's everyday word.
_INSULT_RE = rx(
    r"""
    \b(?:idiots?|moronic|morons?|imbeciles?|cretins?|retard(?:ed|s)?|losers?|muppets?|fools?
      |quacks?|garbage|f(?:\*{2,}|u?ck|ck)(?:ing|in'?)?|shut\s+up|screw\s+you|get\s+a\s+grip
      |stop\s+whining|dumbest|pathetic\s+excuse|shut\s+(?:your\s+(?:mouth|face|trap)|it)
      |you\s+know\s+nothing)\b
    |\b(?:what\s+an?|such\s+an?|your|you|you're|are\s+you|so)\s+(?:\w+\s+)?(?:stupid|dumb|thick)\b
    |\bstupid\s+(?:question|advice|post|comment|people|doctor|husband|wife|mum|mom|idea)s?\b
    |\b(?:you|you're|absolute|complete|total|such\s+an?)\s+clowns?\b
    |\b(?:are|you're|you\s+are|you)\s+(?:all\s+|so\s+|completely\s+|absolutely\s+)?(?:clueless|hysterical)\b
    |\b(?:another|you|you're|a)\s+hysterical\s+(?:mum|mom|mother|parent|woman)s?\b
    |\bclueless,\s+absolutely\s+clueless\b
    |\bpeople\s+like\s+you\s+(?:shouldn't|should\s+not|are\s+the|make\s+me)
    |\bgo\s+back\s+to\s+your\s+(?:own\s+)?country\b
    |\b(?:useless|joke)\b(?=[^.!?]*\b(?:doctor|quack|moderator|nhs|site)s?\b)
    """
)
# One word of every _INSULT_RE alternative: most posts contain none, and then the
# pattern never runs.
_INSULT_KEYWORDS = wordset(
    """idiot idiots moronic moron morons imbecile imbeciles cretin cretins retard retarded
    retards loser losers muppet muppets fool fools quack quacks garbage f fuck fucking fuckin
    fck fcking shut screw grip whining dumbest pathetic nothing stupid dumb thick clown clowns
    clueless hysterical people country useless joke"""
)
_NATIONALITY = r"""(?:americans?|yanks?|brits?|british\s+people|english\s+people|indians
    |germans?|australians?|aussies?|canadians?|europeans?|french\s+people|the\s+french
    |irish\s+people|scots|scottish\s+people|welsh\s+people|poles|russians?|chinese\s+people
    |nigerians|pakistanis|mexicans|kiwis|new\s+zealanders|italians|spaniards|dutch\s+people
    |swedes|norwegians|danes|filipinos|asians|africans|arabs|europeans|southerners
    |northerners|londoners)"""
_NATIONALITY_KEYWORDS = wordset(
    """american americans yank yanks brit brits british english indians german germans
    australian australians aussie aussies canadian canadians european europeans french irish
    scots scottish welsh poles russian russians chinese nigerians pakistanis mexicans kiwis
    zealanders italians spaniards dutch swedes norwegians danes filipinos asians africans
    arabs southerners northerners londoners"""
)
_COUNTRY_FLAME_RE = rx(
    rf"""
    \btypical\s+{_NATIONALITY}\b
    |\b{_NATIONALITY}\s+and\s+their\b
    |\b{_NATIONALITY}\b(?:\s+[\w']+){{0,5}}?\s+(?:are|is)\s+(?:\w+\s+)?(?:so\s+|all\s+|just\s+)?
      (?:arrogant|clueless|ignorant|stupid|useless|lazy|heartless|cold|rude|loud|idiots|thick
        |the\s+same|a\s+joke|pathetic)\b
    """
)
_FOLLOWED_BY_ME_RE = rx(r"\s+me\b")
# An insult named, not thrown: "calling someone a moron doesn't help", "he called me an idiot".
_NAMED_INSULT_RE = rx(
    r"""\b(?:call(?:s|ed|ing)?|name[sd]?|labell?(?:ed|ing)?)\s+(?:someone|somebody|people|others
        |anyone|anybody|each\s+other|me|us|my\s+\w+|our\s+\w+)\s+(?:an?\s+)?["']?$"""
)
_SELF_DIRECTED_RE = rx(
    r"""(?:\b(?:i|i'm|i\s+am|i\s+was|i\s+felt|i\s+feel|me|myself|sorry\s+if|this\s+may\s+be
        |this\s+might\s+be|probably)\b[^,.!?]{0,25})$"""
)


def rules(text: str) -> list[Span]:
    """Find insults, slurs and country-against-country flaming aimed at other people.

    Self-directed words ("I felt so stupid", "idiot me forgot", "sorry if this is a dumb
    question") are left alone: they are how worried parents talk about themselves.
    """
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    for m in _INSULT_RE.finditer(norm) if prep.all_words & _INSULT_KEYWORDS else ():
        before = norm[max(0, m.start() - 30) : m.start()]
        after = norm[m.end() : m.end() + 4]
        if (
            _SELF_DIRECTED_RE.search(before)
            or _FOLLOWED_BY_ME_RE.match(after)
            or _NAMED_INSULT_RE.search(before)
        ):
            continue
        spans.append(m.span())
    if prep.all_words & _NATIONALITY_KEYWORDS:
        spans.extend(m.span() for m in _COUNTRY_FLAME_RE.finditer(norm))
    return merge_spans(spans)


CATEGORY = Category(
    code="incivility",
    action=HOLD,
    message=gettext_noop(
        "This reads as unkind to another person or group. Everyone here is worried about "
        "someone they love; please keep it gentle."
    ),
    rules=rules,
    rule_id="incivility.insult",
    nudge_rule=gettext_noop("Be kind"),
    nudge_fix=gettext_noop("Say what you disagree with, not what you think of the person."),
    learned=True,
    rules_decide=False,
)
