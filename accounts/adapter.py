"""How allauth is bent to Hypnic: every email goes out through a Celery task."""

from allauth.account.adapter import DefaultAccountAdapter

from . import services


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = context.get("request") or getattr(self.request, "_request", self.request)
        ctx = {"email": email, "request": request}
        ctx.update(context)
        msg = self.render_mail(template_prefix, email, ctx)
        services.email_queue(message=services.message_to_dict(msg))

    def save_user(self, request, user, form, commit=True):
        """Fill the handle, region and time zone before the first save.

        allauth calls the sign-up form's own hook only after saving, which
        would store an empty handle for a moment; we set them up front.
        """
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.handle = data["handle"]
        user.locale = data["locale"]
        user.time_zone = data["time_zone"]
        if commit:
            user.save()
        return user
