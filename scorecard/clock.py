"""One clock for the whole project, in UTC.

Every "now" and "today" comes from a Clock, so a fetch date, a created_at stamp and the
"is this date in the future?" check always agree, whatever the machine's time zone; tests inject a
``Fixed`` clock instead of reading the calendar.
"""

import datetime as dt
from dataclasses import dataclass


class Clock:
    """The machine's clock, read in UTC."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        """Today in UTC (not the local date: west of UTC the two differ every evening)."""
        return self.now().date()

    def iso(self, timespec: str = "seconds") -> str:
        return self.now().isoformat(timespec=timespec)


@dataclass(frozen=True)
class Fixed(Clock):
    """A clock stopped at ``at`` (naive values are taken as UTC)."""

    at: dt.datetime

    def now(self) -> dt.datetime:
        at = self.at if self.at.tzinfo else self.at.replace(tzinfo=dt.timezone.utc)
        return at.astimezone(dt.timezone.utc)

    @classmethod
    def on(cls, day: dt.date, hour: int = 12) -> "Fixed":
        """A clock at ``hour`` UTC on ``day``."""
        return cls(dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone.utc))


SYSTEM = Clock()


def today(clock: Clock | None = None) -> dt.date:
    """The UTC date from ``clock`` (the system clock by default)."""
    return (clock or SYSTEM).today()


def of(owner) -> Clock:
    """The clock an app object carries (tests set ``owner.scorecard_clock``), else the system clock."""
    return getattr(owner, "scorecard_clock", None) or SYSTEM
