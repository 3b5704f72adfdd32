"""Spam: shop and pharmacy links, promotion, link farms, repeated ad copy. Refused."""

from __future__ import annotations

from collections import Counter

import numpy as np

from forum.moderation.engine import trie
from forum.moderation.engine.text import (
    REFUSE,
    TLD_WORDS,
    Category,
    Span,
    gated,
    gettext_noop,
    link_matches,
    merge_spans,
    normalize,
    prepare,
    rx,
    wordset,
)
from forum.moderation.engine.words import english

# --------------------------------------------------------------------------- spam

# Health bodies and journals are links the forum wants people to share.
_TRUSTED_DOMAIN_RE = rx(
    r"""(?:^|\.)(?:nhs\.uk|nih\.gov|who\.int|cdc\.gov|mayoclinic\.org|nice\.org\.uk
        |epilepsy\.org\.uk|epilepsy\.com|aasm\.org|sleepfoundation\.org|nhsinform\.scot
        |[\w-]+\.gov(?:\.\w+)?|[\w-]+\.ac\.uk|[\w-]+\.edu|[\w-]+\.nhs\.uk|hypnic\.\w+)$"""
)
_SHOP_DOMAIN_RE = rx(
    r"""(?:pharm|rx|pill|meds|shop|store|buy|cheap|cure|casino|bonus|deal|discount|trial|cash
        |bet|loan|crypto)|\.(?:shop|store|biz|ru|top|xyz|click)$|^(?:bit\.ly|tinyurl\.com
        |t\.co|goo\.gl|ow\.ly|is\.gd)$"""
)
_PROMO_RE = rx(
    r"""
    \bbuy\s+(?:cheap|now|online|at)\b|\bcheap\s+(?:generic|meds|pills)\b|\border\s+(?:now|at)\b
    |\bno\s+prescription\s+(?:needed|required)\b|\b(?:discount|promo|coupon)\s+code\b
    # a shop's "without prescription", not a member's "sold without prescription in Pakistan"
    |\b(?:online|buy\s+\w+)\s+without\s+(?:a\s+)?prescription\b
    |\buse\s+code\b|\bfree\s+(?:shipping|delivery|trial)\b|\blimited\s+offer\b
    |\bbulk\s+discount\b|\bwholesale\b|\b(?:worldwide|discreet)\s+(?:shipping|delivery)\b
    |\bcasino\b|\bclick\s+here\b|\bbuy\s+\d+\s+get\s+\d+
    |\bbest\s+prices?\b|\bcheaper\s+than\s+the\s+(?:pharmacy|chemist)\b|\bprice\s+list\b
    |\b(?:cured|healed)\s+by\s+(?:dr|doctor|dr\.)\s|\b(?:he|she)\s+(?:also\s+)?cures\b
    |\bget\s+yours\s+(?:at|now|today)\b|\bfast\s+delivery\b
    # a private service touted to the reader: "I do home sleep studies privately, inbox me
    # for my prices", "our private clinic can see him this week, no referral needed"
    |\b(?:my|our)\s+(?:(?:own|current|latest|new|session|consultation|package|private)\s+)?(?:prices
      |rates|fees|price\s+list)\b
    |\bno\s+referral\s+(?:needed|required|necessary)\b
    # money for the reader: "earn while you're up at night", "side hustle", "passive income"
    |\bearn\s+(?:while|extra|money|from\s+home|up\s+to)\b|\bpassive\s+income\b|\bside\s+hustle\b
    |\bno\s+experience\s+(?:needed|required|necessary)\b
    |\b(?:i|we)\s+(?:also\s+)?(?:do|offer|run|provide)\s+(?:\w+\s+){0,3}?(?:privately|private\s+(?:sessions
      |consultations|appointments|visits))\b
    |\b(?:can|could)\s+fit\s+(?:you|him|her|them|u)\s+in\s+privately\b
    |\b(?:i|we)\s+(?:can|could)\s+(?:fit|see|book|get)\s+(?:you|him|her|them|u)\s+in\s+(?:privately|sooner
      |quicker|this\s+week|today|tomorrow)
    |\b(?:our|my)\s+private\s+(?:\w+\s+){0,2}?(?:clinic|practice|service|centre|center)\s+(?:can|will|could)
      \s+(?:see|fit|book|get|assess)\b
    """
)
# Symbol- and number-led promotions ("30% off", "earn $500", "it's $19 at calmkids dot com")
# are not gated on words.
_PROMO_SYMBOL_RE = rx(
    r"""\d+\s*%\s*off\b|\bearn\s+[$£€₹]|\b2\s+for\s+1\b
    |[$£€₹]\s?\d+(?:\.\d\d)?\s+(?:at|from|on|via)\s+[\w-]+(?:\s*(?:\.|\bdot\b)\s*[a-z]{2,5})+\b"""
)
# Its last form alone: with no "%" and no "$" in a text, the only one that can match.
_PROMO_TWO_FOR_ONE_RE = rx(r"\b2\s+for\s+1\b")
_PROMO_KEYWORDS = wordset(
    """buy cheap order prescription discount promo coupon code free limited bulk wholesale
    worldwide discreet casino click best cheaper price cured healed cures yours fast prices rates
    fees referral privately private fit earn passive hustle experience"""
)
_WORD_RE = trie.compile(r"[a-z0-9']+")
_URL_SCHEME_RE = trie.compile(r"^(?:https?://)?(?:www\.)?")


def _repeated_run(text: str) -> bool:
    """True when a phrase of 1-6 words is repeated three or more times in a row (ad copy)."""
    words = _WORD_RE.findall(text)
    # A run starts with a word that occurs at least three times, so a text with fewer
    # than two repeated words has none; then, for the rest, Counter (in C) tells.
    numbers = {word: i for i, word in enumerate(dict.fromkeys(words))}
    if len(words) - len(numbers) < 2 or max(Counter(words).values()) < 3:
        return False
    # Positions where a word comes back after ``size`` and ``2 * size`` words, for each
    # phrase size at once with numpy; only those few positions are compared in full.
    # Any one-to-one numbering of the words will do (only equality is compared); a dict
    # numbers them in order of first sight, without sorting strings as np.unique would.
    ids = np.fromiter(map(numbers.__getitem__, words), dtype=np.int64, count=len(words))
    total = len(words)
    for size in range(1, 7):
        n = total - 3 * size + 1
        if n <= 0:
            break
        again = (ids[:n] == ids[size : size + n]) & (ids[:n] == ids[2 * size : 2 * size + n])
        for i in np.flatnonzero(again).tolist():
            chunk = words[i : i + size]
            if (
                len("".join(chunk)) >= 6
                and chunk == words[i + size : i + 2 * size] == words[i + 2 * size : i + 3 * size]
            ):
                return True
    return False


def _domain(url: str) -> str:
    host = _URL_SCHEME_RE.sub("", url)
    return host.split("/", 1)[0].split("?", 1)[0].lower().rstrip(".,)")


def rules(text: str) -> list[Span]:
    """Find shop and pharmacy links, promotional phrases, link farms and repeated ad copy."""
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    rules: list[str] = []
    maybe_links = "http" in norm or "www." in norm or prep.all_words & TLD_WORDS
    urls = list(link_matches(norm)) if maybe_links else []
    untrusted = [m for m in urls if not _TRUSTED_DOMAIN_RE.search(_domain(m.group(0)))]
    shop = [m for m in untrusted if _SHOP_DOMAIN_RE.search(_domain(m.group(0)))]
    if shop:
        rules.append("spam.shop_link")
        spans.extend(m.span() for m in shop)
    if len(untrusted) >= 3:
        rules.append("spam.many_links")
        spans.extend(m.span() for m in untrusted)
    promo = [
        (start + a, start + b)
        for start, sentence in gated(prep, _PROMO_KEYWORDS)
        for a, b in (m.span() for m in _PROMO_RE.finditer(sentence))
    ]
    if "%" in norm or "$" in norm or "£" in norm or "€" in norm or "₹" in norm:
        promo += [m.span() for m in _PROMO_SYMBOL_RE.finditer(norm)]
    elif "for" in norm and "2" in norm and "1" in norm:
        promo += [m.span() for m in _PROMO_TWO_FOR_ONE_RE.finditer(norm)]
    if promo:
        rules.append("spam.promotion")
        spans.extend(promo)
    if _repeated_run(norm):
        rules.append("spam.repeated_text")
        spans.append((0, len(text)))
    return merge_spans(spans)


# Any trace of selling, earning, a link or a way to get in touch: without one, a post is no
# advertisement, however cheerful ("Best kind of appointment! Enjoy the milkshake.").
_COMMERCE_RE = rx(
    r"""[$£€₹]|\d+\s*%|\b(?:rs|inr|usd|aud|gbp|eur|euros?|dollars?|pounds|rupees|bucks|k)\b|\bdot\s+(?:com|co|net
    |org|au|uk|in|blog|io)\b|\.(?:com|co|net|org|au|uk|in|blog|io|shop|store)\b|https?|www|@
    |\b(?:buy\w*|bought|sell\w*|sale|sold|shop\w*|store|order\w*|price\w*|cheap\w*|discount\w*|offer\w*
    |deal|deals|free|bonus|promo\w*|code|checkout|coupon|voucher|delivery|deliver\w*|ship\w*|courier
    |stocks?|grab|yours|results?|limited|link|links|bio|profile|website|site|blog|page|channel|dm|pm|message|inbox|whatsapp
    |telegram|instagram|insta|facebook|tiktok|youtube|call|ring|contact|email|e-?mail|text|book
    |booking|sign|signup|join|enrol\w*|register|course|courses|program\w*|package|masterclass
    |webinar|coaching|coach|consult\w*|clinic|clinics|earn\w*|income|money|profit|invest\w*|trading
    |crypto|bitcoin|token|loan|cash|paid|pay|affiliate|ebook|e-book|review|product\w*|brand|team
    |business|opportunity|guarantee\w*|cure[sd]?|remed(?:y|ies)|miracle|natural|herbal|oil|oils
    |blend|elixir|drops|spray|supplement\w*|baba|pandit|vaidya|astrolog\w*|ayurved\w*|homeopath\w*
    |followers|subscribe\w*|visit|click|download|today|now|hurry|only)\b"""
)


# A moderator's reminder or a member calling spam out ("Mod note: product links and discount
# codes aren't allowed here"): it names selling to forbid it. Cleared only with no link, handle,
# long number or invitation to get in touch in it.
_REMINDER_RE = rx(
    r"""\b(?:mod(?:erator)?\s+(?:note|here|hat|reminder)|(?:aren'?t|are\s+not|isn'?t|is\s+not|not)\s+allowed
    |against\s+(?:the\s+)?(?:forum\s+|site\s+)?rules|(?:please\s+)?(?:don'?t|do\s+not)\s+(?:post|share|advertise)
    |reported\s+(?:this|it|the\s+post)|(?:this|that)\s+is\s+(?:spam|an?\s+ad(?:vert)?))\b"""
)
_REACH_RE = rx(
    r"""https?|www|\.(?:com|co|net|org|au|uk|in|io|shop|store)\b|@|\d{5,}|\b(?:dm|pm|whatsapp|telegram|inbox
    |message\s+me|text\s+me|call\s+me|link\s+in|bio|use\s+(?:my\s+)?code)\b"""
)


# The writer's own purchase told as experience ("I bought a cheap monitor off Amazon and it's been
# fine"): no advert when nothing in it sells, prices, links or invites.
_OWN_PURCHASE_RE = rx(
    r"\b(?:i|we)\s+(?:just\s+|finally\s+|eventually\s+|also\s+)?(?:bought|got|ordered|picked\s+up)\b"
)
_SELLING_RE = rx(
    r"""[$£€₹%]|\b(?:buy|order|grab|shop|discount|code|coupon|promo|offer|sale|deal|deals|link|bio
    |our\s+(?:\w+\s+)?(?:product|products|brand|shop|store|range|clinic)|ships?|shipping|delivery|stock
    |price|prices|cured?|cures|guarantee\w*|miracle|highly\s+recommend|must[\s-]have|website)\b"""
)


def clears(text: str) -> bool:
    """True when an English post has nothing of selling in it (see ``_COMMERCE_RE``), forbids
    selling as a reminder of the rules with no way to reach anyone in it, or tells of the
    writer's own purchase with nothing that sells, prices, links or invites."""
    norm = normalize(text)
    if not english(norm):
        return False
    if not _COMMERCE_RE.search(norm):
        return True
    if _REACH_RE.search(norm):
        return False
    return bool(
        _REMINDER_RE.search(norm)
        or (_OWN_PURCHASE_RE.search(norm) and not _SELLING_RE.search(norm))
    )


CATEGORY = Category(
    code="spam",
    action=REFUSE,
    message=gettext_noop(
        "This looks like advertising or a link to a shop, which the forum does not allow."
    ),
    rules=rules,
    rule_id="spam.promotion",
    learned=True,
    nudge_rule=gettext_noop(""),
    nudge_fix=gettext_noop(""),
    clears=clears,
)
