"""File → Merge ideas from another laptop: bring a second file's (or document's) ideas and clusters into the open file.

The source may be the other laptop's workshop file (``.zwd``, opened
read-only) or its exchange document (``.json``). It may belong to another
workshop (a file the assistant started new): then only its ideas and
clusters are taken. The merge is one transaction; it is not on the undo
stack (it is a file operation, like opening), and the report says what came
in and which copies lost against a later change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.exchange import ExchangeData
from ...core.exchange_check import DocumentError, DocumentFileError
from ...core.ideas import Cluster, Idea
from ...core.ideas_merge import Conflict
from ...export.exchange_file import read_source as read_checked
from ...store import StoreError, WorkshopStore
from ...store.merge import merge_document
from ..document_messages import document_error_text, not_json_text
from ..i18n import arg
from ..messages import store_error_text
from ..session import WorkshopSession
from .dialogs import IdeaAsk


def read_source(path: Path) -> ExchangeData:
    """The checked records of a workshop file (opened read-only) or an exchange document."""
    return read_checked(path, lambda other: WorkshopStore.open(other, read_only=True))


def merge_ideas_from(parent: QWidget, session: WorkshopSession, path: Path | None = None) -> bool:
    """Ask for the source (unless given), merge, and report; returns whether the file changed."""
    title = QCoreApplication.translate("IdeaMerge", "Merge ideas from another laptop")
    if path is None:
        path = IdeaAsk.merge_source(parent, str(session.store.path.parent))
        if path is None:
            return False
    if path.resolve() == session.store.path.resolve():
        IdeaAsk.report(parent, title, QCoreApplication.translate("IdeaMerge", "This is the open file itself."))
        return False
    try:
        data = read_source(path)
    except StoreError as exc:
        IdeaAsk.report(parent, title, store_error_text(exc))
        return False
    except DocumentError as exc:
        IdeaAsk.report(parent, title, document_error_text(exc))
        return False
    except DocumentFileError as exc:
        IdeaAsk.report(parent, title, not_json_text(str(path), exc))
        return False
    except (OSError, MemoryError) as exc:
        message = QCoreApplication.translate("IdeaMerge", "%1 could not be read: %2")
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        IdeaAsk.report(parent, title, arg(message, str(path), detail))
        return False
    try:
        report = merge_document(session.store, data)
    except StoreError as exc:
        IdeaAsk.report(parent, title, store_error_text(exc))
        return False
    lines = []
    if report.other_workshop is not None:
        lines.append(
            arg(
                QCoreApplication.translate(
                    "IdeaMerge", "The file belongs to another workshop (“%1”): only its ideas and clusters were taken."
                ),
                report.other_workshop,
            )
        )
    counts = QCoreApplication.translate(
        "IdeaMerge", "New ideas: %1, new clusters: %2, changed: %3, kept because changed later here: %4."
    )
    lines.append(
        arg(
            counts,
            str(report.added.get("ideas", 0)),
            str(report.added.get("clusters", 0)),
            str(sum(report.updated.values())),
            str(sum(report.kept_newer.values())),
        )
    )
    if not report.changed:
        lines.append(QCoreApplication.translate("IdeaMerge", "Nothing new: the file already holds all of it."))
    for conflict in report.conflicts[:20]:
        lines.append(conflict_text(conflict))
    if len(report.conflicts) > 20:
        more = QCoreApplication.translate("IdeaMerge", "… and %1 more.")
        lines.append(arg(more, str(len(report.conflicts) - 20)))
    IdeaAsk.report(parent, title, "\n\n".join(lines))
    return report.changed


def conflict_text(conflict: Conflict) -> str:
    """One sentence on a row both laptops had in different versions."""
    kept, lost = conflict.kept, conflict.lost

    def shown(row: Idea | Cluster) -> str:
        text = row.text if isinstance(row, Idea) else row.name
        line = " ".join(text.split())
        line = line if len(line) <= 70 else line[:69] + "…"
        if row.deleted:
            return arg(QCoreApplication.translate("IdeaMerge", "“%1” (deleted)"), line)
        return f"“{line}”"

    if isinstance(kept, Idea) and isinstance(lost, Idea) and kept.merged_into is not None and lost.merged_into is None:
        # A merge of two ideas is kept on both laptops; the change made without knowing of it is reported.
        if conflict.from_document:
            template = QCoreApplication.translate(
                "IdeaMerge", "Merged into another idea on the other laptop, and it stays so; replaced here: %1."
            )
        else:
            template = QCoreApplication.translate(
                "IdeaMerge", "Merged into another idea here, and it stays so; not taken from the other laptop: %1."
            )
        return arg(template, shown(lost))
    if conflict.from_document:
        template = QCoreApplication.translate(
            "IdeaMerge", "Changed on both laptops; the later change was taken: %1 (replaced: %2)."
        )
    else:
        template = QCoreApplication.translate(
            "IdeaMerge", "Changed on both laptops; the later change here was kept: %1 (not taken: %2)."
        )
    return arg(template, shown(kept), shown(lost))
