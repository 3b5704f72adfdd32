from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        # accounts' own parts of the export and the demo, at the same hook points the
        # apps above use (accounts/hooks.py).
        from django.db.models.signals import post_migrate

        from . import demo_content, exporting, hooks, sites

        hooks.register(hooks.DATA_EXPORT, exporting.account_export, key="account")
        hooks.register(hooks.DEMO_SEED, demo_content.seed_accounts, key="accounts", order=0)
        post_migrate.connect(sites.site_sync, sender=self, dispatch_uid="accounts.site_sync")


class HypnicAdminConfig(admin_apps.AdminConfig):
    """The Django admin, behind the same MFA rule as every staff page."""

    default = False
    default_site = "accounts.admin_site.HypnicAdminSite"
