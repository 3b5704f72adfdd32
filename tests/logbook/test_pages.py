"""Logbook pages: content, and query counts that do not grow with the log."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from logbook import nights, services
from logbook.choices import Role
from logbook.models import Episode
from logbook.reporting import render_pdf  # noqa: F401 - imported so a broken import fails here

from .factories import EpisodeFactory


def bulk_episodes(subject, author, count, *, days=60, **fields):
    # Anchored at 23:30 last night in the subject's zone, so every episode falls in the
    # evening of its own day whatever the time the test runs (from "now", the runs between
    # 14:00 and 14:50 put a day's episodes on both sides of the noon boundary of a night).
    zone = ZoneInfo(subject.time_zone)
    anchor = timezone.localtime(timezone.now(), zone).replace(
        hour=23, minute=30, second=0, microsecond=0
    ) - dt.timedelta(days=1)
    rows = []
    for i in range(count):
        started = anchor - dt.timedelta(days=i % days, hours=2, minutes=i % 50)
        rows.append(
            Episode(
                subject=subject,
                started_at=started,
                night_of=nights.night_of(started, subject.time_zone),
                duration_seconds=5 + i % 40,
                sleep_state="asleep",
                body_parts=["arms", "legs"] if i % 2 else ["hands"],
                stopped_when_woken="yes",
                created_by=author,
                updated_by=author,
                **fields,
            )
        )
    Episode.objects.bulk_create(rows)


def url(name, subject, **kwargs):
    return reverse(f"logbook:{name}", kwargs={"subject_id": subject.pk, **kwargs})


# session, user, subject with the member's role (3), then the page's own reads
PAGE_QUERIES = {
    "timeline": 9,  # + flags aggregate, night count, night page, episodes, nights, undo banner
    "charts": 6,  # + totals with conditional counts, per night, per hour
    "report": 10,  # + the same three, earlier entries ("anything new"), notable, medicines, videos
    "calendar": 4,  # + counts per night of the year
}


@pytest.mark.parametrize("name", sorted(PAGE_QUERIES))
def test_page_query_count_is_constant(client, subject, owner, django_assert_num_queries, name):
    client.force_login(owner)
    client.get(url(name, subject))  # warm the session
    from django.core.cache import cache

    bulk_episodes(subject, owner, 5)
    cache.clear()
    client.force_login(owner)
    with django_assert_num_queries(PAGE_QUERIES[name]):
        small = client.get(url(name, subject))
    bulk_episodes(subject, owner, 400, days=200)
    cache.clear()
    client.force_login(owner)
    with django_assert_num_queries(PAGE_QUERIES[name]):
        large = client.get(url(name, subject))
    assert small.status_code == large.status_code == 200


def test_timeline_groups_by_night_with_minutes_after_bedtime(client, subject, owner):
    tz = subject.time_zone
    night = timezone.localdate() - dt.timedelta(days=3)
    bedtime = nights.local_on_night(night, dt.time(19, 30), tz)
    services.night_set(subject=subject, user=owner, night_of=night, bedtime=bedtime, wake_time=None)
    services.episode_create(
        subject=subject,
        user=owner,
        started_at=nights.local_on_night(night, dt.time(2, 30), tz),
        body_parts=["legs"],
        sleep_state="asleep",
    )
    client.force_login(owner)
    response = client.get(url("timeline", subject))
    body = response.content.decode()
    assert f"Night of {night:%A} {night.day} {night:%B %Y}" in body
    assert "02:30" in body
    assert "420 min after falling asleep" in body
    assert "Legs" in body
    assert subject.display_name in body


def test_timeline_filters_in_sql(client, subject, owner):
    EpisodeFactory(subject=subject, body_parts=["face"], sleep_state="awake", notes="face one")
    EpisodeFactory(subject=subject, body_parts=["legs"], sleep_state="asleep", notes="leg one")
    client.force_login(owner)
    body = client.get(url("timeline", subject), {"body_part": "face"}).content.decode()
    assert "face one" in body
    assert "leg one" not in body
    body = client.get(url("timeline", subject), {"sleep_state": "asleep"}).content.decode()
    assert "leg one" in body
    assert "face one" not in body


def test_timeline_says_when_log_holds_reasons_to_see_a_doctor(client, subject, owner, viewer):
    EpisodeFactory(subject=subject, sleep_state="awake")
    EpisodeFactory(subject=subject, signs=["breathing_pause"])
    client.force_login(viewer)
    body = client.get(url("timeline", subject)).content.decode()
    assert 'data-testid="red-flags"' in body
    assert 'data-flag="awake"' in body
    assert 'data-flag="breathing_pause"' in body
    assert "/articles/when-to-see-a-doctor/" in body
    assert "not a diagnosis" in body


def test_benign_log_has_no_red_flag_box(client, subject, owner):
    EpisodeFactory(subject=subject)
    client.force_login(owner)
    assert b"red-flags" not in client.get(url("timeline", subject)).content


def test_index_lists_logbooks_with_one_tap_buttons(client, subject, owner, viewer):
    client.force_login(owner)
    body = client.get(reverse("logbook:index")).content.decode()
    assert subject.display_name in body
    assert f'data-testid="quick-log-{subject.pk}"' in body
    client.force_login(viewer)
    body = client.get(reverse("logbook:index")).content.decode()
    assert subject.display_name in body
    assert "quick-log-" not in body  # a viewer does not log


def test_index_requires_login(client):
    response = client.get(reverse("logbook:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_charts_page_feeds_json_and_text_alternatives(client, subject, owner):
    bulk_episodes(subject, owner, 30, days=10)
    client.force_login(owner)
    response = client.get(url("charts", subject))
    body = response.content.decode()
    assert 'id="logbook-chart-data" type="application/json"' in body
    assert "chart.umd.min.js" in body
    assert "30 episodes on 10 of 90 nights." in body
    assert response.context["stats"]["part"]["hands"] == 15
    assert "<script>" not in body  # no inline executable script (CSP)


def test_charts_cards_pair_each_canvas_with_its_table(client, subject, owner):
    bulk_episodes(subject, owner, 30, days=10)
    client.force_login(owner)
    body = client.get(url("charts", subject)).content.decode()
    for chart, heading in [
        ("chart-per-hour", "Time of night"),
        ("chart-parts", "Body parts"),
        ("chart-durations", "Durations"),
    ]:
        card = body.split(f'aria-labelledby="{chart}-heading"')[1].split("</section>")[0]
        assert f'<h2 class="h5" id="{chart}-heading">{heading}</h2>' in card
        assert f'<canvas id="{chart}" role="img"' in card
        assert "<table" in card
        assert "<td>" in card
    parts = body.split('data-testid="parts-table"')[1].split("</table>")[0]
    assert "<td>15</td>" in parts  # 15 of the 30 are hands only
    durations = body.split('aria-labelledby="chart-durations-heading"')[1].split("</section>")[0]
    assert "Typical (median) duration:" in durations


def test_calendar_heat_map_counts_per_night(client, subject, owner):
    bulk_episodes(subject, owner, 6, days=2)
    client.force_login(owner)
    response = client.get(url("calendar", subject), {"year": timezone.localdate().year})
    assert response.status_code == 200
    assert "6 episodes on 2 nights." in response.content.decode() or response.context["total"] in (
        3,
        6,
    )


def test_report_html_and_pdf_hold_the_figures(client, subject, owner):
    bulk_episodes(subject, owner, 12, days=6)
    EpisodeFactory(subject=subject, sleep_state="awake", filmed=True)
    services.medicine_create(
        subject=subject,
        user=owner,
        date=timezone.localdate() - dt.timedelta(days=2),
        name="Iron drops",
        change="started",
    )
    client.force_login(owner)
    html = client.get(url("report", subject)).content.decode()
    assert 'data-testid="fig-episodes">\n                    13' in html
    assert "Iron drops" in html
    assert 'data-flag="awake"' in html
    assert "data:image/svg+xml;base64," in html
    response = client.get(url("report_pdf", subject))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Episode log:" in text
    assert subject.display_name in text
    assert "13" in text
    assert "Iron drops" in text
    assert "Worth telling a doctor about" in text
    assert "Filmed" in text


def test_report_counts_lines_list_each_label_or_say_none(client, subject, owner):
    """The sleep-state, body-part, sign and trigger lines of the report (one include)."""
    bulk_episodes(subject, owner, 4, days=3)
    EpisodeFactory(subject=subject, sleep_state="awake", filmed=True)
    client.force_login(owner)
    html = " ".join(client.get(url("report", subject)).content.decode().split())
    assert "<strong>Sleep state:</strong> Asleep 4, Awake 1 </p>" in html
    # most often first; the factory's episode adds its own arm
    assert "<strong>Body parts:</strong> Arms 3, Hands 2, Legs 2 </p>" in html
    assert "<strong>Other signs:</strong> none recorded </p>" in html
    assert "<strong>Possible triggers noted:</strong> none recorded </p>" in html


def test_report_rejects_an_inverted_range(client, subject, owner):
    from logbook.forms import RANGE_ORDER_MESSAGE

    client.force_login(owner)
    response = client.get(url("report", subject), {"start": "2026-02-01", "end": "2026-01-01"})
    assert str(RANGE_ORDER_MESSAGE) in response.content.decode()


def test_csv_export_excludes_deleted_and_neutralises_formulas(client, subject, owner):
    keep = EpisodeFactory(subject=subject, notes="=HYPERLINK(1)")
    gone = EpisodeFactory(subject=subject, notes="deleted one")
    services.episode_delete(episode=gone, user=owner)
    client.force_login(owner)
    body = client.get(url("export_csv", subject)).content.decode()
    assert body.splitlines()[0].startswith("started_at,night_of,duration_seconds")
    assert "'=HYPERLINK(1)" in body
    assert "deleted one" not in body
    assert keep.night_of.isoformat() in body


def test_describe_is_anonymous(client, subject, owner):
    subject.display_name = "Zebedee"
    subject.save(update_fields=["display_name"])
    bulk_episodes(subject, owner, 8, days=4)
    client.force_login(owner)
    response = client.get(url("describe", subject))
    text = response.context["text"]
    assert "8 episodes on 4 nights" in text
    assert "Zebedee" not in text
    assert "2025" not in text
    assert str(timezone.localdate().year) not in text
    assert response.context["ask_url"].startswith("/forum/ask/?body=")


@pytest.mark.parametrize("role", [Role.OWNER, Role.CAREGIVER])
def test_members_page_shows_handles_not_emails_to_non_owners(
    client, subject, owner, viewer, role, caregiver
):
    client.force_login(owner if role == Role.OWNER else caregiver)
    body = client.get(url("members", subject)).content.decode()
    assert viewer.handle in body
    assert viewer.email not in body
