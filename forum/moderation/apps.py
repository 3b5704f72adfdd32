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
        from accounts import hooks
        from forum.moderation import (
            register_policy,
            register_post_saved_hook,
            register_watched_rules_provider,
        )

        from . import demo as moderation_demo
        from . import policy, services

        register_watched_rules_provider(services.watched_rules_active)
        register_policy(policy.apply_policy)
        # Held posts open a review; urgent ones alert moderators once (UrgentAlert
        # is unique per post).
        register_post_saved_hook(services.post_saved_hook)
        hooks.register(hooks.DEMO_SEED, moderation_demo.seed_moderation, key="moderation", order=30)
        hooks.register(hooks.USER_DELETING, services.audit_forget_user, key="moderation")
