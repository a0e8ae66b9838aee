"""The QR payloads of the agreements: sign up for a group, put its first meeting in the calendar, join the mailing list.

Pure functions over the agreement records, built on the payload forms of
:mod:`zwdesktop.core.qr_payloads` (what phone cameras open, DESIGN.md §1):
a web address, a ``mailto:`` with a percent-encoded (ASCII) subject, a bare
``BEGIN:VEVENT … END:VEVENT``.
"""

from __future__ import annotations

import datetime as dt

from msgspec import Struct
from msgspec.structs import replace

from .agreements import Agreement, AgreementBundle, Meeting
from .qr_payloads import CalendarEvent, PayloadError, https_url, mailto, shorten, signup_subject, vevent
from .workshop import Workshop

UID_DOMAIN = "zwdesktop"
SUMMARY_PURPOSE = 80  # characters of the purpose's first line in a calendar entry's title

_WORDS = {
    "de": {
        "first_meeting": "Erstes Folgetreffen",
        "meeting": "Folgetreffen",
        "mailing": "Mail-Verteiler: {title}",
        "shortened": "… (gekürzt)",
    },
    "en": {
        "first_meeting": "First follow-up meeting",
        "meeting": "Follow-up meeting",
        "mailing": "Mailing list: {title}",
        "shortened": "… (shortened)",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS["en" if language == "en" else "de"]


def meeting_uid(meeting: Meeting) -> str:
    """The stable UID of a meeting in calendars: the same meeting always updates the same entry."""
    return f"{meeting.id}@{UID_DOMAIN}"


def signup_payload(agreement: Agreement, workshop: Workshop, language: str = "de") -> str | None:
    """How to sign up for the group: its web address, else a mail to its sign-up address; None when it has neither."""
    try:
        if agreement.signup_url.strip():
            return https_url(agreement.signup_url)
        if agreement.signup_email.strip():
            subject = signup_subject(workshop.title, agreement.title, language)
            return mailto(agreement.signup_email, subject, shortened=_words(language)["shortened"])
    except PayloadError:
        return None
    return None


def meeting_summary(title: str, meeting: Meeting, first: bool, language: str = "de") -> str:
    """The calendar entry's title: the group and what the meeting is."""
    words = _words(language)
    what = meeting.purpose.strip().splitlines()[0] if meeting.purpose.strip() else ""
    if len(what) > SUMMARY_PURPOSE:  # the title of an entry, not the whole purpose
        what = shorten(what, SUMMARY_PURPOSE, words["shortened"])
    kind = words["first_meeting"] if first else words["meeting"]
    return f"{title}: {what or kind}"


def calendar_event(title: str, meeting: Meeting, first: bool = True, language: str = "de") -> CalendarEvent:
    """The meeting as a calendar event (place and address as the location, the purpose as description)."""
    location = ", ".join(part for part in (meeting.place.strip(), " ".join(meeting.address.split())) if part)
    return CalendarEvent(
        uid=meeting_uid(meeting),
        summary=meeting_summary(title, meeting, first, language),
        start=meeting.starts_at,
        end=meeting.ends_at,
        location=location,
        description=meeting.purpose.strip(),
    )


# A calendar code stays small enough to print and to show on the projector: above this many bytes
# a description is left out (it is printed beside the code anyway).
CALENDAR_CODE_BYTES = 300


def _changed_at(meeting: Meeting) -> dt.datetime | None:
    """When the meeting was last changed (DTSTAMP), None when the record has no readable time."""
    try:
        changed = dt.datetime.fromisoformat(meeting.updated_at)
    except ValueError:
        return None
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=dt.UTC)
    return changed.astimezone(dt.UTC).replace(microsecond=0)


def calendar_payload(bundle: AgreementBundle, language: str = "de") -> str | None:
    """A bare VEVENT of the group's first meeting (None without one), as short as a phone allows.

    Everything a phone's calendar needs stays: UID, DTSTAMP (when the meeting
    was last changed, as RFC 5545 means it — not the start), start, end, title
    and place. The description is left out when it only repeats the title's
    first line of the purpose, or when it would make the code denser than
    :data:`CALENDAR_CODE_BYTES`.
    """
    first = bundle.first_meeting
    if first is None:
        return None
    return meeting_payload(bundle.agreement.title, first, True, language)


def meeting_payload(title: str, meeting: Meeting, first: bool = False, language: str = "de") -> str | None:
    """A bare VEVENT of one meeting of the group ``title`` (e.g. the next one), as short as a phone allows."""
    event = calendar_event(title, meeting, first, language)
    stamp = _changed_at(meeting)
    note = _words(language)["shortened"]
    lines = event.description.splitlines()
    if event.description and len(lines) <= 1 and len(lines[0]) <= SUMMARY_PURPOSE:
        event = replace(event, description="")  # the one line is already in the summary
    try:
        payload = vevent(event, stamp, shortened=note)
        if event.description and len(payload.encode("utf-8")) > CALENDAR_CODE_BYTES:
            payload = vevent(replace(event, description=""), stamp, shortened=note)
    except PayloadError:  # a meeting that ends before it starts (only in a damaged file): no code
        return None
    return payload


def mailing_list_payload(workshop: Workshop, language: str = "de") -> str | None:
    """A mail to the workshop's contact person asking to join the mailing list (None without a valid address)."""
    try:
        words = _words(language)
        return mailto(
            workshop.contact_email, words["mailing"].format(title=workshop.title), shortened=words["shortened"]
        )
    except PayloadError:
        return None


class SignupCode(Struct, frozen=True):
    """One QR code for the hall: which group, what it does (``signup`` or ``calendar``), the payload."""

    title: str
    kind: str  # "signup", "calendar", "mailing_list"
    payload: str


def signup_codes(bundles: list[AgreementBundle], workshop: Workshop, language: str = "de") -> list[SignupCode]:
    """Every code of the "Anmeldung" picture, in order: per agreement sign-up then calendar, the mailing list last.

    Dropped and finished groups take no sign-ups and show no codes.
    """
    codes: list[SignupCode] = []
    for bundle in bundles:
        if bundle.agreement.status in ("done", "dropped"):
            continue
        signup = signup_payload(bundle.agreement, workshop, language)
        if signup:
            codes.append(SignupCode(bundle.agreement.title, "signup", signup))
        calendar = calendar_payload(bundle, language)
        if calendar:
            codes.append(SignupCode(bundle.agreement.title, "calendar", calendar))
    mailing = mailing_list_payload(workshop, language)
    if mailing:
        codes.append(SignupCode(workshop.title, "mailing_list", mailing))
    return codes
