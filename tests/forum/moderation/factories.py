"""Moderation test data: held posts through the forum services, trusted members."""

from django.utils import timezone

from forum.models import Post, PostState, Thread
from tests.forum import factories as forum_factories

DOSE_REPLY = "give him 0.5 mg of clonazepam before bed"
CONTACT_REPLY = "Write to me at helpful.mum@example.com and I will tell you what worked."
URGENT_REPLY = "My son is not breathing properly and his lips are blue, he won't wake up."


def held_reply(author, thread, body=DOSE_REPLY) -> Post:
    post = forum_factories.reply(author, thread, body)
    assert post.state == PostState.HELD, post.moderation_reasons
    return post


def published_posts(author, thread: Thread, count: int) -> None:
    """`count` published posts by `author` (bulk), e.g. to raise a trust level."""
    thread.refresh_from_db()
    start = thread.post_count + 1
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=author,
            position=start + i,
            body=f"Our story, part {i}: the jerks eased after a regular bedtime.",
            body_html="<p>Our story.</p>",
            state=PostState.PUBLISHED,
            created_at=timezone.now(),
        )
        for i in range(count)
    )
    Thread.objects.filter(pk=thread.pk).update(post_count=start + count - 1)
    thread.refresh_from_db()
