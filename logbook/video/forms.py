"""Forms of episode videos (crispy-forms, Bootstrap 5)."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from logbook.forms import DateInput

from .services.sharing import SHARE_BAD_RANGE, SHARE_NOTHING_CHOSEN


class VideoChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        started = timezone.localtime(obj.episode.started_at)
        seconds = round(obj.duration_s or 0)
        return _("Episode of %(when)s — video of %(s)s s") % {
            "when": started.strftime("%d %b %Y %H:%M"),
            "s": seconds,
        }


class ShareLinkForm(forms.Form):
    label = forms.CharField(
        label=_("Who is it for? (only you see this)"), max_length=80, required=False
    )
    include_report = forms.BooleanField(label=_("Include the report"), required=False, initial=True)
    report_start = forms.DateField(label=_("Report from"), required=False, widget=DateInput())
    report_end = forms.DateField(label=_("Report to"), required=False, widget=DateInput())
    videos = VideoChoiceField(
        label=_("Videos to show"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    days = forms.IntegerField(
        label=_("Link works for (days)"), min_value=1, max_value=settings.VIDEO_SHARE_MAX_DAYS
    )
    passcode = forms.CharField(
        label=_("Passcode (optional; tell it to the clinician separately)"),
        max_length=64,
        required=False,
        # Kept when another field fails, so the owner does not type it twice.
        widget=forms.PasswordInput(render_value=True, attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, videos=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["videos"].queryset = videos
        self.fields["days"].initial = settings.VIDEO_SHARE_DEFAULT_DAYS
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        data = super().clean()
        if data.get("include_report"):
            start, end = data.get("report_start"), data.get("report_end")
            if not start or not end:
                self.add_error("report_start", _("Choose the report's dates."))
            elif end < start:
                self.add_error("report_end", SHARE_BAD_RANGE)
        else:
            data["report_start"] = data["report_end"] = None
            if not data.get("videos"):
                raise forms.ValidationError(SHARE_NOTHING_CHOSEN)
        return data


class PasscodeForm(forms.Form):
    passcode = forms.CharField(
        label=_("Passcode"),
        max_length=64,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("open", _("Open"), css_class="btn-primary"))


class NoteForm(forms.Form):
    author_name = forms.CharField(label=_("Your name (optional)"), max_length=80, required=False)
    text = forms.CharField(
        label=_("Note for the family"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
