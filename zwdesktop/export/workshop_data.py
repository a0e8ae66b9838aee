"""What the exports read from an open workshop file: its records, and the draft press text made from them.

No PDF or Word library is needed here, so the press text, the poster dialog
and the command line can use it without loading one.
"""

from __future__ import annotations

from ..core.exchange import ExchangeData
from ..core.press_facts import workshop_press_facts
from ..core.press_report import report_back_text
from ..core.press_text import press_text
from ..store.workshop_store import WorkshopStore


def minutes_data(store: WorkshopStore) -> ExchangeData:
    """The records the minutes need; photos without their bytes (fetched one at a time while drawing)."""
    return ExchangeData(
        workshop=store.workshop(),
        agenda=store.agenda.all(),
        clock_events=store.clock.events(),
        photos=store.photos.all(),
        agreements=store.agreements.data(),
        clusters=store.ideas.clusters(),
        ideas=store.ideas.all(),
        votes=store.votes.data(),
        followup=store.followup.data(),
    )


def draft_press_text(store: WorkshopStore) -> str:
    """The draft press text of ``store``'s workshop, from the facts in the file (in the minutes' language)."""
    data = minutes_data(store)
    return press_text(data.workshop, workshop_press_facts(data))


def draft_report_back(store: WorkshopStore) -> str:
    """The draft report back some weeks after the workshop ("Was aus der Zukunftswerkstatt geworden ist")."""
    return report_back_text(store.workshop(), store.agreements.data(), store.followup.data())
