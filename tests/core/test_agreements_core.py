"""Agreements: the rules (refusals and warnings) and the QR payloads, without a file."""

from __future__ import annotations

import datetime as dt
import urllib.parse

from zwdesktop.core.agreements import (
    CONSENT_TEXT,
    Agreement,
    AgreementBundle,
    Meeting,
    Member,
    Signup,
    SteeringMember,
    Step,
    check_agreement,
    check_meeting,
    check_member,
    check_signup,
    check_steering_member,
    check_step,
    meeting_warnings,
)
from zwdesktop.core.agreements_payloads import calendar_payload, mailing_list_payload, signup_codes, signup_payload
from zwdesktop.core.agreements_privacy import PersonQuery, erase_mentions
from zwdesktop.core.workshop import Workshop, utc_now

NOW = dt.datetime(2026, 3, 14, 17, 0, tzinfo=dt.UTC)


def meeting(days: float, hours: float = 2, **kw: str) -> Meeting:
    start = NOW + dt.timedelta(days=days)
    return Meeting(starts_at=start, ends_at=start + dt.timedelta(hours=hours), **kw)


def test_an_agreement_needs_a_title_and_valid_sign_up_targets() -> None:
    assert check_agreement(Agreement(title="  "))[0] == "title"  # type: ignore[index]
    assert check_agreement(Agreement(title="Sprachcafé")) is None
    bad_url = check_agreement(Agreement(title="x", signup_url="not a url"))
    assert bad_url is not None and bad_url[0] == "signup_url" and bad_url[1].code == "url_invalid"
    assert check_agreement(Agreement(title="x", signup_url="www.aulendorf.de/anmeldung")) is None
    assert check_agreement(Agreement(title="x", signup_url="ftp://example.org")) is not None
    bad_mail = check_agreement(Agreement(title="x", signup_email="sprachcafe@"))
    assert bad_mail is not None and bad_mail[0] == "signup_email"
    assert check_agreement(Agreement(title="x", status="finished")) is not None
    assert check_agreement(Agreement(title="x", contact_phone="abc")) is not None


def test_steps_need_a_what() -> None:
    assert check_step(Step(what="", who="Maria")) is not None
    assert check_step(Step(what="Raum reservieren", due=dt.date(2026, 4, 1))) is None


def test_contact_details_of_members_only_with_consent() -> None:
    assert check_member(Member(name="Thomas Berger")) is None  # a name alone is fine
    refused = check_member(Member(name="Ahmad Rahimi", email="a.rahimi@example.org"))
    assert refused is not None and refused[1].code == "consent_needed"
    assert check_member(Member(name="Ahmad", phone="0176 123", consent_text="ok", consent_at=utc_now())) is None
    assert check_member(Member(name="", consent_text="ok", consent_at=utc_now())) is not None
    steering = SteeringMember(name="Eva", role="staff", email="e@example.org")
    assert check_steering_member(steering)[1].code == "consent_needed"  # type: ignore[index]
    assert check_steering_member(SteeringMember(name="Eva", role="boss")) is not None


def test_no_consent_no_sign_up() -> None:
    signup = Signup(name="Fatima Haddad", email="fatima@example.org")
    assert check_signup(signup)[1].code == "consent_missing"  # type: ignore[index]
    signup.consent_text = CONSENT_TEXT["de"]
    assert check_signup(signup)[1].code == "consent_missing"  # type: ignore[index]  # a time is needed too
    signup.consent_at = utc_now()
    assert check_signup(signup) is None
    signup.email = ""
    assert check_signup(signup)[1].code == "email_empty"  # type: ignore[index]


def test_meetings_end_after_they_start_and_warn_when_past_or_far_ahead() -> None:
    assert check_meeting(meeting(7, hours=-1))[1].code == "end_before_start"  # type: ignore[index]
    assert check_meeting(meeting(7, hours=30))[1].code == "meeting_too_long"  # type: ignore[index]
    assert check_meeting(meeting(7)) is None
    assert meeting_warnings(meeting(14), NOW) == []
    assert meeting_warnings(meeting(-1), NOW) == ["meeting_past"]
    assert meeting_warnings(meeting(400), NOW) == ["meeting_far_ahead"]
    assert meeting_warnings(meeting(364), NOW) == []


def test_an_agreement_without_a_first_meeting_is_flagged() -> None:
    bundle = AgreementBundle(Agreement(title="Offener Treff"))
    assert bundle.needs_first_meeting
    bundle.agreement.status = "dropped"
    assert not bundle.needs_first_meeting
    bundle.agreement.status = "active"
    later, first = meeting(21), meeting(7)
    bundle.meetings = [later, first]
    assert not bundle.needs_first_meeting
    assert bundle.first_meeting is first


def test_person_matching_and_erasing_mentions_ignore_case_and_spacing() -> None:
    query = PersonQuery(name="Ayşe  Yılmaz", email="")
    assert query.matches(name="ayşe yılmaz")
    assert query.mentioned_in("Flyer mit AYŞE YILMAZ besprechen")
    assert erase_mentions("Flyer mit Ayşe\nYılmaz und Fatima", query.needles()) == "Flyer mit […] und Fatima"
    assert PersonQuery().empty


def _workshop() -> Workshop:
    return Workshop(title="Zukunftswerkstatt Aulendorf", contact_email="e.militz@rv.de")


def test_sign_up_payloads_are_web_addresses_or_ascii_mailto() -> None:
    workshop = _workshop()
    web = Agreement(title="Fest", signup_url="www.aulendorf.de/anmeldung fest".replace(" ", "-"))
    assert signup_payload(web, workshop) == "https://www.aulendorf.de/anmeldung-fest"
    umlaut = Agreement(title="Fest", signup_url="https://bürger.example/anmeldung/straßenfest")
    assert signup_payload(umlaut, workshop) == "https://xn--brger-kva.example/anmeldung/stra%C3%9Fenfest"
    mail = Agreement(title="Sprachcafé", signup_email="sprachcafe@example.org")
    payload = signup_payload(mail, workshop)
    assert payload is not None and payload.isascii() and payload.startswith("mailto:sprachcafe@example.org?subject=")
    subject = urllib.parse.unquote(payload.split("subject=", 1)[1])
    assert subject == "Anmeldung: Sprachcafé (Zukunftswerkstatt Aulendorf)"
    assert signup_payload(Agreement(title="none"), workshop) is None
    assert (
        mailing_list_payload(workshop)
        == "mailto:e.militz@rv.de?subject=Mail-Verteiler%3A%20Zukunftswerkstatt%20Aulendorf"
    )


def test_the_calendar_payload_is_a_bare_vevent_of_the_first_meeting() -> None:
    bundle = AgreementBundle(Agreement(title="Sprachcafé"), meetings=[meeting(21), meeting(7, place="Bürgerhaus")])
    payload = calendar_payload(bundle)
    assert payload is not None
    assert payload.startswith("BEGIN:VEVENT\r\n") and payload.endswith("END:VEVENT")
    assert "VCALENDAR" not in payload
    assert f"UID:{bundle.meetings[1].id}@zwdesktop" in payload
    assert "DTSTART:20260321T170000Z" in payload
    assert "SUMMARY:Sprachcafé: Erstes Folgetreffen" in payload


def test_the_codes_of_the_sign_up_picture_in_order() -> None:
    workshop = _workshop()
    a = AgreementBundle(Agreement(title="A", signup_email="a@example.org"), meetings=[meeting(7)])
    b = AgreementBundle(Agreement(title="B"))
    c = AgreementBundle(Agreement(title="C", signup_url="https://example.org", status="dropped"))
    codes = signup_codes([a, b, c], workshop)
    assert [(code.title, code.kind) for code in codes] == [
        ("A", "signup"),
        ("A", "calendar"),
        ("Zukunftswerkstatt Aulendorf", "mailing_list"),
    ]


def test_the_calendar_code_is_stamped_when_the_meeting_changed_and_repeats_nothing() -> None:
    """DTSTAMP is the record's last change (RFC 5545), not the start; a one-line purpose is not sent twice."""
    first = meeting(7, place="Bürgerhaus")
    first.purpose = "Erstes Sprachcafé"
    first.updated_at = "2026-02-20T09:15:30.123456+00:00"
    payload = calendar_payload(AgreementBundle(Agreement(title="Sprachcafé"), meetings=[first]))
    assert payload is not None
    assert "DTSTAMP:20260220T091530Z" in payload
    stamp = next(line for line in payload.split("\r\n") if line.startswith("DTSTAMP:"))
    start = next(line for line in payload.split("\r\n") if line.startswith("DTSTART:"))
    assert stamp[8:] != start[8:]
    assert "SUMMARY:Sprachcafé: Erstes Sprachcafé" in payload and "DESCRIPTION" not in payload
    first.purpose = "Erstes Sprachcafé\nBitte Kuchen mitbringen"
    longer = calendar_payload(AgreementBundle(Agreement(title="Sprachcafé"), meetings=[first]))
    assert longer is not None and "DESCRIPTION:Erstes Sprachcafé\\nBitte Kuchen mitbringen" in longer
