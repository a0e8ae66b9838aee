"""The exchange document as a file: write one from a workshop file, read one back."""

from __future__ import annotations

import json
from pathlib import Path

from ..core.exchange import DocumentError, ExchangeData, build_document, dumps, parse_document
from ..paths import resource_dir
from ..store.workshop_store import WorkshopStore
from .atomic import write_text_atomic


def schema_path() -> Path:
    """The JSON Schema of the exchange format."""
    return resource_dir() / "schema" / "exchange.schema.json"


def exchange_data(store: WorkshopStore) -> ExchangeData:
    """Everything in an open workshop file, as exchange records."""
    from ..store.votes import vote_data

    return ExchangeData(
        workshop=store.workshop(),
        agenda=store.agenda(),
        clock_events=store.clock_events(),
        photos=store.photos(with_data=True),
        agreements=store.agreements.data(),
        clusters=store.clusters(include_deleted=True),
        ideas=store.ideas(include_hidden=True),
        votes=vote_data(store),
    )


def write_exchange_file(store: WorkshopStore, target: Path) -> None:
    """Write the workshop's exchange document to ``target`` (atomically)."""
    write_text_atomic(target, dumps(build_document(exchange_data(store))))


class DocumentFileError(ValueError):
    """The file is not JSON at all (``line``, ``column``, ``detail``)."""

    def __init__(self, line: int, column: int, detail: str) -> None:
        super().__init__(f"{line}:{column}: {detail}")
        self.line, self.column, self.detail = line, column, detail


def read_exchange_file(source: Path) -> ExchangeData:
    """Read and check an exchange document; raises :class:`DocumentFileError`, :class:`DocumentError` or ``OSError``."""
    raw = Path(source).read_bytes()
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentFileError(1, exc.start + 1, "not UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise DocumentFileError(exc.lineno, exc.colno, exc.msg) from exc
    return parse_document(document, schema_path())


__all__ = ["DocumentError", "DocumentFileError", "read_exchange_file", "write_exchange_file"]
