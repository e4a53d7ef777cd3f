"""Partial dates (``2020``, ``2020-02``, ``2020-02-19``) as the scorecard compares them.

Statements are often known only to the month or year. Rule 2 compares them by their earliest
day, with the more precise date winning a tie; staleness counts from the period's last day.
"""

import calendar
import datetime as dt
import re

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


class BadDate(ValueError):
    pass


def parse_partial(value: str, today: dt.date | None = None) -> tuple[dt.date, dt.date, int]:
    """Return (first day, last day, precision 1-3) of a partial ISO date, or raise BadDate."""
    text = (value or "").strip()
    m = _PARTIAL.match(text)
    if not m:
        raise BadDate(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    if year < 1900:
        raise BadDate(f"{value!r} is before 1900")
    try:
        if day is not None:
            first = last = dt.date(year, int(month), int(day))
            precision = 3
        elif month is not None:
            mon = int(month)
            first = dt.date(year, mon, 1)
            last = dt.date(year, mon, calendar.monthrange(year, mon)[1])
            precision = 2
        else:
            first, last, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), 1
    except ValueError:
        raise BadDate(f"{value!r} is not a real calendar date") from None
    if today is not None and first > today:
        raise BadDate(f"{value!r} is in the future")
    return first, last, precision


def describe(value: str) -> str:
    """'on 2020-02-19', 'in February 2020' or 'in 2020': how a reason sentence says the date."""
    first, _, precision = parse_partial(value)
    if precision == 3:
        return f"on {first.isoformat()}"
    if precision == 2:
        return f"in {calendar.month_name[first.month]} {first.year}"
    return f"in {first.year}"


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def month_names(month: int) -> set[str]:
    """Every spelling ``month_number`` reads as this month, lower case ("sept", "sep", "september")."""
    return {name for name, i in _MONTHS.items() if i == month}


def month_number(name: str) -> int | None:
    """1-12 for an English month name or its abbreviation ("Sept.", "sep", "September")."""
    return _MONTHS.get((name or "").lower().rstrip("."))


def iso_day(year: int, month: int, day: int, today: dt.date | None = None) -> str | None:
    """YYYY-MM-DD for a real calendar day (not after today, when given), else None."""
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if today is None or found <= today else None
