"""Incivility: insults, contempt and country-against-country flaming aimed at people."""

from __future__ import annotations

from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gettext_noop,
    merge_spans,
    normalize,
    prepare,
    rx,
    wordset,
)
from forum.moderation.engine.words import CLINICIAN, english

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


# ------------------------------------------------------------- civil context (clears)

# A reply's own kindness, reassurance or civil disagreement: "thinking of you", "you're not
# alone", "it passes", "good point, I didn't know that", "let's not trash the country",
# "I don't agree, our neuro said otherwise", "let a GP sort it".
_CIVIL_RE = rx(
    rf"""\b(?:thanks|thank\s+(?:you|u)|hope\s+(?:you|u|he|she|they|it|things|the|your)|hoping|glad
      |so\s+sorry|sorry\s+(?:to\s+hear|you)|thinking\s+of\s+(?:you|u)|hugs|sending\s+(?:love|hugs
      |strength|you)|take\s+care|good\s+luck(?!\s+with)|be\s+(?:kind|gentle)\s+to|welcome|congrat\w*
      |so\s+happy|great\s+(?:news|tip|point)|good\s+(?:point|news)|fair\s+(?:enough|point)
      |i\s+hear\s+(?:you|u)|(?:you|u)'?re\s+(?:doing\s+(?:great|well|brilliantly|amazing|everything|a\s+great
      |an\s+amazing|so\s+well)|not\s+(?:alone|irrational|silly|overreacting|crazy|a\s+bad|the\s+only))
      |(?:you|u)\s+(?:got|have)\s+this|not\s+alone|no\s+judge?ment|lovely\s+(?:news|to\s+hear|nan|idea)
      |(?:it|this)\s+(?:passes|fades|gets\s+easier|will\s+pass)|very\s+common|so\s+common
      |totally\s+normal|i\s+(?:don'?t|do\s+not|didn'?t)\s+(?:agree|think|know)|let'?s\s+not
      |(?:let|ask|see)\s+(?:a|the|your|his|her|their)\s+(?:own\s+)?{CLINICIAN})\b"""
)
# Contempt that needs no swear word, and sarcasm: any of these keeps the model's finding.
_CONTEMPT_RE = rx(
    r"""^\W*(?:sure|right|cheers|ok|okay|riiight|yeah\s+right)\b
    |\b(?:people\s+like\s+(?:you|that)|you\s+(?:people|lot|lots)|some\s+(?:of\s+(?:you|us)|people
      |parents|mums|moms|families)|(?:nobody|no\s+one|noone)\s+(?:asked|wants|takes|cares|likes)|karen
      |know[\s-]?it[\s-]?all|dr\.?\s+google|doctor\s+google|armchair|lecture|superior|precious
      |toughen\s+up|grow\s+(?:a|up)|waste\s+of|useless|trash|rubbish|nonsense|ridiculous|pathetic
      |embarrass\w*|shame\s+on|ashamed|deserve\w*|dense|clueless|ignoran\w+|foolish|silly\s+(?:question
      |post|woman|man)|stupid|dumb|illiterate|imagine|typical|convicts?|can'?t\s+(?:even\s+)?(?:read
      |write|spell|handle)|learn\s+(?:some|to|english)|read\s+the\s+(?:article|sticky|post|thread)
      |smart|not\s+hard|shouldn'?t\s+be|should\s+not\s+be|not\s+be\s+(?:parents|allowed)|must\s+be
      |ok\s+buddy|classic|drama|dramatic|meltdown|hysteric\w*|evil|nasty|incompetent|irresponsible
      |lazy|selfish|entitled|weak|snowflake|whin\w+|moan\w*|troll\w*|liar|lying|clown\w*|joke
      |idiot\w*|moron\w*|your\s+(?:kid|child|son|daughter)\s+is\s+a|(?:you'?re|you\s+are)\s+(?:a|an
      |so|such|the|just|really|clearly)|another|oh\s+(?:great|brilliant|wonderful|lovely|please|sure)
      |ah\s+yes|well\s+done|very\s+impressive|wow|righto|coming\s+from|just\s+a\s+thought
      |real\s+problems|get\s+(?:a\s+life|over)|bother|mess|brain|thick|slow|simple|bless
      |luck\s+with\s+that|captain|obvious|drivel|sob\s+story|spare\s+us|like\s+an\s+adult|good\s+grief
      |(?:is|isn'?t|wasn'?t|not)\s+for\s+(?:you|u)|helicopter|i'?m\s+sure\s+(?:your|you)
      |sounds\s+like\s+(?:you|your)|problem|don'?t\s+know\s+how|modern\s+(?:mothers|mums|moms|parents)
      |common\s+sense|first\s+thing|do\s+(?:you|ya)\s*[.?!]*$|bigger|blame|fault|spoil\w*|coddl\w*)\b"""
)


def clears(text: str) -> bool:
    """True when ``text`` is an English reply with its own kindness, reassurance or civil
    disagreement in it and no contempt or sarcasm (see ``_CONTEMPT_RE``): the model reads
    short warm replies ("thinking of you, hope he's ok") like the short barbs it learned."""
    norm = normalize(text)
    return english(norm) and bool(_CIVIL_RE.search(norm)) and not _CONTEMPT_RE.search(norm)


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
    clears=clears,
)
