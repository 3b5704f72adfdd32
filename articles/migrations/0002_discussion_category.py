"""The forum category that holds each article's discussion thread."""

from django.db import migrations

SLUG = "article-discussions"


def create(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    Category.objects.get_or_create(
        slug=SLUG,
        defaults={
            "name": "Article discussions",
            "description": "Comments on Hypnic's articles: one thread for each article.",
            "position": 100,
        },
    )


def remove(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    Category.objects.filter(slug=SLUG, threads__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("forum", "0002_seed_categories"),
    ]

    operations = [migrations.RunPython(create, remove)]
