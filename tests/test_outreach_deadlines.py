"""Deadlines across month ends, leap days and weekends; dates are always given, never the clock."""

import datetime as dt

import pytest

from scorecard.outreach.deadlines import add_days, parse_day

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
    (D(2026, 12, 31), 10, D(2027, 1, 14)),
])
def test_business_days_skip_weekends(start, days, due):
    assert add_days(start, days, business=True) == due


def test_zero_days_is_the_same_day_and_negative_days_are_refused():
    assert add_days(D(2024, 2, 29), 0) == D(2024, 2, 29)
    with pytest.raises(ValueError, match="must not be negative"):
        add_days(D(2024, 2, 29), -1)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13-01", "yesterday", ""])
def test_a_date_that_is_not_a_real_day_names_its_field(value):
    with pytest.raises(ValueError, match="--on: .* is not a date"):
        parse_day(value, "--on")
