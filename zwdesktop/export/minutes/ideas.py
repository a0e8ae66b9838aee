"""The minutes' section of the ideas: per phase, the ideas by cluster, every text verbatim.

Phases come in the order the agenda runs them; clusters in the order of the
topic store, ideas without a cluster last. A wish reframed from a critique
point says which one. Authors are printed only when names are printed.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ...core.ideas import Cluster, Idea
from ...core.workshop import PHASES
from ..pdf.flowables import SMALL, TextBlock
from .common import CELL, LABEL, MinutesContext, heading

BULLET = "•"


def _phase_order(ctx: MinutesContext) -> list[str]:
    order: list[str] = []
    for item in sorted(ctx.data.agenda, key=lambda i: (i.position, i.id)):
        if item.phase not in order:
            order.append(item.phase)
    return order + [phase for phase in PHASES if phase not in order]


def _idea_lines(ctx: MinutesContext, idea: Idea, texts: dict[str, str]) -> list[Flowable]:
    # A list item in the tagged PDF; its note (reframed from, author) belongs to the same item.
    lines: list[Flowable] = [TextBlock(f"{BULLET} {idea.text}", CELL, role="LI")]
    notes = []
    if idea.reframed_from and idea.reframed_from in texts:
        notes.append(ctx.labels("reframed_from", text=texts[idea.reframed_from]))
    if idea.author.strip() and ctx.options.include_names:
        notes.append(idea.author.strip())
    if notes:
        lines.append(TextBlock("   " + " · ".join(notes), SMALL, role="LI+"))
    return lines


def build_ideas(ctx: MinutesContext) -> list[Flowable]:
    """The ideas of every phase that has some, grouped by cluster."""
    lab = ctx.labels
    ideas = [i for i in ctx.data.ideas if not i.deleted and not i.merged_into]
    if not ideas:
        return []
    clusters: dict[str, Cluster] = {c.id: c for c in ctx.data.clusters if not c.deleted}
    texts = {i.id: i.text for i in ctx.data.ideas}
    story: list[Flowable] = [CondPageBreak(30), heading(lab("ideas"), "ideas")]
    for phase in _phase_order(ctx):
        in_phase = sorted((i for i in ideas if i.phase == phase), key=lambda i: (i.created_at, i.id))
        if not in_phase:
            continue
        story.append(heading(f"{lab.phase(phase)} ({lab.count('ideas_count', len(in_phase))})", f"ideas-{phase}", 1))
        groups: list[tuple[str, list[Idea]]] = []
        for cluster in sorted(clusters.values(), key=lambda c: (c.position, c.id)):
            members = [i for i in in_phase if i.cluster_id == cluster.id]
            if members:
                groups.append((cluster.name, members))
        loose = [i for i in in_phase if i.cluster_id not in clusters]
        if loose:
            groups.append((lab("no_cluster") if groups else "", loose))
        for name, members in groups:
            block: list[Flowable] = []
            if name:
                block.append(TextBlock(name, LABEL.but(space_before=5)))
            for idea in members:
                block += _idea_lines(ctx, idea, texts)
            # Keep a short cluster on one page; a long one may break.
            story.append(KeepTogether(block) if len(block) <= 12 else block[0])
            if len(block) > 12:
                story.extend(block[1:])
    return story
