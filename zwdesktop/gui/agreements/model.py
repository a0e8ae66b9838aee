"""The list of agreements as a Qt model over the store, flagging those without a first meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from ...core.agreements import AgreementBundle
from ...store.changes import Area, Change
from ..i18n import arg
from ..model_index import AnyIndex
from ..session import WorkshopSession
from .texts import meeting_line, status_name


class AgreementListModel(QAbstractListModel):
    """One row per agreement: title, status and first meeting, or the flag "no first meeting yet"."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    FlagRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bundles: list[AgreementBundle] = session.store.agreements.bundles()
        self.zone = session.store.workshop().timezone
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if not change.touches(Area.AGREEMENTS, Area.WORKSHOP):
            return
        new = self.session.store.agreements.bundles()
        self.zone = self.session.store.workshop().timezone
        if [b.agreement.id for b in new] != [b.agreement.id for b in self.bundles]:
            self.beginResetModel()
            self.bundles = new
            self.endResetModel()
            return
        self.bundles = new
        if new:
            self.dataChanged.emit(self.index(0), self.index(len(new) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of agreements."""
        return 0 if parent.isValid() else len(self.bundles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title with status and first meeting; the flag in its own role and colour."""
        if not index.isValid() or not 0 <= index.row() < len(self.bundles):
            return None
        bundle = self.bundles[index.row()]
        if role == self.IdRole:
            return bundle.agreement.id
        if role == self.FlagRole:
            return bundle.needs_first_meeting
        if role == Qt.ItemDataRole.DisplayRole:
            first = bundle.first_meeting
            if first is not None:
                second = arg(self.tr("First meeting: %1"), meeting_line(first, self.zone))
            elif bundle.needs_first_meeting:
                second = "⚠ " + self.tr("No first meeting yet – agree one soon")
            else:
                second = ""
            head = f"{bundle.agreement.title} ({status_name(bundle.agreement.status)})"
            return head + ("\n" + second if second else "")
        if role == Qt.ItemDataRole.ToolTipRole and bundle.needs_first_meeting:
            return self.tr("This group has no follow-up meeting yet. A first meeting soon keeps people on board.")
        if role == Qt.ItemDataRole.ForegroundRole and bundle.needs_first_meeting:
            return QColor("#9a3b00")
        return None

    def row_of(self, agreement_id: str) -> int:
        """The row of an agreement (-1 when absent)."""
        return next((i for i, b in enumerate(self.bundles) if b.agreement.id == agreement_id), -1)
