from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from .locales import LOCALE_CHOICES
from .models import HANDLE_RULES, User
from .time_zones import time_zone_field

HANDLE_TAKEN = _("That handle is already taken. Please choose another.")


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds email and password."""

    handle = forms.CharField(
        label=_("Public handle"),
        max_length=30,
        help_text=HANDLE_RULES,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    locale = forms.ChoiceField(
        label=_("Country or region"), choices=LOCALE_CHOICES, initial="en-GB"
    )
    time_zone = time_zone_field(detect=True, initial="Europe/London")

    field_order = ["email", "handle", "password1", "password2", "locale", "time_zone"]

    def clean_handle(self):
        handle = self.cleaned_data["handle"]
        for validator in User._meta.get_field("handle").validators:
            validator(handle)
        if User.objects.handle_taken(handle):
            raise forms.ValidationError(HANDLE_TAKEN)
        return handle

    def signup(self, request, user):
        # AccountAdapter.save_user has already stored these fields.
        return None


class ProfileForm(forms.ModelForm):
    time_zone = time_zone_field()

    class Meta:
        model = User
        fields = ["handle", "locale", "time_zone", "about"]
        widgets = {"about": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", _("Save profile")))

    def clean_handle(self):
        handle = self.cleaned_data["handle"]
        if User.objects.handle_taken(handle, exclude_pk=self.instance.pk):
            raise forms.ValidationError(HANDLE_TAKEN)
        return handle


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label=_("Type DELETE to confirm"),
        help_text=_("This cannot be undone."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("delete", _("Delete my account"), css_class="btn-danger"))

    def clean_confirm(self):
        value = self.cleaned_data["confirm"]
        if value.strip() != "DELETE":
            raise forms.ValidationError(_("Please type DELETE in capital letters."))
        return value
