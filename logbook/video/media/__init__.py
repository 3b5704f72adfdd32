"""Private phone videos: check what was uploaded, make a web-safe copy, find the jerks.

Parents film their child's night-time jerks on a phone and upload the file so a
doctor can see it. That file is private and untrusted, so this module:

* ``probe`` sniffs the CONTENT with PyAV (never the name or the browser's MIME
  type), refuses anything that is not a readable video with a message a tired
  parent can act on, enforces a duration cap on the stream's real timestamps (a
  demux pass, bounded by :mod:`logbook.video.decoding`; the header's duration is
  never trusted alone), and catches truncated uploads (a phone that died
  mid-recording, a cut transfer) by checking the MP4 box layout and by seeking
  near the end and decoding there.
* ``transcode`` makes the copy we serve: H.264 (yuv420p) + AAC in an MP4 with the
  index first (faststart, so seeking works over HTTP Range), at most 720p on the
  short side, upright (phone rotation applied), with ALL metadata dropped --
  phones record GPS location, make/model and the exact time, which must never be
  shown to a clinician share link or leak in a download. It uses the system
  ``ffmpeg`` CLI as a child process (libx264, ``-threads 2``): autorotation,
  faststart and metadata mapping come for free, memory stays out of the worker,
  and a timeout can kill it. Output goes to a temporary file in the destination
  directory and is moved into place with ``os.replace``, so a killed job never
  leaves a half-written file at the final path. The result is probed again to
  prove it is H.264/AAC and carries no private tags.
* the motion analysis lives in :mod:`logbook.video.motion`; ``analyse_motion`` runs
  it with the same cap on decoded time and a wall-clock budget. In the job,
  ``transcode(..., motion_budget=...)`` feeds it from the transcode's own decode
  (the source is decoded once; see :func:`transcode`).

Every step is bounded in time: the probe's and the analysis' passes by a
:class:`~logbook.video.decoding.ReadBudget`, ffmpeg (transcode, poster) by a
subprocess timeout and by ``-t`` (it never encodes past the measured duration).

No Django here: the service layer calls these functions with paths and turns
``MediaError.message`` into the job's user-visible error. Callers import the module
they need (``media.probe``, ``media.transcode``); the motion analysis is imported
from :mod:`logbook.video.motion`.
"""
