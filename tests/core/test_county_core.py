"""The county view's core: recurring topics, corrections by hand, totals and next dates (hypothesis on generated workshops)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from zwdesktop.core.agreements import Agreement, AgreementsData, Meeting, SteeringMember
from zwdesktop.core.county import county_overview, workshop_facts
from zwdesktop.core.county_privacy import People, people_of, split_names
from zwdesktop.core.county_topics import Mention, TopicEdit, apply_edits, fold, propose_topics, stem
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.ideas import Cluster
from zwdesktop.core.workshop import Workshop

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
# Words of topics a county would find again; noise is made of letters none of them has.
PLANTED = ("Sprachcafé", "Nachbarschaft", "Jugendtreff", "Ehrenamt", "Mobilität", "Integrationsbeirat")
NOISE = st.text(alphabet="qxzvjkw", min_size=3, max_size=9)


@st.composite
def meetings(draw: st.DrawFn, agreement_id: str | None) -> Meeting:
    start = NOW + dt.timedelta(hours=draw(st.integers(-2000, 2000)))
    # A meeting in the future cannot be held (issue 16); a past one may be held, cancelled or not recorded.
    status = draw(st.sampled_from(["planned", "held", "cancelled"] if start < NOW else ["planned", "cancelled"]))
    count = draw(st.integers(0, 30)) if status == "held" else 0
    return Meeting(agreement_id=agreement_id, starts_at=start, ends_at=start + dt.timedelta(hours=2), status=status,
                   count_volunteers=count)  # fmt: skip


@st.composite
def workshops(draw: st.DrawFn, index: int, clusters: list[str]) -> ExchangeData:
    workshop = Workshop(
        title=f"Werkstatt {index}",
        municipality=f"Kommune {index}",
        date=dt.date(2025, 1, 1) + dt.timedelta(days=draw(st.integers(0, 400))),
        count_staff=draw(st.integers(0, 50)),
        count_volunteers=draw(st.integers(0, 50)),
        count_other=draw(st.integers(0, 50)),
    )
    data = AgreementsData()
    for position in range(draw(st.integers(0, 3))):
        agreement = Agreement(title=draw(NOISE), status=draw(st.sampled_from(["planned", "active", "paused", "done", "dropped"])),
                              position=position)  # fmt: skip
        data.agreements.append(agreement)
        data.meetings += draw(st.lists(meetings(agreement.id), max_size=3))
    data.meetings += draw(st.lists(meetings(None), max_size=2))
    data.steering_members = [SteeringMember(name=f"M{i}") for i in range(draw(st.integers(0, 4)))]
    return ExchangeData(
        workshop=workshop,
        agenda=[],
        agreements=data,
        clusters=[Cluster(name=name, position=i) for i, name in enumerate(clusters)],
    )


@st.composite
def counties(draw: st.DrawFn) -> tuple[list[ExchangeData], str, set[int]]:
    """Several workshops; one planted word in the cluster names of some of them (returned with their indexes)."""
    count = draw(st.integers(2, 7))
    planted = draw(st.sampled_from(PLANTED))
    holders = set(draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=count, unique=True)))
    found = []
    for index in range(count):
        names = draw(st.lists(NOISE, max_size=4))
        if index in holders:
            names.append(f"{draw(NOISE)} {planted}")
        found.append(draw(workshops(index, names)))
    return found, planted, holders


@settings(max_examples=60, deadline=None)
@given(counties())
def test_a_word_shared_by_several_municipalities_is_a_topic_with_every_mention(case: tuple) -> None:
    datas, planted, holders = case
    facts = [workshop_facts(d, f"{i}.zwd", NOW) for i, d in enumerate(datas)]
    overview = county_overview(facts, [], NOW)
    topic = next(t for t in overview.topics if planted in t.words)
    assert set(topic.municipalities) == {f"Kommune {i}" for i in holders}
    assert all(planted in m.text for m in topic.mentions)
    for any_topic in overview.topics:
        # Proposed topics recur, and each mention shows one of the shared words (a user can follow why).
        assert len(any_topic.workshops) >= 2
        for mention in any_topic.mentions:
            assert any(stem(fold(w))[:4] in fold(mention.text) for w in any_topic.words), (any_topic, mention)


@settings(max_examples=60, deadline=None)
@given(counties())
def test_totals_and_next_dates_add_up(case: tuple) -> None:
    datas, _planted, _holders = case
    facts = [workshop_facts(d, f"{i}.zwd", NOW) for i, d in enumerate(datas)]
    overview = county_overview(facts, [], NOW)
    totals = overview.totals
    assert totals.workshops == len(datas)
    assert totals.participants == sum(d.workshop.participant_total for d in datas)
    assert totals.projects == sum(len(d.agreements.agreements) for d in datas)
    assert sum(totals.projects_by_status.values()) == totals.projects
    assert totals.steering_members == sum(len(d.agreements.steering_members) for d in datas)
    every = [m for d in datas for m in d.agreements.meetings]
    ahead = [m for m in every if m.status == "planned" and m.starts_at >= NOW]
    assert totals.meetings_upcoming == len(overview.next_dates) == len(ahead)
    # Held is what the follow-up recorded; a past meeting nobody recorded is neither held nor ahead.
    assert totals.meetings_held == sum(1 for m in every if m.status == "held")
    assert totals.meeting_attendance == sum(m.attendance for m in every if m.status == "held")
    starts = [m.starts_at for m in overview.next_dates]
    assert starts == sorted(starts)
    assert {m.id for m in overview.next_dates} == {m.id for m in ahead}
    dates = [w.date for w in overview.workshops]
    assert dates == sorted(dates)


def _mentions() -> list[Mention]:
    texts = {
        "A": ["Begegnung im Alltag", "Interkulturelles Fest", "Sprachcafé"],
        "B": ["Begegnungscafé für Eltern", "Interkulturelles Fest im Park", "Sprache und Arbeit"],
        "C": ["Café international", "Offener Treff für Eltern mit Kindern"],
    }
    return [Mention(f"{w}{i}", w, f"Ort {w}", "cluster", t) for w, ts in texts.items() for i, t in enumerate(ts)]


def test_the_proposal_names_its_shared_words() -> None:
    topics = {t.label: [m.text for m in t.mentions] for t in propose_topics(_mentions())}
    assert topics["Interkulturelles Fest"] == ["Interkulturelles Fest", "Interkulturelles Fest im Park"]
    assert topics["Sprache"] == ["Sprachcafé", "Sprache und Arbeit"]  # "Sprache" opens the compound
    assert topics["Café"] == ["Sprachcafé", "Begegnungscafé für Eltern", "Café international"]  # … and closes it
    assert topics["Eltern"] == ["Begegnungscafé für Eltern", "Offener Treff für Eltern mit Kindern"]
    assert not any(label.casefold() in ("für", "mit", "und", "im") for label in topics)  # stop words


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_merge_split_and_drop_keep_every_mention_once(data: st.DataObject) -> None:
    proposed = propose_topics(_mentions())
    first, second = data.draw(st.lists(st.sampled_from(proposed), min_size=2, max_size=2, unique_by=lambda t: t.key))
    merged = apply_edits(proposed, [TopicEdit("merge", (first.key, second.key))])
    assert first.key not in {t.key for t in merged} and second.key not in {t.key for t in merged}
    union = next(t for t in merged if t.edited)
    assert {m.id for m in union.mentions} == {m.id for m in first.mentions} | {m.id for m in second.mentions}
    assert union.label == f"{first.label} / {second.label}"
    chosen = data.draw(st.lists(st.sampled_from(union.mentions), min_size=1, unique_by=lambda m: m.id))
    split = apply_edits(merged, [TopicEdit("split", (union.key,), tuple(m.id for m in chosen))])
    parts = [t for t in split if t.edited]
    assert sorted(m.id for t in parts for m in t.mentions) == sorted(m.id for m in union.mentions)
    assert any({m.id for m in t.mentions} == {m.id for m in chosen} for t in parts)
    # The same corrections replayed on a new proposal give the same topics; stale ones are skipped.
    edits = [TopicEdit("merge", (first.key, second.key)), TopicEdit("split", (union.key,), tuple(m.id for m in chosen))]
    again = apply_edits(propose_topics(_mentions()), [*edits, TopicEdit("merge", ("gone", "also-gone"))])
    assert [(t.key, t.mentions) for t in again] == [(t.key, t.mentions) for t in split]
    dropped = apply_edits(proposed, [TopicEdit("drop", (first.key,))])
    assert [t.key for t in dropped] == [t.key for t in proposed if t.key != first.key]
    record = edits[1].to_record()
    assert TopicEdit.from_record(record) == edits[1]
    assert TopicEdit.from_record({"op": "explode", "keys": ["x"]}) is None


def test_people_are_scrubbed_from_free_text_by_name_surname_address_and_number() -> None:
    people = People(("Ayşe Yılmaz", "Li"), ("a.yilmaz@example.org",), ("0751 85-9863",), ("Yılmaz",))
    text = "Treff bei Frau YILMAZ, Ayşe  Yılmaz (a.yilmaz@example.org, 0751 859863), mit Li; Alltag bleibt; x@y.de"
    scrubbed = people.scrub(text)
    assert "lmaz" not in scrubbed.casefold() and "example" not in scrubbed and "9863" not in scrubbed
    assert "x@y.de" not in scrubbed  # any e-mail address
    assert "Alltag bleibt" in scrubbed  # "Li" only as a whole word
    assert "mit […]" in scrubbed
    workshop = Workshop(
        municipality="Weingarten", contact_name="Jonas Weingarten", moderation_team="Eva Prox, Landratsamt Ravensburg"
    )
    found = people_of(workshop, AgreementsData())
    assert (
        found.scrub("Treff in Weingarten mit Jonas Weingarten, Landratsamt Ravensburg")
        == "Treff in Weingarten mit […], […]"
    )
    assert found.scrub("Landkreis Ravensburg, Frau Prox") == "Landkreis Ravensburg, Frau Prox"  # team parts only whole
    assert split_names("Eva Militz (Moderation), Eva Prox und Ali Kaya") == ["Eva Militz", "Eva Prox", "Ali Kaya"]
