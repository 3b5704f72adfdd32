"""Retrain the moderation model from the corpus plus every moderator decision.

    python manage.py moderation_train [--corpus DIR]

The new model is stored (versioned) in the database and activated only if it scores
at least as well as the active one on the frozen test split; otherwise it is kept,
inactive, with the reason, and the command fails.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from forum.moderation.services.learning import ModelRefused, model_train


class Command(BaseCommand):
    help = "Retrain the moderation model from the corpus and moderators' decisions."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", help="corpus folder (default: forum/moderation/corpus)")

    def handle(self, *args, **options):
        try:
            row = model_train(directory=options["corpus"])
        except ModelRefused as refused:
            raise CommandError(f"model {refused.row.version} not activated: {refused}") from None
        figures = row.test_figures.get("summary", {})
        self.stdout.write(
            f"model {row.version} activated ({row.train_rows} corpus rows, "
            f"{row.decisions} decisions); test split: {figures or 'none'}"
        )
