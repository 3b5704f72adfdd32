"""The seven categories of forum/demo_content.json, and moderators may manage them."""

import json
from pathlib import Path

from django.db import migrations

CONTENT = Path(__file__).resolve().parent.parent / "demo_content.json"


def seed(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    categories = json.loads(CONTENT.read_text(encoding="utf-8"))["categories"]
    for position, row in enumerate(categories):
        Category.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "description": row["description"],
                "position": position,
            },
        )


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("forum")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Moderator")
    perms = Permission.objects.filter(
        content_type__app_label="forum",
        codename__in=["add_category", "change_category", "view_category"],
    )
    group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
