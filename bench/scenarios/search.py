"""Search at scale: the forum grows to 100,000 posts with a varied vocabulary.

Idempotent (counts the posts first). The posts go into threads of 20 in the
bench forum's category, with bodies drawn from a few hundred words, so a search
matches a realistic share of them (not every post, not none). Measured: three
searches of two or three words, anonymous.
"""

from __future__ import annotations

import random

from bench.harness import Page

TARGET_POSTS = 100_000
PER_THREAD = 20
CATEGORY = "living-with-it"
TITLE_PREFIX = "Bench search thread"
QUERIES = ["caffeine bedtime", "arm jerks toddler", "paediatrician video sleep"]
VOCABULARY = (
    "sleep night bedtime nap asleep awake jerk jerks twitch twitching arm arms leg legs "
    "foot hand shoulder baby toddler child son daughter partner husband wife doctor "
    "paediatrician neurologist gp video filmed phone log logbook episode episodes cluster "
    "seconds minutes hour hours tired overtired stress caffeine coffee tea bath warm "
    "routine calm calmer worse better stopped started again every often sometimes rarely "
    "benign myoclonus epilepsy seizure eeg study hospital appointment referral advice "
    "worried scared relieved normal common harmless fine settle settled grew outgrew "
    "months weeks years old newborn school holiday travel jetlag fever cold illness "
    "medicine melatonin magnesium iron ferritin blood test results waiting list "
    "startle startles falling drop kick kicks shake shakes shaking wake woke waking "
    "deep light stage dream dreams restless quiet still movement movements body"
)
WORDS = VOCABULARY.split()


def _body(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = rng.choices(WORDS, k=rng.randint(8, 16))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def seed(bench_user) -> list[Page]:
    from datetime import timedelta

    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.html import escape

    from bench.scenarios.forum import _authors
    from forum.models import Category, Post, PostState, Thread
    from forum.services.versions import category_bump

    missing = TARGET_POSTS - Post.objects.count()
    if missing > 0:
        rng = random.Random(100_000)
        category = Category.objects.get(slug=CATEGORY)
        authors = _authors()
        now = timezone.now() - timedelta(days=30)
        threads = -(-missing // PER_THREAD)
        with transaction.atomic():
            created = Thread.objects.bulk_create(
                [
                    Thread(
                        category=category,
                        author=authors[i % len(authors)],
                        title=f"{TITLE_PREFIX} {i}: {' '.join(rng.choices(WORDS, k=5))}",
                        state=PostState.PUBLISHED,
                        post_count=PER_THREAD,
                        reply_count=PER_THREAD - 1,
                        last_poster=authors[(i + 1) % len(authors)],
                        created_at=now - timedelta(hours=i),
                        last_activity_at=now - timedelta(hours=i),
                    )
                    for i in range(threads)
                ],
                batch_size=1000,
            )
            rows = []
            for thread in created:
                for position in range(1, PER_THREAD + 1):
                    if len(rows) + 1 > missing:
                        break
                    body = _body(rng)
                    rows.append(
                        Post(
                            thread=thread,
                            author=authors[(thread.pk + position) % len(authors)],
                            position=position,
                            body=body,
                            # Plain paragraphs: what the Markdown renderer makes of them.
                            body_html=f"<p>{escape(body)}</p>",
                            state=PostState.PUBLISHED,
                            created_at=thread.created_at + timedelta(minutes=position),
                        )
                    )
            Post.objects.bulk_create(rows, batch_size=5000)
            # The category's cached pages list the new threads from now on.
            category_bump(category_id=category.pk)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE forum_thread")
            cursor.execute("ANALYZE forum_post")
    pages = [Page(f"search: {query}", "/search/?q=" + query.replace(" ", "+")) for query in QUERIES]
    # Results are cached per search text until the forum or the articles change
    # (forum.caching.search_lookup). This page pays for a whole search every time: the
    # same query plus the exclusion of a word no post has, new on every request, gives
    # the same hits under a text never asked before.
    fresh = QUERIES[0].replace(" ", "+")
    member = Page(f"search: {QUERIES[0]} (member)", pages[0].path, login=True)
    return [*pages, member, Page("search (uncached)", f"/search/?q={fresh}+-zq{{n}}")]
