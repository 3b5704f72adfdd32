"""Forms of the logbook (crispy-forms, Bootstrap 5). No business rules here."""

from __future__ import annotations

import datetime as dt

from crispy_forms.bootstrap import InlineCheckboxes, InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.time_zones import time_zone_field

from . import nights
from .choices import (
    DURATION_QUICK_CHOICES,
    BodyPart,
    MedicineChange,
    Role,
    Sign,
    SleepState,
    Trigger,
)
from .episode_fields import BLANK_AS_EMPTY, EPISODE_FIELDS, OPTIONAL_CHOICES
from .models import Episode, MedicineEvent, Subject

RANGE_ORDER_MESSAGE = _("The end date must be on or after the start date.")
RANGE_TOO_LONG_MESSAGE = _("Please choose a range of at most five years.")
MAX_RANGE_DAYS = 5 * 366


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def _helper(submit_label=None, *, form_tag=True) -> FormHelper:
    helper = FormHelper()
    helper.form_tag = form_tag
    if submit_label:
        helper.add_input(Submit("submit", submit_label, css_class="btn-lg"))
    return helper


class SubjectForm(forms.ModelForm):
    time_zone = time_zone_field()

    class Meta:
        model = Subject
        fields = ["display_name", "kind", "birth_month", "birth_year", "time_zone", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "display_name": _("A first name or a nickname. Only members of this logbook see it."),
            "birth_year": _("Optional. For babies we show the age in months."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(_("Save"))
        self.fields["birth_month"].widget = forms.Select(
            choices=[("", "—")] + [(m, dt.date(2000, m, 1).strftime("%B")) for m in range(1, 13)]
        )


class EpisodeForm(forms.ModelForm):
    """The refine screen: everything optional, large touch targets."""

    duration_quick = forms.ChoiceField(
        label=_("How long, roughly?"),
        choices=DURATION_QUICK_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    body_parts = forms.MultipleChoiceField(
        label=_("Body parts"),
        choices=BodyPart.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    signs = forms.MultipleChoiceField(
        label=_("Anything else?"),
        choices=Sign.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    triggers = forms.MultipleChoiceField(
        label=_("Possible triggers"),
        choices=Trigger.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    woke_up = forms.TypedChoiceField(
        label=_("Did they wake up?"),
        choices=[("", _("Not sure")), ("true", _("Yes")), ("false", _("No"))],
        coerce=lambda v: {"true": True, "false": False}.get(v),
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Episode
        fields = list(EPISODE_FIELDS)
        widgets = {
            "started_at": DateTimeLocalInput(),
            "sleep_state": forms.RadioSelect,
            "side": forms.RadioSelect,
            "pattern": forms.RadioSelect,
            "intensity": forms.RadioSelect,
            "stopped_when_woken": forms.RadioSelect,
            "responsive": forms.RadioSelect,
            "notes": forms.Textarea(attrs={"rows": 3}),
            "duration_seconds": forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
        }
        help_texts = {
            "duration_seconds": _("Filled in by the timer, or type the seconds."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in OPTIONAL_CHOICES:
            field = self.fields[name]
            field.choices = [c for c in field.choices if c[0] != ""]
            field.required = False
        self.fields["intensity"].choices = [c for c in self.fields["intensity"].choices if c[0]]
        self.fields["started_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["duration_seconds"].widget.attrs["data-timer-output"] = "1"
        self.helper = _helper(form_tag=False)
        self.helper.layout = Layout(
            Fieldset(
                _("When and how long"),
                "started_at",
                HTML('{% include "logbook/_timer.html" %}'),
                InlineRadios("duration_quick"),
                "duration_seconds",
            ),
            Fieldset(
                _("What happened"),
                InlineRadios("sleep_state"),
                InlineCheckboxes("body_parts"),
                InlineRadios("side"),
                InlineRadios("pattern"),
                Div("cluster_count", "cluster_interval_seconds", css_class="logbook-cluster"),
                InlineRadios("intensity"),
            ),
            Fieldset(
                _("Waking and awareness"),
                InlineRadios("stopped_when_woken"),
                InlineRadios("woke_up"),
                InlineRadios("responsive"),
                InlineCheckboxes("signs"),
            ),
            Fieldset(
                _("Context"),
                InlineCheckboxes("triggers"),
                "filmed",
                "notes",
            ),
        )

    def clean(self):
        data = super().clean()
        if data.get("duration_seconds") is None and data.get("duration_quick"):
            data["duration_seconds"] = int(data["duration_quick"])
        return data

    def service_fields(self) -> dict:
        data = {name: self.cleaned_data.get(name) for name in self.Meta.fields}
        return data | {name: data[name] or "" for name in BLANK_AS_EMPTY}


class NightForm(forms.Form):
    night_of = forms.DateField(label=_("Night of (the evening's date)"), widget=DateInput())
    bedtime = forms.TimeField(label=_("Fell asleep at"), required=False, widget=TimeInput())
    wake_time = forms.TimeField(label=_("Woke up at"), required=False, widget=TimeInput())
    notes = forms.CharField(label=_("Notes"), max_length=300, required=False)

    def __init__(self, *args, subject: Subject, **kwargs):
        super().__init__(*args, **kwargs)
        self.subject = subject
        self.helper = _helper(_("Save night"))

    def instants(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        night = self.cleaned_data["night_of"]
        tz = self.subject.time_zone
        bed = self.cleaned_data.get("bedtime")
        wake = self.cleaned_data.get("wake_time")
        return (
            nights.local_on_night(night, bed, tz) if bed else None,
            nights.local_on_night(night, wake, tz) if wake else None,
        )


class MedicineForm(forms.ModelForm):
    class Meta:
        model = MedicineEvent
        fields = ["date", "name", "change", "note"]
        widgets = {"date": DateInput()}
        help_texts = {
            "note": _("For example the dose the doctor prescribed or why it changed."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["change"].choices = MedicineChange.choices
        self.helper = _helper(_("Add to the timeline"))


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Their email address"))
    role = forms.ChoiceField(
        label=_("They can"),
        choices=[
            (Role.CAREGIVER, _("Log and edit their own entries (caregiver)")),
            (Role.VIEWER, _("Only read (viewer)")),
        ],
        widget=forms.RadioSelect,
        initial=Role.CAREGIVER,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(_("Send invitation"))


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class RangeForm(forms.Form):
    """A date range of nights (GET). Defaults are set by the view."""

    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end:
            if end < start:
                raise forms.ValidationError(RANGE_ORDER_MESSAGE)
            if (end - start).days > MAX_RANGE_DAYS:
                raise forms.ValidationError(RANGE_TOO_LONG_MESSAGE)
        return data

    def range(self, *, default_days: int, today: dt.date) -> tuple[dt.date, dt.date]:
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end - dt.timedelta(days=default_days - 1)
        return start, end


class FilterForm(RangeForm):
    body_part = forms.ChoiceField(
        label=_("Body part"), choices=[("", _("Any"))] + BodyPart.choices, required=False
    )
    sleep_state = forms.ChoiceField(
        label=_("Sleep state"), choices=[("", _("Any"))] + SleepState.choices, required=False
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {
            "start": self.cleaned_data.get("start"),
            "end": self.cleaned_data.get("end"),
            "body_part": self.cleaned_data.get("body_part") or None,
            "sleep_state": self.cleaned_data.get("sleep_state") or None,
        }
