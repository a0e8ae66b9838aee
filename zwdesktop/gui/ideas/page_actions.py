"""The names of the Ideas page's actions (made by :class:`~zwdesktop.gui.ideas.page.IdeasPage`, gone with it)."""

from __future__ import annotations

import enum


class IdeaAction(enum.StrEnum):
    """The Ideas page's actions on the selected ideas."""

    SEARCH = "ideas.search"
    EDIT = "ideas.edit"
    DELETE = "ideas.delete"
    PHASE = "ideas.phase"
    MERGE = "ideas.merge"
    REFRAME = "ideas.reframe"
    ASSIGN = "ideas.assign"
    HIGHLIGHT = "ideas.highlight"
    ASSIGN_0 = "ideas.assign_0"  # Alt+0: out of its cluster; Alt+1 … Alt+9: into that cluster
    ASSIGN_1 = "ideas.assign_1"
    ASSIGN_2 = "ideas.assign_2"
    ASSIGN_3 = "ideas.assign_3"
    ASSIGN_4 = "ideas.assign_4"
    ASSIGN_5 = "ideas.assign_5"
    ASSIGN_6 = "ideas.assign_6"
    ASSIGN_7 = "ideas.assign_7"
    ASSIGN_8 = "ideas.assign_8"
    ASSIGN_9 = "ideas.assign_9"


class ClusterAction(enum.StrEnum):
    """The Ideas page's actions on the clusters panel."""

    NEW = "clusters.new"
    RENAME = "clusters.rename"
    COLOUR = "clusters.colour"
    UP = "clusters.up"
    DOWN = "clusters.down"
    DELETE = "clusters.delete"
    HIGHLIGHT = "clusters.highlight"
