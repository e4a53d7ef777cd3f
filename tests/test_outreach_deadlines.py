"""Deadlines across month ends, leap days, weekends and federal holidays; dates are always given, never the clock."""

import datetime as dt

import pytest

from scorecard.outreach.deadlines import add_days, federal_holidays, parse_day

D = dt.date


@pytest.mark.parametrize("start, days, due", [
    (D(2024, 1, 31), 1, D(2024, 2, 1)),      # month end
    (D(2024, 2, 28), 1, D(2024, 2, 29)),     # leap day exists in 2024
    (D(2023, 2, 28), 1, D(2023, 3, 1)),      # and not in 2023
    (D(2024, 2, 9), 20, D(2024, 2, 29)),     # lands on the leap day
    (D(2023, 2, 9), 20, D(2023, 3, 1)),
    (D(2024, 1, 31), 30, D(2024, 3, 1)),     # across a leap February
    (D(2025, 12, 20), 20, D(2026, 1, 9)),    # across the year end
    (D(2100, 2, 28), 1, D(2100, 3, 1)),      # 2100 is not a leap year
    (D(2000, 2, 28), 1, D(2000, 2, 29)),     # 2000 is
])
def test_calendar_days_follow_the_calendar(start, days, due):
    assert add_days(start, days) == due


@pytest.mark.parametrize("start, days, due", [
    (D(2024, 2, 23), 5, D(2024, 3, 1)),      # Friday + 5 weekdays, over the leap day
    (D(2026, 1, 30), 1, D(2026, 2, 2)),      # Friday to Monday across a month end
    (D(2027, 3, 5), 10, D(2027, 3, 19)),     # two weeks with no holiday in them
])
def test_business_days_skip_weekends(start, days, due):
    assert add_days(start, days, business=True) == due


@pytest.mark.parametrize("start, days, due", [
    (D(2026, 11, 25), 2, D(2026, 11, 30)),   # Wednesday before Thanksgiving: Thursday is skipped
    (D(2022, 12, 23), 1, D(2022, 12, 27)),   # Christmas on a Sunday is observed on Monday the 26th
    (D(2026, 7, 2), 1, D(2026, 7, 6)),       # July 4 on a Saturday is observed on Friday the 3rd
    (D(2026, 12, 31), 10, D(2027, 1, 15)),   # New Year's Day 2027 falls on a Friday
    (D(2100, 12, 23), 1, D(2100, 12, 27)),   # far ahead: Christmas 2100 is a Saturday, off on the 24th
    (D(2100, 12, 23), 5, D(2101, 1, 3)),     # and New Year's 2101 is observed on Friday 31 December 2100
])
def test_business_days_skip_us_federal_holidays_as_observed(start, days, due):
    assert add_days(start, days, business=True) == due


def test_the_weekdays_federal_offices_close_in_2027_follow_the_statutory_rules():
    closed = sorted(d for d in federal_holidays(2027) if d.weekday() < 5)
    assert closed == [
        D(2027, 1, 1),    # New Year's Day, a Friday
        D(2027, 1, 18),   # Martin Luther King Jr. Day, third Monday of January
        D(2027, 2, 15),   # Washington's Birthday, third Monday of February
        D(2027, 5, 31),   # Memorial Day, last Monday of May
        D(2027, 6, 18),   # Juneteenth on a Saturday, observed Friday
        D(2027, 7, 5),    # Independence Day on a Sunday, observed Monday
        D(2027, 9, 6),    # Labor Day, first Monday of September
        D(2027, 10, 11),  # Columbus Day / Indigenous Peoples' Day, second Monday of October
        D(2027, 11, 11),  # Veterans Day, a Thursday
        D(2027, 11, 25),  # Thanksgiving, fourth Thursday of November
        D(2027, 12, 24),  # Christmas on a Saturday, observed Friday
        D(2027, 12, 31),  # New Year's Day 2028 on a Saturday, observed Friday
    ]


def test_zero_days_is_the_same_day_and_negative_days_are_refused():
    assert add_days(D(2024, 2, 29), 0) == D(2024, 2, 29)
    with pytest.raises(ValueError, match="must not be negative"):
        add_days(D(2024, 2, 29), -1)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13-01", "yesterday", ""])
def test_a_date_that_is_not_a_real_day_names_its_field(value):
    with pytest.raises(ValueError, match="--on: .* is not a date"):
        parse_day(value, "--on")
