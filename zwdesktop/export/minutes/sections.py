"""The sections of the minutes, in the order the document prints them (a workshop's process order).

Each feature's module builds its own sections; this list is the one place
that says which there are and where they go.
"""

from __future__ import annotations

from .agreements import build_agreements, build_mailing_list, build_steering_group
from .common import Section
from .ideas import build_ideas
from .votes import build_blitzlicht, build_votes, word
from .workshop import build_agenda, build_contact, build_photos, build_workshop_data

SECTIONS: tuple[Section, ...] = (
    Section("agenda", lambda lab: lab("agenda"), build_agenda),
    Section("ideas", lambda lab: lab("ideas"), build_ideas, names=True),
    Section("votes", lambda lab: word(lab, "votes"), build_votes),
    Section("photos", lambda lab: lab("photos"), build_photos),
    Section("agreements", lambda lab: lab("agreements"), build_agreements),
    Section("steering_group", lambda lab: lab("steering_group"), build_steering_group),
    Section("mailing_list", lambda lab: lab("mailing_list"), build_mailing_list),
    Section("blitzlicht", lambda lab: word(lab, "blitzlicht"), build_blitzlicht),
    Section("contact", lambda lab: lab("contact_section"), build_contact, names=True),
    Section("workshop_data", lambda lab: lab("workshop_data"), build_workshop_data),
)
