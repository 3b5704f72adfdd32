from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum"
    verbose_name = _("Community forum")

    def ready(self) -> None:
        from accounts import demo, exporting, navigation, services, text_checks

        from . import demo as forum_demo
        from . import exporting as forum_exporting
        from . import search  # noqa: F401 - registers the forum as a search source
        from .moderation import profile_text_problems
        from .services import user_detach

        services.register_deletion_hook(user_detach)
        text_checks.register_text_checker(profile_text_problems)
        exporting.register_exporter("forum", forum_exporting.export_forum)
        demo.register_seeder("forum", forum_demo.seed_forum, order=20)
        # The inbox and email preferences live in accounts (DESIGN.md); accounts
        # never imports the apps above it, so the links are added from here.
        navigation.register_account_link(_("Notifications"), "notifications:inbox")
        navigation.register_account_link(
            _("Email preferences for notifications"), "notifications:preferences"
        )
