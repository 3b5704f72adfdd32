"""Demo content for `make run`: a living community from forum/demo_content.json.

Every text goes through the same services (and so the same moderation entry
point) as a member's; only the rate limits are skipped, and dates are moved
into the past afterwards so the threads look lived in. Idempotent.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.demo_content import DEMO_PASSWORD
from accounts.models import User

from .models import Category, Outcome, Post, PostState, Thread
from .services import community, posting

CONTENT = Path(__file__).with_name("demo_content.json")
DEMO_DOMAIN = "demo.hypnic.local"
MODERATOR_HANDLES = {"hypnic_moderator"}


def _demo_users(users: list[dict]) -> dict[str, User]:
    found = {}
    for row in users:
        handle = row["handle"]
        email = f"{handle}@{DEMO_DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=DEMO_PASSWORD, handle=handle, about=row.get("about", "")
            )
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if handle in MODERATOR_HANDLES:
            user.groups.add(Group.objects.get(name="Moderator"))
        found[handle] = user
    return found


def _backdate(post: Post, when) -> None:
    Post.objects.filter(pk=post.pk).update(created_at=when)


def seed_forum(write) -> None:
    data = json.loads(CONTENT.read_text(encoding="utf-8"))
    users = _demo_users(data["users"])
    categories = {c.slug: c for c in Category.objects.all()}
    now = timezone.now()
    created = 0
    for row in data["threads"]:
        author = users[row["author"]]
        if Thread.objects.filter(author=author, title=row["title"]).exists():
            continue
        started = now - timedelta(days=row["days_ago"])
        result = posting.thread_create(
            author=author,
            category=categories[row["category"]],
            title=row["title"],
            body=row["body"],
            is_question=row["is_question"],
            enforce_limits=False,
        )
        thread = result.thread
        _backdate(result.post, started)
        Thread.objects.filter(pk=thread.pk).update(created_at=started)
        replies = []
        for reply in row["replies"]:
            res = posting.post_reply(
                author=users[reply["author"]],
                thread=thread,
                body=reply["body"],
                enforce_limits=False,
            )
            when = min(now, started + timedelta(hours=reply["hours_after"]))
            _backdate(res.post, when)
            replies.append((res.post, reply.get("reactions", {})))
        for post, reactions in replies:
            if post.state != PostState.PUBLISHED:
                continue
            for kind, handles in reactions.items():
                for handle in handles:
                    if users[handle].pk != post.author_id:
                        community.reaction_toggle(user=users[handle], post=post, kind=kind)
        if row.get("outcome"):
            outcome = row["outcome"]
            posting.outcome_save(
                author=author, thread=thread, conclusion=outcome["conclusion"], body=outcome["text"]
            )
            Outcome.objects.filter(thread=thread).update(
                created_at=min(now, started + timedelta(days=outcome["days_after"]))
            )
        # Reminders belong to new questions, not to the demo's history.
        Thread.objects.filter(pk=thread.pk).update(outcome_reminder_sent_at=now)
        posting.thread_refresh(thread_id=thread.pk)
        created += 1
    write(f"  forum: {created} demo threads added ({Thread.objects.count()} in all)")
