"""The exchange document: one whole workshop as JSON, versioned and checked by a JSON Schema.

:func:`build_document` turns records into the document; :func:`parse_document`
checks a document (schema first, then the domain rules) and turns it back into
records. A refused document names its first problem by JSON path.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import asdict

from .agreements import AgreementsData
from .agreements_exchange import from_document as agreements_from_document
from .agreements_exchange import to_document as agreements_to_document
from .clock import ClockEvent, compute_state
from .exchange_check import DocumentError as DocumentError  # re-exported: the error of this module's parse_document
from .exchange_check import check_schema, check_structure, check_unique
from .followup import FollowupData
from .followup_exchange import from_document as followup_from_document
from .followup_exchange import to_document as followup_to_document
from .ideas import Cluster, Idea
from .ideas_exchange import cluster_to_record, clusters_from_records, idea_to_record, ideas_from_records
from .instants import canonical_instant, format_instant, format_instant_seconds, parse_instant
from .photos import Photo, check_photo_data, check_photo_field, sniff_image
from .schedule import planned_schedule, workshop_start_utc
from .validation import check_agenda_field, check_workshop_field
from .votes_exchange import VoteData, votes_from_document, votes_to_document
from .workshop import AGENDA_EDITABLE_FIELDS, AgendaItem, Workshop, utc_now
from .workshop_records import agenda_from_record, agenda_to_record, workshop_from_record, workshop_to_record

FORMAT = "zwdesktop"
FORMAT_VERSION = 1


class ExchangeData(Struct):
    """Everything a document carries, as domain records."""

    workshop: Workshop
    agenda: list[AgendaItem]
    clock_events: list[ClockEvent] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)  # with their bytes
    agreements: AgreementsData = field(default_factory=AgreementsData)
    clusters: list[Cluster] = field(default_factory=list)  # tombstones included
    ideas: list[Idea] = field(default_factory=list)  # tombstones and merged-away ideas included
    votes: VoteData = field(default_factory=VoteData)
    followup: FollowupData = field(default_factory=FollowupData)  # notes, attendees, minutes revisions


def _event_to_record(event: ClockEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "at": format_instant(event.at),
        "item_id": event.item_id,
        "seconds": event.seconds,
    }


def _event_from_record(record: dict[str, Any]) -> ClockEvent:
    return ClockEvent(
        id=record["id"],
        kind=record["kind"],
        at=parse_instant(record["at"]),
        item_id=record.get("item_id"),
        seconds=int(record.get("seconds", 0)),
    )


def build_document(data: ExchangeData, exported_at: str | None = None) -> dict[str, Any]:
    """The exchange document of a workshop (keys in a stable order)."""
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at or utc_now(),
        "workshop": workshop_to_record(data.workshop),
        "agenda": [agenda_to_record(item) for item in sorted(data.agenda, key=lambda i: (i.position, i.id))],
        "clock_events": [_event_to_record(e) for e in sorted(data.clock_events, key=lambda e: (e.at, e.id))],
        "actuals": recorded_actuals(data),
    }
    # Only when there are some: a reader from before ideas refuses unknown keys.
    if data.clusters:
        document["clusters"] = [cluster_to_record(c) for c in sorted(data.clusters, key=lambda c: (c.position, c.id))]
    if data.ideas:
        document["ideas"] = [idea_to_record(i) for i in sorted(data.ideas, key=lambda i: (i.created_at, i.id))]
    # Only when there are rounds (as with photos): a reader from before dot votes refuses unknown keys.
    if data.votes.rounds:
        document.update(votes_to_document(data.votes))
    # Only when there are photos: a reader from before photos refuses unknown keys.
    if data.photos:
        document["photos"] = [_photo_to_record(p) for p in sorted(data.photos, key=lambda p: (p.position, p.id))]
    document.update(agreements_to_document(data.agreements))
    # Only when there are some: a reader from before the follow-up refuses unknown keys.
    document.update(followup_to_document(data.followup))
    return document


def _photo_to_record(photo: Photo) -> dict[str, Any]:
    return {
        "id": photo.id,
        "phase": photo.phase,
        "position": photo.position,
        "caption": photo.caption,
        "original_name": photo.original_name,
        "media_type": photo.media_type,
        "created_at": photo.created_at,
        "updated_at": photo.updated_at,
        "data_base64": base64.b64encode(photo.data).decode("ascii"),
    }


def _photo_from_record(record: dict[str, Any], path: str) -> Photo:
    try:
        data = base64.b64decode(record["data_base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DocumentError(f"{path}.data_base64", "invalid", message=str(exc)) from exc
    problem = check_photo_data(data)
    if problem:
        raise DocumentError(f"{path}.data_base64", problem.code, **problem.params)
    for name in ("caption", "phase"):
        problem = check_photo_field(name, record.get(name, ""))
        if problem:
            raise DocumentError(f"{path}.{name}", problem.code, **problem.params)
    sniffed = sniff_image(data)
    assert sniffed is not None
    media_type, width, height = sniffed
    return Photo(
        id=record["id"],
        phase=record.get("phase", ""),
        caption=record.get("caption", ""),
        position=int(record["position"]),
        original_name=record.get("original_name", ""),
        media_type=media_type,
        width=width,
        height=height,
        created_at=record["created_at"],
        updated_at=record["updated_at"],
        data=data,
    )


def _iso(value: dt.datetime | None) -> str | None:
    return format_instant_seconds(value) if value else None


def recorded_actuals(data: ExchangeData) -> list[dict[str, Any]]:
    """Planned against actual start, end and minutes of every item, as recorded up to the last clock event.

    Derived from the agenda and the clock events (ignored on import); taken at
    the last event rather than "now" so the same file always exports the same
    document.
    """
    agenda = sorted(data.agenda, key=lambda i: (i.position, i.id))
    if not agenda:
        return []
    slots = planned_schedule(workshop_start_utc(data.workshop), agenda)
    actuals = {}
    if data.clock_events:
        last = max(event.at for event in data.clock_events)
        actuals = {a.item_id: a for a in compute_state(agenda, data.clock_events, last).actuals}
    rows = []
    for item, slot in zip(agenda, slots, strict=True):
        actual = actuals.get(item.id)
        rows.append(
            {
                "item_id": item.id,
                "planned_start": _iso(slot.start),
                "planned_end": _iso(slot.end),
                "planned_minutes": item.planned_minutes,
                "actual_start": _iso(actual.start) if actual else None,
                "actual_end": _iso(actual.end) if actual else None,
                "actual_seconds": round(actual.running_seconds) if actual else None,
                "extended_seconds": actual.extended_seconds if actual else 0,
            }
        )
    return rows


def dumps(document: dict[str, Any]) -> str:
    """The document as UTF-8 JSON text, human-readable and diff-friendly."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def parse_document(document: Any, schema_path: Path) -> ExchangeData:
    """Check a decoded document and return its records; raises :class:`DocumentError` on the first problem.

    First the limits of :mod:`~zwdesktop.core.exchange_check` (nesting, numbers,
    text), then the schema, then the program's own rules for every record. A
    document is taken whole or refused whole: nothing here writes anything.
    """
    check_structure(document)
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("format_version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise DocumentError("$.format_version", "too_new", version=version)
    check_schema(document, schema_path)
    try:
        return _records(document)
    except DocumentError:
        raise
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        # A rule this module does not know yet: still one line, never a traceback.
        raise DocumentError("$", "invalid", message=str(exc)) from exc


def _records(document: dict[str, Any]) -> ExchangeData:
    workshop = _checked_workshop(document["workshop"])
    workshop.updated_at = canonical_instant(workshop.updated_at)
    agenda = [agenda_from_record(record) for record in document["agenda"]]
    for index, item in enumerate(agenda):
        # One spelling of instants, so "later change wins" compares like with like.
        item.updated_at = canonical_instant(item.updated_at)
        for name in AGENDA_EDITABLE_FIELDS:
            problem = check_agenda_field(name, getattr(item, name))
            if problem:
                raise DocumentError(f"$.agenda[{index}].{name}", problem.code, **problem.params)
    check_unique([item.id for item in agenda], "$.agenda")
    ids = {item.id for item in agenda}
    events = []
    for index, record in enumerate(document.get("clock_events", [])):
        if record.get("item_id") and record["item_id"] not in ids:
            raise DocumentError(f"$.clock_events[{index}].item_id", "unknown_item", value=record["item_id"])
        try:
            events.append(_event_from_record(record))
        except ValueError as exc:
            raise DocumentError(f"$.clock_events[{index}]", "invalid", message=str(exc)) from exc
    check_unique([event.id for event in events], "$.clock_events")
    photos = [_photo_from_record(record, f"$.photos[{i}]") for i, record in enumerate(document.get("photos", []))]
    check_unique([photo.id for photo in photos], "$.photos")
    agreements = agreements_from_document(document)
    clusters = clusters_from_records(document.get("clusters", []), _fail)
    check_unique([cluster.id for cluster in clusters], "$.clusters")
    ideas = ideas_from_records(document.get("ideas", []), {c.id for c in clusters}, _fail)
    check_unique([idea.id for idea in ideas], "$.ideas")
    return ExchangeData(
        workshop=workshop,
        agenda=agenda,
        clock_events=events,
        photos=photos,
        agreements=agreements,
        clusters=clusters,
        ideas=ideas,
        votes=votes_from_document(document),
        followup=followup_from_document(document, agreements),
    )


def _fail(path: str, code: str, params: dict[str, Any]) -> DocumentError:
    return DocumentError(path, code, **params)


def _checked_workshop(record: dict[str, Any]) -> Workshop:
    problem = check_workshop_field("timezone", record.get("timezone", ""))
    if problem:
        raise DocumentError("$.workshop.timezone", problem.code, **problem.params)
    starts = parse_instant(record["starts_at"])
    ends = parse_instant(record["ends_at"])
    if ends <= starts:
        raise DocumentError("$.workshop.ends_at", "end_before_start")
    if ends - starts >= dt.timedelta(days=1):
        raise DocumentError("$.workshop.ends_at", "invalid", message="longer than a day")
    try:
        workshop = workshop_from_record(_with_defaults(record))
    except (ValueError, KeyError) as exc:
        raise DocumentError("$.workshop", "invalid", message=str(exc)) from exc
    for name, value in asdict(workshop).items():
        problem = check_workshop_field(name, value)
        if problem:
            raise DocumentError(f"$.workshop.{name}", problem.code, **problem.params)
    return workshop


def _with_defaults(record: dict[str, Any]) -> dict[str, Any]:
    defaults = workshop_to_record(Workshop())
    defaults.update(record)
    return defaults
