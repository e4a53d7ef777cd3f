"""Deadline arithmetic for letters and follow-ups. Dates are always given, never read from the clock."""

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=None)
def federal_holidays(year: int) -> frozenset[dt.date]:
    """The days US federal offices close in ``year``, observed dates included (5 U.S.C. 6103).

    Computed by rule for any year by the ``holidays`` library; state holidays are not counted."""
    return frozenset(holidays.US(years=year))


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def add_days(start: dt.date, days: int, business: bool = False) -> dt.date:
    """``days`` calendar days after ``start`` (month ends and leap days by the calendar), or that
    many business days when ``business`` (weekends and US federal holidays skipped)."""
    if days < 0:
        raise ValueError(f"days must not be negative, got {days}")
    if not business:
        return start + dt.timedelta(days=days)
    day, left = start, days
    while left:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            left -= 1
    return day


def parse_day(value: str, field: str) -> dt.date:
    """A full YYYY-MM-DD date, or ValueError naming the field."""
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValueError(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None
