"""Partial and written-out dates, as scrapers and importers read them."""

import datetime as dt

from scorecard.dates import iso_day, month_number, parse_partial

TODAY = dt.date(2026, 11, 26)


def test_month_names_and_abbreviations_read_the_same():
    assert [month_number(n) for n in ("September", "sept.", "Sep", "sep", "Smarch")] == [9, 9, 9, 9, None]


def test_iso_day_refuses_impossible_and_future_days():
    assert iso_day(2024, 2, 29) == "2024-02-29"
    assert iso_day(2023, 2, 29) is None
    assert iso_day(2027, 1, 1, today=TODAY) is None


def test_partial_date_gives_its_first_and_last_day_and_precision():
    assert parse_partial("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29), 2)
