"""The clusters panel's operations of the Ideas section: new, rename, colour, move, delete, highlight.

Deleting a cluster that holds ideas asks first and says how many (its ideas
stay, without a cluster); every operation is one undoable step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...core.ideas import Cluster, check_cluster_field, clean_idea_text, next_colour
from ..dialogs import Ask
from ..i18n import arg
from ..messages import problem_text
from . import commands as cmd
from .dialogs import IdeaAsk

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from .clusters_model import ClustersModel
    from .page import IdeasPage


class ClusterOperations(QObject):
    """What the clusters panel's keys and buttons do, for the Ideas section it belongs to."""

    def __init__(self, page: IdeasPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self._kept_cluster: str | None = None

    @property
    def clusters(self) -> ClustersModel:
        """The clusters panel's model."""
        return self.page.clusters

    @property
    def cluster_list(self) -> QListView:
        """The clusters panel."""
        return self.page.cluster_list

    def _widget(self) -> QWidget:
        return self.page

    def _push(self, command: Any) -> bool:
        return self.page._push(command)

    def _say(self, text: str) -> None:
        self.page._say(text)

    def selected_cluster(self) -> Cluster | None:
        """The cluster selected in the panel."""
        return self.page.selected_cluster()

    def make_cluster(self, name: str) -> Cluster | None:
        """A new cluster of this name at the end of the order (None when the name is refused)."""
        problem = check_cluster_field("name", name)
        if problem is not None:
            self._say(problem_text(problem.code, problem.params))
            return None
        cluster = Cluster(name=name, colour=next_colour(self.clusters.clusters))
        if not self._push(cmd.add_cluster(self.session, arg(self.tr("New cluster “%1”"), name), cluster)):
            return None
        return cluster

    def new_cluster(self) -> None:
        """Ask for a name and make a cluster at the end of the order."""
        name = IdeaAsk.text(
            self._widget(),
            self.tr("New cluster"),
            self.tr("Name of the cluster:"),
        )
        if name is None:
            return
        cluster = self.make_cluster(clean_idea_text(name).replace("\n", " "))
        if cluster is not None:
            self.cluster_list.setCurrentIndex(self.clusters.index(self.clusters.row_of(cluster.id)))

    def rename_cluster(self) -> None:
        """Rename the selected cluster."""
        cluster = self.selected_cluster()
        if cluster is None:
            return
        name = IdeaAsk.text(
            self._widget(),
            self.tr("Rename cluster"),
            self.tr("Name of the cluster:"),
            cluster.name,
        )
        if name is None:
            return
        name = clean_idea_text(name).replace("\n", " ")
        problem = check_cluster_field("name", name)
        if problem is not None:
            self._say(problem_text(problem.code, problem.params))
            return
        if name != cluster.name:
            self._push(cmd.update_cluster(self.session, self.tr("Rename cluster"), cluster, name=name))

    def recolour_cluster(self) -> None:
        """Give the selected cluster another colour."""
        cluster = self.selected_cluster()
        if cluster is None:
            return
        colour = IdeaAsk.colour(self._widget(), cluster.colour)
        if colour is None or colour.lower() == cluster.colour.lower():
            return
        self._push(
            cmd.update_cluster(
                self.session,
                self.tr("Colour of the cluster"),
                cluster,
                colour=colour.lower(),
            )
        )

    def move_cluster(self, step: int) -> None:
        """Move the selected cluster up (-1) or down (+1)."""
        cluster = self.selected_cluster()
        if cluster is None:
            return
        old = self.clusters.row_of(cluster.id)
        new = old + step
        if not 0 <= new < len(self.clusters.clusters):
            return
        if self._push(cmd.move_cluster(self.session, self.tr("Move cluster"), cluster.id, old, new)):
            self.cluster_list.setCurrentIndex(self.clusters.index(new))

    def delete_cluster(self) -> None:
        """Delete the selected cluster; its ideas stay (without a cluster). One that holds ideas asks first."""
        cluster = self.selected_cluster()
        if cluster is None:
            return
        held = sum(1 for idea in self.session.store.ideas.all() if idea.cluster_id == cluster.id)
        if held:
            message = arg(
                self.tr("The cluster “%1” holds %n idea(s). They stay, without a cluster.", "", held),
                cluster.name,
            )
            message += "\n\n" + self.tr("Ctrl+Z brings the cluster back with its ideas.")
            if not Ask.confirm_removal(
                self._widget(),
                self.tr("Delete cluster"),
                message,
                self.tr("&Delete cluster"),
            ):
                return
        text = arg(self.tr("Delete cluster “%1”"), cluster.name)
        self._push(cmd.delete_cluster(self.session, text, cluster))

    def highlight_cluster(self) -> None:
        """Highlight the selected cluster on the wall (again: no highlight)."""
        cluster = self.selected_cluster()
        cluster_id = cluster.id if cluster else None
        if cluster_id == self.page.context.highlight_cluster:
            cluster_id = None
        self.page.context.set_highlight(cluster_id=cluster_id)

    def _remember_cluster(self) -> None:
        cluster = self.selected_cluster()
        self._kept_cluster = cluster.id if cluster else None

    def _restore_cluster(self) -> None:
        if self._kept_cluster is not None:
            row = self.clusters.row_of(self._kept_cluster)
            if row >= 0:
                self.cluster_list.setCurrentIndex(self.clusters.index(row))
