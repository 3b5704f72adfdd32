from django import forms
from django.utils.translation import gettext_lazy as _

from forum.models import BODY_MAX

from .models import CuratedAnswer, Flag, ReasonTemplate, WatchedRule

SANCTIONS = [
    ("silence", _("Silence (can read, can't post)")),
    ("suspend", _("Suspend")),
    ("ban", _("Ban")),
    ("reinstate", _("Lift all sanctions")),
]
SLUGS_HELP = _("Article slugs, separated by commas or spaces (e.g. is-it-a-seizure).")


class ApproveForm(forms.Form):
    reason = forms.CharField(
        label=_("Note for the author (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EditApproveForm(forms.Form):
    body = forms.CharField(
        label=_("Text to publish"), max_length=BODY_MAX, widget=forms.Textarea(attrs={"rows": 8})
    )
    reason = forms.CharField(
        label=_("Why you changed it (sent to the author)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RejectForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Reason template"),
        queryset=ReasonTemplate.objects.all(),
        required=False,
        empty_label=_("— write my own —"),
    )
    reason = forms.CharField(
        label=_("Anything to add for the author"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class BulkForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("With the selected posts"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
    )
    template = RejectForm.base_fields["template"]
    posts = forms.TypedMultipleChoiceField(coerce=int, choices=[], required=True)

    def __init__(self, *args, post_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posts"].choices = [(pk, pk) for pk in post_ids]


class FlagForm(forms.ModelForm):
    class Meta:
        model = Flag
        fields = ["reason", "text"]
        widgets = {"reason": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 3})}


class WatchedRuleForm(forms.ModelForm):
    class Meta:
        model = WatchedRule
        fields = ["pattern", "is_regex", "action", "article_slug", "note", "active"]


class CuratedAnswerForm(forms.ModelForm):
    slugs = forms.CharField(label=_("Articles to link"), required=False, help_text=SLUGS_HELP)

    class Meta:
        model = CuratedAnswer
        fields = ["title", "situation", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["slugs"].initial = " ".join(self.instance.article_slugs)

    def clean_slugs(self) -> list[str]:
        raw = self.cleaned_data.get("slugs", "")
        return [s for s in raw.replace(",", " ").split() if s]


class AttachAnswerForm(forms.Form):
    answer = forms.ModelChoiceField(label=_("Curated answer"), queryset=CuratedAnswer.objects.all())


class SlowModeForm(forms.Form):
    minutes = forms.IntegerField(
        label=_("Slow mode: minutes between posts (0 = off)"), min_value=0, max_value=24 * 60
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)


class SanctionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Action"), choices=SANCTIONS)
    days = forms.FloatField(
        label=_("For how many days (silence, suspend)"),
        required=False,
        min_value=0.01,
        max_value=3650,
    )
    reason = forms.CharField(label=_("Reason (kept in the audit log)"), max_length=1000)

    def clean(self):
        data = super().clean()
        if data.get("kind") in ("silence", "suspend") and not data.get("days"):
            self.add_error("days", _("Say for how many days."))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Staff note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
