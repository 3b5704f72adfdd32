"""Handing private video bytes to a browser that may seek (HTTP Range).

The view has already checked access. Then, by configuration:
- VIDEO_STORAGE=s3: a 302 to a signed URL valid VIDEO_SIGNED_URL_SECONDS (the
  object store answers Range requests itself);
- MEDIA_DELIVERY=nginx: an empty response with X-Accel-Redirect to
  MEDIA_ACCEL_PREFIX + name (an ``internal`` nginx location serves the bytes);
- otherwise Django streams the file, honouring a single ``bytes=`` range with
  206 Partial Content (416 when the range is unsatisfiable).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, StreamingHttpResponse

from . import files

BLOCK = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for one ``bytes=`` range; None means "send it all".

    Raises RangeNotSatisfiable for a range that starts past the end. Several
    ranges ("bytes=0-1,5-6") or a malformed header are ignored (a full 200),
    as RFC 9110 allows.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match:
        return None
    first_s, last_s = match.groups()
    if not first_s and not last_s:
        return None
    if not first_s:  # suffix: the last N bytes
        length = int(last_s)
        if length == 0:
            raise RangeNotSatisfiable
        return max(0, size - length), size - 1
    first = int(first_s)
    last = int(last_s) if last_s else size - 1
    if last_s and last < first:
        return None
    if first >= size:
        raise RangeNotSatisfiable
    return first, min(last, size - 1)


def _iter_file(fh, first: int, length: int) -> Iterator[bytes]:
    try:
        fh.seek(first)
        left = length
        while left > 0:
            block = fh.read(min(BLOCK, left))
            if not block:
                break
            left -= len(block)
            yield block
    finally:
        fh.close()


def serve(request, name: str, content_type: str) -> HttpResponse:
    """Send the stored file ``name`` (access already checked)."""
    if settings.VIDEO_STORAGE == "s3":
        url = files.video_storage().url(name, expire=settings.VIDEO_SIGNED_URL_SECONDS)
        response: HttpResponse = HttpResponseRedirect(url)
        return response
    if settings.MEDIA_DELIVERY == "nginx":
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_PREFIX + name
        return response

    storage = files.video_storage()
    size = storage.size(name)
    try:
        wanted = parse_range(request.headers.get("Range"), size)
    except RangeNotSatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response
    first, last = wanted if wanted else (0, size - 1)
    length = max(0, last - first + 1)
    fh = storage.open(name, "rb")
    if request.method == "HEAD":
        fh.close()
        response = HttpResponse(content_type=content_type)
    else:
        response = StreamingHttpResponse(_iter_file(fh, first, length), content_type=content_type)
    if wanted:
        response.status_code = 206
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["Content-Disposition"] = "inline"
    return response
