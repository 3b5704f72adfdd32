"""Demo accounts for `make run`. Local only; passwords are documented in the README."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from .models import User

DEMO_PASSWORD = "hypnic-demo-2026"  # noqa: S105 - local demo data, refused in production
# A fixed TOTP secret so a newcomer can add the demo staff to an authenticator app.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPHYPNICDEMOSECRET"  # noqa: S105

DEMO_USERS = [
    # email, handle, locale, time zone, groups
    ("parent@example.com", "night_owl_mum", "en-GB", "Europe/London", ()),
    ("partner@example.com", "tired_dad_tom", "en-GB", "Europe/London", ()),
    ("bedpartner@example.com", "kicked_at_3am", "en-US", "America/Chicago", ()),
    ("moderator@example.com", "mod_rowan", "en-GB", "Europe/London", ("Moderator",)),
    ("editor@example.com", "editor_sam", "en-GB", "Europe/London", ("Editor",)),
    ("reviewer@example.com", "dr_amara", "en-GB", "Europe/London", ("Medical reviewer",)),
]


def demo_user(email: str) -> User:
    return User.objects.get(email=email)


def seed_accounts(write) -> None:
    for email, handle, locale, tz, groups in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=DEMO_PASSWORD, handle=handle, locale=locale, time_zone=tz
            )
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        if (
            groups
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)
    write(f"  demo accounts: {', '.join(u[0] for u in DEMO_USERS)} / password {DEMO_PASSWORD}")
