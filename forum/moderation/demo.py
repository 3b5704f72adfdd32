"""Demo content for `make run`: curated answers and a watched rule. Idempotent."""

from __future__ import annotations

from accounts.demo_content import demo_user
from accounts.permissions import staff_session_for_operator

from .models import CuratedAnswer, WatchedRule
from .services import community, rules

ANSWERS = [
    {
        "title": "Is this a seizure?",
        "situation": "A parent asks whether the jerks they filmed are a seizure.",
        "body": (
            "Nobody here can tell from a description, and we would not want to guess about "
            "your child. What helps the doctor most is a **phone video** of a few episodes, "
            "and a note of when they happen (falling asleep, deep sleep, awake) and whether "
            "waking your child stops them.\n\nIf your child is hard to wake, changes colour, "
            "or an episode lasts more than five minutes, call your emergency number now."
        ),
        "article_slugs": ["sleep-myoclonus-or-seizure"],
    },
    {
        "title": "Should I change the dose?",
        "situation": "Someone asks whether to change, start or stop a medicine.",
        "body": (
            "Only the doctor who prescribed it can say, because the right dose depends on the "
            "person, their weight and their other medicines. Write down what you see since the "
            "last change (a logbook helps) and ask for a call back; don't change it on advice "
            "from the internet, including here."
        ),
        "article_slugs": [],
    },
]


def seed_moderation(write) -> None:
    # Seeding is an operator's command, run on the server: it acts with their roles.
    reviewer = staff_session_for_operator(demo_user("reviewer@example.com"))
    moderator = staff_session_for_operator(demo_user("moderator@example.com"))
    for row in ANSWERS:
        if not CuratedAnswer.objects.filter(title=row["title"]).exists():
            community.curated_answer_save(actor=reviewer, **row)
            write(f"curated answer: {row['title']}")
    if not WatchedRule.objects.filter(pattern="miracle cure").exists():
        rules.watched_rule_save(
            actor=moderator,
            pattern="miracle cure",
            is_regex=False,
            action=WatchedRule.Action.REQUIRE_APPROVAL,
            note="claims of cures",
        )
        write("watched rule: miracle cure")
