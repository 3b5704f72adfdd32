"""Stored files go with their rows, however the rows go.

Infrastructure rather than business logic (the same job django-cleanup does):
a post_delete receiver sees every deleted Video -- deleted directly, or by the
cascade from an episode purge, a logbook deletion or an account deletion -- and
removes its stored files once the transaction commits (a rolled-back delete
keeps them). Upload sessions take their temporary file with them.
"""

from __future__ import annotations

import shutil

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from . import files
from .models import UploadSession, Video


@receiver(post_delete, sender=Video, dispatch_uid="video_files_delete")
def _video_files_delete(sender, instance: Video, **kwargs) -> None:
    names = instance.stored_names()
    video_id = instance.pk

    def _delete() -> None:
        files.delete(names)
        shutil.rmtree(files.work_dir(video_id), ignore_errors=True)

    transaction.on_commit(_delete)


@receiver(post_delete, sender=UploadSession, dispatch_uid="upload_tmp_delete")
def _upload_tmp_delete(sender, instance: UploadSession, **kwargs) -> None:
    path = files.upload_tmp_path(instance.pk)
    transaction.on_commit(lambda: path.unlink(missing_ok=True))
