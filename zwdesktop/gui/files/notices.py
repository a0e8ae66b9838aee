"""What the window says about the open file itself: the read-only banner, by why the file is read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...store import WorkshopStore
from ..i18n import arg


def read_only_banner(store: WorkshopStore) -> str:
    """The banner above the sections of a file open read-only ("" when it is writable)."""
    if not store.read_only:
        return ""
    if store.read_only_reason == "damaged":
        return arg(
            QCoreApplication.translate(
                "FileNotices",
                "This file is damaged (technical detail: %1). It is shown read-only and nothing is written into it. To keep what it"
                " holds, export the minutes or the exchange document; File → Restore from backup… opens an earlier"
                " state of the workshop.",
            ),
            store.damage[0] if store.damage else "?",
        )
    if store.read_only_reason == "not_writable":
        return QCoreApplication.translate(
            "FileNotices",
            "This file is in a place that cannot be written (a CD, a write-protected stick, a read-only folder)."
            " It is shown read-only with everything it holds; save a copy elsewhere to change it.",
        )
    return QCoreApplication.translate(
        "FileNotices", "This file is open read-only: you can look but not change anything."
    )
