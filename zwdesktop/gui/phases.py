"""Display names of the phases, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.workshop import PHASES


def phase_name(phase: str) -> str:
    """The translated name of a phase code such as ``critique``."""
    names = {
        "arrival": QCoreApplication.translate("Phases", "Arrival"),
        "critique": QCoreApplication.translate("Phases", "Critique phase"),
        "fantasy": QCoreApplication.translate("Phases", "Fantasy phase"),
        "realisation": QCoreApplication.translate("Phases", "Realisation phase"),
        "agreements": QCoreApplication.translate("Phases", "Agreements"),
        "break": QCoreApplication.translate("Phases", "Break"),
        "closing": QCoreApplication.translate("Phases", "Closing"),
        "other": QCoreApplication.translate("Phases", "Other"),
    }
    return names.get(phase, phase)


def phase_over_title(phase: str, title: str) -> str:
    """The phase's name to show over an item's title, or "" where it would say the title again.

    "Pause" over "Pause", "Kritikphase" over "Kritikphase": once is enough.
    """
    name = phase_name(phase)
    return "" if name.casefold() == title.strip().casefold() else name


def phase_choices() -> list[tuple[str, str]]:
    """(code, translated name) of every phase, in method order."""
    return [(code, phase_name(code)) for code in PHASES]
