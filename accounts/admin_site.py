from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .permissions import is_staff_member, staff_mfa_redirect, staff_session_active


class HypnicAdminSite(AdminSite):
    """Django's admin with one login door: allauth's, MFA step included."""

    site_header = "Hypnic administration"
    site_title = "Hypnic admin"

    def has_permission(self, request) -> bool:
        # The same staff rule as every other staff page: a session that passed MFA.
        return super().has_permission(request) and staff_session_active(request.user)

    def login(self, request, extra_context=None):
        """Never take a password here. Everyone goes through allauth's login (rate
        limited, with its MFA step); a staff session that skipped MFA goes to that step."""
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("admin:index", current_app=self.name)
        user = request.user
        if not user.is_authenticated:
            query = urlencode({"next": next_url})
            return redirect(f"{reverse(settings.LOGIN_URL)}?{query}")
        if self.has_permission(request):
            return redirect(next_url)
        if user.is_active and is_staff_member(user) and not staff_session_active(user):
            return staff_mfa_redirect(request, next_url=next_url)
        raise PermissionDenied
