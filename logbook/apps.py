from django.apps import AppConfig


class LogbookConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "logbook"
    verbose_name = "Logbook"

    def ready(self) -> None:
        from accounts import demo, exporting, navigation, services

        from . import account_data, demo_content, selectors

        exporting.register_exporter("logbook", account_data.logbook_export)
        services.register_deletion_hook(account_data.logbook_user_deleted)
        services.register_deletion_warning(account_data.logbook_deletion_warnings)
        demo.register_seeder("logbook", demo_content.seed_logbook, order=20)
        navigation.register_landing(selectors.landing_for)
