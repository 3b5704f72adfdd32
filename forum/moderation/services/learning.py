"""Learning from moderators: decisions become labelled examples; retraining is guarded.

* :func:`examples_from_decision` is called by every queue decision (approve, edit and
  approve, reject, a flag upheld by a rejection) in the decision's transaction.
* :func:`model_train` retrains from the corpus plus every example, stores the artefact
  in the database and activates it only if it scores at least as well as the active
  model on the frozen test split (see ``evaluation.better_or_equal``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from forum.models import Post
from forum.moderation.engine import (
    HOLD_CATEGORIES,
    REFUSE_CATEGORIES,
    Model,
    corpus,
    evaluation,
)

from ..learning import active_model, artefact_digest, forget_active_version
from ..models import Flag, ModerationExample, ModerationModel, ReasonTemplate
from .common import audit_record

Decision = ModerationExample.Decision
# What a member's flag says, as a category (advice is told apart by what the engine saw).
FLAG_CATEGORIES: dict[str, str] = {
    Flag.Reason.CONTACT: "contact",
    Flag.Reason.UNKIND: "incivility",
    Flag.Reason.SPAM: "spam",
    Flag.Reason.URGENT: "emergency",
}
ADVICE_FALLBACK = "medication_directive"
JUDGED = HOLD_CATEGORIES | REFUSE_CATEGORIES | {"emergency"}


def _seen(post: Post) -> list[str]:
    """The categories the engine found when it held the post."""
    return [c for c in (post.moderation or {}).get("categories", []) if c in JUDGED]


def _record(*, post: Post, text: str, labels: Iterable[str], decision: str, moderator: User):
    return ModerationExample.objects.create(
        post=post, text=text, labels=sorted(set(labels)), decision=decision, decided_by=moderator
    )


def examples_from_decision(
    *,
    post: Post,
    moderator: User,
    decision: str,
    original: str,
    edited: str = "",
    template: ReasonTemplate | None = None,
) -> list[ModerationExample]:
    """Keep what the moderator decided about ``post`` as labelled examples.

    Approved: the text is fine ([]). Edited and approved: the edited text is fine and
    the original had what the engine saw. Rejected: the template's category, else the
    open flags' categories, else what the engine saw (no example when none is known).
    """
    if decision == Decision.APPROVED:
        return [
            _record(post=post, text=original, labels=[], decision=decision, moderator=moderator)
        ]
    if decision == Decision.EDITED:
        made = [_record(post=post, text=edited, labels=[], decision=decision, moderator=moderator)]
        if seen := _seen(post):
            made.append(
                _record(
                    post=post, text=original, labels=seen, decision=decision, moderator=moderator
                )
            )
        return made
    flags = list(
        Flag.objects.filter(post_id=post.pk, resolved_at__isnull=True).values_list(
            "reason", flat=True
        )
    )
    seen = _seen(post)
    if template is not None and template.category:
        labels = [template.category]
    elif flags:
        labels = [FLAG_CATEGORIES[f] for f in flags if f in FLAG_CATEGORIES]
        if Flag.Reason.ADVICE in flags:
            labels += [c for c in seen if c in ("dose_advice", "medication_directive", "diagnosis")]
            labels += [] if set(labels) & set(seen) else [ADVICE_FALLBACK]
    else:
        labels = seen
    if not labels:
        return []
    kind = Decision.FLAG_UPHELD if flags else Decision.REJECTED
    return [_record(post=post, text=original, labels=labels, decision=kind, moderator=moderator)]


class ModelRefused(Exception):
    """The new model scored worse than the active one on the frozen test split."""

    def __init__(self, row: ModerationModel, message: str):
        super().__init__(message)
        self.row = row


def _figures(result: dict) -> dict:
    return {
        "summary": result["summary"],
        "macro_f1": result["macro_f1"],
        "posts": result["posts"],
        "categories": {
            c: {k: v[k] for k in ("precision", "recall", "support")}
            for c, v in result["categories"].items()
        },
    }


@transaction.atomic
def model_store(
    *, model: Model, train_rows: int, test_result: dict | None, activate: bool, note: str = ""
) -> ModerationModel:
    """Store a trained model (arrays only) and, if asked, make it the active one."""
    data = model.to_bytes()
    row = ModerationModel.objects.create(
        version=model.version,
        artefact=data,
        sha256=artefact_digest(data),
        test_figures=_figures(test_result) if test_result else {},
        train_rows=train_rows,
        decisions=int(model.meta.get("decisions", 0)),
        note=note,
    )
    if activate:
        ModerationModel.objects.filter(is_active=True).update(is_active=False)
        row.is_active = True
        row.activated_at = timezone.now()
        row.save(update_fields=["is_active", "activated_at"])
        transaction.on_commit(forget_active_version)
    return row


def model_train(
    *, actor: User | None = None, directory: str | Path | None = None
) -> ModerationModel:
    """Retrain from the corpus plus every moderator decision; activate if not worse.

    Raises :class:`ModelRefused` (the new model is kept, inactive, with a note) when it
    scores worse than the active model on the frozen test split.
    """
    from forum.moderation.engine import training

    extra = [{"text": e.text, "labels": list(e.labels)} for e in ModerationExample.objects.all()]
    train_rows = corpus.load("train", directory)
    version = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    model = training.train(train_rows, corpus.load("dev", directory), extra=extra, version=version)
    test = corpus.load("test", directory)
    new = evaluation.score(test, model) if test else None
    current_model = active_model()
    current = evaluation.score(test, current_model) if test and current_model else None
    better = new is None or current is None or evaluation.better_or_equal(new, current)
    note = ""
    if new is not None and current is not None and not better:
        note = (
            f"refused: macro F1 {new['macro_f1']:.3f} vs {current['macro_f1']:.3f}, emergency "
            f"recall {new['summary']['emergency_recall']:.3f} vs "
            f"{current['summary']['emergency_recall']:.3f} on the test split"
        )
    with transaction.atomic():
        row = model_store(
            model=model, train_rows=len(train_rows), test_result=new, activate=better, note=note
        )
        audit_record(
            actor=actor,
            action="model_activated" if better else "model_refused",
            target_type="moderation_model",
            target_id=row.pk,
            reason=note,
        )
    if not better:
        raise ModelRefused(row, note)
    return row
