"""Times of day as moderators type them: the long form of an agenda and the short forms typed in a hurry."""

from __future__ import annotations

import datetime as dt

import pytest

from zwdesktop.core.validation import check_times, is_short_time, parse_time


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("14:30", dt.time(14, 30)),
        ("9:30", dt.time(9, 30)),
        ("14.30", dt.time(14, 30)),
        ("  18:00 ", dt.time(18, 0)),
        ("14", dt.time(14, 0)),
        ("9", dt.time(9, 0)),
        ("0", dt.time(0, 0)),
        ("1430", dt.time(14, 30)),
        ("930", dt.time(9, 30)),
        ("0915", dt.time(9, 15)),
        ("14 Uhr", dt.time(14, 0)),
        ("14.30 Uhr", dt.time(14, 30)),
        ("14uhr", dt.time(14, 0)),
        ("14h", dt.time(14, 0)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_a_time_is_taken_in_the_forms_people_write(typed: str, meant: dt.time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "  ",
        "24",
        "24:00",
        "2400",
        "1460",
        "14:60",
        "12345",
        "1:5",
        "14:3",
        "1 4",
        "14 Uhr 30",
        "vierzehn",
        "14:30:00",
        "-1",
    ],
)
def test_what_is_no_time_is_refused(typed: str) -> None:
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "long_form", "short_form_only"),
    [
        ("14:30", dt.time(14, 30), False),
        ("14.30", dt.time(14, 30), False),
        ("14", None, True),
        ("1430", None, True),
        ("14 Uhr", None, True),
        ("14.30 Uhr", None, True),
        ("25", None, False),
        ("14:3", None, False),
    ],
)
def test_a_field_that_saves_while_typed_knows_the_short_forms(
    typed: str, long_form: dt.time | None, short_form_only: bool
) -> None:
    # "1" on the way to "14" is a time in the short forms; such fields take only the long form while typed.
    assert parse_time(typed, short_forms=False) == long_form
    assert is_short_time(typed) is short_form_only


@pytest.mark.parametrize(
    ("start", "end"),
    [("14:00", "18:00"), ("08:00", "21:30"), ("20:00", "00:00"), ("19:30", "00:30"), ("18:00", "06:00")],
)
def test_an_end_later_that_day_or_after_midnight_is_taken(start: str, end: str) -> None:
    """An evening workshop may end at midnight or after it, as a demo made in the evening does."""
    assert check_times(parse_time(start), parse_time(end)) is None


@pytest.mark.parametrize(("start", "end"), [("14:00", "13:00"), ("14:00", "14:00"), ("18:00", "06:30")])
def test_an_end_before_the_start_is_refused(start: str, end: str) -> None:
    """14:00 to 13:00 is a typing mistake, not a workshop of 23 hours; more than 12 hours past midnight neither."""
    problem = check_times(parse_time(start), parse_time(end))
    assert problem is not None and problem.code == "end_before_start"
