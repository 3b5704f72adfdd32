"""Re-check content after the rules change: one JSON line out per JSON line in.

    python manage.py moderate --jsonl posts.jsonl
    python manage.py moderate --jsonl - < posts.jsonl

Each input line is {"id": ..., "text": ...}, optionally with "thread", "author" and
"reply_to"; lines of one thread are judged in order, so a repeat of an earlier line by
the same author in the same thread is found as a near-duplicate, and a follow-up is read
against the author's own earlier lines of the thread (an emergency told as
an update: "it's been 6 minutes now"), as in the site. A bare endorsement ("+1", "this")
is read with the line it answers: its "reply_to", else the thread's line before it. Each
output line is {"id", "action", "urgent", "reasons", "categories", "spans"}. The active
model and the moderators' watched rules apply. Bad lines are reported on stderr with
their line number and the run goes on (exit status 1 at the end if any were bad).
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from forum.moderation.engine.evaluation import judged
from forum.moderation.learning import active_model
from forum.moderation.services.rules import watched_rules_active

BAD_LINE = "line {line}: {error}"


class Command(BaseCommand):
    help = (
        "Moderate JSON lines of {id, text[, thread, author, reply_to]}; one verdict line per input."
    )

    def add_arguments(self, parser):
        parser.add_argument("--jsonl", required=True, help="A .jsonl file, or - for stdin.")

    def _items(self, stream):
        """Valid input lines as dicts; bad ones reported and counted."""
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise TypeError("each line needs a text string")
                for key in ("thread", "author", "reply_to"):
                    if item.get(key) is not None and not isinstance(item[key], str | int):
                        raise TypeError(f"{key} must be a string or a number")
            except (ValueError, TypeError) as exc:
                self.bad += 1
                self.stderr.write(BAD_LINE.format(line=number, error=exc))
                continue
            yield item

    def handle(self, *args, **options):
        path = options["jsonl"]
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"can't read {path}: {exc}") from None
        watched = watched_rules_active()
        model = active_model()
        self.bad = 0
        with stream:
            for item, verdict in judged(self._items(stream), model, watched):
                out = {
                    "id": item.get("id"),
                    "action": verdict.action,
                    "urgent": verdict.urgent,
                    "reasons": list(verdict.reasons),
                    "categories": sorted(verdict.categories),
                    "spans": [list(s) for s in verdict.spans],
                }
                self.stdout.write(json.dumps(out, ensure_ascii=False))
        if self.bad:
            raise CommandError(f"{self.bad} bad line(s)")
