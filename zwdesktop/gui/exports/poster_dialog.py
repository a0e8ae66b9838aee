"""File → Sign-up poster (PDF): choose the paper size (A4 or A3, as on the command line), then where to save it.

The poster is one page for the exit door: a block with a large QR code per
project group that takes sign-ups, and the mailing list's code. It is written
in the minutes language and saved atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...export.poster import poster_blocks, write_poster
from ...export.workshop_data import minutes_data
from ..i18n import arg
from ..session import WorkshopSession
from .minutes_dialog import ExportAsk


class PosterDialog(QDialog):
    """Paper size and "Export…"; ``exported(path)`` once the poster is written."""

    exported = Signal(Path)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posterDialog")
        self.setWindowTitle(self.tr("Sign-up poster (PDF)"))
        self.session = session
        self.size_box = QComboBox(self)
        self.size_box.setObjectName("posterSize")
        self.size_box.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.size_box.addItem(self.tr("A3 (297 × 420 mm)"), "A3")
        form = QFormLayout()
        form.addRow(self.tr("&Paper size:"), self.size_box)
        language = self.tr("German") if session.store.workshop().minutes_language == "de" else self.tr("English")
        note = QLabel(
            arg(self.tr("One page for the door: a QR code per group that takes sign-ups and one for the mailing "
                        "list, in %1 (the language of the minutes)."), language),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def paper_size(self) -> str:
        """``A4`` or ``A3``."""
        return str(self.size_box.currentData())

    def suggested_path(self) -> Path:
        """``<file name> – Aushang.pdf`` (``Poster`` in English) beside the workshop file."""
        store = self.session.store
        word = "Aushang" if store.workshop().minutes_language == "de" else "Poster"
        suffix = "" if self.paper_size() == "A4" else " A3"
        return store.path.with_name(f"{store.path.stem} – {word}{suffix}.pdf")

    def export(self) -> None:
        """Ask where, build the poster and write it; the dialog closes when it is written."""
        data = minutes_data(self.session.store)
        if not poster_blocks(data):
            # A poster without a single code signs nobody up: say what it needs instead of printing it.
            ExportAsk.inform(self, self.tr("Nothing to sign up for yet"), self.tr(
                "The poster would have no QR code: no group takes sign-ups yet (a sign-up web address or e-mail, "
                "or a first meeting for the calendar), and the workshop has no contact e-mail for the mailing "
                "list. Add one in Agreements or Details."))  # fmt: skip
            return
        path = ExportAsk.poster_path(self, str(self.suggested_path()))
        if path is None:
            return
        try:
            write_poster(data, path, self.paper_size())
        except OSError as exc:
            message = arg(self.tr("%1 could not be written: %2"), str(path), exc.strerror or str(exc))
            ExportAsk.inform(self, self.tr("Not exported"), message)
            return
        self.exported.emit(path)
        self.accept()
