"""A short press text for the municipal bulletin and the local paper, drafted from the facts in the file.

It states only what the file holds — date, place, number of participants,
the guiding question, the top topics, the agreements with their first
meetings, the contact person — and leaves out a sentence whose facts are
missing rather than inventing them. Features that record topics and
agreements hand them in as :class:`PressFacts` lists; the organiser edits the
draft before sending it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import Workshop

_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip


@dataclass(frozen=True)
class FirstMeeting:
    """An agreement's group and its first meeting, for the press text."""

    group: str
    start: dt.datetime | None = None  # in the workshop's time zone
    place: str = ""


@dataclass(frozen=True)
class PressFacts:
    """What other features know: the top topics (best first) and the agreements."""

    top_topics: list[str] = field(default_factory=list)
    meetings: list[FirstMeeting] = field(default_factory=list)


def _date(value: dt.date, language: str) -> str:
    if language == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day}. {_MONTHS_DE[value.month - 1]} {value.year}"


def _list(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    last = " and " if language == "en" else " und "
    return ", ".join(items[:-1]) + last + items[-1]


def press_text(workshop: Workshop, facts: PressFacts | None = None, language: str | None = None) -> str:
    """The draft press text (plain text) in German or English (the workshop's minutes language by default)."""
    facts = facts or PressFacts()
    lang = language or workshop.minutes_language
    en = lang == "en"
    place = workshop.municipality.strip() or workshop.venue_name.strip()
    paragraphs: list[str] = [workshop.title.strip()]

    venue = workshop.venue_name.strip()
    count = workshop.participant_total
    day = _date(workshop.date, lang)
    where = f" in {place}" if place else ""
    if en:
        who = f"{count} people" if count else "residents, volunteers and staff"
        sentence = f"On {day}, {who} came together for a future workshop{where}."
    else:
        who = f"{count} Menschen" if count else "Bürgerinnen und Bürger, Ehren- und Hauptamtliche"
        sentence = f"Am {day} trafen sich {who} zu einer Zukunftswerkstatt{where}."
    if count and workshop.count_staff and workshop.count_volunteers:
        if en:
            sentence += (
                f" Among them were {workshop.count_volunteers} volunteers and {workshop.count_staff} members of staff."
            )
        else:
            sentence += (
                f" Darunter waren {workshop.count_volunteers} Ehrenamtliche und {workshop.count_staff} Hauptamtliche."
            )
    if venue and venue != place:
        # The venue as a plain label: its grammar ("im", "in der") is not in the file.
        sentence += f" Venue: {venue}." if en else f" Veranstaltungsort: {venue}."
    paragraphs.append(sentence)

    if workshop.guiding_question.strip():
        question = " ".join(workshop.guiding_question.split())
        paragraphs.append(f"The guiding question was: “{question}”" if en else f"Die Leitfrage lautete: „{question}“")
    if facts.top_topics:
        topics = _list([f"„{t}“" if not en else f"“{t}”" for t in facts.top_topics[:5]], lang)
        paragraphs.append(
            f"The topics the participants ranked highest: {topics}." if en
            else f"Am höchsten bewerteten die Teilnehmenden die Themen {topics}."
        )  # fmt: skip
    for meeting in facts.meetings:
        when = ""
        if meeting.start is not None:
            day = _date(meeting.start.date(), lang)
            when = f" on {day} at {meeting.start:%H:%M}" if en else f" am {day} um {meeting.start:%H:%M} Uhr"
        where = f" ({meeting.place})" if meeting.place.strip() else ""
        paragraphs.append(
            f"The group “{meeting.group}” meets for the first time{when}{where}." if en
            else f"Die Gruppe „{meeting.group}“ trifft sich zum ersten Mal{when}{where}."
        )  # fmt: skip
    contact = workshop.contact_name.strip()
    if contact:
        email, phone = workshop.contact_email.strip(), workshop.contact_phone.strip()
        labelled = [
            *([f"{'e-mail' if en else 'E-Mail'} {email}"] if email else []),
            *([f"{'phone' if en else 'Telefon'} {phone}"] if phone else []),
        ]
        ways = ", ".join(labelled)
        role = f", {workshop.contact_role.strip()}" if workshop.contact_role.strip() else ""
        if en:
            text = f"Anyone who wants to join in is welcome. Contact: {contact}{role}"
        else:
            text = f"Wer mitmachen möchte, ist herzlich willkommen. Ansprechperson: {contact}{role}"
        paragraphs.append(text + (f" ({ways})." if ways else "."))
    if workshop.funder_line.strip():
        paragraphs.append(" ".join(workshop.funder_line.split()))
    return "\n\n".join(paragraphs) + "\n"
