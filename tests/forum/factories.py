"""Forum test data, written through the services (so through moderation)."""

from forum.models import Category
from forum.services import posting

CALM_TITLE = "Baby arms jerking while asleep, is this normal?"
CALM_BODY = (
    "Our daughter is three weeks old. Once she is asleep her arms jerk in little "
    "bursts, and it stops when she wakes. We filmed it for the doctor."
)
HELD_TEXT = "Give him 5 mg of melatonin every night before bed."
URGENT_TEXT = "He stopped breathing and his lips turned blue during the jerks last night."


def category(slug: str = "bed-partners") -> Category:
    return Category.objects.get(slug=slug)


def thread(author, *, title=CALM_TITLE, body=CALM_BODY, slug="newborns-and-babies", **kw):
    return posting.thread_create(
        author=author, category=category(slug), title=title, body=body, enforce_limits=False, **kw
    ).thread


def reply(author, thread, body="We saw the same at four weeks; the videos helped our GP."):
    return posting.post_reply(author=author, thread=thread, body=body, enforce_limits=False).post


def bulk_replies(thread, authors, count: int) -> None:
    """Many published replies at once (bulk_create), then recount the thread."""
    from django.utils import timezone

    from forum.models import Post, PostState, Thread

    thread.refresh_from_db()
    start = thread.post_count + 1
    now = timezone.now()
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=authors[i % len(authors)],
            position=start + i,
            body=f"Reply number {start + i}: our night was calmer after a warm bath.",
            body_html=f"<p>Reply number {start + i}: our night was calmer after a warm bath.</p>",
            state=PostState.PUBLISHED,
            created_at=now,
        )
        for i in range(count)
    )
    Thread.objects.filter(pk=thread.pk).update(post_count=start + count - 1)
    posting.thread_refresh(thread_id=thread.pk)
    thread.refresh_from_db()


def bulk_threads(category, author, count: int) -> None:
    from django.utils import timezone

    from forum.models import PostState, Thread

    now = timezone.now()
    Thread.objects.bulk_create(
        Thread(
            category=category,
            author=author,
            title=f"Bulk thread {i} about leg jerks at night",
            state=PostState.PUBLISHED,
            post_count=1,
            last_poster=author,
            created_at=now,
            last_activity_at=now,
        )
        for i in range(count)
    )
