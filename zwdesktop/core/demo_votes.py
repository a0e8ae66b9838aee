"""The dot votes of the demo workshop (Aulendorf): critique with a tie settled by a run-off, fantasy, Blitzlicht.

The critique round is closed: "Angebote sind nicht bekannt" and "Busverbindungen"
tied on 15 dots at the cut-off line (top 3) and a run-off decided between them.
The fantasy round has its tallies typed in but is still open (the projector
hides the counts until the moderator closes it); the Blitzlicht for the end
is prepared with its four faces and its dots counted, also still open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .vote_exchange import VoteData
from .votes import (
    MOOD_SCALE,
    EventKind,
    RoundEvent,
    RoundKind,
    RoundStatus,
    Settlement,
    Stacking,
    VoteOption,
    VoteRound,
)

PARTICIPANTS = 29

CRITIQUE = [
    ("Zu wenig Treffpunkte für Jung und Alt", 24),
    ("Neue Mitbürger:innen finden schwer Anschluss an Vereine", 19),
    ("Busverbindungen abends und am Wochenende fehlen", 15),
    ("Angebote sind nicht bekannt – Infos kommen nicht an", 15),
    ("Sprachbarrieren bei Ämtern und Arztpraxen", 12),
    ("Bezahlbarer Wohnraum fehlt", 10),
    ("Ehrenamtliche sind überlastet", 8),
    ("Kaum Orte für Jugendliche am Abend", 6),
]
RUNOFF = {"Angebote sind nicht bekannt – Infos kommen nicht an": 17, "Busverbindungen abends und am Wochenende fehlen": 11}
FANTASY = [
    ("Es wäre schön, wenn es ein interkulturelles Fest im Stadtpark gäbe", 21),
    ("Es wäre schön, wenn es einen offenen Treff für Eltern mit Kindern gäbe", 12),
    ("Es wäre schön, wenn ein Begegnungscafé im Bürgerhaus alle zusammenbringt", 26),
    ("Es wäre schön, wenn ein Sprachcafé mit Ehrenamtlichen jede Woche öffnet", 18),
    ("Es wäre schön, wenn der Integrationsbeirat wieder auflebt", 9),
    ("Es wäre schön, wenn eine Infotafel und ein Newsletter alle Angebote zeigen", 14),
    ("Es wäre schön, wenn Vereine Neue als Pat:innen mitnehmen", 11),
]
MOOD = (12, 11, 4, 1)


def demo_votes(at: Callable[[float], dt.datetime]) -> VoteData:
    """The demo's rounds; ``at(minutes)`` is the instant that many minutes after the workshop's start."""

    def stamp(minutes: float) -> str:
        return at(minutes).astimezone(dt.UTC).isoformat(timespec="microseconds")

    data = VoteData()

    def add_round(round_: VoteRound, labels: list[tuple[str, int]], minutes: float) -> list[VoteOption]:
        round_.created_at = round_.updated_at = stamp(minutes)
        options = [
            VoteOption(round_id=round_.id, label=label, tally=tally, position=index, updated_at=stamp(minutes + 2))
            for index, (label, tally) in enumerate(labels)
        ]
        data.rounds.append(round_)
        data.options.extend(options)
        data.events.append(RoundEvent(round_id=round_.id, kind=EventKind.OPENED.value, at=stamp(minutes)))
        return options

    critique = VoteRound(
        title="Welche Kritikpunkte sind für Aulendorf am dringendsten?",
        phase="critique",
        participants=PARTICIPANTS,
        dots_per_person=4,
        stacking=Stacking.CAP.value,
        cap_per_option=2,
        cutoff=3,
        position=0,
    )
    critique_options = add_round(critique, CRITIQUE, 56)
    critique.status = RoundStatus.CLOSED.value
    critique.settlement = Settlement.RUNOFF.value
    critique.settlement_note = "Stichwahl zwischen den beiden Themen mit 15 Punkten"
    critique.updated_at = stamp(63)
    data.events.append(RoundEvent(round_id=critique.id, kind=EventKind.CLOSED.value, at=stamp(61)))
    data.events.append(
        RoundEvent(round_id=critique.id, kind=EventKind.SETTLED.value, at=stamp(63), note=critique.settlement_note)
    )

    runoff = VoteRound(
        title=critique.title + " (Stichwahl)",
        phase="critique",
        participants=PARTICIPANTS,
        dots_per_person=1,
        stacking=Stacking.CAP.value,
        cap_per_option=1,
        cutoff=1,
        runoff_of=critique.id,
        position=1,
    )
    runoff_options = add_round(runoff, list(RUNOFF.items()), 63)
    parents = {option.label: option for option in critique_options}
    for option in runoff_options:
        option.parent_option_id = parents[option.label].id
    runoff.status = RoundStatus.CLOSED.value
    runoff.updated_at = stamp(66)
    data.events.append(RoundEvent(round_id=runoff.id, kind=EventKind.CLOSED.value, at=stamp(66)))

    fantasy = VoteRound(
        title="Welche Wünsche sollen Projekte werden?",
        phase="fantasy",
        participants=PARTICIPANTS,
        dots_per_person=4,
        stacking=Stacking.FREE.value,
        cutoff=3,
        position=2,
    )
    add_round(fantasy, FANTASY, 126)

    mood = VoteRound(
        title="Blitzlicht: Wie geht es Ihnen mit dem heutigen Tag?",
        kind=RoundKind.MOOD.value,
        phase="closing",
        participants=PARTICIPANTS,
        dots_per_person=1,
        stacking=Stacking.CAP.value,
        cap_per_option=1,
        cutoff=1,
        position=3,
    )
    add_round(mood, list(zip(MOOD_SCALE, MOOD, strict=True)), 127)
    return data
