"""`manage.py seed_demo`: demo accounts and each app's demo content (local only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import hooks


class Command(BaseCommand):
    help = "Create demo accounts and demo content. Safe to run twice. Never in production."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Demo content is for local development only.")
        for hook in hooks.hooks(hooks.DEMO_SEED):
            with transaction.atomic():
                hook.value(self.stdout.write)
            self.stdout.write(self.style.SUCCESS(f"demo: {hook.key} ready"))
