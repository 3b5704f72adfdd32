from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideoConfig(AppConfig):
    """Episode videos: a separate app (own migrations) inside the logbook package."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "logbook.video"
    label = "logbook_video"
    verbose_name = _("Logbook videos")

    def ready(self) -> None:
        from . import (
            hooks,  # noqa: F401 - fills accounts' hook points
            signals,  # noqa: F401 - connects the file clean-up receivers
        )
