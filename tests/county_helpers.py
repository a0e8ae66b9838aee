"""Workshop files of a county for the county view's tests: people everywhere, and files that must be left out."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import sqlite_utils
from file_helpers import mark_written_by_newer_version
from msgspec.structs import replace

from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.workshop import Workshop
from zwdesktop.core.workshop_records import workshop_to_record
from zwdesktop.demo.county import SEVEN, county_workshop
from zwdesktop.store import schema
from zwdesktop.store.merge import create_from_document

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def with_names_in_text(data: ExchangeData) -> ExchangeData:
    """The workshop with its people also named in free text (titles, goals, places, question, cluster names)."""
    a = data.agreements
    contact = data.workshop.contact_name
    member = a.members[0].name
    data.workshop = replace(data.workshop, guiding_question=f"{data.workshop.guiding_question} (Frage von {contact})")
    a.agreements[0] = replace(a.agreements[0], title=f"{a.agreements[0].title} bei {member}",
                              goal=f"Mit {a.steering_members[0].name}, {a.steering_members[0].email}, {a.signups[0].phone}")  # fmt: skip
    a.meetings[-1] = replace(a.meetings[-1], place=f"bei {a.signups[0].name} zu Hause", purpose=f"Anruf {contact}")
    data.clusters[0] = replace(data.clusters[0], name=f"{data.clusters[0].name} ({a.agreements[1].contact_name})")
    return data


def county_files(folder: Path, count: int = 3, names_in_text: bool = True) -> tuple[list[Path], list[ExchangeData]]:
    """``count`` workshop files of the demo county in ``folder``, and their records."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, datas = [], []
    for spec in SEVEN[:count]:
        data = county_workshop(spec, NOW)
        if names_in_text:
            data = with_names_in_text(data)
        path = folder / f"{spec.municipality}.zwd"
        create_from_document(path, data).close()
        paths.append(path)
        datas.append(data)
    return paths, datas


def personal_data(datas: list[ExchangeData]) -> list[str]:
    """Every name, e-mail address and phone number the workshops hold."""
    found: set[str] = set()
    for data in datas:
        w, a = data.workshop, data.agreements
        found |= {w.contact_name, w.contact_email, w.contact_phone}
        found |= {name.split(" (")[0] for name in w.moderation_team.split(", ")}
        for agreement in a.agreements:
            found |= {agreement.contact_name, agreement.contact_email, agreement.contact_phone}
        for person in [*a.members, *a.steering_members, *a.signups]:
            found |= {person.name, person.email, person.phone}
        found |= {idea.author for idea in data.ideas}
    return sorted(value for value in found if value.strip())


def digest(path: Path) -> str:
    """The file's content, to show it was not changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def older_file(path: Path, title: str = "Alte Werkstatt", municipality: str = "Altdorf") -> Path:
    """A workshop file of the first schema (as the first zwdesktop wrote it)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db = sqlite_utils.Database(conn)
        schema.build_migrations(upto=1).apply(db)
        conn.execute("PRAGMA user_version = 1")
        db.table("workshop").insert(workshop_to_record(Workshop(title=title, municipality=municipality)))
        conn.commit()
    finally:
        conn.close()
    return path


def foreign_file(path: Path) -> Path:
    """Another application's SQLite file."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE fotos (datei TEXT)")
    conn.commit()
    conn.close()
    return path


def newer_file(path: Path, source: Path) -> Path:
    """A copy of ``source`` that a newer zwdesktop has written (a migration this one does not know)."""
    path.write_bytes(source.read_bytes())
    return mark_written_by_newer_version(path)


def damaged_file(path: Path, source: Path) -> Path:
    """A copy of ``source`` whose agenda index lost its entries (SQLite's check fails, the records read)."""
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_agenda_item_workshop_id_position'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = bytes([0x0A, 0, 0, 0, 0]) + page_size.to_bytes(2, "big") + bytes(page_size - 7)
    path.write_bytes(bytes(data))
    return path


def truncated_file(path: Path, source: Path) -> Path:
    """The first half of ``source``."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
