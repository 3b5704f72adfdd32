from http import HTTPStatus

from allauth.account.decorators import reauthentication_required
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import exporting, health, navigation, services
from .forms import DeleteAccountForm, ProfileForm
from .permissions import needs_mfa


def home(request):
    return render(request, "home.html")


def baseline(request):
    """A minimal page with no query: the yardstick for `make bench`."""
    return render(request, "baseline.html")


@require_GET
@never_cache
def healthz(request):
    results = health.run_checks()
    failed = [name for name, result in results.items() if result != "ok"]
    status = HTTPStatus.SERVICE_UNAVAILABLE if failed else HTTPStatus.OK
    return JsonResponse(
        {"status": "fail" if failed else "ok", "failed": failed, "checks": results},
        status=status,
    )


@login_required
def account_home(request):
    return render(
        request,
        "accounts/home.html",
        {
            "mfa_enabled": is_mfa_enabled(request.user),
            "staff_needs_mfa": needs_mfa(request.user),
            "extra_account_links": navigation.account_links(),
        },
    )


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_update_profile(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your profile was saved."))
            return redirect("accounts:home")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
@reauthentication_required
def data_export(request):
    if request.method == "POST":
        payload = exporting.export_zip(request.user)
        stamp = timezone.now().strftime("%Y%m%d")
        response = HttpResponse(payload, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="hypnic-export-{stamp}.zip"'
        return response
    return render(request, "accounts/export.html")


@login_required
@reauthentication_required
def account_delete(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.user_delete(user=user)
        messages.success(request, _("Your account and your private data were deleted."))
        return redirect("home")
    return render(
        request,
        "accounts/delete.html",
        {"form": form, "warnings": services.deletion_warnings(request.user)},
    )
