"""The "forum" part of a member's data export: their threads, posts and outcomes."""

from __future__ import annotations

import json

from .models import Outcome, Post


def export_forum(user) -> dict[str, str]:
    posts = list(
        Post.objects.filter(author=user)
        .select_related("thread__category")
        .order_by("created_at", "pk")
    )
    outcomes = list(Outcome.objects.filter(author=user).select_related("thread"))
    data = {
        "posts": [
            {
                "thread": p.thread.title,
                "thread_id": p.thread_id,
                "category": p.thread.category.name,
                "position": p.position,
                "started_thread": p.position == 1,
                "state": p.state,
                "created_at": p.created_at.isoformat(),
                "edited_at": p.edited_at.isoformat() if p.edited_at else None,
                "deleted_at": p.deleted_at.isoformat() if p.deleted_at else None,
                "body": p.body,
            }
            for p in posts
        ],
        "outcomes": [
            {
                "thread": o.thread.title,
                "conclusion": o.conclusion,
                "created_at": o.created_at.isoformat(),
                "body": o.body,
            }
            for o in outcomes
        ],
    }
    lines = ["# Your forum posts", ""]
    for p in posts:
        heading = "Question" if p.position == 1 else "Reply"
        lines += [f"## {heading} in “{p.thread.title}” — {p.created_at:%Y-%m-%d %H:%M}", ""]
        lines += [p.body, ""]
    for o in outcomes:
        lines += [f"## Outcome update for “{o.thread.title}” ({o.conclusion})", "", o.body, ""]
    return {
        "posts.json": json.dumps(data, indent=2, ensure_ascii=False),
        "posts.md": "\n".join(lines),
    }
