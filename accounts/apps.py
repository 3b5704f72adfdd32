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
        from . import demo_content, exporting, hooks

        hooks.register(hooks.DATA_EXPORT, exporting.account_export, key="account")
        hooks.register(hooks.DEMO_SEED, demo_content.seed_accounts, key="accounts", order=0)


class HypnicAdminConfig(admin_apps.AdminConfig):
    """The Django admin, behind the same MFA rule as every staff page."""

    default = False
    default_site = "accounts.admin_site.HypnicAdminSite"
