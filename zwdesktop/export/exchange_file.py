"""The exchange document as a file: write one from a workshop file, read one back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..core.exchange import ExchangeData, build_document, dumps, parse_document
from ..core.exchange_check import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    DocumentFileError,
    decode_document,
    shown,
    too_large,
)
from ..paths import resource_dir
from ..store.errors import StoreError, StoreErrorKind
from ..store.workshop_store import FILE_SUFFIX, WorkshopStore
from .atomic import write_text_atomic


def schema_path() -> Path:
    """The JSON Schema of the exchange format."""
    return resource_dir() / "schema" / "exchange.schema.json"


def exchange_data(store: WorkshopStore) -> ExchangeData:
    """Everything in an open workshop file, as exchange records."""
    return ExchangeData(
        workshop=store.workshop(),
        agenda=store.agenda.all(),
        clock_events=store.clock.events(),
        photos=store.photos.all(with_data=True),
        agreements=store.agreements.data(),
        clusters=store.ideas.clusters(include_deleted=True),
        ideas=store.ideas.all(include_hidden=True),
        votes=store.votes.data(),
        followup=store.followup.data(),
    )


def write_exchange_file(store: WorkshopStore, target: Path) -> None:
    """Write the workshop's exchange document to ``target`` (atomically)."""
    write_text_atomic(target, dumps(build_document(exchange_data(store))))


def read_exchange_file(source: Path) -> ExchangeData:
    """Read and check an exchange document; raises :class:`DocumentFileError`, :class:`DocumentError` or ``OSError``.

    A file larger than the document limit is refused before it is read.
    """
    source = Path(source)
    size = source.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise too_large(size)
    with source.open("rb") as handle:
        raw = handle.read(MAX_DOCUMENT_BYTES + 1)  # the file may have grown since
    return parse_document(decode_document(raw), schema_path())


def checked_exchange_data(store: WorkshopStore) -> ExchangeData:
    """Another workshop file's records, checked like a document from outside before they are merged.

    A file can hold what the window never lets anyone type (an edit with the
    ``sqlite3`` shell, a damaged page): it passes through the same limits,
    schema and rules as an exchange document, so a merge takes it whole or not at all.
    """
    try:
        document = json.loads(dumps(build_document(exchange_data(store))))
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise StoreError(StoreErrorKind.CORRUPT, path=str(store.path), detail=shown(str(exc))) from exc
    return parse_document(document, schema_path())


def read_source(source: Path, open_store: Callable[[Path], WorkshopStore]) -> ExchangeData:
    """The checked records of an exchange document or of another workshop file (``.zwd``, opened with ``open_store``)."""
    if Path(source).suffix.lower() == FILE_SUFFIX:
        with open_store(source) as other:
            return checked_exchange_data(other)
    return read_exchange_file(source)


__all__ = ["DocumentError", "DocumentFileError", "read_exchange_file", "read_source", "write_exchange_file"]
