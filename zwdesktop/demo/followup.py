"""The demo weeks after the evening: the Sprachcafé's first follow-up meeting was held and recorded.

With attendance (staff, volunteers, others, and three people by name), two
decisions and an information, one step done (the room), one task that became
a step, and the next meeting fixed; the minutes were corrected once and
approved at that meeting. Every other group's meetings stay as they were
planned, so the follow-up section also shows what still waits to be recorded.
"""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from ..core.agreements import AgreementsData, Meeting, MeetingStatus, Step, StepState
from ..core.followup import Attendee, FollowupData, MeetingNote, MinutesRevision, NoteKind, RevisionKind, people_of
from ..core.workshop import Workshop


def demo_followup(workshop: Workshop, agreements: AgreementsData, now: dt.datetime) -> FollowupData:
    """Record the Sprachcafé's first meeting as held (``agreements`` is changed in place); returns the notes and revisions.

    ``now`` is when the demo is made: the next meeting lies ten days after it.
    """
    cafe = next(a for a in agreements.agreements if a.title == "Sprachcafé")
    mine = sorted((m for m in agreements.meetings if m.agreement_id == cafe.id), key=lambda m: m.starts_at)
    first = mine[0]
    held = replace(first, status=MeetingStatus.HELD.value, count_staff=2, count_volunteers=7, count_other=3)
    later = [m for m in agreements.meetings if m.agreement_id == cafe.id and m.id != first.id]
    # The planned second date gave way to the one the group fixed at its first meeting.
    start = dt.datetime.combine((now + dt.timedelta(days=10)).date(), held.starts_at.time(), tzinfo=dt.UTC)
    following = Meeting(
        agreement_id=cafe.id,
        starts_at=start,
        ends_at=start + (held.ends_at - held.starts_at),
        place=held.place,
        address=held.address,
        purpose="Sprachcafé: Kuchenliste, Flyer verteilen",
    )
    agreements.meetings = [held if m.id == first.id else m for m in agreements.meetings if m not in later]
    agreements.meetings.append(following)

    steps = [s for s in agreements.steps if s.agreement_id == cafe.id]
    room = min(steps, key=lambda s: s.position)
    task = Step(
        agreement_id=cafe.id,
        what="Kuchenliste für die ersten vier Termine",
        who="Jonas Weber",
        due=(now + dt.timedelta(days=7)).date(),
        position=1 + max(s.position for s in steps),
    )
    agreements.steps = [replace(s, state=StepState.DONE.value) if s.id == room.id else s for s in agreements.steps]
    agreements.steps.append(task)

    notes = [
        MeetingNote(meeting_id=held.id, kind=NoteKind.DECISION.value, position=0,
                    text="Das Sprachcafé findet jeden zweiten Donnerstag von 16 bis 18 Uhr im Bürgerhaus statt."),
        MeetingNote(meeting_id=held.id, kind=NoteKind.DECISION.value, position=1,
                    text="Die Stadt stellt den Raum kostenlos; Kaffee und Kuchen bringen die Ehrenamtlichen mit."),
        MeetingNote(meeting_id=held.id, kind=NoteKind.INFORMATION.value, position=2,
                    text="Der Raum im Bürgerhaus ist reserviert (erledigt)."),
        MeetingNote(meeting_id=held.id, kind=NoteKind.TASK.value, position=3, text=task.what, step_id=task.id),
    ]  # fmt: skip
    attendees = [
        Attendee(meeting_id=held.id, person_kind=p.kind, person_id=p.id, name=p.name, position=i)
        for i, p in enumerate(people_of(agreements, cafe.id)[:3])
    ]
    day = held.starts_at.date()
    revisions = [
        MinutesRevision(kind=RevisionKind.CORRECTION.value, day=workshop.date + dt.timedelta(days=3), by="Eva Prox",
                        what="Namen einer Teilnehmerin im Sprachcafé berichtigt"),
        MinutesRevision(kind=RevisionKind.APPROVAL.value, day=day, by="Sprachcafé, erstes Folgetreffen",
                        meeting_id=held.id),
    ]  # fmt: skip
    return FollowupData(notes=notes, attendees=attendees, revisions=revisions)
