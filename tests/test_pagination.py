"""Every paginated page uses the one pagination partial (templates/_pagination.html).

Each case seeds three pages (the page size set to one item), opens the middle page
and reads the control: a nav named for screen readers, the current page marked
with aria-current, and previous/next links that keep the page's other parameters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.notification_models import Notification
from accounts.notifications import selectors as notification_selectors
from articles.views import public as article_views
from forum import search as forum_search
from forum import selectors as forum_selectors
from forum.moderation import selectors as moderation_selectors
from forum.moderation.models import AuditLog
from logbook.models import Role
from logbook.selectors import timeline as timeline_selectors
from tests.articles.factories import PublishedArticleFactory
from tests.conftest import staff_client
from tests.factories import UserFactory
from tests.forum import factories as forum_factories
from tests.forum.moderation.factories import held_reply
from tests.logbook.factories import EpisodeFactory, MembershipFactory, SubjectFactory

NAV = re.compile(
    r'<nav aria-label="(?P<label>[^"]+)" class="mt-3" data-testid="pagination">(?P<body>.*?)</nav>',
    re.S,
)

pytestmark = pytest.mark.django_db


@dataclass
class Paged:
    client: object
    url: str
    label: str = "Pages"
    query: str = ""  # the page's other parameters, kept by the links


def _notifications(client, monkeypatch):
    monkeypatch.setattr(notification_selectors, "PAGE_SIZE", 1)
    user = UserFactory()
    for i in range(3):
        Notification.objects.create(user=user, kind="reply", title=f"Reply {i}", url="/forum/")
    client.force_login(user)
    return Paged(client, reverse("notifications:inbox"))


def _articles(client, monkeypatch):
    monkeypatch.setattr(article_views, "ARTICLES_PER_PAGE", 1)
    for i in range(3):
        PublishedArticleFactory(tags=["babies"], title=f"Baby jerks, part {i}")
    return Paged(client, reverse("articles:index") + "?tag=babies", query="tag=babies")


def _category(client, monkeypatch):
    monkeypatch.setattr(forum_selectors, "THREADS_PER_PAGE", 1)
    for i in range(3):  # one asker each: the same text twice from one member is held
        forum_factories.thread(
            UserFactory(), slug="children", title=f"Toddler jerks at bedtime, night {i}"
        )
    return Paged(client, reverse("forum:category", args=["children"]))


def _thread(client, monkeypatch):
    monkeypatch.setattr(forum_selectors, "POSTS_PER_PAGE", 1)
    asker = UserFactory()
    thread = forum_factories.thread(asker)
    forum_factories.bulk_replies(thread, [UserFactory()], 2)
    return Paged(client, reverse("forum:thread", args=[thread.pk]), label="Pages of this thread")


def _search(client, monkeypatch):
    monkeypatch.setattr(forum_search, "PAGE_SIZE", 1)
    for i in range(3):  # one asker each: the same text twice from one member is held
        forum_factories.thread(UserFactory(), title=f"Hiccups and jerks while asleep, week {i}")
    category = "newborns-and-babies"
    return Paged(
        client,
        reverse("search") + f"?q=hiccups&category={category}",
        label="Pages of results",
        query=f"q=hiccups&category={category}",
    )


def _timeline(client, monkeypatch):
    monkeypatch.setattr(timeline_selectors, "NIGHTS_PER_PAGE", 1)
    owner = UserFactory()
    subject = SubjectFactory(created_by=owner)
    MembershipFactory(subject=subject, user=owner, role=Role.OWNER)
    for days in (1, 3, 5):
        EpisodeFactory(subject=subject, started_at=timezone.now() - dt.timedelta(days=days))
    client.force_login(owner)
    return Paged(client, reverse("logbook:timeline", args=[subject.pk]), label="Pages of nights")


def _queue(client, monkeypatch):
    monkeypatch.setattr(moderation_selectors, "QUEUE_PER_PAGE", 1)
    thread = forum_factories.thread(UserFactory())
    for _ in range(3):
        held_reply(UserFactory(), thread)
    return Paged(staff_client(UserFactory(groups=["Moderator"])), reverse("moderation:queue"))


def _audit(client, monkeypatch):
    monkeypatch.setattr(moderation_selectors, "AUDIT_PER_PAGE", 1)
    AuditLog.objects.bulk_create(
        AuditLog(action="approve", target_type="post", target_id=i) for i in range(3)
    )
    return Paged(staff_client(UserFactory(groups=["Moderator"])), reverse("moderation:audit"))


@pytest.mark.parametrize(
    "seed",
    [_notifications, _articles, _category, _thread, _search, _timeline, _queue, _audit],
    ids=lambda f: f.__name__.strip("_"),
)
def test_each_paginated_page_renders_the_one_partial(client, monkeypatch, seed):
    paged = seed(client, monkeypatch)
    separator = "&" if "?" in paged.url else "?"
    html = paged.client.get(f"{paged.url}{separator}page=2").content.decode()
    navs = NAV.findall(html)
    assert navs, "no pagination control"
    for label, body in navs:
        assert unescape(label) == paged.label
        assert re.search(
            r'<li class="page-item active" aria-current="page">\s*'
            r'<span class="page-link">Page 2 of 3</span>',
            body,
        )
        hrefs = [unescape(h) for h in re.findall(r'href="([^"]+)"', body)]
        prefix = f"?{paged.query}&" if paged.query else "?"
        assert hrefs == [f"{prefix}page=1", f"{prefix}page=3"]
    assert html.count('aria-current="page"><span') <= len(navs)


def test_far_pages_get_first_and_last_links(client, monkeypatch):
    monkeypatch.setattr(forum_selectors, "POSTS_PER_PAGE", 1)
    thread = forum_factories.thread(UserFactory())
    forum_factories.bulk_replies(thread, [UserFactory()], 4)
    html = client.get(reverse("forum:thread", args=[thread.pk]) + "?page=3").content.decode()
    _label, body = NAV.findall(html)[0]
    links = re.findall(r'href="\?page=(\d+)"[^>]*>([^<]+)</a>', body)
    assert links == [("1", "First"), ("2", "Previous"), ("4", "Next"), ("5", "Last")]
    assert "Page 3 of 5" in body


def test_a_single_page_shows_no_control(client):
    thread = forum_factories.thread(UserFactory())
    html = client.get(reverse("forum:thread", args=[thread.pk])).content.decode()
    assert 'data-testid="pagination"' not in html
