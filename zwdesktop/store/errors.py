"""Errors of the workshop file, each with a stable ``kind`` the interfaces put into words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.validation import Problem

# kinds: missing, not_a_file, not_sqlite, corrupt, foreign, too_new,
# needs_migration_read_only, disk_full, read_only, exists, io_error,
# invalid_value, locked, not_found


class StoreError(Exception):
    """A workshop file could not be opened or changed; nothing was written.

    ``kind`` says what went wrong (see the list above) and ``params`` carries
    the details a message needs, e.g. ``path``.
    """

    def __init__(self, kind: str, **params: Any) -> None:
        super().__init__(f"{kind}: {params}")
        self.kind = kind
        self.params = params


class InvalidValueError(StoreError):
    """A change was refused by a validation rule; ``problem`` says which."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__("invalid_value", field=field, code=problem.code, **problem.params)
        self.field = field
        self.problem = problem


class LockedError(StoreError):
    """Another running program holds the file; it may still be opened read-only."""

    def __init__(self, path: str, user: str, host: str, since: str, pid: int) -> None:
        super().__init__("locked", path=path, user=user, host=host, since=since, pid=pid)
