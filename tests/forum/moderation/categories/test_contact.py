"""Contact details: a member's own email, number or handle (spelled out too), and the
public helplines, service lines, shop addresses and everyday numbers that are none.

Pure: the contact rules and context only, no database, no model. The classes were
gathered from the false holds on the dev files (dev, dev_fh11); every text is written for
these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import BY_CODE, contact

from .rules import detect, highlights

# --------------------------------------------- contact details that are found


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("Write to me at sarah.mum@hotmail.co.uk please", "sarah.mum@hotmail.co.uk"),
        ("whatsapp me on 07700 900123", "07700 900123"),
        ("Text me (202) 555-0178", "(202) 555-0178"),
        ("email me: d.hughes (at) gmail (dot) com", "d.hughes (at) gmail (dot) com"),
        ("find me on insta @sleepy.mama", "@sleepy.mama"),
        ("DM me, I don't want to say it in public", "DM me"),
    ],
)
def test_contact_details_are_found(text: str, highlight: str) -> None:
    findings = detect("contact", text)
    assert [f.category for f in findings] == ["contact"]
    assert any(highlight in h for h in highlights(text, findings, "contact"))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Write to me, bridget.kelly at eircom dot net", "bridget.kelly at eircom dot net"),
        ("my mail is tunde at yahoo dot com", "tunde at yahoo dot com"),
        ("email ruth at ruthsleepnotes dot com any time", "ruth at ruthsleepnotes dot com"),
        ("pat_92 at hotmail dot co dot uk, say hi", "pat_92 at hotmail dot co"),
    ],
)
def test_a_spelled_email_still_hits(text: str, address: str) -> None:
    found = [text[a:b] for a, b in contact.rules(text)]
    assert any(address in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Not a helpline, just me, but call me on 0412 555 019 any time.",
        "Healthdirect were useless, text my mobile 0412 555 019 instead.",
        "Skip the nurse line and ring my clinic directly on 0161 496 0555.",
    ],
)
def test_a_members_own_number_beside_a_helpline_is_still_contact(text: str) -> None:
    assert BY_CODE["contact"].rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call me on 1800 555 321 tonight if you want to talk.",
        "my own line is 0800 555 9988, ring after six",
        "my number's on my profile, text any time",
        "my email is sam.k at outlook dot com if you want to chat",
        "The parent line is 1800 444 555 but text me on 087 555 1212 instead.",
    ],
)
def test_a_members_own_line_still_hits(text: str) -> None:
    assert contact.rules(text)


# --------------------------------------------------------- no contact details


@pytest.mark.parametrize(
    "text",
    [
        "Call your GP or 111 if you're worried, and 999 if it's an emergency.",
        "Had our sleep study on 12/03. Results in 6-8 weeks.",
        "Writing this at 4:30 am, baby finally asleep.",
        "Is there a way to follow this thread so I get an email when someone replies?",
        "Good paper: https://pubmed.ncbi.nlm.nih.gov/123456789/",
        "Call me crazy but I think it's worse at full moon.",
        "vitamin D 4000 IU and 1 ml drops",
        # the phone itself, not its number
        "my phone is practically glued to my hand at 3am lol",
        "Sorry for typos, my phone's dying.",
    ],
)
def test_everyday_numbers_are_not_contact_details(text: str) -> None:
    assert detect("contact", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If it's 2am and you can't decide, Healthdirect on 1800 022 222 has nurses all night.",
        "US folks: Poison Control is 1-800-222-1222, keep it on the fridge.",
        "The Pregnancy, Birth and Baby helpline (1800 882 436) talked me down once.",
        "In NZ ring Healthline on 0800 611 116 first, they tell you if it needs ED.",
    ],
)
def test_public_helplines_are_not_contact_details(text: str) -> None:
    assert BY_CODE["contact"].rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Try the Tusla parent line on 1800 112 334, they were lovely to me.",
        "Their advice line is 0800 123 4455 and it's free from mobiles.",
        "Call 1-888-555-0100, the children's hospital nurse service, if you're stuck.",
    ],
)
def test_a_service_line_or_freephone_number_is_public(text: str) -> None:
    assert contact.rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You can pick the lavender spray up at sleepycalm dot com, they're on there.",
        "It's only $24 at dreamkids dot co dot uk if you want a look.",
        "Found the weighted bag at snugglesack dot ie, cheaper than the shops.",
    ],
)
def test_a_shop_address_after_at_is_no_email(text: str) -> None:
    assert contact.rules(text) == []


# ----------------------------------- context that clears a model-only finding


@pytest.mark.parametrize(
    "text",
    [
        "Moderator here: swapping phone numbers isn't allowed, keep the chat on the thread please.",
        "We were seen at the Coombe and then Temple Street, both very good with us.",
        "I'm 71, retired in Perth, and I've had these jolts since I was a girl.",
        "The HSE Live line on 1800 700 700 will tell you which clinic covers you.",
        "Young Epilepsy have a Facebook page with a live Q&A every month.",
        # Spanish and French posts with no way to reach anyone (train_b14a)
        "Gracias a todas, mañana llamo a la pediatra y os cuento.",
        "Merci beaucoup, je prends rendez-vous chez le neurologue cette semaine.",
    ],
)
def test_contact_clears_posts_with_no_way_to_reach_anyone(text: str) -> None:
    assert contact.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "find me on fb, Chiamaka Obi Enugu, the one with the blue headwrap",
        "u can add me on snap its lolab.92",
        "Please drop your digits and I will ring you later.",
        "my number is nine one two three, four five six seven",
        "ping me 8123 4567 after work",
        "Come and join our Facebook group, I'm the admin, search Twitchy Tots Nairobi.",
        "Join me on Telegram, the group is t.me slash restlesslegsnaija",
        # ... and in other languages: an invitation, a number spelt out in words
        "Escríbeme al privado y te paso lo que nos funcionó.",
        "Appelez-moi au zéro sept, onze, vingt-deux, trente, quarante le soir.",
        "Me chama no zap que eu te explico.",
    ],
)
def test_contact_never_clears_a_way_to_reach_someone(text: str) -> None:
    assert not contact.clears(text)
