"""Where video bytes live: the private "videos" storage and local working copies.

Local storage is a FileSystemStorage at MEDIA_ROOT that no URL serves; S3 is
django-storages' S3Storage. Names are deterministic (``videos/<uuid>/web.mp4``),
and ``put`` replaces whatever is there, so a rerun of a job never duplicates.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, storages

COPY_BLOCK = 1024 * 1024


def video_storage() -> Storage:
    return storages["videos"]


def is_local(storage: Storage | None = None) -> bool:
    return isinstance(storage or video_storage(), FileSystemStorage)


def local_path(name: str) -> Path:
    return Path(video_storage().path(name))


def put(name: str, src: Path, *, move: bool = False) -> None:
    """Store the local file ``src`` under ``name``, replacing any earlier file."""
    storage = video_storage()
    if is_local(storage):
        dst = Path(storage.path(name))
        dst.parent.mkdir(
            parents=True, exist_ok=True, mode=settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS
        )
        if move:
            os.replace(src, dst)  # same filesystem: atomic, no copy of a 1 GB file
        else:
            tmp = dst.with_name(f".{dst.name}.part")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dst)
        os.chmod(dst, settings.FILE_UPLOAD_PERMISSIONS)
        return
    with src.open("rb") as fh:
        # S3Storage overwrites (file_overwrite=True); multipart upload streams the file.
        storage.save(name, File(fh, name=os.path.basename(name)))
    if move:
        src.unlink(missing_ok=True)


def fetch(name: str, dst: Path) -> Path:
    """A local path with the stored file's bytes (the file itself when storage is local)."""
    storage = video_storage()
    if is_local(storage):
        return Path(storage.path(name))
    with storage.open(name, "rb") as src, dst.open("wb") as out:
        shutil.copyfileobj(src, out, COPY_BLOCK)
    return dst


def delete(names: list[str]) -> None:
    """Remove stored files (missing ones are fine) and, locally, their empty folders."""
    storage = video_storage()
    folders = set()
    for name in names:
        if name:
            storage.delete(name)
            folders.add(os.path.dirname(name))
    if is_local(storage):
        for folder in folders:
            with contextlib.suppress(OSError):  # not empty, or already gone
                os.rmdir(storage.path(folder))


def upload_tmp_path(session_id) -> Path:
    return Path(settings.VIDEO_UPLOAD_TMP_DIR) / f"{session_id}.part"


def work_dir(video_id) -> Path:
    """A per-video scratch folder; a rerun wipes what a killed job left behind."""
    return Path(settings.VIDEO_WORK_DIR) / str(video_id)
