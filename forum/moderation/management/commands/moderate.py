"""Re-check content after the rules change: one JSON line out per JSON line in.

    python manage.py moderate --jsonl posts.jsonl
    python manage.py moderate --jsonl - < posts.jsonl

Each input line is {"id": ..., "text": ...}; each output line is
{"id", "action", "reasons", "categories", "spans"}. The moderators' watched
rules from the database apply. Bad lines are reported on stderr with their line
number and the run goes on (exit status 1 at the end if any were bad).
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from forum.moderation import engine
from forum.moderation.services import watched_rules_active

BAD_LINE = "line {line}: {error}"


class Command(BaseCommand):
    help = "Moderate JSON lines of {id, text} and print one verdict line per input."

    def add_arguments(self, parser):
        parser.add_argument("--jsonl", required=True, help="A .jsonl file, or - for stdin.")

    def handle(self, *args, **options):
        path = options["jsonl"]
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"can't read {path}: {exc}") from None
        watched = watched_rules_active()
        bad = 0
        with stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    text = item["text"]
                    if not isinstance(text, str):
                        raise TypeError("text must be a string")
                except (ValueError, KeyError, TypeError) as exc:
                    bad += 1
                    self.stderr.write(BAD_LINE.format(line=number, error=exc))
                    continue
                verdict = engine.evaluate(text, watched=watched)
                out = {
                    "id": item.get("id"),
                    "action": verdict.action,
                    "reasons": list(verdict.reasons),
                    "categories": sorted(verdict.categories),
                    "spans": [list(s) for s in verdict.spans],
                }
                self.stdout.write(json.dumps(out, ensure_ascii=False))
        if bad:
            raise CommandError(f"{bad} bad line(s)")
