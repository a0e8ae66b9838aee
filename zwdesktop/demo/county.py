"""Demo workshops of a county: seven municipalities, for trying the county view (and for its tests and benchmark).

As in the seed document's county: seven local workshops some months ago,
each with its guiding question, clusters, a closed dot vote, project groups
(several of them in more than one municipality: "Sprachcafé",
"Interkulturelles Fest", "Begegnungscafé"), follow-up meetings behind and
ahead, a steering group and a mailing list. The people are invented; their
addresses use example.org.
"""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from msgspec import Struct

from ..core.agreements import (
    CONSENT_TEXT,
    STEERING_GROUP,
    Agreement,
    AgreementsData,
    Meeting,
    Member,
    Signup,
    SteeringMember,
    Step,
)
from ..core.exchange import ExchangeData
from ..core.ideas import Cluster, Idea, cluster_colour
from ..core.votes import EventKind, RoundEvent, RoundStatus, SourceKind, VoteOption, VoteRound
from ..core.votes_exchange import VoteData
from ..core.workshop import Workshop

FUNDER = "Mit Unterstützung des Programms „Land.Zuhause.Zukunft“ der Robert Bosch Stiftung"
COUNTY = "Landkreis Ravensburg"


class CountyWorkshop(Struct, frozen=True):
    """What makes one demo municipality's workshop its own."""

    municipality: str
    question: str
    weeks_ago: int
    counts: tuple[int, int, int]  # staff, volunteers, others
    clusters: tuple[str, ...]
    projects: tuple[tuple[str, str], ...]  # title, status


SEVEN: tuple[CountyWorkshop, ...] = (
    CountyWorkshop(
        "Aulendorf", "Aulendorf als lebenswerte Stadt – aber wie?", 22, (9, 14, 6),
        ("Begegnung & Nachbarschaft", "Sprache & Sprachcafé", "Ehrenamt", "Mobilität & ÖPNV"),
        (("Interkulturelles Fest", "active"), ("Sprachcafé", "active"), ("Austausch- und Begegnungscafé", "planned")),
    ),
    CountyWorkshop(
        "Weingarten", "Auf gute Nachbarschaft – Begegnung stärken in Alltag und Arbeit", 20, (11, 17, 8),
        ("Nachbarschaftshilfe", "Begegnung im Alltag", "Arbeit und Ausbildung", "Sprache"),
        (("Nachbarschaftscafé", "active"), ("Sprachpatenschaften", "active"), ("Interkulturelles Fest im Park", "done")),
    ),
    CountyWorkshop(
        "Bad Waldsee", "Ehrenamt macht stark!", 18, (6, 19, 4),
        ("Ehrenamt gewinnen", "Vereine öffnen", "Information und Beratung"),
        (("Ehrenamtsbörse", "active"), ("Willkommenslotsen", "paused")),
    ),
    CountyWorkshop(
        "Leutkirch im Allgäu", "Miteinander in Vielfalt leben", 16, (8, 12, 9),
        ("Begegnungsorte", "Feste und Kultur", "Wohnraum"),
        (("Begegnungscafé", "active"), ("Interkulturelles Fest", "planned"), ("Wohnungsbörse", "dropped")),
    ),
    CountyWorkshop(
        "Baienfurt", "Integration von Kindern und Jugendlichen", 14, (7, 9, 11),
        ("Kinder und Jugend", "Schule und Eltern", "Sport und Freizeit"),
        (("Offener Treff für alle Eltern mit Kindern", "active"), ("Jugendtreff", "active")),
    ),
    CountyWorkshop(
        "Kißlegg", "Miteinander in Vielfalt leben", 12, (5, 10, 7),
        ("Sprache lernen", "Begegnung", "Integrationsbeirat"),
        (("Sprachcafé", "active"), ("Wiederbelebung Integrationsbeirat", "planned")),
    ),
    CountyWorkshop(
        "Vogt", "Auf gute Nachbarschaft", 10, (4, 8, 5),
        ("Nachbarschaft", "Mobilität", "Jugend"),
        (("Mitfahrbank", "active"), ("Nachbarschaftsfest", "planned")),
    ),
)  # fmt: skip

_FIRST = ("Maria", "Ahmad", "Olena", "Thomas", "Ayşe", "Daniel", "Fatima", "Jonas", "Lina", "Mehmet", "Sabine", "Yusuf")
_LAST = ("Schmid", "Haddad", "Kovalenko", "Berger", "Yılmaz", "Keller", "Rahimi", "Wagner", "Hoxha", "Demir", "Vogel")


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    number = f"07{rng.randint(500, 599)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@example.org".replace("ş", "s").replace("ı", "i"), number


def _at(day: dt.date, hour: int, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=zone).astimezone(dt.UTC)


def county_workshop(
    spec: CountyWorkshop, now: dt.datetime, ideas: int = 24, extra_projects: int = 0, seed: int = 0
) -> ExchangeData:
    """One demo municipality's workshop (``ideas`` in all; ``extra_projects`` more project groups, numbered)."""
    rng = random.Random(f"{spec.municipality}-{seed}")
    zone = ZoneInfo("Europe/Berlin")
    local_now = now.astimezone(zone)
    day = (local_now - dt.timedelta(weeks=spec.weeks_ago)).date()
    day -= dt.timedelta(days=(day.weekday() - 5) % 7)  # a Saturday
    contact = _person(rng)
    moderation = [_person(rng)[0] for _ in range(2)]
    workshop = Workshop(
        title=f"Lokale Zukunftswerkstatt {spec.municipality}",
        guiding_question=spec.question,
        municipality=spec.municipality,
        county=COUNTY,
        venue_name=f"Rathaus {spec.municipality}, Bürgersaal",
        date=day,
        start_time=dt.time(9, 30),
        end_time=dt.time(13, 30),
        moderation_team=f"{moderation[0]} (Moderation), {moderation[1]}",
        contact_name=contact[0],
        contact_role=f"Integrationsbeauftragte, Stadt {spec.municipality}",
        contact_email=contact[1],
        contact_phone=contact[2],
        funder_line=FUNDER,
        count_staff=spec.counts[0],
        count_volunteers=spec.counts[1],
        count_other=spec.counts[2],
    )
    stamp = _at(day, 12, zone).isoformat()
    clusters = [
        Cluster(name=name, colour=cluster_colour(i), position=i, updated_at=stamp)
        for i, name in enumerate(spec.clusters)
    ]
    idea_rows = [
        Idea(
            text=f"Idee {n + 1} zu {clusters[n % len(clusters)].name}",
            phase="critique" if n % 2 else "fantasy",
            cluster_id=clusters[n % len(clusters)].id,
            author=_person(rng)[0] if n % 5 == 0 else "",
            created_at=stamp,
            updated_at=stamp,
        )
        for n in range(ideas)
    ]
    return ExchangeData(
        workshop=workshop,
        agenda=[],
        agreements=_agreements(spec, day, now, zone, rng, extra_projects),
        clusters=clusters,
        ideas=idea_rows,
        votes=_vote(clusters, stamp, rng),
    )


def _vote(clusters: list[Cluster], stamp: str, rng: random.Random) -> VoteData:
    round_ = VoteRound(
        title="Welche Themen sind am wichtigsten?",
        phase="critique",
        participants=20,
        dots_per_person=3,
        cutoff=min(2, len(clusters)),
        status=RoundStatus.CLOSED.value,
        created_at=stamp,
        updated_at=stamp,
    )
    tallies = rng.sample(range(2, 20), len(clusters))  # no ties: the result is clear
    options = [
        VoteOption(round_id=round_.id, label=c.name, source_kind=SourceKind.CLUSTER.value, source_id=c.id,
                   tally=tallies[i], position=i, updated_at=stamp)
        for i, c in enumerate(clusters)
    ]  # fmt: skip
    events = [
        RoundEvent(round_id=round_.id, kind=EventKind.OPENED.value, at=stamp),
        RoundEvent(round_id=round_.id, kind=EventKind.CLOSED.value, at=stamp),
    ]
    return VoteData(rounds=[round_], options=options, events=events)


def _agreements(
    spec: CountyWorkshop, day: dt.date, now: dt.datetime, zone: ZoneInfo, rng: random.Random, extra: int
) -> AgreementsData:
    data = AgreementsData()
    consent = CONSENT_TEXT["de"]
    consent_at = _at(day, 13, zone).isoformat()
    projects = list(spec.projects) + [(f"Projektgruppe {n + 1}", "active") for n in range(extra)]
    for position, (title, status) in enumerate(projects):
        name, email, phone = _person(rng)
        agreement = Agreement(
            title=title,
            goal=f"{title} in {spec.municipality} aufbauen und verstetigen.",
            status=status,
            contact_name=name,
            contact_role=rng.choice(("Ehrenamtliche Koordination", "Quartiersmanagement", "Integrationsbeauftragte")),
            contact_email=email,
            contact_phone=phone,
            position=position,
        )
        data.agreements.append(agreement)
        # Done as far as the group got: a done group all, an active one some (one may be overdue), others none.
        done = {"done": 3, "active": rng.randint(0, 2), "paused": 1}.get(status, 0)
        for i, what in enumerate(("Raum klären", "Einladung verteilen", "Erstes Treffen vorbereiten")):
            state = "done" if i < done else ("dropped" if status == "dropped" else "open")
            data.steps.append(Step(agreement_id=agreement.id, what=what, who=name.split()[0], state=state,
                                   due=day + dt.timedelta(weeks=2 + 2 * i + rng.randint(0, 30)), position=i))  # fmt: skip
        for i in range(rng.randint(2, 4)):
            member = _person(rng)
            data.members.append(Member(agreement_id=agreement.id, name=member[0], email=member[1], position=i,
                                       consent_text=consent, consent_at=consent_at))  # fmt: skip
        if status in ("active", "done", "paused"):
            first = _at(day + dt.timedelta(weeks=3), 18, zone)
            data.meetings.append(Meeting(agreement_id=agreement.id, starts_at=first, ends_at=first + dt.timedelta(hours=2),
                                         place=f"Rathaus {spec.municipality}", status="held",
                                         count_staff=rng.randint(1, 3), count_volunteers=rng.randint(3, 9),
                                         count_other=rng.randint(0, 4)))  # fmt: skip
        if status in ("active", "planned"):
            ahead = _at((now + dt.timedelta(days=7 + 3 * position + rng.randint(0, 20))).date(), 18, zone)
            data.meetings.append(Meeting(agreement_id=agreement.id, starts_at=ahead, ends_at=ahead + dt.timedelta(hours=2),
                                         place=f"Bürgerhaus {spec.municipality}", purpose=f"Treffen {title}"))  # fmt: skip
    roles = ("staff", "volunteer", "volunteer", "other", "volunteer", "staff")
    for i in range(rng.randint(3, 6)):
        name, email, phone = _person(rng)
        data.steering_members.append(SteeringMember(name=name, role=roles[i], email=email, phone=phone, position=i,
                                                    consent_text=consent, consent_at=consent_at))  # fmt: skip
    steering = _at((now + dt.timedelta(days=rng.randint(10, 40))).date(), 19, zone)
    data.meetings.append(Meeting(agreement_id=None, starts_at=steering, ends_at=steering + dt.timedelta(hours=1, minutes=30),
                                 place=f"Rathaus {spec.municipality}, Sitzungssaal"))  # fmt: skip
    for _ in range(rng.randint(5, 15)):
        name, email, phone = _person(rng)
        data.signups.append(Signup(name=name, email=email, phone=phone, municipality=spec.municipality,
                                   groups=[STEERING_GROUP], consent_text=consent, consent_at=consent_at))  # fmt: skip
    return data
