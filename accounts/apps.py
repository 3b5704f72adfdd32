from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from . import demo, demo_content

        demo.register_seeder("accounts", demo_content.seed_accounts, order=0)


class HypnicAdminConfig(admin_apps.AdminConfig):
    """The Django admin, behind the same MFA rule as every staff page."""

    default = False
    default_site = "accounts.admin_site.HypnicAdminSite"
