"""Backups in the user data folder: made consistently, thinned as Anki does, listed and restored as a new file."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

import pytest
from file_helpers import listing, make_file

from zwdesktop import cli
from zwdesktop.core.ideas import Idea
from zwdesktop.core.workshop import Workshop
from zwdesktop.paths import user_data_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.backup import BackupSchedule, backup_root, list_backups, make_backup, restore_backup, thin
from zwdesktop.store.past_workshop import set_aside_if_past

NOW = dt.datetime(2026, 6, 20, 15, 30, tzinfo=dt.UTC)


def command(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_a_backup_is_a_whole_consistent_workshop_file_in_the_user_data_folder(tmp_path: Path) -> None:
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        for number in range(5):
            store.ideas.add(Idea(text=f"Idee {number}", phase="critique"))
        backup = make_backup(store)
        workshop_id = store.workshop_id
    assert backup.parent == user_data_dir() / "backups" / workshop_id == backup_root() / workshop_id
    assert listing(backup.parent) == [backup.name]
    with WorkshopStore.open(backup, read_only=True) as copy:
        assert len(copy.ideas.all()) == 5
    assert listing(backup.parent) == [backup.name]  # reading it left nothing beside it
    (info,) = list_backups()
    assert (info.path, info.title, info.counts["ideas"], info.counts["agenda_items"]) == (
        backup,
        "Zukunftswerkstatt Bad Waldsee",
        5,
        9,
    )


def _fake_backups(folder: Path, ages: list[dt.timedelta], size: int = 10) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for age in ages:
        path = folder / ((NOW - age).strftime("%Y-%m-%dT%H-%M-%SZ") + ".zwd")
        path.write_bytes(b"x" * size)
        paths.append(path)
    return paths


def test_thinning_keeps_each_of_the_last_12_hours_then_one_a_day_for_30_days(tmp_path: Path) -> None:
    minutes = [dt.timedelta(minutes=m) for m in range(0, 24 * 60 * 40, 10)]  # every 10 minutes for 40 days
    _fake_backups(tmp_path, minutes)
    thin(tmp_path, NOW)
    kept = sorted(dt.datetime.strptime(p.stem, "%Y-%m-%dT%H-%M-%SZ").replace(tzinfo=dt.UTC) for p in tmp_path.iterdir())
    recent = [t for t in kept if NOW - t < dt.timedelta(hours=12)]
    assert len({(t.day, t.hour) for t in recent}) == len(recent) == 13  # one per hour (the current one included)
    assert all(t.minute == 50 or t == NOW for t in recent)  # the newest of each hour
    older = [t for t in kept if NOW - t >= dt.timedelta(hours=12)]
    assert len({t.date() for t in older}) == len(older)  # at most one a day
    assert min(kept) > NOW - dt.timedelta(days=30)
    assert len(kept) == 13 + 30  # 13 hours (the current and 12 before) and the 30 days before today


def test_thinning_keeps_a_workshop_under_50_mb_but_always_its_newest_backup(tmp_path: Path) -> None:
    _fake_backups(tmp_path, [dt.timedelta(days=d) for d in range(10)], size=1000)
    thin(tmp_path, NOW, max_bytes=3500)
    assert len(listing(tmp_path)) == 3
    assert listing(tmp_path)[-1] == NOW.strftime("%Y-%m-%dT%H-%M-%SZ") + ".zwd"
    thin(tmp_path, NOW, max_bytes=10)
    assert listing(tmp_path) == [NOW.strftime("%Y-%m-%dT%H-%M-%SZ") + ".zwd"]


def test_the_schedule_backs_up_after_ten_minutes_with_changes_only() -> None:
    now = [0.0]
    schedule = BackupSchedule(clock=lambda: now[0])
    now[0] = 3600
    assert not schedule.due()  # no change: no backup, however long
    schedule.note_change()
    assert schedule.due()
    schedule.done()
    schedule.note_change()
    now[0] += 599
    assert not schedule.due()
    now[0] += 1
    assert schedule.due()


def test_restore_writes_a_new_file_and_never_over_an_existing_one(tmp_path: Path) -> None:
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        store.ideas.add(Idea(text="Vor dem Unglück", phase="critique"))
        backup = make_backup(store)
    with pytest.raises(StoreError) as caught:
        restore_backup(backup, path)
    assert caught.value.kind == "exists"
    restore_backup(backup, tmp_path / "gerettet.zwd")
    with WorkshopStore.open(tmp_path / "gerettet.zwd") as restored:
        assert [i.text for i in restored.ideas.all()] == ["Vor dem Unglück"]


def test_backups_and_restore_on_the_command_line(tmp_path: Path) -> None:
    code, out, _err = command("backups")
    assert code == 0 and "Noch keine Sicherungen" in out
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        store.ideas.add(Idea(text="Bank am Markt", phase="critique"))
        backup = make_backup(store)
    other = make_file(tmp_path / "andere.zwd", title="Andere Werkstatt")
    with WorkshopStore.open(other) as store:
        make_backup(store)
    code, out, _err = command("backups", path)
    assert code == 0
    (line,) = out.splitlines()
    day, clock_time, title, workshop_day, counts, where = line.split("\t")
    when = dt.datetime.strptime(backup.stem, "%Y-%m-%dT%H-%M-%SZ").replace(tzinfo=dt.UTC).astimezone()
    assert (day, clock_time) == (f"{when:%Y-%m-%d}", f"{when:%H:%M}") and title == "Zukunftswerkstatt Bad Waldsee"
    with WorkshopStore.open(path, read_only=True) as store:
        assert workshop_day == store.workshop().date.isoformat()
    assert counts.startswith("9 Programmpunkte, 1 Idee, 0 Cluster, ") and where == str(backup)
    assert len(command("backups")[1].splitlines()) == 2
    code, out, err = command("restore", backup, tmp_path / "gerettet.zwd")
    assert code == 0, err
    assert command("check", tmp_path / "gerettet.zwd")[0] == 0
    code, _out, err = command("restore", backup, path)
    assert code == 1 and "gibt es schon" in err


def _evening_past_midnight(path: Path) -> Path:
    """A workshop on 15 January from 20:30 to 00:30, as the demo made in the evening is."""
    workshop = Workshop(title="Abendwerkstatt", date=dt.date(2026, 1, 15), start_time=dt.time(20, 30),
                        end_time=dt.time(0, 30))  # fmt: skip
    WorkshopStore.create(path, workshop, []).close()
    return path


def test_a_workshop_past_midnight_is_set_aside_under_the_date_it_was_held_on(tmp_path: Path) -> None:
    """An evening workshop of 15 January that ends after midnight is "the workshop of 15.01.", not of 16.01."""
    path = _evening_past_midnight(tmp_path / "abend.zwd")
    aside = set_aside_if_past(path, dt.datetime(2026, 1, 17, 12, tzinfo=dt.UTC))
    assert aside is not None and aside.day == dt.date(2026, 1, 15)
    assert not path.exists()
    with WorkshopStore.open(aside.backup, read_only=True) as backup:
        assert backup.workshop().end_time == dt.time(0, 30)


def test_a_workshop_past_midnight_stays_while_its_night_lasts(tmp_path: Path) -> None:
    path = _evening_past_midnight(tmp_path / "abend.zwd")
    assert set_aside_if_past(path, dt.datetime(2026, 1, 15, 23, 15, tzinfo=dt.UTC)) is None  # 00:15 in Berlin
    assert path.exists()
