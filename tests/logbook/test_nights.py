"""Night arithmetic, without a database, across daylight-saving changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from logbook import nights

UTC = dt.UTC
LONDON = "Europe/London"
NEW_YORK = "America/New_York"


def local(tz, *args):
    return dt.datetime(*args, tzinfo=ZoneInfo(tz))


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (local(LONDON, 2026, 3, 5, 2, 30), dt.date(2026, 3, 4)),
        (local(LONDON, 2026, 3, 4, 21, 0), dt.date(2026, 3, 4)),
        (local(LONDON, 2026, 3, 5, 11, 59), dt.date(2026, 3, 4)),
        (local(LONDON, 2026, 3, 5, 12, 0), dt.date(2026, 3, 5)),
        (local(LONDON, 2026, 1, 1, 0, 5), dt.date(2025, 12, 31)),
    ],
)
def test_night_of_early_hours_belong_to_previous_evening(instant, expected):
    assert nights.night_of(instant, LONDON) == expected


def test_night_of_uses_the_subjects_zone_not_utc():
    # 12:30 UTC is 13:30 in London (a new day) but 08:30 in New York (still night).
    instant = dt.datetime(2026, 6, 10, 12, 30, tzinfo=UTC)
    assert nights.night_of(instant, LONDON) == dt.date(2026, 6, 10)
    assert nights.night_of(instant, NEW_YORK) == dt.date(2026, 6, 9)


def test_naive_datetime_is_refused():
    with pytest.raises(ValueError):
        nights.night_of(dt.datetime(2026, 1, 1, 2, 0), LONDON)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("tz", "night", "hours"),
    [
        (LONDON, dt.date(2026, 3, 28), 23),  # spring forward: 29 March 01:00 -> 02:00
        (LONDON, dt.date(2026, 10, 24), 25),  # fall back: 25 October 02:00 -> 01:00
        (NEW_YORK, dt.date(2026, 3, 7), 23),  # 8 March 02:00 -> 03:00
        (NEW_YORK, dt.date(2026, 10, 31), 25),  # 1 November 02:00 -> 01:00
        (LONDON, dt.date(2026, 6, 1), 24),
    ],
)
def test_night_bounds_span_23_or_25_hours_across_dst(tz, night, hours):
    start, end = nights.night_bounds(night, tz)
    assert end - start == dt.timedelta(hours=hours)
    assert nights.night_of(start, tz) == night
    assert nights.night_of(end - dt.timedelta(seconds=1), tz) == night
    assert nights.night_of(end, tz) == night + dt.timedelta(days=1)


def test_every_instant_of_a_fall_back_night_belongs_to_it():
    tz = LONDON
    start, end = nights.night_bounds(dt.date(2026, 10, 24), tz)
    instant = start
    while instant < end:
        assert nights.night_of(instant, tz) == dt.date(2026, 10, 24)
        instant += dt.timedelta(minutes=15)


def test_minutes_after_bedtime_counts_real_time_across_spring_forward():
    # Bed 23:30 on 28 March (GMT); clocks jump at 01:00 -> 02:00; jerk at 02:30 BST.
    bedtime = local(LONDON, 2026, 3, 28, 23, 30)
    jerk = local(LONDON, 2026, 3, 29, 2, 30)
    assert nights.minutes_after(bedtime, jerk) == 120  # not 180 on the clock


def test_minutes_after_bedtime_counts_real_time_across_fall_back_in_new_york():
    bedtime = local(NEW_YORK, 2026, 10, 31, 23, 0)
    jerk = dt.datetime(2026, 11, 1, 1, 30, tzinfo=ZoneInfo(NEW_YORK), fold=1)  # second 01:30
    assert nights.minutes_after(bedtime, jerk) == 210


def test_minutes_after_unknown_or_before_bedtime_is_none():
    bedtime = local(LONDON, 2026, 3, 4, 20, 0)
    assert nights.minutes_after(None, bedtime) is None
    assert nights.minutes_after(bedtime, bedtime - dt.timedelta(minutes=5)) is None


def test_local_on_night_puts_early_clock_times_on_the_next_day():
    wake = nights.local_on_night(dt.date(2026, 3, 4), dt.time(6, 45), LONDON)
    assert (wake.date(), wake.hour, wake.minute) == (dt.date(2026, 3, 5), 6, 45)
    bed = nights.local_on_night(dt.date(2026, 3, 4), dt.time(19, 30), LONDON)
    assert bed.date() == dt.date(2026, 3, 4)


def test_local_on_night_moves_a_skipped_time_forward():
    # 01:30 does not exist in London on 29 March 2026.
    instant = nights.local_on_night(dt.date(2026, 3, 28), dt.time(1, 30), LONDON)
    assert instant.astimezone(UTC) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert nights.night_of(instant, LONDON) == dt.date(2026, 3, 28)


def test_age_in_months_and_rolling_mean():
    assert nights.age_in_months(2026, 1, dt.date(2026, 4, 15)) == 3
    assert nights.age_in_months(None, None, dt.date(2026, 4, 15)) is None
    assert nights.age_in_months(2027, 1, dt.date(2026, 4, 15)) == 0
    assert nights.rolling_mean([7, 0, 0, 0, 0, 0, 0, 7], 7) == [
        7.0,
        3.5,
        2.33,
        1.75,
        1.4,
        1.17,
        1.0,
        1.0,
    ]


def test_a_per_night_chart_spans_the_nights_with_data_or_two_weeks():
    from logbook.nights import chart_start

    three_nights = [0] * 85 + [1, 0, 2, 0, 1]
    assert chart_start(three_nights) == 90 - 14  # the last two weeks
    long_run = [0] * 30 + [1] * 60
    assert chart_start(long_run) == 30  # from the first night with an episode
    assert chart_start([0] * 90) == 76  # nothing yet: the last two weeks
    assert chart_start([1, 0, 0]) == 0  # a short range is shown whole
