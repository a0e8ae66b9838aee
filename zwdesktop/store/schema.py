"""The schema of the workshop file, built only by migrations.

Each migration is a plain function over a ``sqlite_utils.Database``; they are
registered in order with sqlite-utils' ``Migrations``. The file's schema
version is the number of applied migrations. A file that has a migration we
do not know was written by a newer zwdesktop and is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "zwdesktop"
# "ZWD1" — marks a SQLite file as a workshop file (PRAGMA application_id), so
# another application's SQLite file is recognised and left alone.
APPLICATION_ID = 0x5A574431


def _m0001_initial(db: Database) -> None:
    db.table("workshop").create(
        {
            "id": str,
            "title": str,
            "guiding_question": str,
            "municipality": str,
            "county": str,
            "venue_name": str,
            "venue_address": str,
            "starts_at": str,  # UTC ISO 8601
            "ends_at": str,  # UTC ISO 8601
            "timezone": str,
            "moderation_team": str,
            "contact_name": str,
            "contact_role": str,
            "contact_email": str,
            "contact_phone": str,
            "funder_line": str,
            "minutes_language": str,
            "count_staff": int,
            "count_volunteers": int,
            "count_other": int,
            "notes": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "starts_at", "ends_at", "timezone", "updated_at"},
    )
    db.table("agenda_item").create(
        {
            "id": str,
            "workshop_id": str,
            "position": int,
            "title": str,
            "phase": str,
            "planned_minutes": int,
            "method": str,
            "material": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "position", "title", "phase", "planned_minutes", "updated_at"},
    )
    db.table("agenda_item").create_index(["workshop_id", "position"])


def _m0002_clock_events(db: Database) -> None:
    db.table("clock_event").create(
        {
            "id": str,
            "workshop_id": str,
            "kind": str,
            "at": str,  # UTC ISO 8601
            "item_id": str,
            "seconds": int,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "kind", "at"},
    )
    db.table("clock_event").create_index(["workshop_id", "at"])


def _m0003_ideas(db: Database) -> None:
    # Ideas and clusters (Themenspeicher). Self-contained: only its own tables.
    # Deleting is a tombstone (``deleted``) so a delete merges like any change
    # between two laptops ("later updated_at wins"); see core/ideas.py.
    db.table("idea_cluster").create(
        {
            "id": str,
            "workshop_id": str,  # the file's workshop (also for rows merged in from another workshop's file)
            "name": str,
            "colour": str,  # "#rrggbb"
            "position": int,
            "deleted": int,  # 0/1
            "updated_at": str,  # UTC ISO 8601
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "name", "colour", "position", "deleted", "updated_at"},
    )
    db.table("idea").create(
        {
            "id": str,
            "workshop_id": str,
            "text": str,
            "phase": str,  # an agenda phase code
            "cluster_id": str,  # or NULL
            "author": str,  # table group or name; "" = anonymous
            "reframed_from": str,  # a critique idea's id, or NULL
            "merged_into": str,  # the surviving idea of a merge, or NULL
            "deleted": int,  # 0/1
            "created_at": str,  # UTC ISO 8601
            "updated_at": str,  # UTC ISO 8601
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "text", "phase", "author", "deleted", "created_at", "updated_at"},
    )
    db.table("idea").create_index(["phase", "created_at"])


def _m0004_votes(db: Database) -> None:
    db.table("vote_round").create(
        {
            "id": str,
            "workshop_id": str,
            "position": int,
            "title": str,
            "kind": str,  # dots | mood
            "phase": str,
            "participants": int,
            "dots_per_person": int,
            "stacking": str,  # free | cap
            "cap_per_option": int,
            "cutoff": int,
            "entry": str,  # tallies | ballots
            "status": str,  # open | closed
            "runoff_of": str,  # the round whose tie this run-off settles
            "settlement": str,  # "" | runoff | all_forward | group
            "settlement_note": str,
            "chosen_ids": str,  # JSON list of option ids (group decision)
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "position", "title", "kind", "status", "updated_at"},
    )
    db.table("vote_option").create(
        {
            "id": str,
            "round_id": str,
            "position": int,
            "label": str,  # the text at the time of the vote
            "source_kind": str,  # idea | cluster | custom
            "source_id": str,
            "tally": int,
            "parent_option_id": str,  # in a run-off: the tied option it stands for
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("round_id", "vote_round", "id")],
        not_null={"round_id", "position", "label", "source_kind", "tally", "updated_at"},
    )
    db.table("vote_option").create_index(["round_id", "position"])
    db.table("vote_ballot").create(
        {"id": str, "round_id": str, "number": int, "dots": str, "updated_at": str},  # dots: JSON {option id: n}
        pk="id",
        foreign_keys=[("round_id", "vote_round", "id")],
        not_null={"round_id", "number", "dots", "updated_at"},
    )
    db.table("vote_ballot").create_index(["round_id", "number"])
    db.table("vote_event").create(
        {"id": str, "round_id": str, "kind": str, "at": str, "note": str},
        pk="id",
        foreign_keys=[("round_id", "vote_round", "id")],
        not_null={"round_id", "kind", "at"},
    )
    db.table("vote_event").create_index(["round_id", "at"])


def _m0006_photos(db: Database) -> None:
    # Photos ("Impressionen") with their bytes in the file, so the workshop
    # file stays the one thing to copy. Self-contained: it creates only its
    # own table (its number leaves room for migrations made in parallel).
    db.table("photo").create(
        {
            "id": str,
            "workshop_id": str,
            "phase": str,  # a phase code, or "" for "at the end"
            "position": int,  # the process order over all photos
            "caption": str,
            "original_name": str,
            "media_type": str,  # image/jpeg or image/png
            "width": int,
            "height": int,
            "data": bytes,
            "created_at": str,  # UTC ISO 8601
            "updated_at": str,  # UTC ISO 8601
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "phase", "position", "media_type", "data", "created_at", "updated_at"},
    )
    db.table("photo").create_index(["workshop_id", "position"])


def _m0005_agreements(db: Database) -> None:
    # Agreements (project groups) with their steps, origins, members and meetings; the steering group;
    # the mailing list. Self-contained: only its own tables (numbered to leave room for parallel work).
    db.table("agreement").create(
        {
            "id": str,
            "workshop_id": str,
            "position": int,
            "title": str,
            "goal": str,
            "status": str,  # planned, active, done, dropped
            "contact_name": str,
            "contact_role": str,
            "contact_email": str,
            "contact_phone": str,
            "signup_url": str,
            "signup_email": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "position", "title", "status", "updated_at"},
    )
    for table, columns in (
        ("agreement_step", {"what": str, "who": str, "with_whom": str, "due": str}),  # due: YYYY-MM-DD or NULL
        ("agreement_origin", {"source_kind": str, "source_id": str, "label": str}),  # label: a snapshot
        (
            "agreement_member",
            {"name": str, "email": str, "phone": str, "consent_text": str, "consent_at": str},
        ),
    ):
        db.table(table).create(
            {"id": str, "agreement_id": str, "position": int, **columns, "updated_at": str},
            pk="id",
            foreign_keys=[("agreement_id", "agreement", "id")],
            not_null={"agreement_id", "position", "updated_at"},
        )
        db.table(table).create_index(["agreement_id", "position"])
    db.table("meeting").create(
        {
            "id": str,
            "workshop_id": str,
            "agreement_id": str,  # NULL: a meeting of the steering group
            "starts_at": str,  # UTC ISO 8601
            "ends_at": str,  # UTC ISO 8601
            "place": str,
            "address": str,
            "purpose": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id"), ("agreement_id", "agreement", "id")],
        not_null={"workshop_id", "starts_at", "ends_at", "updated_at"},
    )
    db.table("meeting").create_index(["agreement_id", "starts_at"])
    db.table("steering_member").create(
        {
            "id": str,
            "workshop_id": str,
            "position": int,
            "name": str,
            "role": str,  # staff, volunteer, other
            "email": str,
            "phone": str,
            "consent_text": str,
            "consent_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "position", "name", "role", "updated_at"},
    )
    db.table("signup").create(
        {
            "id": str,
            "workshop_id": str,
            "name": str,
            "email": str,
            "phone": str,
            "municipality": str,
            "groups": str,  # JSON array of agreement ids (or "steering")
            "consent_text": str,  # the consent text as shown when signing up
            "consent_at": str,  # UTC ISO 8601
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id")],
        not_null={"workshop_id", "name", "email", "consent_text", "consent_at", "created_at", "updated_at"},
    )


def _m0007_followup(db: Database) -> None:
    # After the workshop: what became of the steps and meetings, a meeting's notes and attendees, the
    # minutes' corrections and approval. Existing rows get the values they had in effect: every step
    # open, every meeting planned with nobody counted.
    db.table("agreement_step").add_column("state", str, not_null_default="open")  # open, started, done, dropped
    db.table("meeting").add_column("status", str, not_null_default="planned")  # planned, held, cancelled
    for column in ("count_staff", "count_volunteers", "count_other"):
        db.table("meeting").add_column(column, int, not_null_default=0)
    db.table("meeting_note").create(
        {
            "id": str,
            "meeting_id": str,
            "position": int,
            "kind": str,  # information, decision, task
            "text": str,
            "step_id": str,  # the step a task became (no foreign key: the step may be removed later), or NULL
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meeting", "id")],
        not_null={"meeting_id", "position", "kind", "text", "updated_at"},
    )
    db.table("meeting_note").create_index(["meeting_id", "position"])
    db.table("meeting_attendee").create(
        {
            "id": str,
            "meeting_id": str,
            "position": int,
            "person_kind": str,  # member, steering, signup
            "person_id": str,  # the row of that table (no foreign key: the person may leave the group)
            "name": str,  # as it was at the meeting
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meeting", "id")],
        not_null={"meeting_id", "position", "person_kind", "person_id", "name", "updated_at"},
    )
    db.table("meeting_attendee").create_index(["meeting_id", "position"])
    db.table("minutes_revision").create(
        {
            "id": str,
            "workshop_id": str,
            "kind": str,  # correction, approval
            "day": str,  # YYYY-MM-DD
            "by": str,
            "what": str,
            "meeting_id": str,  # an approval's follow-up meeting, or NULL
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("workshop_id", "workshop", "id"), ("meeting_id", "meeting", "id")],
        not_null={"workshop_id", "kind", "day", "created_at", "updated_at"},
    )


# In order. Never edit or remove a migration that has shipped: add a new one.
# The numbers are only names (stored in every file, so they cannot change); this list's order
# is the order they run in: 0006_photos shipped before 0005_agreements.
MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("0001_initial", _m0001_initial),
    ("0002_clock_events", _m0002_clock_events),
    ("0003_ideas", _m0003_ideas),
    ("0004_votes", _m0004_votes),
    ("0006_photos", _m0006_photos),
    ("0005_agreements", _m0005_agreements),
    ("0007_followup", _m0007_followup),
]
MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _fn in MIGRATIONS)
SCHEMA_VERSION = len(MIGRATIONS)


def build_migrations(upto: int | None = None) -> Migrations:
    """The sqlite-utils migration set (optionally only the first ``upto`` migrations, for tests)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS[: upto if upto is not None else len(MIGRATIONS)]:
        migrations(name=name)(fn)
    return migrations
