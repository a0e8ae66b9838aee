"""The sentences of the dot votes that the moderator and the hall read, with Qt's plural forms.

"1 dot", "2 dots"; "The top option goes forward", "The top 3 go forward": every
count goes through ``tr("%n …", "", n)`` so each language has its own forms.
Texts are joined with :func:`join_sentences`, which never doubles a full stop
after a user's text that ends with one. Option texts in a sentence are quoted
in the interface's quotation marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.votes import EventKind, RoundEvent, Settlement, Stacking, VoteRound
from ...core.votes_runoff import runoff_score
from ..i18n import arg
from ..phases import phase_name

if TYPE_CHECKING:
    from .view import RoundView

# The end of a sentence: a user's text ending with one of these needs no full stop of ours.
_SENTENCE_END = ".!?…"
_CLOSING = "”“»«\"')]"


def join_sentences(*parts: str) -> str:
    """The non-empty ``parts`` as sentences: a full stop added only where one is missing, one space between."""
    sentences = []
    for part in parts:
        text = part.strip()
        if not text:
            continue
        if text.rstrip(_CLOSING)[-1:] not in _SENTENCE_END:
            text += "."
        sentences.append(text)
    return " ".join(sentences)


class VoteTexts(QObject):
    """Translation context of these sentences (make one where a text is needed; it holds nothing)."""

    # ---- pieces ---------------------------------------------------------

    def dots(self, n: int) -> str:
        """A number of dots: "1 dot", "5 dots"."""
        return self.tr("%n dots", "", n)

    def people(self, n: int) -> str:
        """A number of people: "1 person", "29 people"."""
        return self.tr("%n people", "", n)

    def rule_change(self, name: str) -> str:
        """The undo step's name for a change of the question or a rule of a round."""
        texts = {
            "title": self.tr("Change the question"),
            "dots_per_person": self.tr("Change the dots per person"),
            "stacking": self.tr("Change the stacking rule"),
        }
        return texts.get(name, self.tr("Change the round"))

    def quoted(self, text: str) -> str:
        """A user's text in the interface's quotation marks (“…” / „…“)."""
        return arg(self.tr("“%1”"), text)

    def listed(self, texts: list[str]) -> str:
        """Texts as a list: "A", "A and B", "A, B and C"."""
        if len(texts) < 2:
            return "".join(texts)
        return arg(self.tr("%1 and %2"), ", ".join(texts[:-1]), texts[-1])

    def forward(self, labels: list[str]) -> str:
        """What goes forward: "Going forward: “A”, “B” and “C”" ("" when nothing does)."""
        return (
            arg(self.tr("Going forward: %1"), self.listed([self.quoted(label) for label in labels])) if labels else ""
        )

    def mood_word(self, level: int) -> str:
        """The word of a face of the Blitzlicht scale (0 = very good … 3 = not good)."""
        words = (self.tr("very good"), self.tr("good"), self.tr("so-so"), self.tr("not good"))
        return words[level] if 0 <= level < len(words) else ""

    # ---- the rules ------------------------------------------------------

    def round_status(self, view: RoundView) -> str:
        """The line above a round's form: open, closed with its results, or closed before any dot."""
        if not view.closed:
            return self.tr("Open: people are voting; the projector shows the rules, not the counts.")
        if view.outcome.no_dots:
            return self.tr("Closed before any dot was entered: reopen the round to enter the dots.")
        return self.tr(
            "Closed: the results are in the projector view “Dot vote” (Ctrl+Shift+F3). Reopen the round to change it."
        )

    def rules(self, round_: VoteRound) -> str:
        """The rules announced before voting: "Each person has 4 dots, at most 2 per option. The top 3 go forward."."""
        if round_.is_mood:
            return self.tr("Each person puts one dot on the face that fits best.")
        dots = round_.dots_per_person
        if dots == 1:
            text = self.tr("Each person has one dot.")
        elif round_.stacking == Stacking.CAP.value:
            text = arg(self.tr("Each person has %n dots, at most %1 per option.", "", dots), round_.cap_per_option)
        else:
            text = self.tr("Each person has %n dots and may put several on one option.", "", dots)
        return join_sentences(text, self.tr("The top %n go forward.", "", round_.cutoff))

    def suggestion(self, options: int, participants: int, half_rule: int, ranking_rule: int | None) -> str:
        """Why the suggested dots per person are what they are (both rules of thumb)."""
        if not options:
            return arg(
                self.tr(
                    "Suggested for now: %1 dots per person. Once the options are in: about half of their number, "
                    "at least 3 and at most 10."
                ),
                half_rule,
            )
        text = arg(
            self.tr(
                "Suggested: %1 dots per person – about half of the %n options, at least 3 and at most 10.", "", options
            ),
            half_rule,
        )
        if ranking_rule is not None and options > 1:
            pairs = self.tr("%n pairs of options", "", options * (options - 1) // 2)
            full = arg(
                self.tr("For a full ranking: %1 (%2 ÷ %3, rounded up)."), ranking_rule, pairs, self.people(participants)
            )
            text = join_sentences(text, full)
        return text

    def dot_sum(self, total: int, round_: VoteRound) -> str:
        """The dots given against the most possible: "87 dots of at most 116 (29 people × 4 dots)."."""
        if not round_.participants:
            return self.tr("%n dots (enter the number of participants to check the sum).", "", total)
        return arg(
            self.tr("%1 of at most %2 (%3 × %4)."),
            self.dots(total),
            round_.max_dots,
            self.people(round_.participants),
            self.dots(round_.dots_per_person),
        )

    # ---- the tie and its settlement -------------------------------------------

    def runoff_result(self, view: RoundView) -> str:
        """The run-off's score once it is closed, e.g. "17 : 11 for “Ehrenamt” over “Kinder & Jugend”" (else "")."""
        score = runoff_score(view.round.id, view.runoffs)
        if len(score) < 2:
            return ""
        counts = " : ".join(str(count) for _option, count in score)
        first, *others = (self.quoted(view.label(option)) for option, _count in score)
        return arg(self.tr("%1 for %2 over %3"), counts, first, self.listed(others))

    def tie(self, view: RoundView) -> str:
        """How a tie at the cut-off was (or is to be) settled, for the window and the projector ("" without a tie)."""
        if not view.outcome.tie:
            return ""
        tied = view.tied_ids()
        names = ", ".join(self.quoted(view.label(i)) for i in tied)
        settlement = view.round.settlement
        if settlement == Settlement.RUNOFF.value:
            result = self.runoff_result(view)
            if result:
                text = arg(self.tr("Tie at the cut-off line (%1): settled by a run-off round, %2."), names, result)
            else:
                text = arg(self.tr("Tie at the cut-off line (%1): the run-off round decides."), names)
        elif settlement == Settlement.ALL_FORWARD.value:
            text = arg(self.tr("Tie at the cut-off line (%1): all tied options go forward."), names)
        elif settlement == Settlement.GROUP.value:
            text = arg(self.tr("Tie at the cut-off line (%1): the group decided."), names)
        else:
            dots = view.counts.get(tied[0], 0) if tied else 0
            text = arg(self.tr("Tie at the cut-off line: %1 have %n dots each.", "", dots), names)
        return join_sentences(text, view.round.settlement_note)

    # ---- removing a round -----------------------------------------------------

    def removal(self, view: RoundView, carried: bool, runoff_title: str, first_title: str) -> str:
        """What goes with a round that is removed, and what stays (asked before a round with results goes)."""
        results = [self.tr("%n options", "", len(view.options)), self.dots(sum(view.counts.values()))]
        if view.ballots:
            results.append(self.tr("%n ballots", "", len(view.ballots)))
        results.append(self.tr("its history"))
        parts = [arg(self.tr("Removing %1 takes with it: %2."), self.quoted(view.round.title), self.listed(results))]
        if carried:
            parts.append(self.tr("Its winners were carried forward; what was made from them stays."))
        if runoff_title:
            parts.append(arg(self.tr("Its run-off round %1 stays, on its own."), self.quoted(runoff_title)))
        if first_title:
            parts.append(arg(self.tr("The tie in %1 then waits for a run-off again."), self.quoted(first_title)))
        parts.append(self.tr("Ctrl+Z brings it back."))
        return join_sentences(*parts)

    # ---- the history ------------------------------------------------------

    def history_entry(self, event: RoundEvent) -> str:
        """What happened, e.g. "carried forward – Fantasy phase" (a program's note is shown in today's language)."""
        names = {
            EventKind.OPENED.value: self.tr("opened"),
            EventKind.CLOSED.value: self.tr("closed, results shown"),
            EventKind.REOPENED.value: self.tr("reopened"),
            EventKind.SETTLED.value: self.tr("tie settled"),
            EventKind.UNSETTLED.value: self.tr("settlement taken back"),
            EventKind.CARRIED.value: self.tr("carried forward"),
        }
        name = names.get(event.kind, event.kind)
        # A carrying forward notes where to as a code ("fantasy", "agreements"); older files hold a name.
        note = phase_name(event.note) if event.kind == EventKind.CARRIED.value else event.note
        return f"{name} – {note}" if note else name
