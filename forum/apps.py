from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum"
    verbose_name = _("Community forum")

    def ready(self) -> None:
        from . import hooks  # noqa: F401 - fills accounts' hook points
