import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .locales import DEFAULT_LOCALE, LOCALE_CHOICES, locale_info
from .managers import UserManager

HANDLE_RULES = _(
    "3 to 30 characters: letters, numbers, underscores, dots and hyphens. "
    "This is the only name other members see, so don't use your real name."
)
RESERVED_HANDLES = frozenset(
    {
        "admin",
        "administrator",
        "moderator",
        "moderators",
        "hypnic",
        "staff",
        "support",
        "editor",
        "reviewer",
        "system",
        "deleted",
        "former-member",
        "anonymous",
    }
)
handle_validator = RegexValidator(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,29}$", HANDLE_RULES)


def validate_handle_not_reserved(value: str) -> None:
    if value.lower() in RESERVED_HANDLES:
        raise ValidationError(_("That handle is reserved. Please choose another."))


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone."))


class User(AbstractBaseUser, PermissionsMixin):
    """A member. Logs in by email; the community only ever sees `handle`."""

    email = models.EmailField(_("email address"), unique=True)
    handle = models.CharField(
        _("public handle"),
        max_length=30,
        unique=True,
        validators=[handle_validator, validate_handle_not_reserved],
        help_text=HANDLE_RULES,
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Europe/London", validators=[validate_time_zone]
    )
    locale = models.CharField(
        _("country or region"),
        max_length=8,
        choices=LOCALE_CHOICES,
        default=DEFAULT_LOCALE,
        help_text=_("Decides the emergency number and the words we use for doctors."),
    )
    about = models.TextField(_("about you"), max_length=500, blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["handle"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("handle"), name="accounts_user_handle_ci_unique"),
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.handle

    def get_full_name(self) -> str:
        return self.handle

    def get_short_name(self) -> str:
        return self.handle

    @property
    def locale_info(self):
        return locale_info(self.locale)


# The inbox's models live in their own module; importing them here registers them.
from .notification_models import EmailChoice, Notification, NotificationPreference  # noqa: E402, F401
