"""The exchange document: export, import into a new file, merge, and refusal of documents that do not validate."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from zwdesktop.core.exchange import FORMAT_VERSION, DocumentError, build_document, parse_document
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, Template, list_templates
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.exchange_file import (
    DocumentFileError,
    exchange_data,
    read_exchange_file,
    schema_path,
    write_exchange_file,
)
from zwdesktop.paths import resource_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.merge import create_from_document, merge_document

Document = dict[str, Any]


def builtin_template() -> Template:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    return next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_dict(path: Path) -> Document:
    """The file's exchange document, without the export's own timestamp."""
    with WorkshopStore.open(path, read_only=True) as opened:
        document = build_document(exchange_data(opened))
    document.pop("exported_at")
    return document


def raw_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (a merge that changes nothing leaves these identical)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("workshop", "agenda_item", "clock_event")
        }
    finally:
        conn.close()


def later(stamp: str, **delta: float) -> str:
    return (dt.datetime.fromisoformat(stamp) + dt.timedelta(**delta)).isoformat(timespec="microseconds")


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "aulendorf.zwd"
    create_from_document(path, demo_workshop(builtin_template(), dt.datetime.now(dt.UTC))).close()
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "aulendorf.zwd"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def demo_document(demo_master: Path, tmp_path: Path) -> Document:
    out = tmp_path / "aulendorf.json"
    with WorkshopStore.open(demo_master, read_only=True) as opened:
        write_exchange_file(opened, out)
    document: Document = json.loads(out.read_text(encoding="utf-8"))
    return document


# ---- round trip --------------------------------------------------------------


def test_export_import_export_gives_the_same_document(demo_file: Path, tmp_path: Path) -> None:
    first = tmp_path / "erst.json"
    with WorkshopStore.open(demo_file, read_only=True) as opened:
        write_exchange_file(opened, first)
    target = tmp_path / "neu" / "aulendorf.zwd"
    target.parent.mkdir()
    create_from_document(target, read_exchange_file(first)).close()
    second = tmp_path / "zweit.json"
    with WorkshopStore.open(target, read_only=True) as opened:
        write_exchange_file(opened, second)
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    assert a.pop("exported_at") != "" and b.pop("exported_at") != ""
    assert a == b
    assert a["format"] == "zwdesktop"
    assert a["format_version"] == FORMAT_VERSION
    assert len(a["agenda"]) == 9
    assert len(a["clock_events"]) > 0
    assert a["workshop"]["guiding_question"] == "Aulendorf als lebenswerte Stadt – aber wie?"


def test_round_trip_keeps_every_field_and_any_script(tmp_path: Path) -> None:
    workshop = Workshop(
        title="Zukunftswerkstatt Weingarten",
        guiding_question="Wie leben wir 2035 zusammen? — ما هو مستقبلنا؟ — ከመይ ንነብር?",
        municipality="Weingarten",
        county="Landkreis Ravensburg",
        venue_name="Kulturzentrum Linse",
        venue_address="Liebfrauenstraße 58\n88250 Weingarten",
        date=dt.date(2026, 7, 4),
        start_time=dt.time(9, 30),
        end_time=dt.time(15, 0),
        moderation_team="Eva, Ayşe, Олена",
        contact_name="Ayşe Yıldız",
        contact_role="Integrationsbeauftragte",
        contact_email="a.yildiz@weingarten.example",
        contact_phone="+49 751 405-0",
        funder_line="Gefördert vom Land Baden-Württemberg",
        minutes_language="en",
        count_staff=3,
        count_volunteers=17,
        count_other=2,
        notes='Zeile 1\nZeile 2 "mit Anführungszeichen" und <Klammern>',
    )
    agenda = [
        AgendaItem(title="Ankommen", phase="arrival", planned_minutes=30, method="Café", material="Namensschilder"),
        AgendaItem(title="Mittagessen", phase="break", planned_minutes=45),
    ]
    path = tmp_path / "weingarten.zwd"
    WorkshopStore.create(path, workshop, agenda).close()
    document = export_dict(path)
    copy_path = tmp_path / "kopie.zwd"
    create_from_document(copy_path, parse_document(document, schema_path())).close()
    assert export_dict(copy_path) == document
    with WorkshopStore.open(copy_path) as opened:
        assert opened.workshop() == workshop


# ---- importing and merging ---------------------------------------------------


def test_importing_the_same_document_twice_changes_nothing(demo_document: Document, tmp_path: Path) -> None:
    source = write_json(tmp_path / "dok.json", demo_document)
    target = tmp_path / "ziel.zwd"
    create_from_document(target, read_exchange_file(source)).close()
    rows = raw_rows(target)
    with WorkshopStore.open(target) as opened:
        report = merge_document(opened, read_exchange_file(source))
    assert not report.changed
    assert report.added == {} or not any(report.added.values())
    assert raw_rows(target) == rows


def test_a_newer_change_in_the_document_wins_and_new_rows_are_added(
    demo_file: Path, demo_document: Document, tmp_path: Path
) -> None:
    document = copy.deepcopy(demo_document)
    document["workshop"]["title"] = "Zukunftswerkstatt Aulendorf (vom Laptop der Assistenz)"
    document["workshop"]["updated_at"] = later(document["workshop"]["updated_at"], hours=1)
    document["agenda"][1]["planned_minutes"] = 50
    document["agenda"][1]["updated_at"] = later(document["agenda"][1]["updated_at"], hours=1)
    new_item = {
        "id": "4d6b2c1e-8f0a-4b3c-9d2e-1f0a2b3c4d5e",
        "position": 9,
        "title": "Gemeinsames Foto",
        "phase": "closing",
        "planned_minutes": 5,
        "method": "",
        "material": "Kamera",
        "updated_at": later(document["agenda"][1]["updated_at"], minutes=1),
    }
    document["agenda"].append(new_item)
    with WorkshopStore.open(demo_file) as opened:
        report = merge_document(opened, parse_document(document, schema_path()))
        assert report.changed
        assert report.updated == {"workshop": 1, "agenda_items": 1}
        assert report.added == {"agenda_items": 1}
        assert opened.workshop().title == "Zukunftswerkstatt Aulendorf (vom Laptop der Assistenz)"
        assert opened.agenda.all()[1].planned_minutes == 50
        assert opened.agenda.all()[-1].title == "Gemeinsames Foto"
        assert [item.position for item in opened.agenda.all()] == list(range(10))


def test_an_older_change_in_the_document_is_kept_out_and_counted(demo_file: Path, demo_document: Document) -> None:
    with WorkshopStore.open(demo_file) as opened:
        opened.update_workshop(title="In der Datei später geändert")
        item_id = opened.agenda.all()[2].id
        opened.agenda.update(item_id, planned_minutes=20)
        document = copy.deepcopy(demo_document)
        document["workshop"]["title"] = "Alter Stand auf dem anderen Laptop"
        document["agenda"][2]["planned_minutes"] = 25
        report = merge_document(opened, parse_document(document, schema_path()))
        assert report.kept_newer == {"workshop": 1, "agenda_items": 1}
        assert not report.changed
        assert opened.workshop().title == "In der Datei später geändert"
        assert opened.agenda.get(item_id).planned_minutes == 20


def test_an_item_inserted_on_another_laptop_arrives_in_its_place(demo_file: Path, tmp_path: Path) -> None:
    """Laptop B works on a copy made from A's document, inserts a block; A merges B's document."""
    document = export_dict(demo_file)
    laptop_b = tmp_path / "laptop-b.zwd"
    create_from_document(laptop_b, parse_document(document, schema_path())).close()
    with WorkshopStore.open(laptop_b) as b:
        b.agenda.insert(AgendaItem(title="Impuls: Jugend", phase="critique", planned_minutes=10), 2)
        expected = [item.id for item in b.agenda.all()]
    with WorkshopStore.open(demo_file) as a:
        report = merge_document(a, parse_document(export_dict(laptop_b), schema_path()))
        assert report.added == {"agenda_items": 1}
        assert [item.id for item in a.agenda.all()] == expected
        assert [item.position for item in a.agenda.all()] == list(range(10))


def test_a_document_of_another_workshop_without_ideas_is_refused(demo_document: Document, tmp_path: Path) -> None:
    other = tmp_path / "andere.zwd"
    WorkshopStore.create(other, Workshop(title="Zukunftswerkstatt Bad Wurzach"), builtin_template().agenda()).close()
    before = digest(other)
    without_ideas = {key: value for key, value in demo_document.items() if key not in ("ideas", "clusters")}
    with WorkshopStore.open(other) as opened, pytest.raises(StoreError) as caught:
        merge_document(opened, parse_document(without_ideas, schema_path()))
    assert caught.value.kind == "other_workshop"
    assert caught.value.params["title"] == "Lokale Zukunftswerkstatt Aulendorf"
    assert digest(other) == before


def test_a_minimal_document_with_only_the_required_fields_is_accepted(tmp_path: Path) -> None:
    document = {
        "format": "zwdesktop",
        "format_version": 1,
        "workshop": {
            "id": "0b7e9c52-3d4f-4a1b-8c2d-9e0f1a2b3c4d",
            "title": "Kurz",
            "starts_at": "2026-03-07T09:00:00+00:00",
            "ends_at": "2026-03-07T13:00:00+00:00",
            "timezone": "Europe/Berlin",
            "updated_at": "2026-03-01T10:00:00+00:00",
        },
        "agenda": [],
    }
    path = tmp_path / "kurz.zwd"
    create_from_document(path, parse_document(document, schema_path())).close()
    with WorkshopStore.open(path) as opened:
        workshop = opened.workshop()
    assert (workshop.title, workshop.start_time, workshop.end_time) == ("Kurz", dt.time(10, 0), dt.time(14, 0))
    assert workshop.minutes_language == "de"


# ---- refused documents -----------------------------------------------------------


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _duplicate_item(document: Document) -> None:
    document["agenda"][1]["id"] = document["agenda"][0]["id"]


def _unknown_item_in_event(document: Document) -> None:
    document["clock_events"][0]["item_id"] = "99999999-9999-4999-8999-999999999999"


def _negative_extension(document: Document) -> None:
    index = next(i for i, e in enumerate(document["clock_events"]) if e["kind"] == "extended")
    document["clock_events"][index]["seconds"] = -300


def _jump_without_target(document: Document) -> None:
    document["clock_events"].append(
        {"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "kind": "jumped", "at": "2030-01-01T00:00:00+00:00"}
    )


def _end_before_start(document: Document) -> None:
    start = dt.datetime.fromisoformat(document["workshop"]["starts_at"])
    document["workshop"]["ends_at"] = (start - dt.timedelta(hours=2)).isoformat()


REFUSED: list[tuple[str, Callable[[Document], None], str]] = [
    ("negative minutes", _set(("agenda", 2, "planned_minutes"), -5), "$.agenda[2].planned_minutes"),
    ("bad e-mail", _set(("workshop", "contact_email"), "e.militz at rv.de"), "$.workshop.contact_email"),
    ("unknown top-level key", _set(("kommentar",), "von Hand ergänzt"), "$"),
    ("newer format", _set(("format_version",), 2), "$.format_version"),
    ("wrong format version", _set(("format_version",), 0), "$.format_version"),
    ("unknown phase", _set(("agenda", 0, "phase"), "lunch"), "$.agenda[0].phase"),
    ("empty title", _set(("workshop", "title"), ""), "$.workshop.title"),
    ("id not a uuid", _set(("workshop", "id"), "aulendorf-1"), "$.workshop.id"),
    ("count below zero", _set(("workshop", "count_volunteers"), -1), "$.workshop.count_volunteers"),
    ("duplicate item id", _duplicate_item, "$.agenda[1].id"),
    ("event on an unknown item", _unknown_item_in_event, "$.clock_events[0].item_id"),
    ("unknown time zone", _set(("workshop", "timezone"), "Europe/Aulendorf"), "$.workshop.timezone"),
    ("extension below zero", _negative_extension, "$.clock_events[2]"),
    ("jump without a target", _jump_without_target, "$.clock_events[7]"),
    ("end before start", _end_before_start, "$.workshop.ends_at"),
]


@pytest.mark.parametrize(
    ("change", "expected_path"), [(c, p) for _n, c, p in REFUSED], ids=[n for n, _c, _p in REFUSED]
)
def test_a_document_that_does_not_validate_names_its_first_problem(
    demo_document: Document, tmp_path: Path, change: Callable[[Document], None], expected_path: str
) -> None:
    document = copy.deepcopy(demo_document)
    change(document)
    source = write_json(tmp_path / "kaputt.json", document)
    with pytest.raises(DocumentError) as caught:
        read_exchange_file(source)
    assert caught.value.path == expected_path or caught.value.path.startswith(expected_path + "."), (
        caught.value.path,
        caught.value.code,
        caught.value.params,
    )
    if expected_path == "$":
        assert caught.value.params["name"] == "kommentar"


def test_text_that_is_not_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "kaputt.json"
    source.write_text('{\n  "format": "zwdesktop",\n  format_version: 1\n}\n', encoding="utf-8")
    with pytest.raises(DocumentFileError) as caught:
        read_exchange_file(source)
    assert (caught.value.line, caught.value.column) == (3, 3)


def test_bytes_that_are_not_utf8_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "latin1.json"
    source.write_bytes('{"title": "Begrüßung"}'.encode("latin-1"))
    with pytest.raises(DocumentFileError):
        read_exchange_file(source)
