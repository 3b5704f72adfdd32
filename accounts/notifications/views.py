from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import PreferenceForm

PREFERENCES_SAVED = gettext_lazy("Your email preferences were saved.")
UNSUBSCRIBE_INVALID = gettext_lazy(
    "This unsubscribe link is not valid. You can change every email on your preferences page."
)


@login_required
def inbox(request):
    page = selectors.notifications_page(user=request.user, page=request.GET.get("page"))
    return render(request, "accounts/notifications.html", {"page_obj": page})


def badge(request):
    """The unread count in the navigation, fetched by htmx after the page loads.

    Kept out of every page's own render so page query counts don't depend on it.
    """
    count = selectors.unread_count(user=request.user)
    return render(request, "accounts/_notifications_badge.html", {"unread": count})


@login_required
@require_POST
def open_notification(request, pk: int):
    notification = services.notification_open(user=request.user, pk=pk)
    if url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None):
        return redirect(notification.url)
    return redirect("notifications:inbox")


@login_required
@require_POST
def mark_all_read(request):
    count = services.notifications_mark_all_read(user=request.user)
    messages.success(request, _("%(count)s notifications marked as read.") % {"count": count})
    return redirect("notifications:inbox")


@login_required
def preferences(request):
    pref = services.preference_for(request.user)
    form = PreferenceForm(request.POST or None, instance=pref)
    if request.method == "POST" and form.is_valid():
        services.preference_update(user=request.user, **form.cleaned_data)
        messages.success(request, PREFERENCES_SAVED)
        return redirect("notifications:preferences")
    return render(request, "accounts/notifications_preferences.html", {"form": form})


def unsubscribe(request, token: str):
    """One click from an email: no login, the signed token names the user and the email."""
    result = services.unsubscribe_apply(token=token)
    context = {"invalid": result is None, "message": UNSUBSCRIBE_INVALID}
    if result:
        context["unsub_user"], context["field"] = result
    return render(
        request, "accounts/notifications_unsubscribe.html", context, status=200 if result else 400
    )
