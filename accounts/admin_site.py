from allauth.mfa.utils import is_mfa_enabled
from django.contrib.admin import AdminSite


class HypnicAdminSite(AdminSite):
    site_header = "Hypnic administration"
    site_title = "Hypnic admin"

    def has_permission(self, request) -> bool:
        # Staff reach the admin only with MFA, like every other staff page.
        return super().has_permission(request) and is_mfa_enabled(request.user)
