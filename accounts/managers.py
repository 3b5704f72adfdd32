from django.contrib.auth.base_user import BaseUserManager
from django.db.models.functions import Lower


class UserManager(BaseUserManager):
    """Users are identified by email; the public handle is separate."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email)
        user = self.model(email=email, **extra)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, email: str):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": email})

    def handle_taken(self, handle: str, *, exclude_pk: int | None = None) -> bool:
        qs = self.annotate(h=Lower("handle")).filter(h=handle.lower())
        if exclude_pk:
            qs = qs.exclude(pk=exclude_pk)
        return qs.exists()
