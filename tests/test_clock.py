"""One clock, in UTC: the "today" every check uses is the UTC date of the same instant as "now"."""

import datetime as dt

from scorecard import clock
from scorecard.clock import Fixed

UTC = dt.timezone.utc


def test_fixed_clock_gives_the_utc_day_even_when_local_time_is_still_the_day_before():
    pacific_evening = dt.datetime(2026, 11, 26, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8)))
    c = Fixed(pacific_evening)
    assert (c.now(), c.today()) == (dt.datetime(2026, 11, 27, 7, 30, tzinfo=UTC), dt.date(2026, 11, 27))


def test_naive_fixed_time_is_taken_as_utc():
    assert Fixed(dt.datetime(2026, 11, 26, 12)).iso() == "2026-11-26T12:00:00+00:00"


def test_fixed_on_a_day_is_noon_utc():
    assert Fixed.on(dt.date(2026, 2, 28)).now() == dt.datetime(2026, 2, 28, 12, tzinfo=UTC)


def test_system_clock_reads_utc():
    assert clock.SYSTEM.now().utcoffset() == dt.timedelta(0)


def test_an_app_without_its_own_clock_uses_the_system_clock_and_one_with_a_clock_uses_it():
    class App:
        pass
    app = App()
    assert clock.of(app) is clock.SYSTEM
    app.scorecard_clock = Fixed.on(dt.date(2026, 11, 26))
    assert clock.of(app).today() == dt.date(2026, 11, 26)
