"""Spam: selling (shop links, promo codes, priced guides, private services touted, side
hustles), and the helpful links, shopping talk, own purchases and cheerful words that are none.

Pure: the spam rules and context only, no database, no model. The classes were gathered
from the false holds on the dev files (dev, dev_fh6, dev_fh9, dev_fh11); every text is
written for these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import BY_CODE, spam

from .rules import detect, highlights

SPAM_CLEARS = BY_CODE["spam"].clears


# ----------------------------------------------------- selling the rules find


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("Buy cheap clonazepam online! www.rxpharma-direct.biz", "www.rxpharma-direct.biz"),
        ("http://a-help.info http://b-help.info http://c-help.info", "http://b-help.info"),
        ("Best gummies!!! 30% off with code SLEEP30", "30% off"),
        ("Sleep Tea!!! Sleep Tea!!! Sleep Tea!!! stops twitching", "Sleep Tea"),
    ],
)
def test_spam_is_found(text: str, highlight: str) -> None:
    findings = detect("spam", text)
    assert [f.category for f in findings] == ["spam"]
    assert any(highlight in h for h in highlights(text, findings, "spam"))


@pytest.mark.parametrize(
    "text",
    [
        "I run overnight sleep assessments privately, message me for my rates.",
        "Our private paediatric clinic can see her on Saturday, no referral required.",
        "As a sleep consultant I can fit you in privately next week.",
        "The full guide is £15 from quietnights dot co dot uk, worth every penny.",
        "Bored on the night feeds? Earn extra from your phone, no experience needed.",
        "Great side hustle for tired mums, passive income while baby sleeps.",
        "Genuine clonazepam shipped online without a prescription, message for the link",
        "You can buy melatonin without prescription from our site, 3 for 2 this week",
    ],
)
def test_a_private_service_or_priced_shop_is_spam(text: str) -> None:
    assert spam.rules(text)


# -------------------------------------------------------------------- no spam


@pytest.mark.parametrize(
    "text",
    [
        "This NHS page explains the red flags: https://www.nhs.uk/conditions/epilepsy/",
        "We bought a cheap camera off Amazon to film her at night.",
        "Tell your doctor you want a review. Don't leave without a prescription plan.",
        # where medicines are sold over the counter is a fact, not a shop's offer
        "Here in Lagos the chemists hand cough syrups over without prescription, scary.",
        "Please never give her those tablets without prescription, ask the GP first.",
    ],
)
def test_helpful_links_and_shopping_talk_are_not_spam(text: str) -> None:
    assert detect("spam", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ring the surgery at 8, they release same-day appointments then.",
        "We paid to see a private neurologist once and then went back to the NHS list.",
        "Our GP couldn't fit him in for a fortnight so we used the walk-in centre.",
        "The prices of these monitors are mad, we just used the phone.",
        "I work from home so I can nap when he naps, which helps.",
    ],
)
def test_private_care_told_as_experience_is_no_spam(text: str) -> None:
    assert spam.rules(text) == []


# ----------------------------------- context that clears a model-only finding


@pytest.mark.parametrize(
    "text",
    [
        "What a day! Go and celebrate with a big slice of cake.",
        "Best news all week, well done little man.",
    ],
)
def test_a_cheerful_reply_with_nothing_for_sale_is_no_spam(text: str) -> None:
    assert SPAM_CLEARS(text)


def test_a_short_kind_word_reads_as_english() -> None:
    assert spam.clears("well done, get some rest yourself")


def test_a_moderators_reminder_against_adverts_clears_a_model_only_spam_finding() -> None:
    assert spam.clears(
        "Mod reminder: shop links and promo codes are not allowed here, please share experience."
    )
    assert not spam.clears("Promo codes are not allowed here lol so DM me on whatsapp for mine")


@pytest.mark.parametrize(
    "text",
    [
        "We got a cheap video monitor off Amazon in the end and it's been grand.",
        "I bought a weighted sleeping bag second hand, made no difference for us.",
    ],
)
def test_the_writers_own_purchase_clears_spam(text: str) -> None:
    assert spam.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amazing results with our sleepy bear plush, grab yours while stocks last!",
        "Best news! My coaching program fixed ours, link in bio.",
        "Compra ya nuestras gotas para dormir, envío gratis.",
    ],
)
def test_selling_keeps_the_spam_finding(text: str) -> None:
    assert not SPAM_CLEARS(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought the Calm Kids spray and it cured him! Use code CALM10 for a discount.",
        "We got ours from dreamysleep dot com, link in my bio.",
    ],
)
def test_a_purchase_that_sells_does_not_clear_spam(text: str) -> None:
    assert not spam.clears(text)
