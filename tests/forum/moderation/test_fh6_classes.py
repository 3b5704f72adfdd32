"""False holds and false banners on allowed posts, by class, and the violations beside them.

Pure: no database. The classes come from fresh dev rows (dev_fh6.jsonl) the engine had
never seen: the writer's own story or a kind word that the model read as advice or
incivility, a relative's own clinician, a reply sending the reader to their GP or to
emergency help, "for what it's worth" and "it's got me googling" before a condition, red
flags named in guidance or a list, and a post that says all is well. The context rules
clear only what the model alone found; real advice, contempt and emergencies stay.
Every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import evaluate
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories import BY_CODE

# --------------------------------------------------------------------------- emergency


@pytest.mark.parametrize(
    "text",
    [
        "He's not waking properly and his lips look grey, what do I do",
        (
            "Gran has been drooling from one side since this morning, says she's fine but the "
            "left side of her mouth is hanging."
        ),
        "If he's still fitting in two minutes I'm calling 999, it's been four already.",
    ],
)
def test_emergencies_beside_reassurance_or_conditions_keep_the_banner(text: str) -> None:
    assert evaluate(text, model=default_model()).urgent


# --------------------------------------------------------------------------- spam

SPAM_CLEARS = BY_CODE["spam"].clears
