"""Agreements in the workshop file: edits, the CSV and ICS exports parsed back, erasure and access, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import uuid
from pathlib import Path

import icalendar
import pytest

from zwdesktop.cli import main as cli_main
from zwdesktop.core.agreements import (
    CONSENT_TEXT,
    Agreement,
    AgreementBundle,
    Meeting,
    Member,
    Signup,
    SteeringMember,
    Step,
)
from zwdesktop.core.agreements_privacy import PersonQuery
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, load_template
from zwdesktop.core.workshop import utc_now
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.calendar_ics import meetings_calendar
from zwdesktop.export.mailing_list_csv import signups_csv, write_signups_csv
from zwdesktop.paths import resource_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.errors import InvalidValueError
from zwdesktop.store.merge import create_from_document

NOW = dt.datetime(2026, 3, 14, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    template = load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True)
    path = tmp_path / "Aulendorf.zwd"
    create_from_document(path, demo_workshop(template, NOW)).close()
    return path


@pytest.fixture
def store(demo_path: Path):  # type: ignore[no-untyped-def]
    opened = WorkshopStore.open(demo_path)
    yield opened
    opened.close()


def _signup(name: str, email: str, **kw: object) -> Signup:
    return Signup(name=name, email=email, consent_text=CONSENT_TEXT["de"], consent_at=utc_now(), **kw)  # type: ignore[arg-type]


def test_the_demo_has_four_groups_a_steering_group_and_a_dozen_sign_ups(store: WorkshopStore) -> None:
    data = store.agreements.data()
    titles = [b.agreement.title for b in data.bundles()]
    assert titles == [
        "Interkulturelles Fest",
        "Sprachcafé",
        "Austausch- und Begegnungscafé",
        "Offener Treff für alle Eltern mit Kindern",
    ]
    assert [b.needs_first_meeting for b in data.bundles()] == [False, False, False, True]
    assert len(data.steering_members) == 6 and len(data.steering_meetings()) == 1
    assert len(data.signups) == 12
    assert all(b.steps and b.agreement.contact_name for b in data.bundles())


def test_put_bundle_replaces_parts_and_stamps_only_what_changed(store: WorkshopStore) -> None:
    repo = store.agreements
    before = repo.bundle(repo.bundles()[1].agreement.id)
    step_stamps = [s.updated_at for s in before.steps]
    edited = AgreementBundle(
        agreement=before.agreement,
        steps=[before.steps[0], Step(what="Kuchen backen", who="Lena")],
        origins=before.origins,
        members=before.members,
        meetings=before.meetings[:1],
    )
    after = repo.put_bundle(edited)
    assert [s.what for s in after.steps] == [before.steps[0].what, "Kuchen backen"]
    assert after.steps[0].updated_at == step_stamps[0]  # unchanged row keeps its stamp (merging stays right)
    assert after.agreement.updated_at == before.agreement.updated_at
    assert len(after.meetings) == 1
    # Undo is putting the old bundle back.
    restored = repo.put_bundle(before)
    assert [s.what for s in restored.steps] == [s.what for s in before.steps]
    assert len(restored.meetings) == 2


def test_refused_values_change_nothing(store: WorkshopStore) -> None:
    repo = store.agreements
    count = len(repo.bundles())
    with pytest.raises(InvalidValueError) as refused:
        repo.put_bundle(AgreementBundle(Agreement(title="Neu"), members=[Member(name="X", email="x@example.org")]))
    assert refused.value.params["code"] == "consent_needed"
    with pytest.raises(InvalidValueError):
        repo.put_bundle(AgreementBundle(Agreement(title="Neu", signup_url="kein link")))
    with pytest.raises(InvalidValueError) as no_consent:
        repo.add_signup(Signup(name="Ohne Einwilligung", email="ohne@example.org"))
    assert no_consent.value.params["code"] == "consent_missing"
    assert len(repo.bundles()) == count
    assert all(s.name != "Ohne Einwilligung" for s in repo.signups())


def test_new_agreement_goes_to_its_place_and_removal_returns_it(store: WorkshopStore) -> None:
    repo = store.agreements
    new = repo.put_bundle(AgreementBundle(Agreement(title="Integrationsbeirat")), index=1)
    assert [b.agreement.title for b in repo.bundles()][1] == "Integrationsbeirat"
    bundle, index = repo.remove_agreement(new.agreement.id)
    assert index == 1 and bundle.agreement.title == "Integrationsbeirat"
    assert len(repo.bundles()) == 4
    assert repo.move_agreement(repo.bundles()[3].agreement.id, 0) == 3
    assert repo.bundles()[0].agreement.title.startswith("Offener Treff")
    with pytest.raises(StoreError):
        repo.remove_agreement(str(uuid.uuid4()))


def _csv_rows(text_bytes: bytes) -> list[list[str]]:
    assert text_bytes.startswith(b"\xef\xbb\xbf")  # the BOM German Excel needs
    return list(csv.reader(io.StringIO(text_bytes.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_parses_back_with_umlauts_and_only_people_with_consent(store: WorkshopStore, tmp_path: Path) -> None:
    store.agreements.add_signup(_signup('=HYPERLINK("x")', "formel@example.org"))
    # A row without consent (say, from a file made elsewhere) sneaks past the store's rules ...
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "INSERT INTO signup (id, workshop_id, name, email, phone, municipality, groups, consent_text, consent_at,"
            " created_at, updated_at) VALUES (?, ?, 'Ohne Einwilligung', 'ohne@example.org', '', '', '[]', '', '', ?, ?)",
            [str(uuid.uuid4()), store.workshop_id, utc_now(), utc_now()],
        )
    # ... which makes the file damaged for every command (a value that breaks the rules) ...
    assert cli_main(["export", str(store.path), str(tmp_path / "abgelehnt.csv")]) == 1
    assert not (tmp_path / "abgelehnt.csv").exists()
    # ... and the CSV writer itself still leaves such a row out.
    out = tmp_path / "verteiler.csv"
    write_signups_csv(store, out, "de")
    rows = _csv_rows(out.read_bytes())
    header, people = rows[0], rows[1:]
    assert header == ["Name", "E-Mail", "Telefon", "Kommune", "Gruppen", "Einwilligung am", "Einwilligungstext"]
    names = [row[0] for row in people]
    # ... but it never reaches the mail program.
    assert "Ohne Einwilligung" not in names and all("ohne@example.org" not in ";".join(r) for r in people)
    assert "Ayşe Yılmaz" in names and "Jürgen Köhler" in names
    assert len(people) == 13
    ayse = people[names.index("Ayşe Yılmaz")]
    assert ayse[4] == "Sprachcafé, Offener Treff für alle Eltern mit Kindern"
    assert ayse[6].startswith("Ich bin einverstanden")
    assert "'=HYPERLINK" in ";".join(people[-1])  # not run as a formula
    assert people[names.index("Fatima Haddad")][2] == "0157 3344 1200"


def test_csv_headers_follow_the_language(store: WorkshopStore) -> None:
    text = signups_csv(store.agreements.data(), "en")
    assert text.splitlines()[0] == "Name;E-mail;Phone;Municipality;Groups;Consent given;Consent text"


def test_ics_parses_back_with_the_berlin_zone_and_stable_uids(store: WorkshopStore, tmp_path: Path) -> None:
    out = tmp_path / "termine.ics"
    assert cli_main(["export", str(store.path), str(out)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    zones = [c for c in calendar.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    events = calendar.walk("VEVENT")
    data = store.agreements.data()
    assert len(events) == len(data.meetings) == 5
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{m.id}@zwdesktop" for m in data.meetings}
    cafe = next(b for b in data.bundles() if b.agreement.title == "Sprachcafé")
    first = by_uid[f"{cafe.meetings[0].id}@zwdesktop"]
    start = first.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Berlin" and (start.hour, start.minute) == (16, 0)
    assert start == cafe.meetings[0].starts_at
    assert str(first["SUMMARY"]) == "Sprachcafé: Erstes Sprachcafé"
    assert "Bürgerhaus Aulendorf" in str(first["LOCATION"])
    assert "DTSTART;TZID=Europe/Berlin:" in out.read_text(encoding="utf-8")
    # The same file again: the same bytes, so a calendar updates rather than duplicates.
    assert meetings_calendar(store.workshop(), store.agreements.data()) == out.read_bytes()
    steering = [e for e in events if str(e["SUMMARY"]).startswith("Steuerungsgruppe")]
    assert len(steering) == 1


def _all_text(path: Path) -> list[str]:
    """Every text value of every column of every table of the file."""
    values: list[str] = []
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM [{table}]"):
                values += [v for v in row if isinstance(v, str)]
                values += [v.decode("utf-8", "ignore") for v in row if isinstance(v, bytes)]
    return values


def test_erasure_leaves_no_trace_of_the_person_in_the_file(demo_path: Path) -> None:
    with WorkshopStore.open(demo_path) as opened:
        repo = opened.agreements
        # Ayşe is on the mailing list, a group member, and named in a step and in the notes.
        opened.update_workshop(notes="Rückfragen zum Sprachcafé an Ayşe Yılmaz (ayse.yilmaz@example.org).")
        query = PersonQuery(name="Ayşe Yılmaz", email="ayse.yilmaz@example.org")
        report = repo.person_report(query)
        assert set(report) >= {"signup", "agreement_member", "agreement_step", "workshop"}
        json.dumps(report)  # exportable as it is
        counts = repo.erase_person(query)
        assert counts["signup"] == 1 and counts["agreement_member"] == 1
        assert repo.person_report(query) == {}
        # The rest stays: Fatima's step keeps its other words.
        cafe = next(b for b in repo.bundles() if b.agreement.title == "Sprachcafé")
        assert cafe.steps[1].who == "Fatima Haddad" and cafe.steps[1].with_whom == "[…]"
        assert len(repo.signups()) == 11
    needles = ("ayşe", "yılmaz", "yilmaz", "ayse.yilmaz")
    assert not [v for v in _all_text(demo_path) if any(n in v.casefold() for n in needles)]
    raw = demo_path.read_bytes()
    for needle in ("Yılmaz", "ayse.yilmaz@example.org"):
        assert needle.encode("utf-8") not in raw  # not even in freed pages
    assert (
        not Path(str(demo_path) + "-wal").exists() or b"ayse.yilmaz" not in Path(str(demo_path) + "-wal").read_bytes()
    )


def test_erasure_clears_a_contact_person_and_the_steering_group(store: WorkshopStore) -> None:
    repo = store.agreements
    counts = repo.erase_person(PersonQuery(name="thomas  berger"))
    assert counts.get("steering_member") == 1
    begegnung = next(b for b in repo.bundles() if b.agreement.title.startswith("Austausch"))
    assert begegnung.agreement.contact_name == "" and begegnung.agreement.contact_email == ""
    assert all(m.name != "Thomas Berger" for m in repo.steering_members())
    assert not repo.person_report(PersonQuery(name="Thomas Berger"))


def test_steering_group_and_its_meeting(store: WorkshopStore) -> None:
    repo = store.agreements
    member = SteeringMember(name="Neu", role="volunteer")
    repo.put_steering_member(member, index=0)
    assert repo.steering_members()[0].name == "Neu"
    with pytest.raises(InvalidValueError):
        repo.put_steering_member(SteeringMember(name="Ohne", role="staff", phone="0751 1"))
    removed, index = repo.remove_steering_member(member.id)
    assert (removed.name, index) == ("Neu", 0)
    start = NOW + dt.timedelta(days=30)
    meeting = Meeting(agreement_id=None, starts_at=start, ends_at=start + dt.timedelta(hours=1), place="Rathaus")
    repo.put_meeting(meeting)
    assert len(repo.steering_meetings()) == 2
    repo.remove_meeting(meeting.id)
    assert len(repo.steering_meetings()) == 1


def test_cli_export_refuses_nothing_and_counts(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["export", str(demo_path), str(tmp_path / "a.csv")]) == 0
    assert "12 Personen mit Einwilligung" in capsys.readouterr().out
    assert cli_main(["export", str(demo_path), str(tmp_path / "a.ics")]) == 0
    assert "5 Folgetreffen" in capsys.readouterr().out
    assert cli_main(["export", str(tmp_path / "fehlt.zwd"), str(tmp_path / "a.ics")]) == 1


def test_ics_titles_follow_the_minutes_language_not_the_interface(
    store: WorkshopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An English-speaking laptop exports a German workshop's calendar: the entries are German, byte for byte."""
    german = tmp_path / "de.ics"
    english_ui = tmp_path / "en.ics"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert cli_main(["export", str(store.path), str(german)]) == 0
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert cli_main(["export", str(store.path), str(english_ui)]) == 0
    assert english_ui.read_bytes() == german.read_bytes()
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(english_ui.read_bytes()).walk("VEVENT")]
    assert any(s.startswith("Steuerungsgruppe") for s in summaries)
    assert not any("Steering group" in s or "follow-up meeting" in s for s in summaries)
