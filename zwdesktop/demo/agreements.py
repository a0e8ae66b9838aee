"""The demo's agreements: the project ideas the county report names, a steering group and a dozen sign-ups.

From the seed: "Interkulturelles Fest", "Offener Treff für alle Eltern mit
Kindern", "Austausch- und Begegnungscafé", "Sprachcafé"; a steering group
"zur Unterstützung der Hauptamtlichen"; a mailing list. The people are
invented; their addresses use example.org.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ..core.agreements import (
    CONSENT_TEXT,
    STEERING_GROUP,
    Agreement,
    AgreementsData,
    AgreementStatus,
    Meeting,
    Member,
    Origin,
    Signup,
    SteeringMember,
    Step,
)
from ..core.workshop import Workshop, utc_now


def _at(day: dt.date, hour: int, minute: int, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone).astimezone(dt.UTC)


def _weekday_after(day: dt.date, weeks: int, weekday: int) -> dt.date:
    target = day + dt.timedelta(weeks=weeks)
    return target + dt.timedelta(days=(weekday - target.weekday()) % 7)


def demo_agreements(workshop: Workshop) -> AgreementsData:
    """Four project groups (one still without a first meeting), a steering group with its first meeting, 12 sign-ups."""
    zone = ZoneInfo(workshop.timezone)
    day = workshop.date
    consent_at = utc_now()
    consent = CONSENT_TEXT["de"]
    data = AgreementsData()

    def agreement(title: str, goal: str, contact: tuple[str, str, str, str], **kw: str) -> Agreement:
        made = Agreement(
            title=title,
            goal=goal,
            contact_name=contact[0],
            contact_role=contact[1],
            contact_email=contact[2],
            contact_phone=contact[3],
            position=len(data.agreements),
            status=kw.pop("status", AgreementStatus.ACTIVE.value),
            **kw,
        )
        data.agreements.append(made)
        return made

    def steps(owner: Agreement, rows: list[tuple[str, str, str, int]]) -> None:
        for i, (what, who, with_whom, days) in enumerate(rows):
            data.steps.append(Step(agreement_id=owner.id, what=what, who=who, with_whom=with_whom,
                                   due=day + dt.timedelta(days=days), position=i))  # fmt: skip

    def members(owner: Agreement, rows: list[tuple[str, str]]) -> None:
        for i, (name, email) in enumerate(rows):
            data.members.append(Member(agreement_id=owner.id, name=name, email=email, position=i,
                                       consent_text=consent if email else "", consent_at=consent_at if email else ""))  # fmt: skip

    def origin(owner: Agreement, label: str) -> None:
        data.origins.append(Origin(agreement_id=owner.id, source_kind="text", label=label))

    fest = agreement(
        "Interkulturelles Fest",
        "Ein Fest im Stadtpark im Sommer, bei dem Vereine, Nachbarschaften und neu Zugezogene "
        "gemeinsam kochen, Musik machen und sich kennenlernen.",
        ("Maria Schmid", "Integrationsbeauftragte, Stadt Aulendorf", "m.schmid@example.org", "07525 934 210"),
        signup_url="https://anmeldung.example.org/aulendorf/interkulturelles-fest",
    )
    origin(fest, "Es wäre schön, wenn wir einmal im Jahr ein Fest für alle feiern.")
    steps(fest, [
        ("Termin und Ort mit der Stadt abstimmen", "Maria Schmid", "Ordnungsamt", 14),
        ("Vereine und Moscheegemeinde ansprechen", "Ahmad Rahimi", "Thomas Berger", 28),
        ("Förderantrag beim Landkreis stellen", "Maria Schmid", "Eva Militz", 42),
    ])  # fmt: skip
    members(fest, [("Ahmad Rahimi", "a.rahimi@example.org"), ("Thomas Berger", ""), ("Ewa Nowak", "")])
    data.meetings.append(Meeting(
        agreement_id=fest.id,
        starts_at=_at(_weekday_after(day, 2, 1), 19, 0, zone), ends_at=_at(_weekday_after(day, 2, 1), 20, 30, zone),
        place="Rathaus Aulendorf, Sitzungssaal", address="Hauptstraße 35, 88326 Aulendorf",
        purpose="Erstes Treffen: Ideen sammeln, Aufgaben verteilen"))  # fmt: skip

    cafe = agreement(
        "Sprachcafé",
        "Jeden zweiten Donnerstag Deutsch sprechen üben – ohne Kurs, ohne Anmeldung, mit Kaffee und Kuchen.",
        ("Olena Kovalenko", "Ehrenamtliche, Freundeskreis Asyl", "olena.kovalenko@example.org", "0176 2231 4450"),
        signup_email="sprachcafe@example.org",
    )
    origin(cafe, "Es wäre schön, wenn es einen Ort gäbe, an dem man ohne Druck Deutsch sprechen kann.")
    steps(cafe, [
        ("Raum im Bürgerhaus reservieren", "Olena Kovalenko", "Stadtverwaltung", 7),
        ("Flyer auf Deutsch, Ukrainisch, Arabisch und Türkisch", "Fatima Haddad", "Ayşe Yılmaz", 21),
    ])  # fmt: skip
    members(cafe, [("Fatima Haddad", "fatima.haddad@example.org"), ("Ayşe Yılmaz", "ayse.yilmaz@example.org"),
                   ("Jonas Weber", "")])  # fmt: skip
    first = _weekday_after(day, 1, 3)
    for weeks in (0, 2):
        start = first + dt.timedelta(weeks=weeks)
        data.meetings.append(Meeting(
            agreement_id=cafe.id, starts_at=_at(start, 16, 0, zone), ends_at=_at(start, 18, 0, zone),
            place="Bürgerhaus Aulendorf, Café", address="Hauptstraße 1, 88326 Aulendorf",
            purpose="Sprachcafé" if weeks else "Erstes Sprachcafé"))  # fmt: skip

    begegnung = agreement(
        "Austausch- und Begegnungscafé",
        "Ein offenes Café für Alteingesessene und Neuzugezogene, einmal im Monat am Samstagvormittag.",
        ("Thomas Berger", "Kirchengemeinderat St. Martin", "t.berger@example.org", ""),
        signup_email="begegnung@example.org",
    )
    origin(begegnung, "Mehr Begegnung zwischen Alt und Neu")
    steps(begegnung, [("Gemeindehaus anfragen", "Thomas Berger", "Pfarrbüro", 10)])
    members(begegnung, [("Lena Hofmann", "lena.hofmann@example.org"), ("Klaus Fischer", "")])
    saturday = _weekday_after(day, 3, 5)
    data.meetings.append(Meeting(
        agreement_id=begegnung.id, starts_at=_at(saturday, 10, 0, zone), ends_at=_at(saturday, 12, 0, zone),
        place="Gemeindehaus St. Martin", address="Kirchplatz 2, 88326 Aulendorf",
        purpose="Planungstreffen"))  # fmt: skip

    eltern = agreement(
        "Offener Treff für alle Eltern mit Kindern",
        "Ein Treffpunkt für Eltern mit kleinen Kindern, egal woher sie kommen.",
        ("Sabine Maier", "Familienzentrum Aulendorf", "s.maier@example.org", "07525 611 80"),
        status=AgreementStatus.PLANNED.value,
    )
    origin(eltern, "Eltern finden schwer Anschluss")
    steps(eltern, [("Familienzentrum und Kitas fragen, wer mitmacht", "Sabine Maier", "Tesfay Gebremariam", 21)])
    members(eltern, [("Tesfay Gebremariam", "")])
    # No first meeting yet: the list flags it ("zeitnah erstes Folgetreffen").

    for i, (name, role, email) in enumerate([
        ("Eva Militz", "staff", "e.militz@rv.de"),
        ("Maria Schmid", "staff", "m.schmid@example.org"),
        ("Olena Kovalenko", "volunteer", "olena.kovalenko@example.org"),
        ("Thomas Berger", "volunteer", ""),
        ("Ahmad Rahimi", "volunteer", "a.rahimi@example.org"),
        ("Sabine Maier", "other", ""),
    ]):  # fmt: skip
        data.steering_members.append(SteeringMember(
            name=name, role=role, email=email, position=i,
            consent_text=consent if email else "", consent_at=consent_at if email else ""))  # fmt: skip
    steering_day = _weekday_after(day, 4, 2)
    data.meetings.append(Meeting(
        agreement_id=None, starts_at=_at(steering_day, 18, 0, zone), ends_at=_at(steering_day, 19, 30, zone),
        place="Rathaus Aulendorf, Besprechungsraum 2", address="Hauptstraße 35, 88326 Aulendorf",
        purpose="Erstes Treffen der Steuerungsgruppe"))  # fmt: skip

    people = [
        ("Ahmad Rahimi", "a.rahimi@example.org", "", "Aulendorf", [fest.id, STEERING_GROUP]),
        ("Fatima Haddad", "fatima.haddad@example.org", "0157 3344 1200", "Aulendorf", [cafe.id]),
        ("Ayşe Yılmaz", "ayse.yilmaz@example.org", "", "Aulendorf", [cafe.id, eltern.id]),
        ("Lena Hofmann", "lena.hofmann@example.org", "", "Bad Waldsee", [begegnung.id]),
        ("Jürgen Köhler", "j.koehler@example.org", "07525 4471", "Aulendorf", [fest.id]),
        ("Olha Shevchenko", "olha.shevchenko@example.org", "", "Aulendorf", [cafe.id]),
        ("Mehmet Demir", "mehmet.demir@example.org", "", "Altshausen", [fest.id, begegnung.id]),
        ("Hanna Bauer", "hanna.bauer@example.org", "", "Aulendorf", [eltern.id]),
        ("Samir Al-Khatib", "samir.alkhatib@example.org", "0160 9988 7766", "Aulendorf", [begegnung.id, cafe.id]),
        ("Birgit Wagner", "b.wagner@example.org", "", "Ebersbach-Musbach", []),
        ("Tesfay Gebremariam", "tesfay.g@example.org", "", "Aulendorf", [eltern.id]),
        ("Ewa Nowak", "ewa.nowak@example.org", "", "Aulendorf", [fest.id, STEERING_GROUP]),
    ]
    for name, email, phone, municipality, groups in people:
        data.signups.append(Signup(name=name, email=email, phone=phone, municipality=municipality, groups=groups,
                                   consent_text=consent, consent_at=consent_at))  # fmt: skip
    return data
