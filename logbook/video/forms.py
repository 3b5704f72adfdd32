"""Forms of episode videos (crispy-forms, Bootstrap 5)."""

from __future__ import annotations

import json

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from logbook.forms import DateInput

from .services.sharing import SHARE_BAD_RANGE, SHARE_NOTHING_CHOSEN, passcode_validate
from .services.uploads import UPLOAD_REQUEST_INVALID

# The largest primary key PostgreSQL's bigint holds: a larger "episode" is refused
# by the form instead of overflowing in the database.
BIGINT_MAX = 2**63 - 1


class JsonBodyForm(forms.Form):
    """A form bound to a request body that must be one JSON object.

    Bad JSON, bytes that are not UTF-8, or a list, string or number at the top
    level leave the form invalid with ``body_error`` (never an exception), so an
    endpoint answers 400 with a message instead of 500.
    """

    body_error = _("The request body is not a JSON object.")

    def __init__(self, body: bytes) -> None:
        try:
            payload = json.loads(body or b"{}")
        except ValueError:  # includes UnicodeDecodeError
            payload = None
        self.body_is_object = isinstance(payload, dict)
        super().__init__(data=payload if self.body_is_object else {})

    def clean(self):
        if not self.body_is_object:
            raise forms.ValidationError(self.body_error)
        return super().clean()

    def error_fields(self) -> dict[str, list[str]]:
        return {name: [str(m) for m in errors] for name, errors in self.errors.items()}


class UploadStartForm(JsonBodyForm):
    """``{"size": bytes, "episode": id or null}``: the body of the upload-start POST."""

    body_error = UPLOAD_REQUEST_INVALID
    size = forms.IntegerField()
    episode = forms.IntegerField(required=False, min_value=1, max_value=BIGINT_MAX)


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
        validators=[passcode_validate],
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
