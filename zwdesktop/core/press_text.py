"""A short press text for the municipal bulletin and the local paper, drafted from the facts in the file.

It states only what the file holds — date, place, number of participants,
the guiding question, the critique points and the wishes that went forward in
the dot votes (each in a sentence of its own), the agreements with their first
meetings, the contact person — and leaves out a sentence whose facts are
missing rather than inventing them. Features that record topics and
agreements hand them in as :class:`PressFacts` lists; the organiser edits the
draft before sending it. Counts take the singular for one ("eine Person"),
and a text that ends in a full stop gets no second one.
"""

from __future__ import annotations

import datetime as dt

from msgspec import Struct, field

from .workshop import Workshop

_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip


class FirstMeeting(Struct, frozen=True):
    """An agreement's group and its first meeting, for the press text."""

    group: str
    start: dt.datetime | None = None  # in the workshop's time zone
    place: str = ""


class PressFacts(Struct, frozen=True):
    """What other features know: what went forward in the votes (best first) and the agreements.

    ``critique_topics`` come from critique-phase rounds, ``wishes`` from fantasy-phase rounds,
    ``top_topics`` from any other round (e.g. hand-picked options).
    """

    top_topics: list[str] = field(default_factory=list)
    meetings: list[FirstMeeting] = field(default_factory=list)
    critique_topics: list[str] = field(default_factory=list)
    wishes: list[str] = field(default_factory=list)


_ENDS_SENTENCE = (".", "!", "?", "…")


def _sentence(text: str) -> str:
    """``text`` ended with a full stop, unless it ends a sentence already (no "OG.." after a venue "1. OG.")."""
    text = text.rstrip()
    return text if text.endswith(_ENDS_SENTENCE) else text + "."


def _quoted(text: str, en: bool) -> str:
    # A topic's own closing full stop is left out: the sentence around it ends with one.
    inner = " ".join(text.split())
    if inner.endswith(".") and not inner.endswith(".."):
        inner = inner[:-1]
    return f"“{inner}”" if en else f"„{inner}“"


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
        if count == 1:
            sentence = f"On {day}, one person took part in a future workshop{where}."
        else:
            who = f"{count} people" if count else "residents, volunteers and staff"
            sentence = f"On {day}, {who} came together for a future workshop{where}."
    elif count == 1:
        sentence = f"Am {day} nahm eine Person an einer Zukunftswerkstatt{where} teil."
    else:
        who = f"{count} Menschen" if count else "Bürgerinnen und Bürger, Ehren- und Hauptamtliche"
        sentence = f"Am {day} trafen sich {who} zu einer Zukunftswerkstatt{where}."
    volunteers, staff = workshop.count_volunteers, workshop.count_staff
    if count and staff and volunteers:
        if en:
            helpers = f"{volunteers} volunteer" + ("" if volunteers == 1 else "s")
            members = f"{staff} member" + ("" if staff == 1 else "s") + " of staff"
            sentence += f" Among them were {helpers} and {members}."
        else:
            helpers = "eine ehrenamtlich engagierte Person" if volunteers == 1 else f"{volunteers} Ehrenamtliche"
            members = "eine hauptamtliche Kraft" if staff == 1 else f"{staff} Hauptamtliche"
            sentence += f" Darunter waren {helpers} und {members}."
    if venue and venue != place:
        # The venue as a plain label: its grammar ("im", "in der") is not in the file.
        sentence += " " + _sentence(f"Venue: {venue}" if en else f"Veranstaltungsort: {venue}")
    paragraphs.append(sentence)

    if workshop.guiding_question.strip():
        question = " ".join(workshop.guiding_question.split())
        paragraphs.append(f"The guiding question was: “{question}”" if en else f"Die Leitfrage lautete: „{question}“")
    paragraphs += _topic_sentences(facts, lang)
    for meeting in facts.meetings:
        when = ""
        if meeting.start is not None:
            day = _date(meeting.start.date(), lang)
            when = f" on {day} at {meeting.start:%H:%M}" if en else f" am {day} um {meeting.start:%H:%M} Uhr"
        where = f" ({meeting.place.strip()})" if meeting.place.strip() else ""
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
        paragraphs.append(f"{text} ({ways})." if ways else _sentence(text))
    if workshop.funder_line.strip():
        paragraphs.append(" ".join(workshop.funder_line.split()))
    return "\n\n".join(paragraphs) + "\n"


def _topic_sentences(facts: PressFacts, lang: str) -> list[str]:
    """One sentence for the critique points, one for the wishes, one for other voted topics (each when there are any)."""
    en = lang == "en"
    sentences = []
    critique = [_quoted(t, en) for t in facts.critique_topics[:5]]
    if critique:
        listed = _list(critique, lang)
        if en:
            what = "point of criticism" if len(critique) == 1 else "points of criticism"
            sentences.append(f"The participants named as the most pressing {what}: {listed}.")
        elif len(critique) == 1:
            sentences.append(f"Als dringendsten Kritikpunkt benannten die Teilnehmenden {listed}.")
        else:
            sentences.append(f"Als dringendste Kritikpunkte benannten die Teilnehmenden {listed}.")
    wishes = [_quoted(t, en) for t in facts.wishes[:5]]
    if wishes:
        listed = _list(wishes, lang)
        if en:
            sentences.append(f"Top of their wish list: {listed}.")
        else:
            verb = "steht" if len(wishes) == 1 else "stehen"
            sentences.append(f"Ganz oben auf ihrer Wunschliste {verb} {listed}.")
    others = [_quoted(t, en) for t in facts.top_topics[:5]]
    if others:
        listed = _list(others, lang)
        if en:
            what = "The topic" if len(others) == 1 else "The topics"
            sentences.append(f"{what} the participants ranked highest: {listed}.")
        else:
            what = "das Thema" if len(others) == 1 else "die Themen"
            sentences.append(f"Am höchsten bewerteten die Teilnehmenden {what} {listed}.")
    return sentences
