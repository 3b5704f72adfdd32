"""Dose advice: an amount, a count or a change of amount told to someone else, and the
reports, questions and numbers beside it that are no dose advice.

Pure: the dose rules only, no database, no model. The classes were gathered from the
advice misses on the dev files (dev, dev_adv6 to dev_adv11); every text is written for
these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from .rules import DOSE, MESSAGES, detect, highlights

# ------------------------------------------------------- doses that are found


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("give him 0.5 mg of clonazepam before bed", "0.5 mg"),
        ("take 40 mg of propranolol an hour before you sleep", "40 mg"),
        ("half a mg 15 minutes before bed, that's what you want", "half a mg"),
        ("try magnesium, 200mg", "200mg"),
        ("If I were you I'd up the melatonin to 6mg and see.", "6mg"),
        ("Your wife should try 50 mg of 5-HTP, it's natural", "50 mg"),
        ("Clonazepam 0.25mg at night. Trust me, you'll thank me.", "0.25mg"),
        ("Give your little one a teaspoon of Calpol before bed", "a teaspoon"),
        (
            "for adults it's usually 0.25 to 0.5mg of clonazepam, if I were you I'd take 0.5",
            "0.5mg",
        ),
        ("u need like 5 mgs of melatonin min", "5 mgs"),
        ("just give him 2.5 before his bath", "2.5"),
        ("You should ask for 600 of gabapentin at night", "600 of gabapentin"),
        ("Cut the clonazepam by a quarter each week until it's gone", "by a quarter each week"),
    ],
)
def test_dose_advice_is_found_and_highlighted(text: str, highlight: str) -> None:
    findings = detect("dose_advice", text)
    assert [f.category for f in findings] == ["dose_advice"]
    assert any(highlight in h for h in highlights(text, findings, "dose_advice"))
    assert findings[0].message == MESSAGES["dose_advice"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Panadol and a Nytol at bedtime and you'll sleep through.",
        "1 Unisom at 9 for your mum and she'll settle.",
        "Gie him a wee spoon o Calpol an he'll sleep.",
        "Have you tried half a Phenergan at bedtime?",
    ],
)
def test_brand_name_doses_are_found(text: str) -> None:
    assert DOSE(text)


@pytest.mark.parametrize(
    "text",
    [
        # floated without "you"
        "Worth dropping her to 0.5mg?",
        "maybe just give half the melatonin",
        # a timing moved for a named medicine
        "Give the Phenergan an hour earlier, it'll have kicked in by bedtime.",
        # counts with a frequency, fragments aimed at their person
        "Start her on Floradix, one capful daily with breakfast.",
        "two Kalms tablets in his tea, totally natural",
        "Spatone instead, a sachet every morning in her juice",
        "Madam kindly give him Neurobion one tablet nightly",
        "Bhai give him the iron syrup one daily after food",
        "Nytol, one at 10pm, trust me",
        # the amount before a comma
        "I'd ask the neuro to take it up to 2.5, that's where ours settled.",
    ],
)
def test_doses_floated_counted_or_told_as_fragments_are_found(text: str) -> None:
    assert DOSE(text)


@pytest.mark.parametrize(
    "text",
    [
        # an amount changed without a number
        "not a doctor but halve it",
        "your hubby should double his pregabalin",
        "just triple the magnesium, it's harmless",
        # fractions without an article
        "a quarter teaspoon of Calpol at bedtime, trust me",
        # the amount "for yours"
        "mine settled on melatonin, so the same for yours, 2mg",
        "give him half tablet of Neurobion at night",
        # Tagalog order with an amount
        "Bigyan mo siya ng 5ml na melatonin bago matulog",
    ],
)
def test_amounts_changed_without_a_number_are_doses(text: str) -> None:
    assert DOSE(text)


@pytest.mark.parametrize(
    "text",
    [
        "What she needs is a couple of Kalms at bedtime",
        "a spoon a day of the Floradix will sort her out, get some down her",
        "just have him on a magnesium tablet every other day",
        "honestly I'd double whatever the paed prescribes, they always go too low",
        "2mg does nothing, make it 4 from tonight",
        "the trick is giving it in the morning not at night",
        "three squirts of the Calpol and he'll be out like a light",
    ],
)
def test_doses_in_words(text):
    assert DOSE(text), text


@pytest.mark.parametrize(
    "text",
    [
        "tell him to take his pramipexole two hours before bed",
        "2ml of Piriton at bedtime worked for my son and it'll work for yours too",
        "give him Snoozle, one at night",
        "gie her half a spoon o' the Calpol afore bed",
        # an order opened by "meanwhile" / "for now"; a misspelt medicine
        "Meanwhile give her 2.5 ml of Calpol at bedtime, it's what we did.",
        "for now give him magnisium 200 mg with dinner",
    ],
)
def test_doses_in_outside_voices(text):
    assert DOSE(text), text


# ------------------------------------------------------------- no dose advice


@pytest.mark.parametrize(
    "text",
    [
        "our neurologist started him on 5 mg of melatonin in March",
        "I take 0.5 mg clonazepam, prescribed by my GP after a sleep study.",
        "Is 10 mg of melatonin a lot for an adult? My GP suggested trying it.",
        "The doctor started my daughter on levetiracetam 250 mg twice a day.",
        "We started at 1mg and give it at 7pm now, the neuro is happy with that.",
        "He has 3 or 4 clusters a night, each lasting 5-10 minutes.",
        "my 9 yo was on 2mg melatonin from the paed for a year",
        "Our neuro weaned me off it by a quarter every fortnight.",
        '"Give her 2.5 ml of Piriton" is not something to try without your GP.',
        "He's 2.5 now, give him a cuddle from me.",
    ],
)
def test_own_history_and_questions_are_not_dose_advice(text: str) -> None:
    assert detect("dose_advice", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He's 6 months, 38.4 temperature and very grizzly tonight",
        "we give hers in the morning not at night now, the paed changed it",
        "she turns 3 next week, make it a small party",
        "we did two weeks of melatonin and you'll see it did nothing for her",
    ],
)
def test_temperatures_ages_and_own_timings_are_not_doses(text):
    assert not DOSE(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the GP told him to take it two hours before bed",
        "2ml of Piriton at bedtime worked for my son, ask your GP if it would suit yours",
        "he has one at night, the GP set it",
        "I'd want to check with the pharmacist before giving her two a day",
    ],
)
def test_reported_orders_and_own_caution_are_not_doses(text):
    assert not DOSE(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Qu'elle prenne un demi comprimé de mélatonine, 1 mg, pas plus.",
        "Dáselo con la cena, 5 ml de hierro cada noche.",
    ],
)
def test_a_dose_ordered_as_a_wish_in_french_or_spanish_is_dose_advice(text: str) -> None:
    assert DOSE(text)


def test_a_french_report_of_what_he_took_is_no_dose_order() -> None:
    assert not DOSE("Mon fils prenait 1 mg de mélatonine l'an dernier.")


def test_couple_of_tablets_without_an_article_is_a_dose() -> None:
    assert DOSE("couple of panadol before bed and she'll sleep through")


def test_an_order_to_a_member_named_with_an_at_sign_is_a_dose() -> None:
    assert DOSE("@jess_mum give her 2.5 ml of the Calpol at bedtime, works a treat")


def test_an_amount_promised_to_help_the_reader_is_a_dose() -> None:
    assert DOSE("If the worry keeps you awake, two Kalms will help you drop off.")
