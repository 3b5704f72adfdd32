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
    # Members land on their logbook (or the list of several), others on the account page.
    page.wait_for_url(re.compile(r"/(account|logbook(/\d+)?)/$"))


TARGETS = "a[href], button, input:not([type=hidden]), select, textarea, summary"


def small_targets(page, scope: str, minimum: int) -> list[str]:
    """Visible controls inside `scope` whose tap area is under `minimum` px high or wide.

    A checkbox or radio counts with its label (tapping the label works too).
    """
    return page.evaluate(
        """([scope, selector, minimum]) => {
            const small = [];
            for (const root of document.querySelectorAll(scope)) {
                for (const el of root.querySelectorAll(selector)) {
                    if (el.closest(".visually-hidden, .visually-hidden-focusable")) continue;
                    let box = el.getBoundingClientRect();
                    const style = getComputedStyle(el);
                    const label = el.labels && el.labels.length && el.labels[0];
                    if (label && (style.opacity === "0" || /checkbox|radio/.test(el.type))) {
                        const own = label.getBoundingClientRect();
                        if (own.height > box.height) box = own;
                    }
                    if (!box.width || !box.height || style.visibility === "hidden") continue;
                    if (box.height < minimum || box.width < minimum) {
                        const name = (el.innerText || el.value || el.name || el.id).trim();
                        const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
                        small.push(`${name.slice(0, 40)} ${size}`);
                    }
                }
            }
            return small;
        }""",
        [scope, TARGETS, minimum],
    )
