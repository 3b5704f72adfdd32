"""How allauth is bent to Hypnic: every email goes out through a Celery task, a
fresh log-in counts as recent authentication, and members land where they work."""

import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.account.utils import get_next_redirect_url
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site

from . import navigation, services

# The page a visitor was headed for when they signed up (an invitation, say), kept in
# the session through email verification until they log in.
NEXT_AFTER_SIGNUP = "accounts:next-after-signup"


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = context.get("request") or getattr(self.request, "_request", self.request)
        # allauth's own send_mail adds current_site; its templates greet with its name.
        ctx = {"email": email, "request": request, "current_site": get_current_site(request)}
        ctx.update(context)
        msg = self.render_mail(template_prefix, email, ctx)
        services.email_queue(message=services.message_to_dict(msg))

    def save_user(self, request, user, form, commit=True):
        """Fill the handle, region and time zone before the first save.

        allauth calls the sign-up form's own hook only after saving, which
        would store an empty handle for a moment; we set them up front.
        """
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.handle = data["handle"]
        user.locale = data["locale"]
        user.time_zone = data["time_zone"]
        if commit:
            user.save()
        if next_url := get_next_redirect_url(request):
            request.session[NEXT_AFTER_SIGNUP] = next_url
        return user

    def get_login_redirect_url(self, request) -> str:
        """Without an explicit `next=`: the page the sign-up was headed for (kept
        through email verification), else where the member works (their logbook)."""
        remembered = request.session.pop(NEXT_AFTER_SIGNUP, None)
        if remembered and self.is_safe_url(remembered):
            return remembered
        return navigation.landing_url(request.user)

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """allauth counts only a re-entered password; a log-in in this very session
        within ACCOUNT_REAUTHENTICATION_TIMEOUT is just as recent (and as strong),
        so the password is not asked again seconds after logging in."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = getattr(self, "request", None) or allauth_context.request
        return not authenticated_recently(request)


def authenticated_recently(request) -> bool:
    """True when this session logged in or re-authenticated within the timeout."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    if not records:
        return False
    age = time.time() - max(record["at"] for record in records)
    return age < settings.ACCOUNT_REAUTHENTICATION_TIMEOUT
