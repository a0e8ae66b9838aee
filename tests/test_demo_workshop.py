"""The demo workshop as the welcome screen makes it: two hours and ten minutes into the evening, whatever the night."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from zwdesktop.core.clock import compute_state
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(2026, 12, 6, 21, 2, tzinfo=dt.UTC),  # an evening in winter
        dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC),  # 03:30 summer time: the clocks went forward at 02:00
        dt.datetime(2027, 10, 31, 1, 30, tzinfo=dt.UTC),  # 02:30 winter time: the clocks went back at 03:00
    ],
)
def test_the_demo_runs_in_its_fantasy_phase_two_hours_and_ten_minutes_after_its_start(now: dt.datetime) -> None:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    data = demo_workshop(next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID), now)
    started = next(event.at for event in data.clock_events if event.kind == "started")
    # Real minutes, not those of the wall clock (on the night the clocks change they differ by an hour).
    assert dt.timedelta(minutes=130) <= now - started < dt.timedelta(minutes=135)
    state = compute_state(data.agenda, data.clock_events, now)
    assert next(item.phase for item in data.agenda if item.id == state.current_item_id) == "fantasy"
    local = started.astimezone(BERLIN)
    assert (data.workshop.date, data.workshop.start_time) == (local.date(), local.time().replace(tzinfo=None))
    end = (started + dt.timedelta(minutes=sum(item.planned_minutes for item in data.agenda))).astimezone(BERLIN)
    assert data.workshop.end_time == end.time().replace(tzinfo=None)
