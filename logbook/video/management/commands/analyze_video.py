"""`python manage.py analyze_video PATH`: the motion analysis of a file, as JSON.

For checking the detector on a real clip without uploading it: prints the
duration, fps, a summary of the motion series and the detected moments (seconds).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from logbook.video.media.probe import MediaError, probe
from logbook.video.motion import detect_moments, motion_series, summarize


class Command(BaseCommand):
    help = "Print the motion analysis (duration, fps, motion summary, moments) of a video as JSON."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--sample-fps", type=float, default=None)

    def handle(self, *args, path: Path, sample_fps: float | None, **options):
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            info = probe(path)
        except MediaError as exc:
            raise CommandError(f"{exc.message} ({exc.detail})") from exc
        series = motion_series(path, sample_fps=sample_fps)
        moments = detect_moments(series)
        summary = summarize(series, moments)
        summary["moments_s"] = [m["time_s"] for m in summary["moments"]]
        summary["video"] = {
            "width": info.width,
            "height": info.height,
            "codec": info.video_codec,
            "rotation": info.rotation,
        }
        self.stdout.write(json.dumps(summary, indent=2))
