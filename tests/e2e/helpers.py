"""Steps several browser journeys share."""

import re

from tests.conftest import totp_code
from tests.factories import PASSWORD


def log_in(page, base: str, user, *, mfa: bool) -> None:
    """Log in through the real form (and allauth's TOTP step for staff)."""
    page.goto(base + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    if mfa:
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
        page.locator("#id_code").fill(totp_code(user))
        page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(re.compile(r"/account/$"))
