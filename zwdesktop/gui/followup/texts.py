"""Words of the follow-up in the interface language: step states, meeting outcomes, kinds of notes, the minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.followup_progress import MinutesVersion
from ..i18n import arg


def step_state_name(code: str) -> str:
    """The translated name of a step's state."""
    names = {
        "open": QCoreApplication.translate("Followup", "open"),
        "started": QCoreApplication.translate("Followup", "started"),
        "done": QCoreApplication.translate("Followup", "done"),
        "dropped": QCoreApplication.translate("Followup", "dropped"),
    }
    return names.get(code, code)


def outcome_name(code: str) -> str:
    """The translated name of a meeting's outcome."""
    names = {
        "planned": QCoreApplication.translate("Followup", "planned"),
        "held": QCoreApplication.translate("Followup", "held"),
        "cancelled": QCoreApplication.translate("Followup", "cancelled"),
    }
    return names.get(code, code)


def note_kind_name(code: str) -> str:
    """The translated name of a kind of note."""
    names = {
        "information": QCoreApplication.translate("Followup", "Information"),
        "decision": QCoreApplication.translate("Followup", "Decision"),
        "task": QCoreApplication.translate("Followup", "Task"),
    }
    return names.get(code, code)


def minutes_line(version: MinutesVersion) -> str:
    """ "Minutes: version 2, approved on 12.11.2026" or "…, draft"."""
    if version.approval is not None:
        return arg(
            QCoreApplication.translate("Followup", "Minutes: version %1, approved on %2"),
            str(version.number),
            f"{version.approval.day:%d.%m.%Y}",
        )
    return arg(QCoreApplication.translate("Followup", "Minutes: version %1, draft"), str(version.number))
