"""The demo workshop: Aulendorf, from the county report in the seed document.

A realistic, filled example for trying the program and for screenshots: the
details, the four-hour agenda, and a clock history that puts the workshop in
its third hour at the moment the demo is made. The other modules here add
the photos, ideas, votes and agreements.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ..core.clock import ClockEvent
from ..core.exchange import ExchangeData
from ..core.templates import Template
from ..core.workshop import Workshop
from .agreements import demo_agreements
from .followup import demo_followup
from .ideas import demo_ideas
from .photos import demo_photos
from .votes import demo_votes


def demo_workshop(template: Template, now: dt.datetime, weeks_later: int = 0) -> ExchangeData:
    """The demo records, with the workshop started 2 h 10 min before ``now`` (aware).

    With ``weeks_later`` the workshop took place that many weeks before ``now``
    and its follow-up has begun (:mod:`.followup`): the file as an organiser
    opens it weeks after the evening.
    """
    if weeks_later > 0:
        data = demo_workshop(template, now - dt.timedelta(weeks=weeks_later))
        data.followup = demo_followup(data.workshop, data.agreements, now)
        return data
    zone = ZoneInfo("Europe/Berlin")
    # In UTC, then to the local time of day: arithmetic on an aware local time is wall-clock arithmetic,
    # and on the night the clocks go forward 130 minutes back would be 70 real minutes. Berlin's offset
    # is whole hours, so five minutes in UTC are five minutes of the local clock.
    start = (now.astimezone(dt.UTC) - dt.timedelta(minutes=130)).replace(second=0, microsecond=0)
    start -= dt.timedelta(minutes=start.minute % 5)
    start_local = start.astimezone(zone)
    end_local = (start + dt.timedelta(minutes=template.total_minutes)).astimezone(zone)
    workshop = Workshop(
        title="Lokale Zukunftswerkstatt Aulendorf",
        guiding_question="Aulendorf als lebenswerte Stadt – aber wie?",
        municipality="Aulendorf",
        county="Landkreis Ravensburg",
        venue_name="Bürgerhaus Aulendorf, großer Saal",
        venue_address="Hauptstraße 1, 88326 Aulendorf",
        date=start_local.date(),
        start_time=start_local.time().replace(tzinfo=None),
        end_time=end_local.time().replace(tzinfo=None),
        moderation_team="Eva Militz (Moderation), Eva Prox (Co-Moderation), zwei Assistenzen am Laptop",
        contact_name="Eva Militz",
        contact_role="Amt für Migration und Integration, Landratsamt Ravensburg",
        contact_email="e.militz@rv.de",
        contact_phone="0751 85 9863",
        funder_line="Mit Unterstützung des Programms „Land.Zuhause.Zukunft“ der Robert Bosch Stiftung",
        minutes_language="de",
        count_staff=9,
        count_volunteers=14,
        count_other=6,
        notes=(
            "Oberthema: „Wie wollen wir das Zusammenleben in Vielfalt für die Zukunft gestalten?“\n"
            "Breite Werbung: Plakate, Flyer, Gemeindeblatt, Homepage, Presse, Multiplikator:innen."
        ),
    )
    agenda = template.agenda("de")
    t0 = start_local.astimezone(dt.UTC)

    def at(minutes: float) -> dt.datetime:
        return t0 + dt.timedelta(minutes=minutes)

    events = [
        ClockEvent(kind="started", at=at(0)),
        ClockEvent(kind="next", at=at(22)),  # arrival ran two minutes over
        ClockEvent(kind="extended", at=at(60), seconds=5 * 60),  # critique: clustering took longer
        ClockEvent(kind="next", at=at(72)),
        ClockEvent(kind="paused", at=at(80)),  # break: the coffee was late
        ClockEvent(kind="resumed", at=at(83)),
        ClockEvent(kind="next", at=at(89)),  # into the fantasy phase
    ]
    clusters, ideas = demo_ideas(critique_start=at(22), fantasy_start=at(89))
    return ExchangeData(
        workshop=workshop,
        agenda=agenda,
        clock_events=events,
        photos=demo_photos(),
        agreements=demo_agreements(workshop),
        clusters=clusters,
        ideas=ideas,
        votes=demo_votes(at, clusters, ideas),
    )
