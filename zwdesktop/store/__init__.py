"""The only layer that speaks SQL: one workshop is one SQLite file (``*.zwd``)."""

from .errors import LockedError, StoreError, StoreErrorKind
from .workshop_store import WorkshopStore

__all__ = ["LockedError", "StoreError", "StoreErrorKind", "WorkshopStore"]
