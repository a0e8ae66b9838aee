"""Sentences for store errors and refused values, in the interface language (Qt translations)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.validation import Problem
from ..store import StoreError
from .i18n import arg


def problem_text(code: str, params: dict[str, Any]) -> str:
    """A refused value's reason, e.g. for ``email_invalid``."""
    texts = {
        "title_empty": QCoreApplication.translate("Messages", "The title must not be empty."),
        "item_title_empty": QCoreApplication.translate("Messages", "The agenda item's title must not be empty."),
        "text_too_long": QCoreApplication.translate(
            "Messages", "The text is {length} characters long; at most {limit} are allowed."
        ),
        "text_control": QCoreApplication.translate(
            "Messages", "The text contains a control character ({char}), which cannot be stored."
        ),
        "email_invalid": QCoreApplication.translate(
            "Messages", "This is not a valid e-mail address (example: name@example.de)."
        ),
        "phone_invalid": QCoreApplication.translate(
            "Messages", "A phone number has digits, spaces and + - / ( ) only."
        ),
        "count_invalid": QCoreApplication.translate("Messages", "Please a whole number from 0 to {max}."),
        "language_invalid": QCoreApplication.translate("Messages", "Unknown language."),
        "timezone_invalid": QCoreApplication.translate("Messages", "Unknown time zone."),
        "date_invalid": QCoreApplication.translate(
            "Messages", "This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025."
        ),
        "date_no_such_day": QCoreApplication.translate(
            "Messages", "There is no such day: that month has only {days} days."
        ),
        "time_invalid": QCoreApplication.translate("Messages", "This is not a time. Please write HH:MM, e.g. 14:00."),
        "end_before_start": QCoreApplication.translate("Messages", "The end must come after the start."),
        "phase_invalid": QCoreApplication.translate("Messages", "Unknown phase."),
        "minutes_invalid": QCoreApplication.translate("Messages", "The duration must be 0 to {max} minutes."),
        "agreement_title_empty": QCoreApplication.translate("Messages", "The agreement needs a title."),
        "status_invalid": QCoreApplication.translate("Messages", "Unknown status."),
        "url_invalid": QCoreApplication.translate(
            "Messages", "This is not a web address (example: https://www.aulendorf.de/anmeldung)."
        ),
        "step_what_empty": QCoreApplication.translate("Messages", "A step needs a “what”."),
        "source_invalid": QCoreApplication.translate("Messages", "Unknown origin."),
        "origin_label_empty": QCoreApplication.translate("Messages", "The origin needs a text."),
        "name_empty": QCoreApplication.translate("Messages", "The name must not be empty."),
        "email_empty": QCoreApplication.translate("Messages", "The e-mail address is missing."),
        "consent_needed": QCoreApplication.translate(
            "Messages", "E-mail address and phone number only with consent: tick the consent box first."
        ),
        "consent_missing": QCoreApplication.translate(
            "Messages", "Without consent nothing is stored. Please tick the consent box."
        ),
        "role_invalid": QCoreApplication.translate("Messages", "Unknown role."),
        "meeting_too_long": QCoreApplication.translate("Messages", "A meeting lasts at most 24 hours."),
        "meeting_past": QCoreApplication.translate("Messages", "This date is in the past."),
        "meeting_far_ahead": QCoreApplication.translate(
            "Messages", "This date is more than a year ahead – the first meeting should come soon."
        ),
        "meeting_incomplete": QCoreApplication.translate(
            "Messages", "A meeting needs a date, a start and an end (DD.MM.YYYY, HH:MM)."
        ),
        "held_needs_date": QCoreApplication.translate("Messages", "A meeting that took place needs a date."),
        "held_in_future": QCoreApplication.translate(
            "Messages", "A meeting in the future cannot have taken place yet: choose “planned” or an earlier date."
        ),
        "next_in_past": QCoreApplication.translate("Messages", "The next meeting must lie in the future."),
        "fewer_counted_than_ticked": QCoreApplication.translate(
            "Messages", "Ticked as having come: {ticked}; counted: {counted}. Please enter how many came."
        ),
        "unknown_agreement": QCoreApplication.translate("Messages", "This agreement does not exist (any more)."),
        "meeting_before_workshop": QCoreApplication.translate(
            "Messages", "A follow-up meeting comes after the workshop: this date lies before it."
        ),
        "state_invalid": QCoreApplication.translate("Messages", "Unknown state."),
        "note_kind_invalid": QCoreApplication.translate("Messages", "Unknown kind of note."),
        "note_text_empty": QCoreApplication.translate("Messages", "A note needs a text."),
        "person_kind_invalid": QCoreApplication.translate("Messages", "Unknown kind of person."),
        "revision_kind_invalid": QCoreApplication.translate("Messages", "Unknown kind."),
        "correction_what_empty": QCoreApplication.translate("Messages", "Please say what was corrected."),
        "revision_in_future": QCoreApplication.translate("Messages", "This date lies in the future."),
        "approval_meeting_not_held": QCoreApplication.translate(
            "Messages", "The minutes are approved at a meeting that took place."
        ),
        "meeting_recorded": QCoreApplication.translate(
            "Messages",
            "Something is recorded about this meeting in the follow-up; it stays. A group that does not go on"
            " gets the status “dropped”.",
        ),
        "idea_empty": QCoreApplication.translate("Messages", "An empty idea is not stored."),
        "idea_too_long": QCoreApplication.translate(
            "Messages",
            "The idea is {length} characters long; at most {limit} are allowed. Nothing was stored or cut:"
            " please shorten it or split it into two ideas.",
        ),
        "cluster_name_empty": QCoreApplication.translate("Messages", "The cluster's name must not be empty."),
        "colour_invalid": QCoreApplication.translate("Messages", "This is not a colour."),
        **vote_problem_texts(),
        "photo_not_image": QCoreApplication.translate("Messages", "This is not a JPEG or PNG photo."),
        "photo_too_large": QCoreApplication.translate(
            "Messages", "The photo is {size_mb} MB; at most {limit_mb} MB are allowed."
        ),
    }
    template = texts.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def not_stored_text(typed: str, problem: Problem) -> str:
    """What a field left with a refused value says once it shows the stored value again: what was typed, and why."""
    reason = problem_text(problem.code, problem.params)
    if not typed.strip():
        return arg(QCoreApplication.translate("Messages", "Not stored: %1"), reason)
    return arg(QCoreApplication.translate("Messages", "“%1” was not stored: %2"), typed.strip(), reason)


def vote_problem_texts() -> dict[str, str]:
    """The reasons a dot-vote value, ballot or tally was refused or warned about."""
    return {
        "vote_title_empty": QCoreApplication.translate("Messages", "The question of the round must not be empty."),
        "vote_participants_invalid": QCoreApplication.translate(
            "Messages", "The number of participants must be 0 to {max}."
        ),
        "vote_dots_invalid": QCoreApplication.translate("Messages", "Each person needs 1 to {max} dots."),
        "vote_cap_invalid": QCoreApplication.translate("Messages", "The cap per option must be 1 to {max} dots."),
        "vote_cutoff_invalid": QCoreApplication.translate(
            "Messages", "The number of options going forward must be 1 to {max}."
        ),
        "vote_cap_above_dots": QCoreApplication.translate(
            "Messages", "The cap per option ({cap}) must be at least 1 and at most the dots per person ({dots})."
        ),
        "vote_mood_one_dot": QCoreApplication.translate("Messages", "A Blitzlicht has one dot per person."),
        "vote_option_empty": QCoreApplication.translate("Messages", "An option needs a text."),
        "vote_kind_invalid": QCoreApplication.translate("Messages", "Unknown kind of round."),
        "vote_stacking_invalid": QCoreApplication.translate("Messages", "Unknown rule."),
        "vote_status_invalid": QCoreApplication.translate("Messages", "Unknown status of the round."),
        "vote_entry_invalid": QCoreApplication.translate("Messages", "Unknown way of entering the dots."),
        "vote_settlement_invalid": QCoreApplication.translate("Messages", "Unknown way of settling the tie."),
        "vote_option_has_dots": QCoreApplication.translate(
            "Messages", "“{option}” has dots on a ballot. Remove those dots first."
        ),
        "vote_tally_invalid": QCoreApplication.translate("Messages", "Dots must be a whole number from 0 to {max}."),
        "ballot_number_invalid": QCoreApplication.translate("Messages", "The participant number must be 1 to {max}."),
        "ballot_number_taken": QCoreApplication.translate(
            "Messages", "There is already a ballot of participant no. {number}."
        ),
        "ballot_unknown_option": QCoreApplication.translate("Messages", "The ballot names an option of another round."),
        "ballot_dots_invalid": QCoreApplication.translate("Messages", "The dots for “{option}” must be 0 to {max}."),
        "ballot_empty": QCoreApplication.translate("Messages", "The ballot has no dots."),
        "ballot_too_many_dots": QCoreApplication.translate(
            "Messages", "{given} dots given, but each person has only {allowed}."
        ),
        "ballot_over_cap": QCoreApplication.translate(
            "Messages", "{given} dots on “{option}”, but at most {cap} per option are allowed."
        ),
        "ballot_mood_one_dot": QCoreApplication.translate("Messages", "A Blitzlicht takes one dot per person."),
        "tally_sum_too_high": QCoreApplication.translate(
            "Messages",
            "Warning: {sum} dots – more than possible (at most {max}). Check the count or the number of participants.",
        ),
        "tally_option_too_high": QCoreApplication.translate(
            "Messages", "Warning: “{option}” has {count} dots, more than the cap allows in all ({max})."
        ),
    }


def store_error_text(error: StoreError) -> str:
    """The sentence for a store error, naming the file where that helps."""
    kind, params = error.kind, {"detail": "", "path": "", **error.params}
    if kind == "invalid_value":
        return problem_text(str(params.get("code", "")), params)
    texts = {
        "missing": QCoreApplication.translate("Messages", "The file {path} does not exist (any more)."),
        "missing_folder": QCoreApplication.translate("Messages", "The folder {path} does not exist."),
        "not_a_file": QCoreApplication.translate("Messages", "{path} is not a file."),
        "no_permission": QCoreApplication.translate("Messages", "You have no permission to read {path}."),
        "not_sqlite": QCoreApplication.translate("Messages", "{path} is not a workshop file."),
        "corrupt": QCoreApplication.translate(
            "Messages",
            "{path} is damaged or incomplete and cannot be opened (technical detail: {detail}). It was not changed."
            " File → Restore from backup… opens an earlier state of the workshop.",
        ),
        "damaged_readable": QCoreApplication.translate(
            "Messages", "{path} is damaged (technical detail: {detail}). It was not changed."
        ),
        "foreign": QCoreApplication.translate("Messages", "{path} belongs to another program. It was not changed."),
        "too_new": QCoreApplication.translate(
            "Messages",
            "{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk is full: {path} could not be written, and nothing was changed (a change you just made was"
            " taken back). Free some space, or save a copy on another disk, and try again.",
        ),
        "read_only": QCoreApplication.translate("Messages", "The file is open read-only. Changes are not possible."),
        "busy": QCoreApplication.translate(
            "Messages", "{path} is in use by another program. Please try again later. Nothing was changed."
        ),
        "exists": QCoreApplication.translate("Messages", "{path} already exists."),
        "io_error": QCoreApplication.translate(
            "Messages", "{path} could not be read or written (technical detail: {detail})."
        ),
        "locked": QCoreApplication.translate("Messages", "{path} is open by {user} on {host} since {since}."),
        "other_workshop": QCoreApplication.translate(
            "Messages", "The document belongs to a different workshop. Nothing was changed."
        ),
        "in_use": QCoreApplication.translate(
            "Messages",
            "The merge can no longer be taken back: the clock has since run through an agenda item it brought.",
        ),
        "not_found": QCoreApplication.translate("Messages", "The entry no longer exists."),
        "unknown_field": QCoreApplication.translate("Messages", "Unknown field."),
    }
    template = texts.get(kind, kind)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
