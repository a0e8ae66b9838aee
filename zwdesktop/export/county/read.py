"""Reading the county's workshop files: read-only, no lock, nothing written, bad files listed and left out.

Every file goes through the store's read-only path (:meth:`WorkshopStore.open`
with ``read_only``): a file open in another zwdesktop is read too, since no
lock is taken; a file of an older schema is upgraded in a private copy only
(no backup, no write); nothing appears beside the file. The store's verdict
(:mod:`zwdesktop.store.verdict`) refuses a damaged, foreign, newer or
unreadable file: it is listed with its problem and left out, the rest is read.

Two files of the same workshop (a backup, a second laptop's copy) are one
workshop: the copy with the later change is taken (on a tie the one that is
not a backup), the other is listed as the same workshop.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from msgspec import Struct

from ...core.county import CountyOverview, LeftOut, WorkshopFacts, county_overview, workshop_facts
from ...core.county_topics import TopicEdit
from ...core.exchange import ExchangeData
from ...store import StoreError, WorkshopStore
from ...store.workshop_store import FILE_SUFFIX

DUPLICATE = "duplicate"  # a LeftOut problem: a copy of a workshop taken from another file
NO_FILES = "no_files"  # a LeftOut problem: a folder without workshop files


class Found(Struct, frozen=True):
    """The files to read, in order, and what was given that holds none (a folder without workshop files)."""

    files: tuple[Path, ...]
    empty: tuple[LeftOut, ...]


def _files_inside(folder: Path) -> list[Path]:
    """Every ``*.zwd`` in ``folder`` and its subfolders, by name; hidden folders and files left out.

    Hidden ones are what a file manager does not show: a home folder's ``.local`` holds zwdesktop's
    own backups (a workshop set aside there would be counted) and ``.cache`` may hold thousands of files.
    """
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(root, name) for name in names if name.endswith(FILE_SUFFIX) and not name.startswith(".")]
    return sorted((p for p in found if p.is_file()), key=lambda p: str(p).casefold())


def workshop_files(paths: Iterable[Path]) -> Found:
    """The workshop files named, with every ``*.zwd`` in named folders and their (not hidden) subfolders, each once."""
    files: dict[Path, None] = {}
    empty: list[LeftOut] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = _files_inside(path)
            if not inside:
                empty.append(LeftOut(str(path), NO_FILES))
            for found in inside:
                files.setdefault(found, None)
        else:
            files.setdefault(path, None)
    return Found(tuple(files), tuple(empty))


def read_data(store: WorkshopStore) -> ExchangeData:
    """What the county needs of an open file: the workshop, ideas, clusters, votes, agreements (no photos)."""
    return ExchangeData(
        workshop=store.workshop(),
        agenda=[],
        agreements=store.agreements.data(),
        clusters=store.ideas.clusters(include_deleted=True),
        ideas=store.ideas.all(include_hidden=True),
        votes=store.votes.data(),
    )


def read_one(path: Path, now: dt.datetime) -> WorkshopFacts:
    """The facts of one file, read-only; raises :class:`StoreError` for a file that is left out."""
    with WorkshopStore.open(path, read_only=True) as store:
        return workshop_facts(read_data(store), str(path), now)


def _preference(facts: WorkshopFacts) -> tuple[str, bool, float]:
    """Of two copies of a workshop: the later change, else not a backup, else the file written last."""
    path = Path(facts.source)
    backup = "backups" in path.parts or ".backup-" in path.name
    try:
        written = os.stat(path).st_mtime
    except OSError:
        written = 0.0
    return facts.last_change, not backup, written


def read_workshops(
    paths: Sequence[Path],
    now: dt.datetime,
    progress: Callable[[int, int, Path], None] | None = None,
) -> tuple[list[WorkshopFacts], list[LeftOut]]:
    """Read every workshop file in ``paths`` (files or folders); returns the workshops and the files left out."""
    found = workshop_files(paths)
    read: dict[str, WorkshopFacts] = {}
    left_out: list[LeftOut] = list(found.empty)
    for index, path in enumerate(found.files):
        if progress is not None:
            progress(index, len(found.files), path)
        try:
            facts = read_one(path, now)
        except StoreError as exc:
            left_out.append(LeftOut(str(path), exc.kind.value, _detail(exc)))
            continue
        other = read.get(facts.key)
        if other is None:
            read[facts.key] = facts
            continue
        newer, older = (facts, other) if _preference(facts) > _preference(other) else (other, facts)
        read[facts.key] = newer
        left_out.append(LeftOut(older.source, DUPLICATE, newer.source))
    return list(read.values()), left_out


def _detail(exc: StoreError) -> str:
    if "version" in exc.params:
        return str(exc.params["version"])
    return str(exc.params.get("detail", ""))


def read_county(
    paths: Sequence[Path],
    now: dt.datetime | None = None,
    edits: Sequence[TopicEdit] = (),
    progress: Callable[[int, int, Path], None] | None = None,
) -> CountyOverview:
    """The county overview of the workshop files in ``paths`` (``now``: by default the current time)."""
    moment = now or dt.datetime.now(dt.UTC)
    workshops, left_out = read_workshops(paths, moment, progress)
    return county_overview(workshops, left_out, moment, edits)
