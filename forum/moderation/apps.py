from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """The Django side of moderation: watched rules, the review queue, flags,
    curated answers, member standing, the audit log and the models learnt from
    moderators. The pure engine lives beside it (engine/) and imports no Django."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        from accounts import hooks

        from . import demo as moderation_demo
        from .services import common

        hooks.register(hooks.DEMO_SEED, moderation_demo.seed_moderation, key="moderation", order=30)
        hooks.register(hooks.USER_DELETING, common.audit_forget_user, key="moderation")
