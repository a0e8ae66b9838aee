"""Dot voting (Punktabfrage): rounds, options, ballots, rules, ranking, ties and their settlement.

Plain Python, no Qt, no SQL. A :class:`VoteRound` holds the rules announced
before voting (dots per person, stacking free or capped, how many options go
forward); its :class:`VoteOption` rows carry a snapshot of the text voted on
(``label``) plus where it came from (``source_kind`` ``idea``/``cluster``/
``custom`` and ``source_id``), so a round stands on its own even when the idea
is later edited or deleted. Dots come in as one tally per option (counted
from the board) or as :class:`Ballot` rows per anonymous participant.

Rules live here once and return a :class:`~zwdesktop.core.validation.Problem`
(a code and parameters); the GUI and the command line turn it into a sentence.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence

from msgspec import Struct, field

from .validation import MAX_SHORT_TEXT, MAX_TEXT, Problem, check_text
from .workshop import new_id, utc_now

MAX_DOTS = 100
MAX_TALLY = 10000
MAX_PARTICIPANTS = 10000
MAX_OPTIONS = 200
# The "about half the options" rule of thumb keeps the dots per person in this range.
HALF_RULE_MIN = 3
HALF_RULE_MAX = 10


class RoundKind(enum.StrEnum):
    """A dot vote on options, or the one-dot mood check (Blitzlicht) at the end."""

    DOTS = "dots"
    MOOD = "mood"


class Stacking(enum.StrEnum):
    """Whether a person may put all dots on one option (free) or at most ``cap`` per option."""

    FREE = "free"
    CAP = "cap"


class RoundStatus(enum.StrEnum):
    """Open while people vote (counts hidden on the projector), closed when the results are shown."""

    OPEN = "open"
    CLOSED = "closed"


class Entry(enum.StrEnum):
    """How the dots are entered: one tally per option from the board, or ballots per participant."""

    TALLIES = "tallies"
    BALLOTS = "ballots"


class Settlement(enum.StrEnum):
    """How a tie at the cut-off line was settled (empty: not settled)."""

    NONE = ""
    RUNOFF = "runoff"  # a run-off round among the tied options, linked to this one
    ALL_FORWARD = "all_forward"  # every tied option goes forward
    GROUP = "group"  # the group decided which; ``settlement_note`` says how


class SourceKind(enum.StrEnum):
    """What an option stands for: an idea, a cluster, or a text typed for this round."""

    IDEA = "idea"
    CLUSTER = "cluster"
    CUSTOM = "custom"


class EventKind(enum.StrEnum):
    """Entries of a round's history."""

    OPENED = "opened"
    CLOSED = "closed"
    REOPENED = "reopened"
    SETTLED = "settled"
    UNSETTLED = "unsettled"
    CARRIED = "carried"  # the options going forward were carried into the next step


ROUND_KINDS = tuple(k.value for k in RoundKind)
STACKINGS = tuple(s.value for s in Stacking)
STATUSES = tuple(s.value for s in RoundStatus)
ENTRIES = tuple(e.value for e in Entry)
SETTLEMENTS = tuple(s.value for s in Settlement)
SOURCE_KINDS = tuple(s.value for s in SourceKind)

# The Blitzlicht scale, best first: the stored label is the emoji (the minutes and the
# exchange document show it); the screen draws the faces itself, so no emoji font is needed.
MOOD_SCALE: tuple[str, ...] = ("😀", "🙂", "😐", "🙁")


class VoteRound(Struct):
    """One round of a dot vote (or a Blitzlicht): the question and the rules announced before voting."""

    id: str = field(default_factory=new_id)
    title: str = ""
    kind: str = RoundKind.DOTS.value
    phase: str = ""  # the phase whose ideas/clusters are voted on ("" when hand-picked)
    participants: int = 0
    dots_per_person: int = 5
    stacking: str = Stacking.FREE.value
    cap_per_option: int = 0  # only with Stacking.CAP
    cutoff: int = 3  # how many options go forward
    entry: str = Entry.TALLIES.value
    status: str = RoundStatus.OPEN.value
    runoff_of: str | None = None  # the round whose tie this run-off settles
    settlement: str = Settlement.NONE.value
    settlement_note: str = ""
    chosen_ids: list[str] = field(default_factory=list)  # options the group chose (Settlement.GROUP)
    position: int = 0
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    @property
    def is_mood(self) -> bool:
        """Whether this is the one-dot mood check."""
        return self.kind == RoundKind.MOOD.value

    @property
    def max_dots(self) -> int:
        """The most dots the board can hold: participants × dots per person (0 when participants are unknown)."""
        return self.participants * self.dots_per_person

    @property
    def per_option_limit(self) -> int:
        """The most dots one person may give one option."""
        if self.is_mood:
            return 1
        if self.stacking == Stacking.CAP.value:
            return self.cap_per_option
        return self.dots_per_person


class VoteOption(Struct):
    """One thing voted on: a snapshot of its text, where it came from, and the tally from the board."""

    id: str = field(default_factory=new_id)
    round_id: str = ""
    label: str = ""
    source_kind: str = SourceKind.CUSTOM.value
    source_id: str | None = None
    tally: int = 0
    position: int = 0
    parent_option_id: str | None = None  # in a run-off: the tied option of the first round it stands for
    updated_at: str = field(default_factory=utc_now)


class Ballot(Struct):
    """One anonymous participant's dots (``number`` is a running number, not a name)."""

    id: str = field(default_factory=new_id)
    round_id: str = ""
    number: int = 1
    dots: dict[str, int] = field(default_factory=dict)  # option id -> dots
    updated_at: str = field(default_factory=utc_now)

    @property
    def total(self) -> int:
        """All dots on this ballot."""
        return sum(self.dots.values())


class RoundEvent(Struct):
    """One entry of a round's history (closed, reopened, settled, …), with a note."""

    id: str = field(default_factory=new_id)
    round_id: str = ""
    kind: str = EventKind.OPENED.value
    at: str = field(default_factory=utc_now)
    note: str = ""


# ---- suggestions ---------------------------------------------------------


class DotSuggestion(Struct, frozen=True):
    """The suggested dots per person and both rules of thumb behind it (shown, not enforced).

    ``half_rule``: about half the number of options, at least 3, at most 10.
    ``ranking_rule``: enough dots that a full ranking is possible,
    options × (options − 1) / 2 ÷ participants, rounded up (``None`` when the
    number of participants is not known).
    """

    suggested: int
    options: int
    participants: int
    half_rule: int
    ranking_rule: int | None


def suggest_dots(options: int, participants: int) -> DotSuggestion:
    """The rules of thumb of German moderation practice (DESIGN.md §1) for ``options`` and ``participants``."""
    options = max(0, options)
    half = min(HALF_RULE_MAX, max(HALF_RULE_MIN, math.ceil(options / 2)))
    ranking: int | None = None
    if participants > 0:
        ranking = max(1, math.ceil(options * (options - 1) / 2 / participants))
    return DotSuggestion(
        suggested=half, options=options, participants=participants, half_rule=half, ranking_rule=ranking
    )


# ---- checking rounds, options, ballots, tallies ---------------------------


def _count(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_round_field(name: str, value: object) -> Problem | None:
    """Check one field of a round."""
    if name == "title":
        if not str(value).strip():
            return Problem("vote_title_empty")
        return check_text(str(value), MAX_SHORT_TEXT)
    if name == "participants" and not _count(value, 0, MAX_PARTICIPANTS):
        return Problem("vote_participants_invalid", {"max": MAX_PARTICIPANTS})
    if name == "dots_per_person" and not _count(value, 1, MAX_DOTS):
        return Problem("vote_dots_invalid", {"max": MAX_DOTS})
    if name == "cap_per_option" and not _count(value, 0, MAX_DOTS):
        return Problem("vote_cap_invalid", {"max": MAX_DOTS})
    if name == "cutoff" and not _count(value, 1, MAX_OPTIONS):
        return Problem("vote_cutoff_invalid", {"max": MAX_OPTIONS})
    if name == "kind" and value not in ROUND_KINDS:
        return Problem("vote_kind_invalid", {"value": value})
    if name == "stacking" and value not in STACKINGS:
        return Problem("vote_stacking_invalid", {"value": value})
    if name == "status" and value not in STATUSES:
        return Problem("vote_status_invalid", {"value": value})
    if name == "entry" and value not in ENTRIES:
        return Problem("vote_entry_invalid", {"value": value})
    if name == "settlement" and value not in SETTLEMENTS:
        return Problem("vote_settlement_invalid", {"value": value})
    if name == "settlement_note":
        return check_text(str(value), MAX_TEXT)
    return None


def check_round(round_: VoteRound) -> Problem | None:
    """Check a whole round: every field, and the cap against the dots per person."""
    for name in ("title", "kind", "participants", "dots_per_person", "cap_per_option", "cutoff", "stacking", "entry"):
        problem = check_round_field(name, getattr(round_, name))
        if problem:
            return problem
    if round_.stacking == Stacking.CAP.value and not 1 <= round_.cap_per_option <= round_.dots_per_person:
        return Problem("vote_cap_above_dots", {"cap": round_.cap_per_option, "dots": round_.dots_per_person})
    if round_.is_mood and round_.dots_per_person != 1:
        return Problem("vote_mood_one_dot")
    return None


def rule_changes(round_: VoteRound, name: str, value: object) -> dict[str, object]:
    """One rule of ``round_`` changed, with what follows from it: the cap never above the dots per
    person; when capping starts, a cap of 2 (or the dots, if fewer); when it ends, no cap."""
    changes: dict[str, object] = {name: value}
    capped = round_.stacking == Stacking.CAP.value
    if name == "dots_per_person" and capped and isinstance(value, int) and round_.cap_per_option > value:
        changes["cap_per_option"] = value
    if name == "stacking":
        changes["cap_per_option"] = min(2, round_.dots_per_person) if value == Stacking.CAP.value else 0
    return changes


def check_option_label(label: str) -> Problem | None:
    """An option needs a text of at most 300 characters."""
    if not label.strip():
        return Problem("vote_option_empty")
    return check_text(label, MAX_SHORT_TEXT)


def check_tally(value: object) -> Problem | None:
    """A tally is a whole number of dots from 0 to 10000."""
    if not _count(value, 0, MAX_TALLY):
        return Problem("vote_tally_invalid", {"max": MAX_TALLY})
    return None


def check_ballot(
    round_: VoteRound, options: Sequence[VoteOption], ballot: Ballot, others: Iterable[Ballot] = ()
) -> Problem | None:
    """Whether a ballot keeps the round's rules; the problem names the rule it breaks.

    A ballot may use fewer dots than allowed (not everyone spends all), but
    not more than the dots per person, not more than the cap on one option,
    only the round's options, and its participant number must be new.
    """
    if not _count(ballot.number, 1, MAX_PARTICIPANTS):
        return Problem("ballot_number_invalid", {"max": MAX_PARTICIPANTS})
    if any(other.number == ballot.number and other.id != ballot.id for other in others):
        return Problem("ballot_number_taken", {"number": ballot.number})
    labels = {option.id: option.label for option in options}
    for option_id, dots in ballot.dots.items():
        if option_id not in labels:
            return Problem("ballot_unknown_option", {"value": option_id})
        if not _count(dots, 0, MAX_DOTS):
            return Problem("ballot_dots_invalid", {"option": labels[option_id], "max": MAX_DOTS})
    if ballot.total == 0:
        return Problem("ballot_empty")
    if ballot.total > round_.dots_per_person:
        return Problem("ballot_too_many_dots", {"given": ballot.total, "allowed": round_.dots_per_person})
    limit = round_.per_option_limit
    for option in options:
        given = ballot.dots.get(option.id, 0)
        if given > limit:
            code = "ballot_mood_one_dot" if round_.is_mood else "ballot_over_cap"
            return Problem(code, {"option": option.label, "given": given, "cap": limit})
    return None


def counts_of(round_: VoteRound, options: Sequence[VoteOption], ballots: Iterable[Ballot]) -> dict[str, int]:
    """The dots per option: the tallies, or with ballot entry the sum of the ballots."""
    if round_.entry == Entry.BALLOTS.value:
        counts = {option.id: 0 for option in options}
        for ballot in ballots:
            for option_id, dots in ballot.dots.items():
                if option_id in counts:
                    counts[option_id] += dots
        return counts
    return {option.id: option.tally for option in options}


def plausibility(round_: VoteRound, counts: Mapping[str, int]) -> Problem | None:
    """A warning (not a refusal) when the dots exceed what the participants could have given.

    The moderator decides: perhaps more people came than were counted.
    """
    if round_.participants <= 0:
        return None
    total = sum(counts.values())
    if total > round_.max_dots:
        return Problem(
            "tally_sum_too_high",
            {
                "sum": total,
                "max": round_.max_dots,
                "participants": round_.participants,
                "dots": round_.dots_per_person,
            },
        )
    limit = round_.participants * round_.per_option_limit
    over = [option_id for option_id, count in counts.items() if count > limit]
    if over:
        return Problem("tally_option_too_high", {"count": counts[over[0]], "max": limit, "option_id": over[0]})
    return None


# ---- ranking, cut-off and ties ------------------------------------------


class Ranked(Struct, frozen=True):
    """One option's place in the results: ``rank`` shared by equal counts (1, 2, 2, 4)."""

    option_id: str
    count: int
    rank: int
    # Where it stands against the cut-off: "forward" (goes forward for sure), "tied" (in the
    # tie that crosses the cut-off line), "out" (below the line).
    standing: str


FORWARD = "forward"
TIED = "tied"
OUT = "out"


def rank(counts: Sequence[tuple[str, int]], cutoff: int) -> list[Ranked]:
    """The exact ranking of ``(option_id, count)`` pairs, most dots first, against a cut-off of ``cutoff`` options.

    Equal counts share a rank ("standard competition ranking": 1, 2, 2, 4).
    Options with equal counts keep their given order. A group of equal counts
    that holds both the ``cutoff``-th and the next place crosses the cut-off:
    its options are ``tied``; groups wholly above are ``forward``, the rest ``out``.
    """
    ordered = sorted(enumerate(counts), key=lambda pair: (-pair[1][1], pair[0]))
    result: list[Ranked] = []
    index = 0
    while index < len(ordered):
        count = ordered[index][1][1]
        end = index
        while end < len(ordered) and ordered[end][1][1] == count:
            end += 1
        first_place, last_place = index + 1, end  # 1-based places this group occupies
        if last_place <= cutoff:
            standing = FORWARD
        elif first_place <= cutoff:
            standing = TIED
        else:
            standing = OUT
        for _position, (option_id, _count) in ordered[index:end]:
            result.append(Ranked(option_id, count, first_place, standing))
        index = end
    return result


def tie_at_cutoff(ranking: Sequence[Ranked]) -> bool:
    """Whether a tie crosses the cut-off line (the moderator must settle it)."""
    return any(entry.standing == TIED for entry in ranking)


class Outcome(Struct, frozen=True):
    """A round's result: the ranking, whether a tie crosses the cut-off, and what goes forward.

    ``forward`` is ``None`` while the tie is not settled (or a run-off is not
    decided yet); otherwise the option ids that go forward, best first.
    ``no_dots``: a dot vote with options and not one dot yet. That is no result:
    nothing goes forward and nothing ties (every option would "tie" at 0).
    """

    ranking: list[Ranked]
    tie: bool
    forward: list[str] | None
    runoff_id: str | None = None
    no_dots: bool = False


def outcome(
    round_: VoteRound,
    options: Sequence[VoteOption],
    ballots: Iterable[Ballot],
    runoffs: Mapping[str, tuple[VoteRound, Sequence[VoteOption], Sequence[Ballot]]] | None = None,
) -> Outcome:
    """The ranking of a round and the options that go forward, following its settlement.

    ``runoffs`` maps a round id to the run-off round of it (with its options
    and ballots): with Settlement.RUNOFF the run-off's winners fill the places
    the tie left (a run-off's options point back with ``parent_option_id``).
    """
    counts = counts_of(round_, options, ballots)
    ranking = rank([(option.id, counts[option.id]) for option in options], round_.cutoff)
    clear = [entry.option_id for entry in ranking if entry.standing == FORWARD]
    tied = [entry.option_id for entry in ranking if entry.standing == TIED]
    if round_.is_mood:
        return Outcome(ranking, False, [entry.option_id for entry in ranking])
    if ranking and not any(counts.values()):
        return Outcome([Ranked(e.option_id, 0, e.rank, OUT) for e in ranking], False, [], no_dots=True)
    if not tied:
        return Outcome(ranking, False, clear)
    settlement = round_.settlement
    if settlement == Settlement.ALL_FORWARD.value:
        return Outcome(ranking, True, clear + tied)
    if settlement == Settlement.GROUP.value:
        chosen = [option_id for option_id in tied if option_id in set(round_.chosen_ids)]
        return Outcome(ranking, True, clear + chosen if chosen else None)
    if settlement == Settlement.RUNOFF.value and runoffs and round_.id in runoffs:
        runoff, runoff_options, runoff_ballots = runoffs[round_.id]
        if runoff.status != RoundStatus.CLOSED.value:
            return Outcome(ranking, True, None, runoff.id)
        decided = outcome(runoff, runoff_options, runoff_ballots, runoffs)
        if decided.forward is None or decided.no_dots:
            return Outcome(ranking, True, None, runoff.id)
        by_runoff_option = {opt.id: opt.parent_option_id for opt in runoff_options}
        winners = [by_runoff_option.get(option_id) for option_id in decided.forward]
        return Outcome(ranking, True, clear + [w for w in winners if w in tied], runoff.id)
    return Outcome(ranking, True, None)
