"""Errors of the workshop file, each with a stable ``kind`` the interfaces put into words."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.validation import Problem


class StoreErrorKind(enum.StrEnum):
    """What went wrong with a workshop file; the command line and the window each have a sentence per kind."""

    MISSING = "missing"
    MISSING_FOLDER = "missing_folder"
    NOT_A_FILE = "not_a_file"
    NO_PERMISSION = "no_permission"
    NOT_SQLITE = "not_sqlite"
    CORRUPT = "corrupt"  # unreadable, or a value in it breaks the rules: refused
    DAMAGED_READABLE = "damaged_readable"  # SQLite's checks fail but every record reads: read-only at most
    FOREIGN = "foreign"
    TOO_NEW = "too_new"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    EXISTS = "exists"
    IO_ERROR = "io_error"
    INVALID_VALUE = "invalid_value"
    LOCKED = "locked"
    NOT_FOUND = "not_found"
    UNKNOWN_FIELD = "unknown_field"
    OTHER_WORKSHOP = "other_workshop"
    IN_USE = "in_use"  # a merge cannot be taken back: something not undone (the clock) uses what it brought


class StoreError(Exception):
    """A workshop file could not be opened or changed; nothing was written.

    ``kind`` says what went wrong (:class:`StoreErrorKind`; an unknown kind
    raises ``ValueError`` at once) and ``params`` carries the details a
    message needs, e.g. ``path``.
    """

    def __init__(self, kind: StoreErrorKind, **params: Any) -> None:
        checked = StoreErrorKind(kind)
        super().__init__(f"{checked.value}: {params}")
        self.kind = checked
        self.params = params


class InvalidValueError(StoreError):
    """A change was refused by a validation rule; ``problem`` says which."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__(StoreErrorKind.INVALID_VALUE, field=field, code=problem.code, **problem.params)
        self.field = field
        self.problem = problem


class LockedError(StoreError):
    """Another running program holds the file; it may still be opened read-only."""

    def __init__(self, path: str, user: str, host: str, since: str, pid: int) -> None:
        super().__init__(StoreErrorKind.LOCKED, path=path, user=user, host=host, since=since, pid=pid)
