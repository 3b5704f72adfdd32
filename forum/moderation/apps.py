from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """The Django side of moderation: watched rules, the review queue, flags,
    curated answers, member standing and the audit log. The pure engine lives
    beside it (detectors.py, engine.py) and imports no Django."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from accounts import demo
        from forum.models import Post
        from forum.moderation import register_policy, register_watched_rules_provider

        from . import demo as moderation_demo
        from . import policy, services

        register_watched_rules_provider(services.watched_rules_active)
        register_policy(policy.apply_policy)
        # forum.services has no "after save" seam yet: an urgent post is noticed
        # here and alerted once (UrgentAlert is unique per post). See the report.
        post_save.connect(
            services.post_saved_receiver, sender=Post, dispatch_uid="moderation_urgent_alert"
        )
        demo.register_seeder("moderation", moderation_demo.seed_moderation, order=30)
