"""No personal data in what the county publishes: the people of a file, and their removal from free text.

The county's overview, report, calendar and open data carry no names, e-mail
addresses or phone numbers. Fields that hold them are never taken; free text
that is taken (titles, guiding questions, places, purposes, topic names) may
still mention someone ("Sprachcafé bei Frau Yılmaz"), so every person the file
knows — the workshop's contact person and moderation team, the groups'
contact persons and members, the steering group, the mailing list — is
looked for in it, by whole name and by surname (not a surname that is the
municipality's name, nor the parts of the moderation team's free text alone), ignoring case and spacing,
and replaced by "[…]"; so are their e-mail addresses and phone numbers, and
any other e-mail address.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from msgspec import Struct

from .agreements import AgreementsData
from .agreements_privacy import ERASED
from .workshop import Workshop

_EMAIL = re.compile(r"[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[^\s@<>()\[\].,;:!?]{2,}")
_NAME_SEPARATORS = re.compile(r"\s*(?:[,;/&+\n]|\bund\b|\band\b)\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
MIN_SURNAME = 3  # a surname alone is looked for from this length ("Li" would match too much)
MIN_PHONE_DIGITS = 5


class People(Struct, frozen=True, dict=True):  # dict: room for the cached pattern
    """The names, e-mail addresses and phone numbers a file knows, and a scrubber for free text."""

    names: tuple[str, ...]
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    surnames: tuple[str, ...] = ()  # looked for alone too (the last word of a name field's name)

    def scrub(self, text: str) -> str:
        """``text`` with every mention of these people (and any e-mail address) replaced by ``[…]``."""
        if not text:
            return text
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(ERASED, text)
        return _EMAIL.sub(ERASED, text)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        return _pattern(self)


def _pattern(people: People) -> re.Pattern[str] | None:
    parts: set[str] = set()
    for name in people.names:
        words = name.split()
        if not words:
            continue
        parts.add(r"\s+".join(re.escape(w) for w in words))
    parts |= {re.escape(surname) for surname in people.surnames}
    parts |= {re.escape(e.strip()) for e in people.emails if e.strip()}
    for phone in people.phones:
        digits = [d for d in phone if d.isdigit()]
        if len(digits) >= MIN_PHONE_DIGITS:
            # The same digits with any separators between them ("0751 85-9863", "0751859863").
            parts.add(r"\+?" + r"[\s()/.\-–]*".join(digits))
    if not parts:
        return None
    ordered = sorted(parts, key=len, reverse=True)
    return re.compile(r"(?<![\w@])(?:" + "|".join(ordered) + r")(?![\w@])", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """The names of a list such as a moderation team ("Eva Militz (Moderation), Eva Prox und Ali Kaya")."""
    plain = _BRACKETED.sub(" ", text)
    return [" ".join(part.split()) for part in _NAME_SEPARATORS.split(plain) if part and part.strip()]


def people_of(workshop: Workshop, agreements: AgreementsData) -> People:
    """Everyone a workshop file names: contact persons, moderation team, members, steering group, mailing list."""
    # The moderation team is free text ("Eva Prox, Landratsamt Ravensburg"): its parts are looked for whole only.
    team = split_names(workshop.moderation_team)
    names: list[str] = [workshop.contact_name]
    emails: list[str] = [workshop.contact_email]
    phones: list[str] = [workshop.contact_phone]
    persons: Iterable[object] = [
        *agreements.members,
        *agreements.steering_members,
        *agreements.signups,
    ]
    for agreement in agreements.agreements:
        names.append(agreement.contact_name)
        emails += [agreement.contact_email, agreement.signup_email]
        phones.append(agreement.contact_phone)
    for person in persons:
        names.append(str(getattr(person, "name", "")))
        emails.append(str(getattr(person, "email", "")))
        phones.append(str(getattr(person, "phone", "")))
    # A surname that is also a place of the workshop ("Weingarten") is looked for only with the first name.
    places = {word.casefold() for word in f"{workshop.municipality} {workshop.county}".split()}
    surnames = {n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) >= MIN_SURNAME}
    return People(
        tuple(sorted({" ".join(n.split()) for n in [*names, *team] if n.strip()})),
        tuple(sorted({e.strip() for e in emails if e.strip()})),
        tuple(sorted({p.strip() for p in phones if p.strip()})),
        tuple(sorted(s for s in surnames if s.casefold() not in places)),
    )
