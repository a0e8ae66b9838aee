"""File → Export minutes (PDF or Word): choose sections, names and photo size; build in the background; write atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...export.atomic import write_bytes_atomic
from ...export.minutes.labels import Labels
from ...export.minutes.options import MinutesOptions
from ...export.minutes.sections import SECTIONS
from ...export.minutes.story import build_minutes
from ...export.workshop_data import minutes_data
from ..file_dialogs import ask_save_path
from ..i18n import arg
from ..message_boxes import plain_message
from ..session import WorkshopSession


class ExportAsk:
    """The export's questions; tests replace these class methods."""

    @classmethod
    def pdf_path(cls, parent: QWidget | None, suggestion: str) -> Path | None:
        """Where to write the PDF (None when cancelled); adds ``.pdf`` when missing."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("ExportDialog", "Export minutes"),
            suggestion,
            QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
            ".pdf",
        )

    @classmethod
    def poster_path(cls, parent: QWidget | None, suggestion: str) -> Path | None:
        """Where to write the sign-up poster (None when cancelled); adds ``.pdf`` when missing."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("ExportDialog", "Export the sign-up poster"),
            suggestion,
            QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
            ".pdf",
        )

    @classmethod
    def progress_path(cls, parent: QWidget | None, suggestion: str) -> Path | None:
        """Where to write the progress sheet (None when cancelled); adds ``.pdf`` when missing."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("ExportDialog", "Export the progress sheet"),
            suggestion,
            QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
            ".pdf",
        )

    @classmethod
    def docx_path(cls, parent: QWidget | None, suggestion: str) -> Path | None:
        """Where to write the Word document (None when cancelled); adds ``.docx`` when missing."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("ExportDialog", "Export minutes for editing (Word)"),
            suggestion,
            QCoreApplication.translate("ExportDialog", "Word documents (*.docx)"),
            ".docx",
        )

    @classmethod
    def open_folder(cls, parent: QWidget | None, path: Path) -> bool:
        """Whether to open the folder that holds the new PDF."""
        title = QCoreApplication.translate("ExportDialog", "Minutes exported")
        text = arg(
            QCoreApplication.translate("ExportDialog", "The minutes were saved as %1.\n\nOpen the folder?"), str(path)
        )
        return plain_message(parent, "Question", title, text, ("Yes", "No"), "Yes") == "Yes"

    @classmethod
    def show_folder(cls, folder: Path) -> None:
        """Open the folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user the export failed."""
        plain_message(parent, "Warning", title, message)


class _Builder(QThread):
    """Builds the PDF off the GUI thread (reportlab and Pillow only; the data was read beforehand)."""

    built = Signal(object)
    failed = Signal(str)

    def __init__(self, data: Any, options: MinutesOptions, word: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.options = options
        self.word = word

    def run(self) -> None:
        """Build; report the file's bytes or the error text."""
        try:
            if self.word:
                from ...export.minutes.word import build_minutes_docx

                self.built.emit(build_minutes_docx(self.data, self.options).docx)
            else:
                self.built.emit(build_minutes(self.data, self.options).pdf)
        except Exception as exc:  # reported to the user, never lost in a thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class ExportDialog(QDialog):
    """What goes into the minutes; "Export…" asks where, builds in the background and writes the file."""

    exported = Signal(Path)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None, word: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        # The same choices make the PDF to send out or the Word document an office edits first.
        self.word = word
        self.setWindowTitle(self.tr("Export minutes for editing (Word)") if word else self.tr("Export minutes (PDF)"))
        # Wide enough for its title (the window manager would cut "Protokoll zum Bear…exportieren").
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) + 160)
        self.session = session
        self.result_path: Path | None = None
        self._builder: _Builder | None = None
        workshop = session.store.workshop()
        labels = Labels(workshop.minutes_language)

        box = QGroupBox(self.tr("Sections"), self)
        box_layout = QVBoxLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for section in SECTIONS:
            check = QCheckBox(self._section_title(section.key) or section.title(labels), box)
            check.setChecked(True)
            check.setObjectName(f"section_{section.key}")
            box_layout.addWidget(check)
            self.section_boxes[section.key] = check
        self.names = QCheckBox(self.tr("Print &names (moderation team, contact person)"), self)
        self.names.setChecked(True)
        self.photo_size = QComboBox(self)
        for key, text in (
            ("small", self.tr("Small (two side by side)")),
            ("medium", self.tr("Medium")),
            ("large", self.tr("Large (full width)")),
        ):
            self.photo_size.addItem(text, key)
        self.photo_size.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&Photo size:"), self.photo_size)
        language = self.tr("German") if labels.language == "de" else self.tr("English")
        note = QLabel(arg(self.tr("The minutes are written in %1 (set in the workshop details)."), language))
        note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: reportlab reports no progress of its own
        # Its room is kept while hidden: the buttons below do not move when it appears.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.names)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _section_title(self, key: str) -> str:
        titles = {
            "agenda": self.tr("Agenda with planned and actual times"),
            "ideas": self.tr("Ideas by cluster"),
            "votes": self.tr("Dot-vote results"),
            "photos": self.tr("Photos (impressions)"),
            "agreements": self.tr("Agreements with QR codes"),
            "steering_group": self.tr("Steering group"),
            "mailing_list": self.tr("Mailing list"),
            "blitzlicht": self.tr("Blitzlicht (mood check)"),
            "contact": self.tr("Contact person with QR code"),
            "workshop_data": self.tr("About the workshop"),
        }
        return titles.get(key, "")

    def options(self) -> MinutesOptions:
        """The choices as export options."""
        chosen = tuple(key for key, box in self.section_boxes.items() if box.isChecked())
        return MinutesOptions(
            sections=chosen, include_names=self.names.isChecked(), photo_size=str(self.photo_size.currentData())
        )

    def suggested_path(self) -> Path:
        """``<file name> – Protokoll.pdf`` beside the workshop file."""
        store_path = self.session.store.path
        word = "Protokoll" if self.session.store.workshop().minutes_language == "de" else "Minutes"
        return store_path.with_name(f"{store_path.stem} – {word}{'.docx' if self.word else '.pdf'}")

    def export(self) -> None:
        """Ask where, then build in the background; the dialog stays responsive and closes when written."""
        ask = ExportAsk.docx_path if self.word else ExportAsk.pdf_path
        path = ask(self, str(self.suggested_path()))
        if path is None:
            return
        self.result_path = path
        # Read everything now, on the GUI thread: the SQLite connection belongs to it.
        data = minutes_data(self.session.store)
        data.photos = self.session.store.photos.all(with_data=True)
        self.export_button.setEnabled(False)
        self.progress.show()
        self._builder = _Builder(data, self.options(), self.word, self)
        self._builder.built.connect(self._built)
        self._builder.failed.connect(self._failed)
        self._builder.start()

    def wait_for_build(self, timeout_ms: int = 60000) -> bool:
        """Block until the background build is done (for tests and for closing the window)."""
        return self._builder.wait(timeout_ms) if self._builder is not None else True

    def _built(self, content: bytes) -> None:
        assert self.result_path is not None
        self.progress.hide()
        try:
            write_bytes_atomic(self.result_path, content)
        except OSError as exc:
            self.export_button.setEnabled(True)
            ExportAsk.inform(
                self,
                self.tr("Not exported"),
                arg(self.tr("%1 could not be written: %2"), str(self.result_path), exc.strerror or str(exc)),
            )
            return
        self.exported.emit(self.result_path)
        self.accept()
        if ExportAsk.open_folder(self.parentWidget(), self.result_path):
            ExportAsk.show_folder(self.result_path.parent)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        ExportAsk.inform(self, self.tr("Not exported"), arg(self.tr("The minutes could not be made: %1"), message))
