"""The idea rules: cleaning, limits, duplicates, choosing a cluster, filtering and counting, the wall's groups, merging."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from zwdesktop.core.ideas import (
    MAX_IDEA,
    Cluster,
    Idea,
    IdeaCounts,
    IdeaFilter,
    capture_phase,
    check_idea_text,
    choose_cluster,
    clean_idea_text,
    count_ideas,
    filter_ideas,
    find_duplicate,
    idea_phase_reached,
    is_right_to_left,
    matches,
    search_text,
    shown_and_counted,
    wall_groups,
)
from zwdesktop.core.ideas_merge import plan_merge


def test_text_is_trimmed_and_control_characters_are_removed_but_line_breaks_and_joiners_stay() -> None:
    assert clean_idea_text("  \tMehr Bänke\x00 am\x07 See\r\nund Schatten \x1b ") == "Mehr Bänke am See\nund Schatten"
    family = "👨\u200d👩\u200d👧"
    assert clean_idea_text(f" {family} ") == family


def test_every_control_character_but_tab_and_line_feed_is_removed_and_nothing_else() -> None:
    controls = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"} - {"\t", "\n", "\r"}
    for ch in controls:
        assert clean_idea_text(f"a{ch}b") == "ab", hex(ord(ch))
    for ch in ("\t", "\u00a0", "\u00ad", "\u200d", "\u200f", "\ufeff", "\U0001f600", "\ue000"):
        assert clean_idea_text(f"a{ch}b") == f"a{ch}b", hex(ord(ch))
    assert clean_idea_text("a\rb\u2028c") == "a\nb\nc"


def test_empty_and_too_long_ideas_are_refused_never_cut() -> None:
    assert check_idea_text(clean_idea_text(" \n\t ")).code == "idea_empty"  # type: ignore[union-attr]
    assert check_idea_text("x" * MAX_IDEA) is None
    problem = check_idea_text("x" * (MAX_IDEA + 1))
    assert problem is not None and problem.code == "idea_too_long" and problem.params["length"] == MAX_IDEA + 1


def test_exact_duplicate_only_in_the_same_phase_and_only_visible() -> None:
    ideas = [Idea(text="Mehr Busse am Abend", phase="critique"), Idea(text="Sprachcafé", phase="fantasy", deleted=True)]
    assert find_duplicate(ideas, "mehr  busse am abend", "critique") is ideas[0]
    assert find_duplicate(ideas, "Mehr Busse am Abend", "fantasy") is None
    assert find_duplicate(ideas, "Sprachcafé", "fantasy") is None


def test_cluster_by_number_or_first_letters_of_any_word() -> None:
    clusters = [
        Cluster(name="Begegnung", position=0),
        Cluster(name="Öffentlicher Verkehr", position=1),
        Cluster(name="Ehrenamt", position=2, deleted=True),
        Cluster(name="Wohnraum", position=3),
    ]
    assert choose_cluster(clusters, "2") is clusters[1]
    assert choose_cluster(clusters, "3") is clusters[3]  # the deleted one is not counted
    assert choose_cluster(clusters, "ö") is clusters[1]
    assert choose_cluster(clusters, "ver") is clusters[1]
    assert choose_cluster(clusters, "woh") is clusters[3]
    assert choose_cluster(clusters, "ehr") is None
    assert choose_cluster(clusters, "9") is None


def test_filter_and_counts_per_phase_and_cluster() -> None:
    a, b = Cluster(name="A"), Cluster(name="B")
    ideas = [
        Idea(text="Bus am Abend", phase="critique", cluster_id=a.id),
        Idea(text="Bürgerbus", phase="fantasy", cluster_id=a.id),
        Idea(text="Sprachcafé", phase="fantasy", cluster_id=b.id, author="Tisch 2"),
        Idea(text="Bus", phase="fantasy"),
        Idea(text="Bus weg", phase="fantasy", merged_into="x"),
    ]
    flt = IdeaFilter(text="bus")
    assert [i.text for i in filter_ideas(ideas, flt)] == ["Bus am Abend", "Bürgerbus", "Bus"]
    counts = count_ideas(ideas, IdeaFilter(phase="fantasy", text="bus"))
    assert counts.total == 2
    assert counts.by_phase == {"critique": 1, "fantasy": 2}
    assert counts.by_cluster == {a.id: 1, "": 1}
    assert [i.text for i in filter_ideas(ideas, IdeaFilter(text="tisch"))] == ["Sprachcafé"]
    assert [i.text for i in filter_ideas(ideas, IdeaFilter(cluster_id=""))] == ["Bus"]


def test_wall_groups_follow_the_cluster_order_with_the_unclustered_last() -> None:
    first, second = Cluster(name="Zwei", position=1), Cluster(name="Eins", position=0)
    ideas = [
        Idea(text="a", cluster_id=first.id, created_at="2026-01-01T10:00:00+00:00"),
        Idea(text="b", created_at="2026-01-01T10:01:00+00:00"),
        Idea(text="c", cluster_id=second.id, created_at="2026-01-01T10:02:00+00:00"),
        Idea(text="d", phase="fantasy", cluster_id=second.id),
    ]
    groups = wall_groups(ideas, [first, second], "critique")
    assert [(g.cluster.name if g.cluster else None, [i.text for i in g.ideas]) for g in groups] == [
        ("Eins", ["c"]),
        ("Zwei", ["a"]),
        (None, ["b"]),
    ]


def test_capture_phase_follows_the_clock_and_holds_through_a_break() -> None:
    phases = ["arrival", "critique", "break", "fantasy", "realisation"]
    assert capture_phase(phases, None) == "critique"
    assert capture_phase(phases, 0) == "critique"
    assert capture_phase(phases, 2) == "critique"
    assert capture_phase(phases, 3) == "fantasy"


def test_the_first_idea_phase_is_reached_only_once_it_runs() -> None:
    phases = ["arrival", "critique", "break", "fantasy"]
    assert [idea_phase_reached(phases, index) for index in (None, 0, 1, 2, 3)] == [False, False, True, True, True]
    assert not idea_phase_reached(["arrival", "closing"], 1)
    assert not idea_phase_reached(phases, 7)  # an index the agenda no longer has


def test_right_to_left_by_the_first_strong_character() -> None:
    assert is_right_to_left("«مكان للقاء» 2026")
    assert is_right_to_left("کافه زبان")
    assert not is_right_to_left("2026 Sprachcafé کافه")
    assert not is_right_to_left("ትምህርቲ ቋንቋ")


def test_merge_plan_later_change_wins_and_the_other_is_reported() -> None:
    mine = Idea(text="Mehr Busse", updated_at="2026-01-01T10:00:00.000000+00:00")
    theirs_later = Idea(id=mine.id, text="Mehr Busse am Abend", updated_at="2026-01-01T10:05:00.000000+00:00")
    new = Idea(text="Neu")
    plan = plan_merge("idea", {mine.id: mine}, [theirs_later, new])
    assert plan.insert == [new] and plan.update == [theirs_later]
    assert plan.conflicts[0].kept is theirs_later and plan.conflicts[0].lost is mine
    theirs_older = Idea(id=mine.id, text="Busse", updated_at="2026-01-01T09:00:00.000000+00:00")
    plan = plan_merge("idea", {mine.id: mine}, [theirs_older])
    assert plan.update == [] and plan.kept_newer == [theirs_older] and plan.conflicts[0].kept is mine
    assert plan_merge("idea", {mine.id: mine}, [mine]).conflicts == []


@settings(max_examples=200, deadline=None)
@given(
    ideas=st.lists(
        st.builds(
            Idea,
            text=st.sampled_from(["Bus am Abend", "Bürgerbus", "Sprachcafé", "BUS-Linie", "Treff im Café", "x"]),
            phase=st.sampled_from(["fantasy", "critique", "realisation"]),
            cluster_id=st.sampled_from([None, "c1", "c2"]),
            author=st.sampled_from(["", "Ayşe", "Bus-Fahrer"]),
            deleted=st.booleans(),
        ),
        max_size=25,
    ),
    phase=st.sampled_from(["", "fantasy", "critique"]),
    cluster_id=st.sampled_from([None, "", "c1"]),
    text=st.sampled_from(["", "bus", "BUS abend", "café", "fahrer", "zz"]),
    kept=st.booleans(),
)
def test_shown_and_counted_is_what_matching_and_counting_idea_by_idea_give(
    ideas: list[Idea], phase: str, cluster_id: str | None, text: str, kept: bool
) -> None:
    # The list's one-pass search (with or without kept search texts) against the rules applied idea by idea.
    flt = IdeaFilter(phase=phase, cluster_id=cluster_id, text=text)
    needles = flt.needles()
    haystacks = {idea.id: search_text(idea) for idea in ideas} if kept else None
    shown, counts = shown_and_counted(ideas, flt, haystacks)
    assert shown == [idea for idea in ideas if matches(idea, flt, needles)]
    one_by_one = IdeaCounts()
    for idea in ideas:
        one_by_one.add(idea, flt, needles)
    assert (counts.total, counts.by_phase, counts.by_cluster) == (
        one_by_one.total,
        one_by_one.by_phase,
        one_by_one.by_cluster,
    )
    assert counts.total == len(shown)
