"""Contact details: emails (also spelled out), phones, handles, "DM me"; helplines are fine."""

from __future__ import annotations

import re

from forum.moderation.engine import trie
from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gettext_noop,
    link_matches,
    merge_spans,
    normalize,
    prepare,
    rx,
)
from forum.moderation.engine.words import english

# --------------------------------------------------------------------------- contact

_EMAIL_RE = rx(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_OBFUSCATED_RE = rx(
    r"""(?<![\w.+-])[\w.+-]+(?:\s+dot\s+[\w-]+)*+\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+)\s*[\w-]+
        \s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*(?:com|net|org|co|uk|de|fr|ie|au|ca|io)\b"""
)
# Spelled out with a bare " at " the form is also a shop's address ("grab a bottle at
# purecalmkids dot com", "$19 at calmbrainkids dot com"): an email only when the domain is
# a mail provider or the name has an address's dots, underscores or digits in it.
_MAIL_PROVIDER_RE = rx(
    r"""\s+at\s+(?:g\s?mail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac
        |proton\s?mail|btinternet|sky|virgin(?:media)?|talktalk|eircom|gmx|web|mail|zoho|rediff\s?mail
        |comcast|verizon|shaw|rogers|sympatico|bigpond|optusnet|xtra|rediff)\b"""
)
_ADDRESS_NAME_RE = trie.compile(r"^[^\s]*[._\d]")
_CURRENCY = frozenset("$£€₹")
_MAIL_WORD_RE = rx(r"\b(?:e-?mail|mail|write|contact|reach)\b")
# 9+ digits with phone-like separators; ids inside links are discarded afterwards.
_PHONE_RE = rx(r"(?<![\w/.])(?:\+\s?)?\(?\d[\d\s().-]{7,18}\d(?![\w/])")
_HANDLE_RE = rx(r"(?<![\w@.])@[a-z][\w.]{2,30}\b")
_PLATFORM = (
    r"(?:insta(?:gram)?|twitter|tiktok|snap(?:chat)?|telegram|facebook|fb|whats\s?app|signal"
    r"|discord|kik|messenger)"
)
# (every form starts at a word boundary: the shared \b first skips the middles of words)
_CONTACT_PHRASE_RE = rx(
    rf"""\b(?:
    \b(?:dm|pm|inbox|message|msg|text|ring|email|e-mail|mail|whats\s?app|contact|reach
        |write\s+to|drop)\s+me\b(?!\s+(?:crazy|paranoid|a\s+(?:doctor|nurse)))
    |\bcall\s+me\b(?!\s+(?:crazy|paranoid|old|silly|mad|overprotective|a\b))
    |\bdm\s+for\b
    |\b(?:add|find|follow)\s+me\s+on\b|\bhit\s+me\s+up\b
    |\bsend\s+me\s+(?:a|an|your)\s+(?:private\s+)?(?:message|dm|pm|email|friend\s+request|text)
    # "my number is 07...", "my email's jo at gmail", "my number is in my bio" (not "my phone is
    # basically glued to me")
    |\bmy\s+(?:mobile|number|phone|cell|email|e-mail|whatsapp)(?:\s+number)?(?:\s+is|'s)\b
      (?=\s*(?:[:\d+(@]|[\w.]+\s+(?:at|@)\s|(?:in|on)\s+(?:my|the)\s+(?:bio|profile|page)|below
      |above|in\s+(?:the\s+)?(?:dm|pm|comments?)))
    |\breach\s+out\s+(?:to\s+me\s+)?(?:directly|privately)
    |\bmessage\s+me\s+privately|\bprivate\s+message\s+me
    |\b(?:me|him|her)\s+on\s+{_PLATFORM}\b
    |\b{_PLATFORM}\s*:\s*@?[\w.]{{3,}}
    |\bon\s+{_PLATFORM}\s+as\b
    )"""
)
_AT_WORDS = frozenset({"at"})
# A public service named just before (or right after) a number makes it a helpline to
# share, not a member's own line: "Healthdirect on 1800 022 222", "poison control at
# 1-800-222-1222", "13 HEALTH in Queensland, 1300 60 60 24 for the nurse line".
_HELPLINE_RE = rx(
    r"""\b(?:help\s?line|hot\s?line|health\s?direct|health\s?line|poisons?\s+(?:control|information
        |info|centre|center|line|hotline)|nurse\s+(?:line|advice|on\s+call)|13\s+health|nhs|lifeline
        |samaritans|beyond\s?blue|kids\s+helpline|parent\s?line|pregnancy,?\s+birth\s+(?:and|&)\s+baby
        |panda|tresillian|karitane|plunket|postpartum\s+support|crisis\s+(?:line|text)|switchboard
        |telehealth|info\s?line|epilepsy\s+(?:action|society|foundation|helpline)|ambulance
        |emergency\s+(?:number|line|services?)|after-?\s?hours\s+(?:line|service|gp|doctor))"""
)
# Words that make a number the writer's own, whatever service is named near it.
_OWN_LINE_RE = rx(
    r"""\b(?:call|ring|text|message|msg|email|phone|reach|contact|whats\s?app|dm|pm|inbox)\s+me\b
        |\bme\s+(?:on|at)\b|\bmy\s+(?:own\s+)?(?:number|mobile|cell|phone|line|clinic|practice|office
        |business)\b|\bi'?m\s+(?:on|at)\s+\+?\d|whats\s?app|venmo|\bprivate(?:ly)?\b|\bdirectly\b
        |\bconsult(?:ation|ing)?s?\b"""
)


# A freephone number is a service's, not a member's own ("the HSE Live line on 1800 700 700").
_FREEPHONE_RE = rx(
    r"(?:\+?1[\s-]?)?(?:800|888|877|866)[\s.-]|1800\s?\d|1300\s?\d|0800\s?\d|13\s?\d\d\s?\d\d\b"
)
# "the parents' line on ...", "their advice line at ...": a line named as a service's.
_SERVICE_LINE_RE = rx(r"\b(?:the|their|its)\s+(?:[\w'-]+\s+){0,3}?line\s+(?:on|at|is|number)\b")


def _public_helpline(norm: str, span: Span, sentences: tuple[Span, ...]) -> bool:
    """Is the phone number at ``span`` a public service's line named as such?"""
    start, end = span
    around = norm[max(0, start - 200) : start] + " " + norm[end : end + 40]
    named = _HELPLINE_RE.search(around) or _SERVICE_LINE_RE.search(norm, max(0, start - 60), start)
    if not (named or _FREEPHONE_RE.match(norm, start)):
        return False
    sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
    return not _OWN_LINE_RE.search(norm, sentence[0], sentence[1])


def _spelled_email(norm: str, m: re.Match[str]) -> bool:
    """Is a spelled-out "name at domain dot com" an email rather than a shop's address?"""
    found = m.group(0)
    if "(" in found or "[" in found or "{" in found:
        return True
    name = found.split(" at ", 1)[0].strip()
    if _MAIL_PROVIDER_RE.search(found) or _MAIL_WORD_RE.search(
        norm, max(0, m.start() - 40), m.start()
    ):
        return True
    if name.isdigit() or norm[max(0, m.start() - 1) : m.start()] in _CURRENCY:
        return False  # a price: "it's $19 at calmkids dot com"
    return bool(" dot " in name or _ADDRESS_NAME_RE.match(name))


def rules(text: str) -> list[Span]:
    """Find emails, phone numbers, social handles and invitations to talk privately.

    Emergency and helpline numbers (999, 911, 112, 111) are too short to match, and
    times, dates and dose ranges have too few digits; digits inside links are ignored. A
    longer number named as a public service's line ("Healthdirect on 1800 022 222") is
    shared information, unless the sentence makes it the writer's own ("call me on ...").
    """
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    if "@" in norm:
        spans.extend(m.span() for m in _EMAIL_RE.finditer(norm))
    if "dot" in prep.all_words and _AT_WORDS & prep.all_words:
        spelled = _EMAIL_OBFUSCATED_RE.finditer(norm)
        spans.extend(m.span() for m in spelled if _spelled_email(norm, m))
    # A phone number has nine digits or more: a text with fewer has none to find.
    enough_digits = sum(map(norm.count, "0123456789")) >= 9
    phones = [
        m.span()
        for m in (_PHONE_RE.finditer(norm) if enough_digits else ())
        if 9 <= sum(c.isdigit() for c in m.group(0)) <= 15
    ]
    if phones:
        urls = [m.span() for m in link_matches(norm)]
        spans.extend(
            p
            for p in phones
            if not any(a <= p[0] < b for a, b in urls)
            and not _public_helpline(norm, p, prep.sentences)
        )
    if "@" in norm:
        # The look-behind in _HANDLE_RE skips the "@" inside an email address.
        spans.extend(m.span() for m in _HANDLE_RE.finditer(norm))
    for m in _CONTACT_PHRASE_RE.finditer(norm):
        spans.append(m.span())
    return merge_spans(spans)


# ------------------------------------------------------------- no way to reach (clears)

# Any trace of a way to reach someone off the forum, or of asking for one: without any, the
# model's contact finding is dropped (a moderator's "please don't swap numbers here", a named
# clinic, "ring 111", "the Epilepsy Society site"). Digits are counted apart.
_REACH_RE = rx(
    rf"""@|\(at\)|\[at\]|\{{at\}}|\bdrop\s+me\b|\b(?:g\s?mail|yahoo|hotmail|outlook|icloud|aol|proton\s?mail
    |username|user\s+name|sc|cash\s?app|venmo|paypal|zelle|slash|admin|t\.me)\b|\bdot\s+(?:com|co|net|org|ie|uk|au|ca|in|za|sg|ng)\b|\b{_PLATFORM}\b(?!\s+(?:groups?|pages?|community|communities|support\s+groups?))|\b(?:viber|wechat|line\s+id
    |reddit|u/\w+|skype|zoom|pen\s?pal|dms?|pms?|inbox|offline|off\s+(?:the\s+)?(?:forum|site|here)|privately
    |private\s+(?:chat|message|group)|handle|e-?mail|mail|address|mobile|cell|landline|telephone)\b
    |\b(?:me|you|u)\s+(?:on|at|via)\b|\b(?:call|ring|text|message|msg|contact|reach|find|add|follow|write\s+to|email
    |meet|link\s+up\s+with)\s+(?:me|you|u)\b|\b(?:my|our|your|ur|yr)\s+(?:\w+\s+)?(?:number|no\.?|num|digits|details
    |profile|page|account|whatsapp|insta|socials?|group|channel)\b|\bjoin\s+(?:me|us)\b|\b(?:zero|oh|nought|one|two|three|four|five|six|seven
    |eight|nine)(?:[\s,-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)){{3,}}\b"""
)


# The same traces in Spanish, French and Portuguese posts ("escríbeme", "mándame un mp",
# "écris-moi en privé", "me chama no zap"), and a number spelt out in words.
_REACH_ABROAD_RE = rx(
    r"""\b(?:correo|n[uú]mero|tel[eé]fono|tel|m[oó]vil|celular|escr[ií]be\w*|ll[aá]ma\w*|m[aá]nda\w*
    |cont[aá]cta\w*|privado|mp|md|agr[eé]ga\w*|a[nñ][aá]de\w*|num[ée]ro|t[ée]l[ée]phone|portable
    |courriel|[ée]cri[st]-moi|[ée]crivez-moi|appelle[sz]?-moi|appelez-moi|contacte[sz]?-moi|priv[ée]
    |ajoute[sz]?-moi|chama|zap|zapzap)\b"""
)
_NUMBER_WORD_RE = rx(
    r"""\b(?:z[ée]ro|cero|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze
    |quinze|seize|vingt|trente|quarante|cinquante|soixante|dos|tres|cuatro|siete|ocho|nueve|doce
    |dois|tr[eê]s|quatro|cinco|seis|sete|oito|nove|onze)\b"""
)


def clears(text: str) -> bool:
    """True when a post has no way to reach anyone in it: no address, handle, platform or
    invitation to talk elsewhere, no request for one, and no number but a public service's
    ("the HSE Live line on 1800 700 700")."""
    norm = normalize(text)
    if _REACH_RE.search(norm):
        return False
    if not english(norm) and (
        _REACH_ABROAD_RE.search(norm) or len(_NUMBER_WORD_RE.findall(norm)) >= 4
    ):
        return False
    # A number the rules passed over is cleared only beside a public service named as such.
    return sum(map(norm.count, "0123456789")) < 7 or bool(
        _HELPLINE_RE.search(norm) or _SERVICE_LINE_RE.search(norm) or _FREEPHONE_RE.search(norm)
    )


CATEGORY = Category(
    code="contact",
    action=HOLD,
    message=gettext_noop(
        "This seems to share contact details or ask people to get in touch privately. To "
        "keep everyone safe, please keep conversations on the forum."
    ),
    rules=rules,
    rule_id="contact.details",
    nudge_rule=gettext_noop("No contact details"),
    nudge_fix=gettext_noop("Keep the conversation here; remove the email, number or handle."),
    learned=True,
    clears=clears,
)
