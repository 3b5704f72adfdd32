"""Seed the reason templates moderators pick when they reject a post."""

from django.db import migrations

TEMPLATES = [
    (
        "Individual dose advice",
        (
            "Your reply suggested a dose or a change of medicine for someone else. Doses depend "
            "on the person, their weight and their other medicines, so only their own doctor can "
            "set one. You are very welcome to share what your own doctor prescribed for you or "
            "your child, and to encourage them to ask theirs."
        ),
    ),
    (
        "Diagnosing someone else",
        (
            "Your post named a condition for someone else's child or partner. Nobody can diagnose "
            "from a description, and a wrong guess can frighten or falsely reassure. Telling your "
            "own story (what you saw, what your doctor found) helps far more."
        ),
    ),
    (
        "Contact details",
        (
            "Your post shared contact details or invited people to get in touch privately. To keep "
            "everyone safe we keep conversations on the forum. Please post again without them."
        ),
    ),
    (
        "Incivility",
        (
            "Your post was unkind to another member or group. Everyone here is worried about "
            "someone they love. Please say what you disagree with, not what you think of the person."
        ),
    ),
    (
        "Duplicate",
        (
            "This post repeated one you had already posted, so we kept the first one. Replies will "
            "come there."
        ),
    ),
]


def seed(apps, schema_editor):
    ReasonTemplate = apps.get_model("moderation", "ReasonTemplate")
    for position, (title, text) in enumerate(TEMPLATES):
        ReasonTemplate.objects.get_or_create(
            title=title, defaults={"text": text, "position": position}
        )


def unseed(apps, schema_editor):
    ReasonTemplate = apps.get_model("moderation", "ReasonTemplate")
    ReasonTemplate.objects.filter(title__in=[t for t, _ in TEMPLATES]).delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
