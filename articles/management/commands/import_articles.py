from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from articles.content import CONTENT_DIR, ContentError
from articles.demo import articles_import_directory


class Command(BaseCommand):
    help = (
        "Import the article files in articles/content/ (idempotent: updates by slug). "
        "With --publish they are published with --reviewer as the medical reviewer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--author", required=True, help="Email of the author (an editor).")
        parser.add_argument("--reviewer", help="Email of the medical reviewer.")
        parser.add_argument("--publish", action="store_true", help="Publish new articles.")
        parser.add_argument("--directory", default=str(CONTENT_DIR))

    def handle(self, *args, **options):
        from pathlib import Path

        author = User.objects.filter(email__iexact=options["author"]).first()
        if author is None:
            raise CommandError(f"No user with email {options['author']}.")
        reviewer = None
        if options["reviewer"]:
            reviewer = User.objects.filter(email__iexact=options["reviewer"]).first()
            if reviewer is None:
                raise CommandError(f"No user with email {options['reviewer']}.")
        if options["publish"] and reviewer is None:
            raise CommandError("--publish needs --reviewer: every article is medically reviewed.")
        try:
            outcomes = articles_import_directory(
                author=author,
                reviewer=reviewer,
                publish=options["publish"],
                directory=Path(options["directory"]),
            )
        except ContentError as exc:
            raise CommandError(str(exc)) from exc
        for slug, outcome in outcomes.items():
            self.stdout.write(f"{outcome:>9}  {slug}")
        self.stdout.write(self.style.SUCCESS(f"{len(outcomes)} article(s) processed."))
