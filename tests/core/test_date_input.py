"""Dates as organisers type them: the long forms and a two-digit year typed in a hurry."""

from __future__ import annotations

import datetime as dt

import pytest

from zwdesktop.core.validation import Problem, date_problem, is_short_date, parse_date


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12.01.2027", dt.date(2027, 1, 12)),
        ("12.1.2027", dt.date(2027, 1, 12)),
        ("2027-01-12", dt.date(2027, 1, 12)),
        (" 3.12.2026 ", dt.date(2026, 12, 3)),
        ("12.1.27", dt.date(2027, 1, 12)),
        ("12.01.27", dt.date(2027, 1, 12)),
        ("1.3.99", dt.date(1999, 3, 1)),
        ("29.2.28", dt.date(2028, 2, 29)),
    ],
)
def test_a_date_is_taken_in_the_forms_people_write(typed: str, meant: dt.date) -> None:
    assert parse_date(typed) == meant


@pytest.mark.parametrize("typed", ["", "12.1.", "12.1.2", "12.1.202", "32.1.2027", "29.2.27", "12/1/2027", "morgen"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    assert parse_date(typed) is None


def test_only_the_long_forms_without_short_forms() -> None:
    assert parse_date("12.1.27", short_forms=False) is None
    assert parse_date("12.1.2027", short_forms=False) == dt.date(2027, 1, 12)


@pytest.mark.parametrize(
    ("typed", "short"), [("12.1.27", True), ("12.1.20", True), ("12.1.2027", False), ("12.1.2", False)]
)
def test_a_field_that_saves_while_typed_knows_the_short_forms(typed: str, short: bool) -> None:
    assert is_short_date(typed) is short


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("31.02.2027", 28),
        ("29.2.27", 28),
        ("30.02.2028", 29),
        ("31.04.2027", 30),
        ("2027-06-31", 30),
        ("32.1.2027", 31),
    ],
)
def test_a_day_past_its_months_end_is_told_apart_from_what_is_no_date(typed: str, days: int) -> None:
    assert parse_date(typed) is None
    assert date_problem(typed) == Problem("date_no_such_day", {"value": typed, "days": days})


@pytest.mark.parametrize("typed", ["", "12.13.2027", "0.0.2027", "12/1/2027", "morgen", "12.1."])
def test_a_wrong_shape_or_month_is_no_date(typed: str) -> None:
    assert date_problem(typed) == Problem("date_invalid", {"value": typed})
