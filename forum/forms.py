from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .models import BODY_MAX, TITLE_MAX, Category, Outcome

YES_NO = [("no", _("No")), ("yes", _("Yes"))]
BODY_HELP = _(
    "Markdown works: **bold**, *italic*, > quotes, lists. Please don't share names, "
    "phone numbers or emails, and don't suggest doses or diagnoses for someone else."
)

WARNING_QUESTIONS = [
    ("awake", _("Do the movements also happen while the person is fully awake?")),
    ("long", _("Has an episode lasted longer than five minutes?")),
    ("colour", _("Any colour change (blue or grey lips) or trouble breathing?")),
    ("wake", _("Do the movements carry on when you wake the person?")),
]


def _preview_attrs(rows: int = 8) -> dict:
    """The body textarea renders a live preview through htmx as the member types."""
    return {
        "rows": rows,
        "hx-post": reverse_lazy("forum:preview"),
        "hx-trigger": "input changed delay:400ms, keyup changed delay:400ms",
        "hx-target": "#preview",
        "hx-swap": "innerHTML",
        "aria-describedby": "preview-label",
    }


class WarningSignsForm(forms.Form):
    """Step one of "Ask a question": the red-flag questions, before anything else."""

    awake = forms.ChoiceField(
        label=WARNING_QUESTIONS[0][1], choices=YES_NO, widget=forms.RadioSelect
    )
    long = forms.ChoiceField(
        label=WARNING_QUESTIONS[1][1], choices=YES_NO, widget=forms.RadioSelect
    )
    colour = forms.ChoiceField(
        label=WARNING_QUESTIONS[2][1], choices=YES_NO, widget=forms.RadioSelect
    )
    wake = forms.ChoiceField(
        label=WARNING_QUESTIONS[3][1], choices=YES_NO, widget=forms.RadioSelect
    )

    def any_yes(self) -> bool:
        return any(self.cleaned_data[name] == "yes" for name, _label in WARNING_QUESTIONS)


class ThreadForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), empty_label=None
    )
    title = forms.CharField(
        label=_("Your question in one line"),
        min_length=8,
        max_length=TITLE_MAX,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "hx-get": reverse_lazy("forum:similar"),
                "hx-trigger": "input changed delay:400ms, keyup changed delay:400ms",
                "hx-target": "#similar",
                "hx-swap": "innerHTML",
                "aria-describedby": "similar",
            }
        ),
    )
    body = forms.CharField(
        label=_("Tell us more"),
        max_length=BODY_MAX,
        help_text=BODY_HELP,
        widget=forms.Textarea(attrs=_preview_attrs(10)),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=BODY_MAX,
        help_text=BODY_HELP,
        widget=forms.Textarea(attrs=_preview_attrs(6)),
    )


class EditForm(forms.Form):
    title = forms.CharField(label=_("Title"), min_length=8, max_length=TITLE_MAX, required=False)
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX,
        help_text=BODY_HELP,
        widget=forms.Textarea(attrs=_preview_attrs(10)),
    )

    def __init__(self, *args, with_title: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if with_title:
            self.fields["title"].required = True
        else:
            del self.fields["title"]


class OutcomeForm(forms.Form):
    conclusion = forms.ChoiceField(
        label=_("What did the doctor conclude?"),
        choices=Outcome.Conclusion.choices,
        widget=forms.RadioSelect,
    )
    body = forms.CharField(
        label=_("Your update"),
        max_length=BODY_MAX,
        help_text=_(
            "What happened, which tests (if any), how things are now. It helps the "
            "next family who finds your question."
        ),
        widget=forms.Textarea(attrs=_preview_attrs(6)),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    category = forms.ChoiceField(
        label=_("Category"), required=False, widget=forms.Select(attrs={"class": "form-select"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (c.slug, c.name) for c in Category.objects.all()
        ]
