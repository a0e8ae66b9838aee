"""The demo workshop's ideas: critique points and wishes from Aulendorf, clustered.

Taken from the themes of the county report (seed document): neighbourhood and
encounter, volunteering, children and youth, living together in diversity —
and what people in a small town say about buses and flats. Some cards are in
Turkish, Ukrainian and Arabic, as they were written by participants.
"""

from __future__ import annotations

import datetime as dt

from ..core.ideas import Cluster, Idea, cluster_colour
from ..core.instants import format_instant

# (cluster name, [critique points]); a critique point is (text, author).
_CRITIQUE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Begegnung & Nachbarschaft",
        [
            ("Es gibt kaum Orte, an denen man sich zufällig begegnet – seit das Café am Marktplatz zu ist.", "Tisch 1"),
            ("Neu Zugezogene kennen niemanden in der Straße.", "Tisch 3"),
            ("Alteingesessene und Geflüchtete leben nebeneinander her, nicht miteinander.", ""),
            ("Mahallede komşularla tanışmak için hiç fırsat yok.", "Tisch 2"),
            ("Das Bürgerhaus ist abends oft zu und die Miete für Vereine ist zu hoch.", ""),
        ],
    ),
    (
        "Sprache & Sprachcafé",
        [
            ("Deutschkurse sind voll, die Wartezeit beträgt Monate.", "Tisch 2"),
            ("Wer Deutsch lernt, hat kaum Gelegenheit, es im Alltag zu sprechen.", ""),
            ("Формуляри в ратуші лише німецькою, ніхто не пояснює.", "Tisch 4"),
            ("Elternbriefe aus Schule und Kita versteht nicht jede Familie.", "Tisch 1"),
        ],
    ),
    (
        "Ehrenamt",
        [
            ("Immer dieselben zehn Leute machen alles – die Ehrenamtlichen sind müde.", "Tisch 3"),
            ("Seit Corona sind die Netzwerke von Haupt- und Ehrenamt stark geschwächt.", ""),
            ("Junge Leute wollen sich engagieren, aber nicht gleich in einen Verein eintreten.", "Tisch 1"),
            ("Man weiß nicht, wer im Rathaus für Ehrenamt zuständig ist.", ""),
        ],
    ),
    (
        "Kinder & Jugend",
        [
            ("Für Jugendliche gibt es nach 18 Uhr keinen Treffpunkt.", "Tisch 4"),
            ("Eltern mit kleinen Kindern finden schwer Anschluss, besonders ohne Kita-Platz.", "Tisch 2"),
            ("لا يوجد مكان يلتقي فيه الأطفال من ثقافات مختلفة بعد المدرسة.", "Tisch 3"),
        ],
    ),
    (
        "Mobilität & ÖPNV",
        [
            ("Der Bus nach Bad Waldsee fährt am Wochenende nur alle zwei Stunden.", "Tisch 1"),
            ("Ohne Auto kommt man abends nicht mehr nach Hause.", ""),
            ("Die Ortsteile sind schlecht angebunden; ältere Menschen sitzen fest.", "Tisch 4"),
        ],
    ),
    (
        "Wohnraum",
        [
            ("Bezahlbare Wohnungen fehlen – für Familien, Azubis und Geflüchtete.", "Tisch 2"),
            ("Vermieter sagen ab, sobald ein ausländischer Name auf der Bewerbung steht.", ""),
        ],
    ),
]

# (cluster name, [(wish, author, index of the critique point it reframes in that cluster or None)]).
_FANTASY: list[tuple[str, list[tuple[str, str, int | None]]]] = [
    (
        "Begegnungscafé & Interkulturelles Fest",
        [
            ("Es wäre schön, wenn es ein offenes Begegnungscafé im Bürgerhaus gäbe – jeden Freitag.", "Gruppe A", 0),
            (
                "Es wäre schön, wenn wir einmal im Jahr ein Interkulturelles Fest auf dem Marktplatz feiern.",
                "Gruppe A",
                2,
            ),
            ("Bir mahalle kahvaltısı: herkes bir şey getirir. 🥐🫖", "Gruppe C", 3),
            ("Es wäre schön, wenn Neuzugezogene einen Willkommensbesuch aus der Nachbarschaft bekämen.", "Gruppe B", 1),
        ],
    ),
    (
        "Sprachcafé & Eltern-Treff",
        [
            (
                "Es wäre schön, wenn es ein Sprachcafé gäbe, in dem Ehrenamtliche und Lernende einfach reden.",
                "Gruppe B",
                1,
            ),
            ("Ein offener Treff für alle Eltern mit Kindern, mit Spielecke und Übersetzung.", "Gruppe C", None),
            ("Було б чудово мати простий путівник по ратуші кількома мовами.", "Gruppe B", 2),
            ("Es wäre schön, wenn Elternbriefe in einfacher Sprache und mit Bildern kämen.", "Gruppe A", 3),
        ],
    ),
    (
        "Ehrenamt neu denken",
        [
            (
                "Es wäre schön, wenn man sich für ein einzelnes Projekt engagieren kann, ohne Vereinsmitglied zu werden.",
                "Gruppe D",
                2,
            ),
            ("Eine Ehrenamtsbörse im Gemeindeblatt und auf der Homepage.", "Gruppe D", None),
            (
                "Es wäre schön, wenn es im Rathaus eine feste Ansprechperson für Ehrenamt und Integration gäbe.",
                "Gruppe A",
                3,
            ),
            ("Den Integrationsbeirat wiederbeleben – mit Haupt- und Ehrenamtlichen.", "Gruppe D", 1),
        ],
    ),
    (
        "Jugend & Mobilität",
        [
            ("Es wäre schön, wenn die Jugendlichen einen eigenen Raum selbst gestalten dürften.", "Gruppe C", None),
            ("Ein Bürgerbus am Abend und am Wochenende, von Ehrenamtlichen gefahren.", "Gruppe D", None),
            ("Mitfahrbänke in allen Ortsteilen.", "", None),
        ],
    ),
]


def demo_ideas(critique_start: dt.datetime, fantasy_start: dt.datetime) -> tuple[list[Cluster], list[Idea]]:
    """Clusters and ideas of the demo: critique points captured from ``critique_start``, wishes from ``fantasy_start``."""
    clusters: list[Cluster] = []
    ideas: list[Idea] = []
    by_cluster: dict[str, list[Idea]] = {}

    def stamp(start: dt.datetime, n: int) -> str:
        return format_instant(start + dt.timedelta(seconds=40 * n))

    n = 0
    for name, points in _CRITIQUE:
        cluster = Cluster(name=name, colour=cluster_colour(len(clusters)), position=len(clusters))
        cluster.updated_at = stamp(critique_start, 60)
        clusters.append(cluster)
        for text, author in points:
            n += 1
            at = stamp(critique_start, n)
            idea = Idea(text=text, phase="critique", cluster_id=cluster.id, author=author, created_at=at, updated_at=at)
            ideas.append(idea)
            by_cluster.setdefault(name, []).append(idea)
    # One card of the critique phase was not clustered yet: it is on the wall under "without cluster".
    at = stamp(critique_start, n + 1)
    ideas.append(
        Idea(text="Die Homepage der Stadt ist unübersichtlich.", phase="critique", created_at=at, updated_at=at)
    )

    sources = [name for name, _points in _CRITIQUE]
    n = 0
    for group, (name, wishes) in enumerate(_FANTASY):
        cluster = Cluster(name=name, colour=cluster_colour(len(clusters)), position=len(clusters))
        cluster.updated_at = stamp(fantasy_start, 60)
        clusters.append(cluster)
        source = by_cluster.get(sources[group], [])
        for text, author, reframes in wishes:
            n += 1
            at = stamp(fantasy_start, n)
            origin = source[reframes].id if reframes is not None and reframes < len(source) else None
            ideas.append(
                Idea(
                    text=text,
                    phase="fantasy",
                    cluster_id=cluster.id,
                    author=author,
                    reframed_from=origin,
                    created_at=at,
                    updated_at=at,
                )
            )
    return clusters, ideas
