"""The names of the agreements and mailing-list pages' actions (made by those pages, gone with them)."""

from __future__ import annotations

import enum


class AgreementAction(enum.StrEnum):
    """The agreements page's actions."""

    ADD = "agreements.add"
    REMOVE = "agreements.remove"
    UP = "agreements.up"
    DOWN = "agreements.down"


class MailingAction(enum.StrEnum):
    """The mailing-list page's action."""

    REMOVE = "mailing.remove"
