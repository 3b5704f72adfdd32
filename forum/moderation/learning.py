"""The active model for this process, and what the dashboard says about it.

A process loads the active model once; each judgement checks the active version
with one cache read (the key is dropped whenever another model is activated), and
only a new version makes it read the artefact from the database again. Before any
model was trained here, the default artefact shipped with the code is used.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from forum.moderation.engine import Model, Verdict, evaluate
from forum.moderation.engine.artefact import default_model

from .models import ModerationExample, ModerationModel

CACHE_KEY = "moderation:active-model-version"
NONE = "-"
_lock = threading.Lock()
_loaded: dict[str, Model | str | None] = {"version": None, "model": None}


def active_version() -> str:
    """The active model's version ("-" when the shipped default is in use)."""
    version = cache.get(CACHE_KEY)
    if version is None:
        version = (
            ModerationModel.objects.filter(is_active=True).values_list("version", flat=True).first()
            or NONE
        )
        cache.set(CACHE_KEY, version, None)
    return version


def forget_active_version() -> None:
    cache.delete(CACHE_KEY)


def artefact_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shipped_model() -> Model | None:
    """The default artefact shipped with the code, unless the settings turn it off."""
    return default_model() if settings.MODERATION_USE_SHIPPED_MODEL else None


def active_model() -> Model | None:
    """The model every judgement uses (see the module docstring)."""
    version = active_version()
    if version == NONE:
        return shipped_model()
    with _lock:
        if _loaded["version"] != version:
            row = ModerationModel.objects.filter(version=version).only("artefact", "sha256").first()
            data = bytes(row.artefact) if row else b""
            if row is None or artefact_digest(data) != row.sha256:
                return shipped_model()
            _loaded.update(version=version, model=Model.from_bytes(data))
        model = _loaded["model"]
    return model if isinstance(model, Model) else None


@dataclass
class ModelStatus:
    version: str
    source: str  # "trained" or "default"
    trained_at: str
    test: dict
    decisions_since: int


def model_status() -> ModelStatus | None:
    """For the moderation dashboard: which model judges, its test figures, and how many
    decisions moderators have made since it was trained."""
    row = ModerationModel.objects.filter(is_active=True).defer("artefact").first()
    if row is not None:
        since = ModerationExample.objects.filter(created_at__gt=row.created_at).count()
        return ModelStatus(
            row.version, "trained", row.created_at.isoformat(), row.test_figures, since
        )
    model = shipped_model()
    if model is None:
        return None
    return ModelStatus(
        model.version,
        "default",
        str(model.meta.get("trained_at", "")),
        model.meta.get("test", {}),
        ModerationExample.objects.count(),
    )


def judge(
    text: str,
    *,
    recent_texts: Sequence[str] = (),
    thread_texts: Sequence[str] = (),
    replied_text: str | None = None,
) -> Verdict:
    """The engine's verdict with the active model and the moderators' watched rules."""
    from .services.rules import watched_rules_active

    return evaluate(
        text,
        recent_texts=recent_texts,
        thread_texts=thread_texts,
        replied_text=replied_text,
        watched=watched_rules_active(),
        model=active_model(),
    )
