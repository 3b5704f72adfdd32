"""The logbook's part of the account export and of account deletion."""

from __future__ import annotations

import io
import json

from django.utils.translation import gettext as _

from . import services
from .csv_export import write_episodes_csv
from .models import Membership
from .selectors.access import sole_owned_subjects
from .selectors.timeline import subjects_with_data_for


def logbook_export(user) -> dict[str, str]:
    """For each logbook the user belongs to: episodes.csv and logbook.json."""
    files: dict[str, str] = {}
    for subject in subjects_with_data_for(user).order_by("pk"):
        folder = f"logbook-{subject.pk}"
        out = io.StringIO()
        write_episodes_csv(subject, out)
        files[f"{folder}/episodes.csv"] = out.getvalue()
        files[f"{folder}/logbook.json"] = json.dumps(
            {
                "display_name": subject.display_name,
                "kind": subject.kind,
                "birth_year": subject.birth_year,
                "birth_month": subject.birth_month,
                "time_zone": subject.time_zone,
                "notes": subject.notes,
                "your_role": subject.my_role,
                "nights": [
                    {
                        "night_of": n.night_of.isoformat(),
                        "bedtime": n.bedtime.isoformat() if n.bedtime else None,
                        "wake_time": n.wake_time.isoformat() if n.wake_time else None,
                        "notes": n.notes,
                    }
                    for n in subject.nights.all()
                ],
                "medicines": [
                    {
                        "date": m.date.isoformat(),
                        "name": m.name,
                        "change": m.change,
                        "note": m.note,
                    }
                    for m in subject.medicines.all()
                ],
            },
            indent=2,
            ensure_ascii=False,
        )
    return files


def logbook_user_deleted(user) -> None:
    services.user_logbooks_delete(user)


def logbook_deletion_warnings(user) -> list[str]:
    """One sentence per shared logbook that goes with the account: who loses it."""
    members = (
        Membership.objects.filter(subject__in=sole_owned_subjects(user))
        .exclude(user=user)
        .select_related("subject", "user")
        .order_by("subject__display_name", "subject_id", "user__handle")
    )
    others: dict[int, tuple[str, list[str]]] = {}
    for membership in members:
        name, people = others.setdefault(
            membership.subject_id, (membership.subject.display_name, [])
        )
        people.append(f"{membership.user.handle} ({membership.get_role_display().lower()})")
    return [
        _(
            "The shared logbook “%(name)s” is deleted, and %(people)s will no longer "
            "see it. To keep it for them, make one of them an owner first."
        )
        % {"name": name, "people": ", ".join(people)}
        for name, people in others.values()
    ]
