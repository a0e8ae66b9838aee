"""The press text's second kind: the report back some weeks after the workshop.

"Was aus der Zukunftswerkstatt geworden ist": which projects got going, how
many follow-up meetings took place and how many came, what the groups decided,
the next dates, and how to join. Like the first press text it states only
what the file holds and leaves out a sentence whose facts are missing; the
organiser edits the draft before sending it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .agreements import AgreementsData, MeetingStatus
from .followup import FollowupData, NoteKind
from .followup_progress import followup_summary
from .press_text import _date, _list, _quoted, _sentence
from .workshop import Workshop


def report_back_text(
    workshop: Workshop,
    agreements: AgreementsData,
    followup: FollowupData,
    now: dt.datetime | None = None,
    language: str | None = None,
) -> str:
    """The draft report back (plain text) in German or English (the workshop's minutes language by default)."""
    now = now or dt.datetime.now(dt.UTC)
    lang = language or workshop.minutes_language
    en = lang == "en"
    zone = ZoneInfo(workshop.timezone)
    summary = followup_summary(workshop, agreements, followup, now)
    place = workshop.municipality.strip() or workshop.venue_name.strip()
    where = f" in {place}" if place else ""
    day = _date(workshop.date, lang)
    paragraphs = [
        f"What became of the future workshop{where}" if en else f"Was aus der Zukunftswerkstatt{where} geworden ist"
    ]
    paragraphs.append(
        f"On {day}, a future workshop{where} made its first agreements. Some weeks later, this is where things stand."
        if en
        else f"Am {day} wurden bei der Zukunftswerkstatt{where} erste Verabredungen getroffen. "
        "Einige Wochen später zeigt sich, was daraus geworden ist."
    )
    started = [a for a in summary.agreements if a.started]
    if started:
        names = _list([_quoted(a.title, en) for a in started], lang)
        if en:
            what = "project has" if len(started) == 1 else "projects have"
            paragraphs.append(f"{len(started)} {what} got going: {names}.")
        else:
            what = "Projekt ist" if len(started) == 1 else "Projekte sind"
            paragraphs.append(f"{len(started)} {what} in Gang gekommen: {names}.")
    held = [m for m in agreements.meetings if m.status == MeetingStatus.HELD.value]
    if held:
        came = sum(m.attendance for m in held)
        n = len(held)
        if en:
            sentence = "One follow-up meeting has taken place" if n == 1 else f"{n} follow-up meetings have taken place"
            sentence += f", with {came} people in all." if came else "."
        else:
            sentence = "Ein Folgetreffen hat stattgefunden" if n == 1 else f"{n} Folgetreffen haben stattgefunden"
            sentence += f", insgesamt mit {came} Teilnehmenden." if came else "."
        paragraphs.append(sentence)
    titles = {a.id: a.title for a in agreements.agreements}
    held_ids = {m.id: m for m in held}
    decisions = [n for n in followup.notes if n.kind == NoteKind.DECISION.value and n.meeting_id in held_ids]
    for note in sorted(decisions, key=lambda n: (held_ids[n.meeting_id].starts_at, n.position))[:4]:
        group = titles.get(held_ids[note.meeting_id].agreement_id or "", "")
        text = " ".join(note.text.split())
        if group:
            paragraphs.append(
                _sentence(
                    f"The group “{group}” decided: {text}" if en else f"Die Gruppe „{group}“ hat beschlossen: {text}"
                )
            )
        else:
            paragraphs.append(
                _sentence(
                    f"The steering group decided: {text}" if en else f"Die Steuerungsgruppe hat beschlossen: {text}"
                )
            )
    done = summary.progress.done
    if done:
        paragraphs.append(
            (f"{done} first step is done." if done == 1 else f"{done} first steps are done.")
            if en
            else ("Ein erster Schritt ist erledigt." if done == 1 else f"{done} erste Schritte sind erledigt.")
        )
    for upcoming in summary.next_meetings[:4]:
        start = upcoming.meeting.starts_at.astimezone(zone)
        day = _date(start.date(), lang)
        spot = f" ({upcoming.meeting.place.strip()})" if upcoming.meeting.place.strip() else ""
        if upcoming.steering:
            paragraphs.append(
                f"The steering group meets next on {day} at {start:%H:%M}{spot}." if en
                else f"Die Steuerungsgruppe trifft sich wieder am {day} um {start:%H:%M} Uhr{spot}."
            )  # fmt: skip
        else:
            paragraphs.append(
                f"The group “{upcoming.group}” meets next on {day} at {start:%H:%M}{spot}." if en
                else f"Die Gruppe „{upcoming.group}“ trifft sich das nächste Mal am {day} um {start:%H:%M} Uhr{spot}."
            )  # fmt: skip
    contact = workshop.contact_name.strip()
    join = (
        "Anyone who wants to join in is still welcome."
        if en
        else "Wer mitmachen möchte, ist weiterhin herzlich willkommen."
    )
    if contact:
        ways = ", ".join(p for p in (workshop.contact_email.strip(), workshop.contact_phone.strip()) if p)
        join += f" Contact: {contact}" if en else f" Ansprechperson: {contact}"
        join = f"{join} ({ways})." if ways else _sentence(join)
    paragraphs.append(join)
    if workshop.funder_line.strip():
        paragraphs.append(" ".join(workshop.funder_line.split()))
    return "\n\n".join(paragraphs) + "\n"
