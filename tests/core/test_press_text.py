"""The press text says what the file holds and nothing else."""

from __future__ import annotations

import datetime as dt

from zwdesktop.core.press_text import FirstMeeting, PressFacts, press_text
from zwdesktop.core.workshop import Workshop


def workshop(**changes: object) -> Workshop:
    values: dict[str, object] = {
        "title": "Zukunftswerkstatt Bad Waldsee",
        "guiding_question": "Wie wollen wir in Bad Waldsee zusammenleben?",
        "municipality": "Bad Waldsee",
        "venue_name": "Haus am Stadtsee",
        "date": dt.date(2026, 3, 14),
        "contact_name": "Max Muster",
        "contact_email": "m.muster@bad-waldsee.de",
        "count_staff": 5,
        "count_volunteers": 12,
        "count_other": 3,
        "funder_line": "Gefördert vom Land",
    }
    values.update(changes)
    return Workshop(**values)  # type: ignore[arg-type]


def test_the_facts_are_all_there() -> None:
    facts = PressFacts(
        top_topics=["Treffpunkt für Jugendliche", "Mitfahrbank"],
        meetings=[FirstMeeting("Jugendtreff", dt.datetime(2026, 4, 2, 18, 30), "Rathaus")],
    )
    text = press_text(workshop(), facts)
    assert text.startswith("Zukunftswerkstatt Bad Waldsee\n\n")
    assert "Am 14. März 2026 trafen sich 20 Menschen zu einer Zukunftswerkstatt in Bad Waldsee." in text
    assert "12 Ehrenamtliche und 5 Hauptamtliche" in text
    assert "Veranstaltungsort: Haus am Stadtsee." in text
    assert "„Wie wollen wir in Bad Waldsee zusammenleben?“" in text
    assert "„Treffpunkt für Jugendliche“ und „Mitfahrbank“" in text
    assert "Die Gruppe „Jugendtreff“ trifft sich zum ersten Mal am 2. April 2026 um 18:30 Uhr (Rathaus)." in text
    assert "Ansprechperson: Max Muster (E-Mail m.muster@bad-waldsee.de)." in text
    assert text.rstrip().endswith("Gefördert vom Land")


def test_missing_facts_leave_their_sentences_out_instead_of_inventing() -> None:
    text = press_text(
        workshop(guiding_question="", contact_name="", count_staff=0, count_volunteers=0, count_other=0, funder_line="")
    )
    assert "Leitfrage" not in text and "Ansprechperson" not in text
    assert "Darunter" not in text and "Themen" not in text and "Gruppe" not in text
    assert "0 Menschen" not in text
    assert "Bürgerinnen und Bürger, Ehren- und Hauptamtliche" in text


def test_english_when_the_minutes_are_english() -> None:
    text = press_text(workshop(minutes_language="en"))
    assert "On 14 March 2026, 20 people came together for a future workshop in Bad Waldsee." in text
    assert "Contact: Max Muster (e-mail m.muster@bad-waldsee.de)." in text


def test_critique_points_and_wishes_are_named_as_such() -> None:
    facts = PressFacts(critique_topics=["Busverkehr", "Ehrenamt"], wishes=["Ein Sprachcafé für alle."])
    text = press_text(workshop(), facts)
    assert "Als dringendste Kritikpunkte benannten die Teilnehmenden „Busverkehr“ und „Ehrenamt“." in text
    # One wish: the singular, and its own full stop is not doubled by the sentence's.
    assert "Ganz oben auf ihrer Wunschliste steht „Ein Sprachcafé für alle“." in text
    assert "Themen" not in text
    english = press_text(workshop(minutes_language="en"), facts)
    assert "The participants named as the most pressing points of criticism: “Busverkehr” and “Ehrenamt”." in english
    assert "Top of their wish list: “Ein Sprachcafé für alle”." in english


def test_one_of_a_kind_is_singular_and_no_full_stop_is_doubled() -> None:
    text = press_text(
        workshop(count_staff=1, count_volunteers=1, count_other=0, venue_name="Rathaus, 1. OG.",
                 contact_role="Integrationsbeauftragte d. Stadt.", contact_email="", contact_phone="")
    )  # fmt: skip
    assert "Darunter waren eine ehrenamtlich engagierte Person und eine hauptamtliche Kraft." in text
    assert "Veranstaltungsort: Rathaus, 1. OG." in text and "OG.." not in text
    assert "Ansprechperson: Max Muster, Integrationsbeauftragte d. Stadt.\n" in text and "Stadt.." not in text
    alone = press_text(workshop(count_staff=0, count_volunteers=0, count_other=1))
    assert "Am 14. März 2026 nahm eine Person an einer Zukunftswerkstatt in Bad Waldsee teil." in alone
    english = press_text(workshop(minutes_language="en", count_staff=1, count_volunteers=1, count_other=0))
    assert "Among them were 1 volunteer and 1 member of staff." in english
    assert "1 Themen" not in press_text(workshop(), PressFacts(top_topics=["Mitfahrbank"]))
    assert "das Thema „Mitfahrbank“" in press_text(workshop(), PressFacts(top_topics=["Mitfahrbank"]))
