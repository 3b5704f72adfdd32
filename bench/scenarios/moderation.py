"""Moderation for `make bench`: the public community guidelines page.

The review queue needs a moderator with MFA; making the shared bench user a
moderator would change what every forum page shows it (moderators see held
posts), so the queue's cost is pinned by query-count tests instead
(tests/forum/moderation/test_queue.py) and the engine's speed by
forum.moderation.bench (a job benchmark in the same run).
"""

from __future__ import annotations

from bench.harness import Page


def seed(bench_user) -> list[Page]:
    return [Page("community guidelines", "/community-guidelines/")]
