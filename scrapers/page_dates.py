"""How precisely a page states its own date: a day, a month or a year, never more than it says.

htmldate always answers with a whole day. When the page gives less it fills the gap: ``2021-03`` or
``03/2021`` becomes the first of the month, and a value that dateutil reads (``2021/03``) takes the
day, even the month, from the machine's clock. So a date htmldate finds is kept only as far as the
markup or the URL states it, in one of the forms read here (numeric, or an English month name);
a form not read here costs precision, never adds a day the page did not state.
"""

import datetime as dt
import html
import re

from scorecard.dates import BadDate, month_names, parse_partial

_SUFFIX = r"(?:st|nd|rd|th)?"
_URL_MONTH = re.compile(r"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])(?:/|$)")


def _number(n: int) -> str:
    """A month or day as digits, its leading zero optional."""
    return f"0?{n}" if n < 10 else str(n)


def _month_names(month: int) -> str:
    """The month's names as scorecard.dates reads them (matched case-blind), longest first."""
    return "(?:" + "|".join(sorted(month_names(month), key=len, reverse=True)) + r")\.?"


def _stated(pattern: str, text: str) -> bool:
    return re.search(rf"(?<![0-9]){pattern}(?![0-9])", text, re.I) is not None


def day_is_stated(day: dt.date, text: str) -> bool:
    """The text writes this day: 2021-03-14, 2021/03/14, 20210314, 14.03.2021, 3/14/21, March 14th, 2021,
    14 March 2021, 14-Mar-2021."""
    y, yy, m, d = str(day.year), f"{day.year % 100:02d}", _number(day.month), _number(day.day)
    name = _month_names(day.month)
    return any(_stated(p, text) for p in (
        rf"{y}[-/._]{m}[-/._]{d}", rf"{y}{day.month:02d}{day.day:02d}",
        rf"{d}[-/.]{m}[-/.](?:{y}|{yy})", rf"{m}[-/.]{d}[-/.](?:{y}|{yy})",
        rf"{name}[\s-]+{d}{_SUFFIX},?[\s-]+{y}", rf"{d}{_SUFFIX}[\s-]+(?:of\s+)?{name},?[\s-]+{y}"))


def month_is_stated(day: dt.date, text: str) -> bool:
    """The text writes this day's month and year: 2021-03, 03/2021, March 2021, 2021 March."""
    y, m, name = str(day.year), _number(day.month), _month_names(day.month)
    return any(_stated(p, text) for p in (rf"{y}[-/._]{m}", rf"{m}[-/.]{y}", rf"{name},?\s+{y}", rf"{y}\s+{name}"))


def near_year(text: str, year: int, reach: int = 40) -> str:
    """The parts of ``text`` around each place its year's last two digits occur (every form read here
    writes them), so the patterns run over a few hundred characters, not the whole page."""
    yy, spans = f"{year % 100:02d}", []
    at = text.find(yy)
    while at != -1:
        low, high = max(0, at - reach), at + reach
        if spans and low <= spans[-1][1]:
            spans[-1][1] = high
        else:
            spans.append([low, high])
        at = text.find(yy, at + 1)
    return "\x00".join(text[low:high] for low, high in spans)  # a separator no pattern reads across


def as_stated(found: str, markup: str, url: str) -> str | None:
    """htmldate's YYYY-MM-DD cut to what the markup or URL states: the day, else YYYY-MM, else YYYY,
    else None (a date the page states in no form read here)."""
    day = dt.date.fromisoformat(found)
    text = near_year(html.unescape(markup) + "\n" + url, day.year)
    if day_is_stated(day, text):
        return found
    if month_is_stated(day, text):
        return found[:7]
    return found[:4] if _stated(str(day.year), text) else None


def url_month(url: str, today: dt.date) -> str | None:
    """YYYY-MM from a path such as /2021/03/ (htmldate reads a URL's date only with its day)."""
    m = _URL_MONTH.search(url.split("?", 1)[0])
    return f"{m[1]}-{m[2]}" if m and not_after(f"{m[1]}-{m[2]}", today) else None


def not_after(partial: str, today: dt.date) -> bool:
    """A partial date whose earliest day is not after today (a month that has begun has been stated)."""
    try:
        parse_partial(partial, today=today)
    except BadDate:
        return False
    return True


def finer(first: str | None, later: str | None) -> str | None:
    """``later`` when it is more precise than ``first`` and inside its period (or ``first`` is None)."""
    if later and (first is None or (len(later) > len(first) and later.startswith(first))):
        return later
    return first
