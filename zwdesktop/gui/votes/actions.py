"""The names of the dot-vote page's actions (made by :class:`~zwdesktop.gui.votes.page.VotesPage`, gone with it)."""

from __future__ import annotations

import enum


class VotesAction(enum.StrEnum):
    """The keys of the tallies and ballots."""

    PLUS = "votes.plus"
    MINUS = "votes.minus"
    SAVE_BALLOT = "votes.save_ballot"
    REMOVE_OPTION = "votes.remove_option"
