"""Deadline arithmetic for letters and follow-ups. Dates are always given, never read from the clock."""

import datetime as dt


def add_days(start: dt.date, days: int, business: bool = False) -> dt.date:
    """``days`` calendar days after ``start`` (month ends and leap days by the calendar), or that
    many weekdays when ``business`` (Saturdays and Sundays skipped; holidays are not known)."""
    if days < 0:
        raise ValueError(f"days must not be negative, got {days}")
    if not business:
        return start + dt.timedelta(days=days)
    day, left = start, days
    while left:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def parse_day(value: str, field: str) -> dt.date:
    """A full YYYY-MM-DD date, or ValueError naming the field."""
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValueError(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None
