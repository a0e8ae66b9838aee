"""Dot-vote rules: ranking, ties at the cut-off, settlement, ballots, plausibility and the suggested dots."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from zwdesktop.core.votes import (
    FORWARD,
    OUT,
    TIED,
    Ballot,
    Entry,
    RoundKind,
    RoundStatus,
    Settlement,
    Stacking,
    VoteOption,
    VoteRound,
    check_ballot,
    check_round,
    counts_of,
    outcome,
    plausibility,
    rank,
    rule_changes,
    suggest_dots,
    tie_at_cutoff,
)
from zwdesktop.core.votes_runoff import runoff_round, runoff_score

counts_lists = st.lists(st.integers(min_value=0, max_value=40), min_size=0, max_size=30)


def _pairs(counts: list[int]) -> list[tuple[str, int]]:
    return [(f"o{i}", c) for i, c in enumerate(counts)]


@given(counts_lists, st.integers(min_value=1, max_value=35))
def test_ranks_agree_with_counts(counts: list[int], cutoff: int) -> None:
    ranking = rank(_pairs(counts), cutoff)
    assert sorted(r.option_id for r in ranking) == sorted(o for o, _ in _pairs(counts))
    for a in ranking:
        for b in ranking:
            if a.count > b.count:
                assert a.rank < b.rank
            if a.count == b.count:
                assert a.rank == b.rank
    # Standard competition ranking: one more than the number of options with more dots.
    for entry in ranking:
        assert entry.rank == 1 + sum(1 for c in counts if c > entry.count)


@given(counts_lists, st.integers(min_value=1, max_value=35))
def test_flag_appears_exactly_when_a_tie_crosses_the_cutoff(counts: list[int], cutoff: int) -> None:
    ranking = rank(_pairs(counts), cutoff)
    ordered = sorted(counts, reverse=True)
    crosses = cutoff < len(ordered) and ordered[cutoff - 1] == ordered[cutoff]
    assert tie_at_cutoff(ranking) == crosses
    forward = [r for r in ranking if r.standing == FORWARD]
    tied = [r for r in ranking if r.standing == TIED]
    assert len(forward) <= cutoff
    if not crosses:
        assert len(forward) == min(cutoff, len(counts))
    else:
        assert len(forward) < cutoff < len(forward) + len(tied)
        assert len({r.count for r in tied}) == 1
    for entry in ranking:
        if entry.standing == OUT:
            assert all(entry.count <= other.count for other in forward + tied)


def test_ranks_1_2_2_4_and_the_flag() -> None:
    ranking = rank([("a", 9), ("b", 7), ("c", 7), ("d", 3)], cutoff=2)
    assert [(r.option_id, r.rank, r.standing) for r in ranking] == [
        ("a", 1, FORWARD),
        ("b", 2, TIED),
        ("c", 2, TIED),
        ("d", 4, OUT),
    ]
    assert tie_at_cutoff(ranking)
    assert not tie_at_cutoff(rank([("a", 9), ("b", 7), ("c", 7), ("d", 3)], cutoff=3))


def _round(**changes: object) -> tuple[VoteRound, list[VoteOption]]:
    round_ = VoteRound(title="Kritik", participants=10, dots_per_person=3, cutoff=2)
    for key, value in changes.items():
        setattr(round_, key, value)
    options = [
        VoteOption(round_id=round_.id, label=label, tally=tally, position=i)
        for i, (label, tally) in enumerate([("Busverkehr", 9), ("Treffpunkte", 7), ("Ärzte", 7), ("Radwege", 3)])
    ]
    return round_, options


def test_settlements_decide_what_goes_forward() -> None:
    round_, options = _round()
    ids = [o.id for o in options]
    assert outcome(round_, options, []).forward is None  # unsettled tie
    round_.settlement = Settlement.ALL_FORWARD.value
    assert outcome(round_, options, []).forward == ids[:3]
    round_.settlement = Settlement.GROUP.value
    round_.chosen_ids = [ids[2]]
    assert outcome(round_, options, []).forward == [ids[0], ids[2]]

    round_.settlement = Settlement.RUNOFF.value
    ranking = outcome(round_, options, []).ranking
    runoff, runoff_options = runoff_round(round_, options, ranking)
    assert runoff.runoff_of == round_.id and runoff.cutoff == 1 and runoff.dots_per_person == 1
    assert [o.parent_option_id for o in runoff_options] == ids[1:3]
    runoffs = {round_.id: (runoff, runoff_options, [])}
    assert outcome(round_, options, [], runoffs).forward is None  # run-off still open
    assert runoff_score(round_.id, runoffs) == []  # no score before it is closed
    runoff_options[1].tally = 6
    runoff_options[0].tally = 4
    runoff.status = RoundStatus.CLOSED.value
    result = outcome(round_, options, [], runoffs)
    assert result.forward == [ids[0], ids[2]] and result.runoff_id == runoff.id
    # The score names the first round's options, the winner first: 6 : 4.
    assert runoff_score(round_.id, runoffs) == [(ids[2], 6), (ids[1], 4)]
    assert runoff_score("another round", runoffs) == []


def test_a_round_without_a_single_dot_has_no_result_no_tie_and_nothing_forward() -> None:
    round_, options = _round(cutoff=2)
    for option in options:
        option.tally = 0
    result = outcome(round_, options, [])
    assert result.no_dots and not result.tie and result.forward == []
    assert {entry.standing for entry in result.ranking} == {OUT}
    options[3].tally = 1  # one dot is a result: two of the three at 0 tie for the second place
    result = outcome(round_, options, [])
    assert not result.no_dots and result.tie and result.forward is None
    mood = VoteRound(title="Blitzlicht", kind=RoundKind.MOOD.value)
    faces = [VoteOption(round_id=mood.id, label=str(level), position=level) for level in range(3)]
    assert not outcome(mood, faces, []).no_dots  # a Blitzlicht shows its faces as they are
    assert not outcome(round_, [], []).no_dots  # no options: nothing to say "no dots" about


def test_a_run_off_closed_without_dots_leaves_the_tie_open() -> None:
    round_, options = _round(settlement=Settlement.RUNOFF.value)
    runoff, runoff_options = runoff_round(round_, options, outcome(round_, options, []).ranking)
    runoff.status = RoundStatus.CLOSED.value
    result = outcome(round_, options, [], {round_.id: (runoff, runoff_options, [])})
    assert result.tie and result.forward is None and result.runoff_id == runoff.id


def test_ballot_rules_name_the_broken_rule() -> None:
    round_, options = _round(stacking=Stacking.CAP.value, cap_per_option=2)
    a, b = options[0].id, options[1].id
    ok = Ballot(round_id=round_.id, number=1, dots={a: 2, b: 1})
    assert check_ballot(round_, options, ok) is None
    over_cap = Ballot(round_id=round_.id, number=2, dots={a: 3})
    problem = check_ballot(round_, options, over_cap)
    assert problem is not None and problem.code == "ballot_over_cap"
    assert problem.params == {"option": "Busverkehr", "given": 3, "cap": 2}
    too_many = Ballot(round_id=round_.id, number=2, dots={a: 2, b: 2})
    problem = check_ballot(round_, options, too_many)
    assert problem is not None and problem.code == "ballot_too_many_dots"
    assert problem.params == {"given": 4, "allowed": 3}
    taken = Ballot(round_id=round_.id, number=1, dots={a: 1})
    problem = check_ballot(round_, options, taken, [ok])
    assert problem is not None and problem.code == "ballot_number_taken"
    empty = Ballot(round_id=round_.id, number=3, dots={})
    assert check_ballot(round_, options, empty) == check_ballot(round_, options, Ballot(number=3, dots={a: 0}))
    assert check_ballot(round_, options, Ballot(number=4, dots={"x": 1})).code == "ballot_unknown_option"  # type: ignore[union-attr]
    # Free stacking: all dots on one option is fine.
    free, free_options = _round()
    assert check_ballot(free, free_options, Ballot(number=1, dots={free_options[0].id: 3})) is None


@given(
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=3),
    st.lists(st.integers(min_value=0, max_value=5), min_size=4, max_size=4),
)
def test_a_ballot_is_accepted_exactly_when_it_keeps_the_rules(dots: int, cap: int, given_dots: list[int]) -> None:
    round_, options = _round(dots_per_person=max(dots, cap), stacking=Stacking.CAP.value, cap_per_option=cap)
    ballot = Ballot(round_id=round_.id, number=1, dots={o.id: n for o, n in zip(options, given_dots, strict=True)})
    keeps = 0 < sum(given_dots) <= round_.dots_per_person and max(given_dots) <= cap
    assert (check_ballot(round_, options, ballot) is None) == keeps


def test_ballots_sum_to_counts_and_mood_allows_one_dot() -> None:
    round_, options = _round(entry=Entry.BALLOTS.value)
    ballots = [Ballot(number=1, dots={options[0].id: 2}), Ballot(number=2, dots={options[0].id: 1, options[3].id: 2})]
    counts = counts_of(round_, options, ballots)
    assert counts[options[0].id] == 3 and counts[options[3].id] == 2 and counts[options[1].id] == 0
    mood = VoteRound(title="Blitzlicht", kind=RoundKind.MOOD.value, dots_per_person=1, participants=20)
    faces = [VoteOption(round_id=mood.id, label=f, position=i) for i, f in enumerate("😀🙂😐🙁")]
    assert check_round(mood) is None
    problem = check_ballot(mood, faces, Ballot(number=1, dots={faces[0].id: 1, faces[1].id: 1}))
    assert problem is not None and problem.code == "ballot_too_many_dots"


def test_plausibility_warns_above_participants_times_dots() -> None:
    round_, options = _round()  # 10 people × 3 dots = 30
    assert plausibility(round_, counts_of(round_, options, [])) is None  # 26 dots
    options[3].tally = 8  # 31
    problem = plausibility(round_, counts_of(round_, options, []))
    assert problem is not None and problem.code == "tally_sum_too_high"
    assert problem.params["sum"] == 31 and problem.params["max"] == 30


def test_cap_must_not_exceed_dots() -> None:
    round_, _options = _round(stacking=Stacking.CAP.value, cap_per_option=4)
    problem = check_round(round_)
    assert problem is not None and problem.code == "vote_cap_above_dots"


@given(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_suggested_dots_follow_the_rules_of_thumb(options: int, participants: int) -> None:
    suggestion = suggest_dots(options, participants)
    assert 3 <= suggestion.half_rule <= 10
    assert suggestion.suggested == suggestion.half_rule
    if 6 <= options <= 20:
        assert suggestion.half_rule == math.ceil(options / 2)
    if participants:
        assert suggestion.ranking_rule is not None
        # Enough dots for a full ranking: all participants' dots cover every pair of options.
        assert suggestion.ranking_rule * participants >= options * (options - 1) / 2
        assert (suggestion.ranking_rule - 1) * participants < max(1, options * (options - 1) / 2)
    else:
        assert suggestion.ranking_rule is None


def test_suggested_dots_examples() -> None:
    assert suggest_dots(12, 25).half_rule == 6
    assert suggest_dots(12, 25).ranking_rule == 3  # 66 pairs / 25 people = 2.64 -> 3
    assert suggest_dots(4, 25).half_rule == 3
    assert suggest_dots(30, 25).half_rule == 10


def test_a_rule_change_brings_the_cap_along() -> None:
    capped = VoteRound(title="Kritik", dots_per_person=4, stacking=Stacking.CAP.value, cap_per_option=3)
    # Fewer dots than the cap: the cap comes down with them; more dots leave it.
    assert rule_changes(capped, "dots_per_person", 2) == {"dots_per_person": 2, "cap_per_option": 2}
    assert rule_changes(capped, "dots_per_person", 6) == {"dots_per_person": 6}
    assert rule_changes(capped, "stacking", Stacking.FREE.value) == {"stacking": "free", "cap_per_option": 0}
    free = VoteRound(title="Kritik", dots_per_person=1, stacking=Stacking.FREE.value)
    assert rule_changes(free, "stacking", Stacking.CAP.value) == {"stacking": "cap", "cap_per_option": 1}
    assert rule_changes(free, "dots_per_person", 5) == {"dots_per_person": 5}
    assert rule_changes(free, "participants", 30) == {"participants": 30}
