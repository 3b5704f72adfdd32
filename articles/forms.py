from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from .content import ContentError, SourceData, format_sources, parse_sources
from .models import SLUG_RULES, Article, Feedback, slug_validator

SOURCES_HELP = _(
    "One source a line: key | title | publisher | year | url | doi (doi may be empty). "
    "Cite a source in the body as [^key]; sources are numbered in this order."
)
BODY_HELP = _(
    "Markdown. Use ## for sections and ### for sub-sections; cite sources as [^key]. No raw HTML."
)


class ArticleForm(forms.Form):
    slug = forms.CharField(
        label=_("Slug (web address)"),
        max_length=80,
        validators=[slug_validator],
        help_text=SLUG_RULES,
    )
    title = forms.CharField(label=_("Title"), max_length=160)
    summary = forms.CharField(
        label=_("Summary"), max_length=600, widget=forms.Textarea(attrs={"rows": 3})
    )
    key_points = forms.CharField(
        label=_("Key points"),
        help_text=_("One point a line."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    tags = forms.CharField(
        label=_("Tags"), required=False, help_text=_("Comma-separated, e.g. basics, babies.")
    )
    audience = forms.CharField(label=_("Audience"), max_length=120, required=False)
    body = forms.CharField(
        label=_("Body"), help_text=BODY_HELP, widget=forms.Textarea(attrs={"rows": 18})
    )
    sources = forms.CharField(
        label=_("Sources"),
        required=False,
        help_text=SOURCES_HELP,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    related = forms.ModelMultipleChoiceField(
        label=_("Related articles"),
        queryset=Article.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    change_note = forms.CharField(
        label=_("What changed"),
        max_length=300,
        required=False,
        help_text=_("Required for a published article: readers see the list of changes."),
    )

    def __init__(self, *args, article: Article | None = None, **kwargs):
        if article is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "slug": article.slug,
                "title": article.title,
                "summary": article.summary,
                "key_points": "\n".join(article.key_points),
                "tags": ", ".join(article.tags),
                "audience": article.audience,
                "body": article.body,
                "sources": format_sources(
                    [
                        SourceData(s.key, s.title, s.publisher, s.year, s.url, s.doi)
                        for s in article.sources.all()
                    ]
                ),
                "related": list(article.related.all()),
            }
        super().__init__(*args, **kwargs)
        others = Article.objects.only("id", "title").order_by("title")
        if article is not None:
            others = others.exclude(pk=article.pk)
            self.fields["slug"].disabled = True
            self.fields["slug"].help_text = _("The web address cannot change: others link to it.")
            if article.is_published:
                self.fields["change_note"].required = True
        if article is None or not article.is_published:
            del self.fields["change_note"]
        self.fields["related"].queryset = others
        self.helper = FormHelper()
        self.helper.form_id = "article-form"
        self.helper.add_input(Submit("save", _("Save"), css_id="article-save"))

    def clean_key_points(self) -> list[str]:
        return [
            line.strip() for line in self.cleaned_data["key_points"].splitlines() if line.strip()
        ]

    def clean_tags(self) -> list[str]:
        return [t.strip().lower() for t in self.cleaned_data["tags"].split(",") if t.strip()]

    def clean_sources(self) -> list[SourceData]:
        try:
            return parse_sources(self.cleaned_data["sources"])
        except ContentError as exc:
            raise forms.ValidationError(str(exc).splitlines()) from exc


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class PublishForm(forms.Form):
    publish_at = forms.DateTimeField(
        label=_("Publish at (leave empty to publish now)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda v: v == "yes",
    )
    reason = forms.ChoiceField(
        label=_("What made it so? (optional)"), choices=Feedback.Reason.choices, required=False
    )
    comment = forms.CharField(
        label=_("Anything else? (optional, not published)"), max_length=300, required=False
    )
