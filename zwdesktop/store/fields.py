"""Checking the fields of a change before anything is written: one loop for every feature."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from ..core.validation import Problem
from .errors import InvalidValueError, StoreError, StoreErrorKind

Check = Callable[[str, Any], Problem | None]


def check_fields(values: Mapping[str, Any], allowed: Collection[str], check: Check) -> None:
    """Refuse a field that is not in ``allowed`` (``unknown_field``) or a value ``check`` finds a problem with.

    Raises at the first one, so a refused change writes nothing.
    """
    for name, value in values.items():
        if name not in allowed:
            raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
        problem = check(name, value)
        if problem:
            raise InvalidValueError(name, problem)


def fields_of(record: object, names: Iterable[str]) -> dict[str, Any]:
    """The values of ``names`` in ``record`` (to check a whole new record with :func:`check_fields`)."""
    return {name: getattr(record, name) for name in names}
