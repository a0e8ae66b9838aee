"""QR payloads: what phones open, built exactly and refusing what cannot work."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from zoneinfo import ZoneInfo

import pytest

from zwdesktop.core.qr_payloads import (
    CalendarEvent,
    Contact,
    PayloadError,
    https_url,
    mailto,
    signup_subject,
    vcard,
    vevent,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_mailto_subject_is_percent_encoded_ascii_naming_workshop_and_group() -> None:
    subject = signup_subject("Zukunftswerkstatt Aulendorf", "Interkulturelles Café & Begegnung")
    link = mailto("e.militz@rv.de", subject)
    assert link.isascii()
    assert link.startswith("mailto:e.militz@rv.de?subject=")
    decoded = urllib.parse.unquote(link.split("subject=", 1)[1])
    assert decoded == "Anmeldung: Interkulturelles Café & Begegnung (Zukunftswerkstatt Aulendorf)"
    assert "&" not in link.split("?", 1)[1].replace("&body", "")  # the & in the group name is encoded


def test_mailto_body_lines_are_crlf_and_a_bad_address_is_refused() -> None:
    link = mailto("a@b.de", "x", "Zeile 1\nZeile 2")
    assert "body=Zeile%201%0D%0AZeile%202" in link
    for bad in ("", "kein-at", "a@b", "ä@b.de"):
        with pytest.raises(PayloadError) as caught:
            mailto(bad)
        assert caught.value.code == "email_invalid"


def test_https_url_gets_a_scheme_and_stays_ascii() -> None:
    assert https_url("aulendorf.de/zukunft") == "https://aulendorf.de/zukunft"
    assert (
        https_url(" https://bürger.de/anmeldung?gruppe=Café ") == "https://xn--brger-kva.de/anmeldung?gruppe=Caf%C3%A9"
    )
    for bad in ("", "ftp://x.de", "https://", "http://a b.de"):
        with pytest.raises(PayloadError):
            https_url(bad)


def test_vevent_is_bare_with_utc_times_and_escaped_text() -> None:
    event = CalendarEvent(
        uid="8f1c@zwdesktop",
        summary="Folgetreffen: Café, Begegnung; Grüße",
        start=dt.datetime(2026, 3, 12, 18, 0, tzinfo=BERLIN),
        end=dt.datetime(2026, 3, 12, 19, 30, tzinfo=BERLIN),
        location="Bürgerhaus Aulendorf",
    )
    text = vevent(event)
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VEVENT" and lines[-1] == "END:VEVENT"
    assert "BEGIN:VCALENDAR" not in text
    assert "DTSTART:20260312T170000Z" in lines  # 18:00 CET is 17:00 UTC
    assert "DTEND:20260312T183000Z" in lines
    assert "SUMMARY:Folgetreffen: Café\\, Begegnung\\; Grüße" in lines
    assert "LOCATION:Bürgerhaus Aulendorf" in lines


def test_vevent_long_lines_are_folded_at_75_octets_without_breaking_a_character() -> None:
    event = CalendarEvent(
        uid="u", summary="Ä" * 60, start=dt.datetime(2026, 1, 1, 10, tzinfo=BERLIN),
        end=dt.datetime(2026, 1, 1, 11, tzinfo=BERLIN),
    )  # fmt: skip
    lines = vevent(event).split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = vevent(event).replace("\r\n ", "")
    assert "SUMMARY:" + "Ä" * 60 in unfolded


def test_vevent_refuses_an_end_before_the_start_and_naive_times() -> None:
    start = dt.datetime(2026, 1, 1, 10, tzinfo=BERLIN)
    with pytest.raises(PayloadError):
        vevent(CalendarEvent("u", "x", start, start))
    with pytest.raises(PayloadError):
        vevent(CalendarEvent("u", "x", start.replace(tzinfo=None), start.replace(tzinfo=None, hour=11)))


def test_vcard_3_0_of_the_contact_person() -> None:
    card = vcard(Contact("Eva Militz", "Landkreis Ravensburg", "Integration", "e.militz@rv.de", "0751 85 9863"))
    lines = card.split("\r\n")
    assert lines[:4] == ["BEGIN:VCARD", "VERSION:3.0", "N:Militz;Eva;;;", "FN:Eva Militz"]
    assert "EMAIL;TYPE=INTERNET:e.militz@rv.de" in lines
    assert "TEL;TYPE=WORK,VOICE:0751 85 9863" in lines
    assert lines[-1] == "END:VCARD"
    with pytest.raises(PayloadError):
        vcard(Contact("  "))
