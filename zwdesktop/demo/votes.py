"""The dot votes of the demo workshop (Aulendorf): critique with a tie settled by a run-off, fantasy, Blitzlicht.

The critique round voted on the demo's critique clusters and is closed:
"Ehrenamt" and "Kinder & Jugend" tied on 15 dots at the cut-off line (top 3)
and a run-off decided between them. The fantasy round on the wishes (ideas)
has its tallies typed in but is still open (the projector hides the counts
until the moderator closes it); the Blitzlicht for the end is prepared with
its four faces and its dots counted, also still open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..core.ideas import Cluster, Idea
from ..core.instants import format_instant
from ..core.votes import (
    MOOD_SCALE,
    EventKind,
    RoundEvent,
    RoundKind,
    RoundStatus,
    Settlement,
    SourceKind,
    Stacking,
    VoteOption,
    VoteRound,
)
from ..core.votes_exchange import VoteData

PARTICIPANTS = 29

# Dots per critique cluster of the demo ideas (by name); the 3rd and 4th tie on 15.
CLUSTER_DOTS = {
    "Begegnung & Nachbarschaft": 27,
    "Sprache & Sprachcafé": 19,
    "Ehrenamt": 15,
    "Kinder & Jugend": 15,
    "Mobilität & ÖPNV": 14,
    "Wohnraum": 11,
}
CLUSTER_RUNOFF = {"Ehrenamt": 17, "Kinder & Jugend": 11}
# Dots per wish of the fantasy phase, in the order of the demo ideas (5 dots each, free to stack).
WISH_DOTS = (24, 19, 6, 9, 17, 11, 5, 7, 8, 4, 10, 3, 6, 5, 2)

# Without the demo ideas (a caller that gives none): the same story with typed options.
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
RUNOFF = {
    "Angebote sind nicht bekannt – Infos kommen nicht an": 17,
    "Busverbindungen abends und am Wochenende fehlen": 11,
}
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


def _label(text: str) -> str:
    return " ".join(text.split())[:300]


def demo_votes(
    at: Callable[[float], dt.datetime], clusters: list[Cluster] | None = None, ideas: list[Idea] | None = None
) -> VoteData:
    """The demo's rounds; ``at(minutes)`` is the instant that many minutes after the workshop's start.

    With the demo's ``clusters`` and ``ideas`` the critique round is held on
    the critique clusters and the fantasy round on the wishes.
    """
    critique_sources: list[tuple[str, int, str, str | None]] = [
        (label, dots, SourceKind.CUSTOM.value, None) for label, dots in CRITIQUE
    ]
    runoff_dots = dict(RUNOFF)
    fantasy_sources: list[tuple[str, int, str, str | None]] = [
        (label, dots, SourceKind.CUSTOM.value, None) for label, dots in FANTASY
    ]
    fantasy_dots = 4
    if clusters and ideas:
        named = {c.name: c for c in clusters}
        critique_sources = [
            (name, dots, SourceKind.CLUSTER.value, named[name].id)
            for name, dots in CLUSTER_DOTS.items()
            if name in named
        ]
        runoff_dots = dict(CLUSTER_RUNOFF)
        wishes = [i for i in ideas if i.phase == "fantasy" and not i.deleted]
        fantasy_sources = [
            (_label(idea.text), dots, SourceKind.IDEA.value, idea.id)
            for idea, dots in zip(wishes, WISH_DOTS, strict=False)
        ]
        fantasy_dots = 5

    def stamp(minutes: float) -> str:
        return format_instant(at(minutes))

    data = VoteData()

    def add_round(
        round_: VoteRound, sources: list[tuple[str, int, str, str | None]], minutes: float
    ) -> list[VoteOption]:
        round_.created_at = round_.updated_at = stamp(minutes)
        options = [
            VoteOption(
                round_id=round_.id,
                label=label,
                tally=tally,
                source_kind=kind,
                source_id=source_id,
                position=index,
                updated_at=stamp(minutes + 2),
            )
            for index, (label, tally, kind, source_id) in enumerate(sources)
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
    critique_options = add_round(critique, critique_sources, 56)
    critique.status = RoundStatus.CLOSED.value
    # Settled by the run-off below; the run-off round itself says among which options (no note is needed).
    critique.settlement = Settlement.RUNOFF.value
    critique.updated_at = stamp(63)
    data.events.append(RoundEvent(round_id=critique.id, kind=EventKind.CLOSED.value, at=stamp(61)))
    data.events.append(RoundEvent(round_id=critique.id, kind=EventKind.SETTLED.value, at=stamp(63)))

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
    parents = {option.label: option for option in critique_options}
    runoff_sources = [
        (label, dots, parents[label].source_kind, parents[label].source_id) for label, dots in runoff_dots.items()
    ]
    runoff_options = add_round(runoff, runoff_sources, 63)
    for option in runoff_options:
        option.parent_option_id = parents[option.label].id
    runoff.status = RoundStatus.CLOSED.value
    runoff.updated_at = stamp(66)
    data.events.append(RoundEvent(round_id=runoff.id, kind=EventKind.CLOSED.value, at=stamp(66)))

    fantasy = VoteRound(
        title="Welche Wünsche sollen Projekte werden?",
        phase="fantasy",
        participants=PARTICIPANTS,
        dots_per_person=fantasy_dots,
        stacking=Stacking.FREE.value,
        cutoff=3,
        position=2,
    )
    add_round(fantasy, fantasy_sources, 126)

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
    add_round(
        mood, [(face, dots, SourceKind.CUSTOM.value, None) for face, dots in zip(MOOD_SCALE, MOOD, strict=True)], 127
    )
    return data
