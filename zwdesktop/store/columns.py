"""The columns of every table as the migrations build them: name -> (declared type, NOT NULL).

The verdict on a file checks each value read against this (a number where a
text belongs, NULL where none may be). Written out rather than built from the
migrations at run time, which would load sqlite-utils on every start;
``tests/test_damaged_files.py`` checks that it equals what the migrations make.
Add the columns of a new migration here.
"""

from __future__ import annotations

# fmt: off
COLUMNS: dict[str, dict[str, tuple[str, bool]]] = {
    "workshop": {"id": ("TEXT", False), "title": ("TEXT", True), "guiding_question": ("TEXT", False), "municipality": ("TEXT", False), "county": ("TEXT", False), "venue_name": ("TEXT", False), "venue_address": ("TEXT", False), "starts_at": ("TEXT", True), "ends_at": ("TEXT", True), "timezone": ("TEXT", True), "moderation_team": ("TEXT", False), "contact_name": ("TEXT", False), "contact_role": ("TEXT", False), "contact_email": ("TEXT", False), "contact_phone": ("TEXT", False), "funder_line": ("TEXT", False), "minutes_language": ("TEXT", False), "count_staff": ("INTEGER", False), "count_volunteers": ("INTEGER", False), "count_other": ("INTEGER", False), "notes": ("TEXT", False), "updated_at": ("TEXT", True)},
    "agenda_item": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "position": ("INTEGER", True), "title": ("TEXT", True), "phase": ("TEXT", True), "planned_minutes": ("INTEGER", True), "method": ("TEXT", False), "material": ("TEXT", False), "updated_at": ("TEXT", True)},
    "clock_event": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "kind": ("TEXT", True), "at": ("TEXT", True), "item_id": ("TEXT", False), "seconds": ("INTEGER", False)},
    "idea_cluster": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "name": ("TEXT", True), "colour": ("TEXT", True), "position": ("INTEGER", True), "deleted": ("INTEGER", True), "updated_at": ("TEXT", True)},
    "idea": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "text": ("TEXT", True), "phase": ("TEXT", True), "cluster_id": ("TEXT", False), "author": ("TEXT", True), "reframed_from": ("TEXT", False), "merged_into": ("TEXT", False), "deleted": ("INTEGER", True), "created_at": ("TEXT", True), "updated_at": ("TEXT", True)},
    "vote_round": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "position": ("INTEGER", True), "title": ("TEXT", True), "kind": ("TEXT", True), "phase": ("TEXT", False), "participants": ("INTEGER", False), "dots_per_person": ("INTEGER", False), "stacking": ("TEXT", False), "cap_per_option": ("INTEGER", False), "cutoff": ("INTEGER", False), "entry": ("TEXT", False), "status": ("TEXT", True), "runoff_of": ("TEXT", False), "settlement": ("TEXT", False), "settlement_note": ("TEXT", False), "chosen_ids": ("TEXT", False), "created_at": ("TEXT", False), "updated_at": ("TEXT", True)},
    "vote_option": {"id": ("TEXT", False), "round_id": ("TEXT", True), "position": ("INTEGER", True), "label": ("TEXT", True), "source_kind": ("TEXT", True), "source_id": ("TEXT", False), "tally": ("INTEGER", True), "parent_option_id": ("TEXT", False), "updated_at": ("TEXT", True)},
    "vote_ballot": {"id": ("TEXT", False), "round_id": ("TEXT", True), "number": ("INTEGER", True), "dots": ("TEXT", True), "updated_at": ("TEXT", True)},
    "vote_event": {"id": ("TEXT", False), "round_id": ("TEXT", True), "kind": ("TEXT", True), "at": ("TEXT", True), "note": ("TEXT", False)},
    "photo": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "phase": ("TEXT", True), "position": ("INTEGER", True), "caption": ("TEXT", False), "original_name": ("TEXT", False), "media_type": ("TEXT", True), "width": ("INTEGER", False), "height": ("INTEGER", False), "data": ("BLOB", True), "created_at": ("TEXT", True), "updated_at": ("TEXT", True)},
    "agreement": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "position": ("INTEGER", True), "title": ("TEXT", True), "goal": ("TEXT", False), "status": ("TEXT", True), "contact_name": ("TEXT", False), "contact_role": ("TEXT", False), "contact_email": ("TEXT", False), "contact_phone": ("TEXT", False), "signup_url": ("TEXT", False), "signup_email": ("TEXT", False), "updated_at": ("TEXT", True)},
    "agreement_step": {"id": ("TEXT", False), "agreement_id": ("TEXT", True), "position": ("INTEGER", True), "what": ("TEXT", False), "who": ("TEXT", False), "with_whom": ("TEXT", False), "due": ("TEXT", False), "updated_at": ("TEXT", True), "state": ("TEXT", True)},
    "agreement_origin": {"id": ("TEXT", False), "agreement_id": ("TEXT", True), "position": ("INTEGER", True), "source_kind": ("TEXT", False), "source_id": ("TEXT", False), "label": ("TEXT", False), "updated_at": ("TEXT", True)},
    "agreement_member": {"id": ("TEXT", False), "agreement_id": ("TEXT", True), "position": ("INTEGER", True), "name": ("TEXT", False), "email": ("TEXT", False), "phone": ("TEXT", False), "consent_text": ("TEXT", False), "consent_at": ("TEXT", False), "updated_at": ("TEXT", True)},
    "meeting": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "agreement_id": ("TEXT", False), "starts_at": ("TEXT", True), "ends_at": ("TEXT", True), "place": ("TEXT", False), "address": ("TEXT", False), "purpose": ("TEXT", False), "updated_at": ("TEXT", True), "status": ("TEXT", True), "count_staff": ("INTEGER", True), "count_volunteers": ("INTEGER", True), "count_other": ("INTEGER", True)},
    "steering_member": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "position": ("INTEGER", True), "name": ("TEXT", True), "role": ("TEXT", True), "email": ("TEXT", False), "phone": ("TEXT", False), "consent_text": ("TEXT", False), "consent_at": ("TEXT", False), "updated_at": ("TEXT", True)},
    "signup": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "name": ("TEXT", True), "email": ("TEXT", True), "phone": ("TEXT", False), "municipality": ("TEXT", False), "groups": ("TEXT", False), "consent_text": ("TEXT", True), "consent_at": ("TEXT", True), "created_at": ("TEXT", True), "updated_at": ("TEXT", True)},
    "meeting_note": {"id": ("TEXT", False), "meeting_id": ("TEXT", True), "position": ("INTEGER", True), "kind": ("TEXT", True), "text": ("TEXT", True), "step_id": ("TEXT", False), "updated_at": ("TEXT", True)},
    "meeting_attendee": {"id": ("TEXT", False), "meeting_id": ("TEXT", True), "position": ("INTEGER", True), "person_kind": ("TEXT", True), "person_id": ("TEXT", True), "name": ("TEXT", True), "updated_at": ("TEXT", True)},
    "minutes_revision": {"id": ("TEXT", False), "workshop_id": ("TEXT", True), "kind": ("TEXT", True), "day": ("TEXT", True), "by": ("TEXT", False), "what": ("TEXT", False), "meeting_id": ("TEXT", False), "created_at": ("TEXT", True), "updated_at": ("TEXT", True)},
}
# fmt: on
