"""The agreements' actions of the main window: CSV and ICS export, a person's data (access and erasure). The
agreements and mailing-list pages' own are named in :mod:`.page_actions`, loaded with those pages."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow

from ...core.agreements import STEERING_GROUP
from ...core.agreements_privacy import PersonQuery
from ...store import StoreError
from ..actions import ActionCollection, Needs
from ..dialogs import Ask
from ..i18n import arg
from ..messages import store_error_text
from ..session import WorkshopSession


class AgreementFileAction(enum.StrEnum):
    """The main window's actions of the agreements (the File menu)."""

    EXPORT_CSV = "file.export_csv"
    EXPORT_ICS = "file.export_ics"
    PERSON_EXPORT = "person.export"
    PERSON_ERASE = "person.erase"


class AgreementActions(ActionCollection):
    """The File menu's exports of the agreements and a person's data (access and erasure)."""

    def __init__(self, window: QMainWindow, session: Callable[[], WorkshopSession | None], language: str) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.language = language
        workshop, writable = Needs.WORKSHOP, Needs.WRITABLE
        self.add(AgreementFileAction.EXPORT_CSV, self.tr("Export the m&ailing list (CSV)…"), self.export_csv,
                 widget=window, needs=workshop)  # fmt: skip
        self.add(AgreementFileAction.EXPORT_ICS, self.tr("Export the follow-&up meetings (iCalendar)…"),
                 self.export_ics, widget=window, needs=workshop)  # fmt: skip
        self.add(AgreementFileAction.PERSON_EXPORT, self.tr("E&xport everything stored about a person…"),
                 self.export_person, widget=window, needs=workshop)  # fmt: skip
        self.add(AgreementFileAction.PERSON_ERASE, self.tr("Erase a person &everywhere…"), self.erase_person,
                 widget=window, needs=writable)  # fmt: skip

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _target(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        current = self.session()
        if current is None:
            return None
        path = current.store.path
        return Ask.save_file(
            self.window, title, str(path.with_name(f"{path.stem} – {name}{suffix}")), file_filter, suffix
        )

    def _failed(self, path: Path, exc: OSError) -> None:
        message = arg(self.tr("%1 could not be written: %2"), str(path), exc.strerror or str(exc))
        Ask.inform(self.window, self.tr("Not exported"), message)

    def _export(
        self,
        title: str,
        name: str,
        file_filter: str,
        suffix: str,
        write: Callable[..., int],
        done: Callable[[int], str],
    ) -> None:
        """Ask for a file, write it with ``write(store, path, language)`` and report ``done(count)`` (%1 the path)."""
        current = self.session()
        path = self._target(title, name, file_filter, suffix)
        if current is None or path is None:
            return
        try:
            count = write(current.store, path, self.language)
        except OSError as exc:
            self._failed(path, exc)
            return
        self._status(arg(done(count), str(path)))

    def export_csv(self) -> None:
        """Write the mailing list (people with consent) as CSV for a mail program."""
        from ...export.mailing_list_csv import write_signups_csv  # a dialog, then a write: loaded when asked for

        self._export(self.tr("Export the mailing list"), self.tr("mailing list"),
                     self.tr("CSV for Excel and mail programs (*.csv)"), ".csv", write_signups_csv,
                     lambda n: self.tr("%1 written: %n person(s) with consent.", "", n))  # fmt: skip

    def export_ics(self) -> None:
        """Write every follow-up meeting as an iCalendar file."""
        from ...export.calendar_ics import write_calendar

        # The entries' titles follow the minutes' language, not the interface's.
        self._export(self.tr("Export the follow-up meetings"), self.tr("meetings"), self.tr("Calendar (*.ics)"),
                     ".ics", lambda store, path, _language: write_calendar(store, path),
                     lambda n: self.tr("%1 written: %n meeting(s).", "", n))  # fmt: skip

    def _ask_person(self, title: str) -> PersonQuery | None:
        answer = Ask.person(self.window, title)
        if answer is None:
            return None
        query = PersonQuery(*answer)
        return None if query.empty else query

    def export_person(self) -> None:
        """Write everything stored about one person to a JSON file (a request for access)."""
        from ...export.atomic import write_text_atomic  # dialogs, then a write: loaded when asked for

        current = self.session()
        if current is None:
            return
        query = self._ask_person(self.tr("Everything stored about a person"))
        if query is None:
            return
        report = current.store.agreements.person_report(query)
        if not report:
            Ask.inform(self.window, self.tr("Nothing found"), self.tr("Nothing is stored about this person."))
            return
        path = self._target(self.tr("Export everything stored about a person"), self.tr("personal data"),
                            self.tr("JSON (*.json)"), ".json")  # fmt: skip
        if path is None:
            return
        titles = {b.agreement.id: b.agreement.title for b in current.store.agreements.bundles()}
        document = {"person": {"name": query.name, "email": query.email}, "workshop": current.store.workshop().title,
                    "records": self._named_groups(report, titles)}  # fmt: skip
        try:
            write_text_atomic(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            self._failed(path, exc)
            return
        count = sum(len(rows) for rows in report.values())
        self._status(arg(self.tr("%1 written: %n record(s).", "", count), str(path)))

    def _named_groups(self, report: dict[str, list[dict[str, Any]]], titles: dict[str, str]) -> dict[str, Any]:
        """The report with every group a row belongs to named, not only given by its id."""
        names = {**titles, STEERING_GROUP: self.tr("Steering group")}
        named: dict[str, Any] = {}
        for table, rows in report.items():
            named[table] = []
            for row in rows:
                row = dict(row)
                if table == "signup":
                    try:
                        ids = json.loads(str(row.get("groups") or "[]"))
                    except ValueError:
                        ids = []
                    row["groups"] = [{"id": gid, "name": names.get(str(gid), "")} for gid in ids]
                elif row.get("agreement_id") in names:
                    row["agreement"] = names[str(row["agreement_id"])]
                named[table].append(row)
        return named

    def erase_person(self) -> None:
        """Erase one person from every table after a confirmation (not undoable, by design)."""
        current = self.session()
        if current is None or current.read_only:
            return
        query = self._ask_person(self.tr("Erase a person everywhere"))
        if query is None:
            return
        report = current.store.agreements.person_report(query)
        if not report:
            Ask.inform(self.window, self.tr("Nothing found"), self.tr("Nothing is stored about this person."))
            return
        count = sum(len(rows) for rows in report.values())
        message = self.tr(
            "%n record(s) name this person. They are deleted or the name is replaced by […]. "
            "This cannot be undone, and the undo history is cleared. Erase now?",
            "",
            count,
        )
        if not Ask.confirm(self.window, self.tr("Erase a person everywhere"), message):
            return
        try:
            current.store.agreements.erase_person(query)
        except StoreError as exc:
            Ask.inform(self.window, self.tr("Not erased"), store_error_text(exc))
            return
        # Undo steps may still hold the person's data; after an erasure they must not bring it back.
        current.undo_stack.clear()
        self._status(self.tr("The person was erased from %n record(s).", "", count))
