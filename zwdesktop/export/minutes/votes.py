"""The dot votes and the Blitzlicht in the minutes: rules, ranking with bars, ties and how they were settled.

Registers two sections of :mod:`zwdesktop.export.minutes.story`: ``votes`` (every
dot vote with its rules, the ranking, what went forward, a tie at the cut-off
and its settlement, the run-off under its round) and ``blitzlicht`` (the mood
checks). The words are in the minutes language, like the rest of the minutes.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ...core.votes import FORWARD, MOOD_SCALE, TIED, Outcome, RoundStatus, Settlement, Stacking, VoteRound, outcome
from ...core.votes_exchange import VoteData
from ...core.votes_runoff import Runoffs, runoff_score
from ..pdf.flowables import ACCENT, RULE, SMALL, TextBlock
from .common import CELL, CELL_BOLD, CELL_RIGHT, MinutesContext, data_table, heading
from .labels import Labels

WORDS: dict[str, tuple[str, str]] = {
    "votes": ("Punktabfragen", "Dot votes"),
    "blitzlicht": ("Blitzlicht", "Mood check (Blitzlicht)"),
    "runoff": ("Stichwahl", "Run-off"),
    "free": ("frei zu verteilen", "free to stack"),
    "cap": ("höchstens {cap} pro Thema", "at most {cap} per option"),
    "still_open": (
        "Die Runde war beim Erstellen des Protokolls noch offen.",
        "The round was still open when the minutes were made.",
    ),
    "no_dots": (
        "Es wurden keine Punkte erfasst; es gibt noch kein Ergebnis.",
        "No dots were entered; there is no result yet.",
    ),
    "col_rank": ("Platz", "Rank"),
    "col_option": ("Thema", "Option"),
    "col_dots": ("Punkte", "Dots"),
    "col_forward": ("weiter", "forward"),
    "yes": ("ja", "yes"),
    "tie": (
        "Gleichstand an der Grenze: {options} mit je {dots}.",
        "Tie at the cut-off line: {options} with {dots} each.",
    ),
    "settled_runoff": ("Entschieden durch eine Stichwahl (siehe unten)", "Settled by a run-off round (see below)"),
    "runoff_score": ("{score} für {first} vor {others}", "{score} for {first} over {others}"),
    "and": ("{a} und {b}", "{a} and {b}"),
    "quoted": ("„{text}“", "“{text}”"),
    "settled_all": (
        "Entschieden: Alle gleichauf liegenden Themen kommen weiter.",
        "Settled: all tied options go forward.",
    ),
    "settled_group": ("Entschieden durch die Gruppe.", "Settled by a decision of the group."),
    "unsettled": ("Der Gleichstand ist nicht entschieden.", "The tie has not been settled."),
    "note": ("Vermerk: {note}", "Note: {note}"),
    "forward": ("Weiter kommen: {options}", "Going forward: {options}"),
    "runoff_of": ("Stichwahl zu „{title}“", "Run-off of “{title}”"),
    "mood_0": ("sehr gut", "very good"),
    "mood_1": ("gut", "good"),
    "mood_2": ("mittel", "so-so"),
    "mood_3": ("nicht gut", "not good"),
    "col_mood": ("Stimmung", "Mood"),
    "mood_total": ("{dots} von {participants}.", "{dots} from {participants}."),
    "sum": ("{sum} von höchstens {max} vergeben.", "{sum} of at most {max} given."),
}
# Counted words: (German one, German more), (English one, English more); ``{n}`` is the number.
COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "participants": (("{n} teilnehmende Person", "{n} Teilnehmende"), ("{n} participant", "{n} participants")),
    "from_participants": (("einer teilnehmenden Person", "{n} Teilnehmenden"), ("{n} participant", "{n} participants")),
    "dots_per_person": (
        ("{n} Punkt pro Person", "{n} Punkte pro Person"),
        ("{n} dot per person", "{n} dots per person"),
    ),
    "cutoff": (
        ("die erste Option kommt weiter", "die ersten {n} kommen weiter"),
        ("the top option goes forward", "the top {n} go forward"),
    ),
    "ballots": (
        ("Erfasst über {n} Stimmzettel.", "Erfasst über {n} Stimmzettel."),
        ("Entered from {n} ballot.", "Entered from {n} ballots."),
    ),
    "dots": (("{n} Punkt", "{n} Punkte"), ("{n} dot", "{n} dots")),
    "dots_dative": (("{n} Punkt", "{n} Punkten"), ("{n} dot", "{n} dots")),
}
BAR_WIDTH = 45 * mm


def word(labels: Labels, key: str, **params: object) -> str:
    """A text of this section in the minutes language."""
    german, english = WORDS[key]
    text = english if labels.language == "en" else german
    return text.format(**params) if params else text


def counted(labels: Labels, key: str, n: int) -> str:
    """A counted word of this section in the minutes language: "1 Punkt", "3 Punkte"."""
    german, english = COUNTED[key]
    one, more = english if labels.language == "en" else german
    return (one if n == 1 else more).format(n=n)


def _quoted(labels: Labels, text: str) -> str:
    return word(labels, "quoted", text=text)


def _listed(labels: Labels, texts: list[str]) -> str:
    if len(texts) < 2:
        return "".join(texts)
    return word(labels, "and", a=", ".join(texts[:-1]), b=texts[-1])


def _bar(count: int, most: int, forward: bool) -> Drawing:
    drawing = Drawing(BAR_WIDTH, 3.2 * mm)
    length = BAR_WIDTH * count / most if most else 0
    drawing.add(Rect(0, 0.4 * mm, max(0.5, length), 2.4 * mm, fillColor=ACCENT if forward else RULE, strokeColor=None))
    return drawing


def _rules(round_: VoteRound, lab: Labels) -> str:
    dots = counted(lab, "dots_per_person", round_.dots_per_person)
    if round_.dots_per_person > 1:
        stacking = (
            word(lab, "cap", cap=round_.cap_per_option) if round_.stacking == Stacking.CAP.value else word(lab, "free")
        )
        dots = f"{dots}, {stacking}"
    return " · ".join([counted(lab, "participants", round_.participants), dots, counted(lab, "cutoff", round_.cutoff)])


def _settled_by_runoff(lab: Labels, round_id: str, runoffs: Runoffs, options: dict[str, str]) -> str:
    """The settlement with the run-off's score, e.g. "… (siehe unten): 17 : 11 für „Ehrenamt“ vor „Kinder & Jugend“."."""
    text = word(lab, "settled_runoff")
    score = runoff_score(round_id, runoffs)
    if len(score) < 2:
        return f"{text}."
    first, *others = (_quoted(lab, options.get(option_id, "")) for option_id, _count in score)
    result = word(
        lab,
        "runoff_score",
        score=" : ".join(str(count) for _id, count in score),
        first=first,
        others=_listed(lab, others),
    )
    return f"{text}: {result}."


def _round_story(
    ctx: MinutesContext, votes: VoteData, round_: VoteRound, result: Outcome, runoffs: Runoffs
) -> list[Flowable]:
    lab = ctx.labels
    options = {o.id: o.label for o in votes.options_of(round_.id)}
    ballots = votes.ballots_of(round_.id)
    title = round_.title
    if round_.runoff_of:
        first = next((r for r in votes.rounds if r.id == round_.runoff_of), None)
        title = word(lab, "runoff_of", title=first.title) if first else f"{title} ({word(lab, 'runoff')})"
    parts: list[Flowable] = [heading(title, f"vote-{round_.id}", level=1), TextBlock(_rules(round_, lab), SMALL)]
    forward = set(result.forward or [])
    most = max((r.count for r in result.ranking), default=0)
    rows: list[list[Any]] = [
        [
            TextBlock(word(lab, "col_rank"), CELL_BOLD),
            TextBlock(word(lab, "col_option"), CELL_BOLD),
            TextBlock(word(lab, "col_dots"), CELL_BOLD.but(align="end")),
            "",
            TextBlock(word(lab, "col_forward"), CELL_BOLD),
        ]
    ]
    for entry in result.ranking:
        goes = entry.option_id in forward or (result.forward is None and entry.standing == FORWARD)
        rank = f"{entry.rank} =" if entry.standing == TIED else "" if result.no_dots else str(entry.rank)
        rows.append(
            [
                TextBlock(rank, CELL),
                TextBlock(options.get(entry.option_id, ""), CELL_BOLD if goes else CELL),
                TextBlock(str(entry.count), CELL_RIGHT),
                _bar(entry.count, most, goes),
                TextBlock(word(lab, "yes") if goes else "", CELL),
            ]
        )
    parts.append(data_table(rows, [13 * mm, None, 17 * mm, BAR_WIDTH + 3 * mm, 17 * mm]))  # type: ignore[list-item]
    given = sum(r.count for r in result.ranking)
    notes = (
        [word(lab, "sum", sum=given, max=counted(lab, "dots_dative", round_.max_dots))] if round_.participants else []
    )
    if ballots:
        notes.append(counted(lab, "ballots", len(ballots)))
    if round_.status != RoundStatus.CLOSED.value:
        notes.append(word(lab, "still_open"))
    if result.no_dots:
        notes.append(word(lab, "no_dots"))
    if result.tie:
        tied = [r for r in result.ranking if r.standing == TIED]
        names = ", ".join(_quoted(lab, options.get(r.option_id, "")) for r in tied)
        notes.append(word(lab, "tie", options=names, dots=counted(lab, "dots_dative", tied[0].count)))
        notes.append(
            {
                Settlement.RUNOFF.value: _settled_by_runoff(lab, round_.id, runoffs, options),
                Settlement.ALL_FORWARD.value: word(lab, "settled_all"),
                Settlement.GROUP.value: word(lab, "settled_group"),
            }.get(round_.settlement, word(lab, "unsettled"))
        )
        if round_.settlement_note:
            notes.append(word(lab, "note", note=round_.settlement_note))
    if result.forward:
        notes.append(
            word(lab, "forward", options=_listed(lab, [_quoted(lab, options.get(i, "")) for i in result.forward]))
        )
    story: list[Flowable] = [KeepTogether(parts)]
    story.extend(TextBlock(note, SMALL.but(space_before=2)) for note in notes)
    return story


def build_votes(ctx: MinutesContext) -> list[Flowable]:
    """Every dot vote (a run-off right after its round), with rules, ranking, tie and settlement."""
    votes = ctx.data.votes
    rounds = [r for r in sorted(votes.rounds, key=lambda r: (r.position, r.created_at)) if not r.is_mood]
    if not rounds:
        return []
    runoffs = votes.runoffs()
    ordered: list[VoteRound] = []
    for round_ in rounds:
        if round_.runoff_of and any(r.id == round_.runoff_of for r in rounds):
            continue  # printed under its first round
        ordered.append(round_)
        child = runoffs.get(round_.id)
        while child is not None:
            ordered.append(child[0])
            child = runoffs.get(child[0].id)
    story: list[Flowable] = [heading(word(ctx.labels, "votes"), "votes")]
    for round_ in ordered:
        result = outcome(round_, votes.options_of(round_.id), votes.ballots_of(round_.id), runoffs)
        story.extend(_round_story(ctx, votes, round_, result, runoffs))
    return story


def build_blitzlicht(ctx: MinutesContext) -> list[Flowable]:
    """The mood checks: dots per face of the scale, in words (no emoji font is needed)."""
    votes, lab = ctx.data.votes, ctx.labels
    rounds = [r for r in sorted(votes.rounds, key=lambda r: (r.position, r.created_at)) if r.is_mood]
    if not rounds:
        return []
    story: list[Flowable] = [heading(word(lab, "blitzlicht"), "blitzlicht")]
    for round_ in rounds:
        options = votes.options_of(round_.id)
        result = outcome(round_, options, votes.ballots_of(round_.id))
        counts = {r.option_id: r.count for r in result.ranking}
        most = max(counts.values(), default=0)
        rows: list[list[Any]] = [
            [
                TextBlock(word(lab, "col_mood"), CELL_BOLD),
                TextBlock(word(lab, "col_dots"), CELL_BOLD.but(align="end")),
                "",
            ]
        ]
        for option in options:
            name = word(lab, f"mood_{MOOD_SCALE.index(option.label)}") if option.label in MOOD_SCALE else option.label
            count = counts.get(option.id, 0)
            rows.append([TextBlock(name, CELL), TextBlock(str(count), CELL_RIGHT), _bar(count, most, False)])
        total = sum(counts.values())
        story.append(
            KeepTogether(
                [
                    heading(round_.title, f"blitzlicht-{round_.id}", level=1),
                    data_table(rows, [40 * mm, 16 * mm, BAR_WIDTH + 3 * mm]),
                    TextBlock(
                        word(
                            lab,
                            "mood_total",
                            dots=counted(lab, "dots", total),
                            participants=counted(lab, "from_participants", round_.participants),
                        ),
                        SMALL.but(space_before=2),
                    ),
                ]
            )
        )
    return story
