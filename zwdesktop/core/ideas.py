"""Ideas (Moderationskarten) and clusters (Themenspeicher): the records and their rules.

An idea is what an assistant types while people call out or write cards: a
text of up to :data:`MAX_IDEA` characters in any script, belonging to a phase
(``critique``, ``fantasy``, …), optionally to one cluster and to a table group
or author (anonymous by default). A wish of the fantasy phase may keep a link
to the critique point it was reframed from ("Es wäre schön, wenn …").

Deleting is a tombstone (``deleted``) rather than a row removal: a delete is a
change with an ``updated_at`` like any other, so when the files of two laptops
are merged "the later change wins" covers deletions too, and a deleted idea
does not come back from the other laptop's copy. Merging two ideas keeps both
texts: the surviving idea carries both, the absorbed one stays in the file
(hidden) with its own text and ``merged_into`` pointing at the survivor.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from msgspec import Struct, field

from .bidi import contained
from .validation import Problem
from .workshop import PHASES, Phase, new_id, utc_now

MAX_IDEA = 2000
MAX_CLUSTER_NAME = 120
MAX_AUTHOR = 120
# The separator between the two texts of merged ideas.
MERGE_SEPARATOR = "\n"
# Phases whose ideas are captured: the idea wall and the capture field offer these first.
IDEA_PHASES: tuple[str, ...] = (Phase.CRITIQUE.value, Phase.FANTASY.value, Phase.REALISATION.value)
# Pinboard card colours a cluster may take (light enough for dark text, distinct on a beamer). Clusters
# get them in this order, so neighbouring numbers never share one; after the first eight come eight
# further hues, so cluster 9 does not look like cluster 1 (16 clusters before a colour comes back).
CLUSTER_COLOURS: tuple[str, ...] = (
    "#ffe066",  # yellow
    "#8ce99a",  # green
    "#74c0fc",  # blue
    "#ffa8a8",  # red
    "#e599f7",  # violet
    "#ffc078",  # orange
    "#96f2d7",  # teal
    "#dee2e6",  # grey
    "#faa2c1",  # pink
    "#c0eb75",  # lime
    "#91a7ff",  # indigo
    "#e6c99a",  # sand
    "#66d9e8",  # cyan
    "#ff8f70",  # coral
    "#d3c2f7",  # lavender
    "#d8d86c",  # olive
)
IDEA_EDITABLE_FIELDS = ("text", "phase", "cluster_id", "author", "reframed_from")
CLUSTER_EDITABLE_FIELDS = ("name", "colour")


class Idea(Struct):
    """One card: its text, phase, cluster, author, and the links that merging and reframing leave."""

    id: str = field(default_factory=new_id)
    text: str = ""
    phase: str = Phase.CRITIQUE.value
    cluster_id: str | None = None
    author: str = ""  # a table group or a name; empty = anonymous
    reframed_from: str | None = None  # the critique idea a wish was reframed from
    merged_into: str | None = None  # set on the absorbed idea of a merge (hidden then)
    deleted: bool = False
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    @property
    def visible(self) -> bool:
        """Shown in lists and on the wall: neither deleted nor merged into another idea."""
        return not self.deleted and self.merged_into is None


class Cluster(Struct):
    """A named group of ideas (Themenspeicher) with a card colour and a place in the order."""

    id: str = field(default_factory=new_id)
    name: str = ""
    colour: str = CLUSTER_COLOURS[0]
    position: int = 0
    deleted: bool = False
    updated_at: str = field(default_factory=utc_now)


# ---- text rules ------------------------------------------------------------

# The control characters (Unicode category Cc, a set the standard never changes) except tab and line feed:
# one pattern instead of a category look-up per character (opening a file cleans every idea's text).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_idea_text(text: str) -> str:
    """Remove control characters (keeping line breaks and tabs), normalise line ends and trim both ends.

    Unicode format characters that scripts need (the zero-width joiner of
    emoji and Indic/Arabic text, the right-to-left marks) are kept; explicit
    bidi controls are kept inside the text (:func:`~zwdesktop.core.bidi.contained`).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return contained(_CONTROL.sub("", text).strip())


def check_idea_text(text: str) -> Problem | None:
    """An idea's (cleaned) text: not empty, at most :data:`MAX_IDEA` characters (never cut)."""
    if not text.strip():
        return Problem("idea_empty")
    if len(text) > MAX_IDEA:
        return Problem("idea_too_long", {"limit": MAX_IDEA, "length": len(text)})
    return None


def check_idea_field(name: str, value: object) -> Problem | None:
    """Check one idea field's new value (text already cleaned)."""
    if name == "text":
        return check_idea_text(str(value))
    if name == "phase" and value not in PHASES:
        return Problem("phase_invalid", {"value": value})
    if name == "author" and len(str(value)) > MAX_AUTHOR:
        return Problem("text_too_long", {"limit": MAX_AUTHOR, "length": len(str(value))})
    return None


def check_cluster_field(name: str, value: object) -> Problem | None:
    """Check one cluster field: a name that is not empty and not too long, a colour ``#rrggbb``."""
    if name == "name":
        text = str(value)
        if not text.strip():
            return Problem("cluster_name_empty")
        if len(text) > MAX_CLUSTER_NAME:
            return Problem("text_too_long", {"limit": MAX_CLUSTER_NAME, "length": len(text)})
    if name == "colour":
        text = str(value)
        if len(text) != 7 or text[0] != "#" or any(c not in "0123456789abcdefABCDEF" for c in text[1:]):
            return Problem("colour_invalid", {"value": text})
    return None


def text_key(text: str) -> str:
    """The form two texts are compared in: the same words, ignoring only case and runs of white space.

    Duplicates have equal keys; search words are looked for in the key of an
    idea's text (so "bürger" finds "BÜRGERBUS", composed or not).
    """
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def find_duplicate(ideas: Iterable[Idea], text: str, phase: str, ignore_id: str | None = None) -> Idea | None:
    """A visible idea of ``phase`` with the same text (case and spacing aside), or None."""
    key = text_key(text)
    for idea in ideas:
        if idea.visible and idea.phase == phase and idea.id != ignore_id and text_key(idea.text) == key:
            return idea
    return None


def merged_text(first: str, second: str) -> str:
    """The text of two merged ideas: both, one below the other."""
    return first.rstrip() + MERGE_SEPARATOR + second.strip()


def cluster_colour(index: int) -> str:
    """The card colour of the ``index``-th cluster (0-based) in the order of :data:`CLUSTER_COLOURS`."""
    return CLUSTER_COLOURS[index % len(CLUSTER_COLOURS)]


def next_colour(clusters: Sequence[Cluster]) -> str:
    """The first card colour not yet used by a visible cluster, never the colour of the last one (its neighbour)."""
    visible = [c for c in clusters if not c.deleted]
    used = Counter(c.colour for c in visible)
    neighbour = visible[-1].colour if visible else None
    return min(
        CLUSTER_COLOURS,
        key=lambda colour: (colour == neighbour, used[colour], CLUSTER_COLOURS.index(colour)),
    )


# ---- choosing a cluster by keyboard ---------------------------------------


def choose_cluster(clusters: Sequence[Cluster], typed: str) -> Cluster | None:
    """The cluster an assistant means by ``typed``: its number (1-based, in order) or the first letters of its name.

    The first letters may start any word of the name ("ver" finds "Öffentlicher
    Verkehr"); a match at the start of the name is preferred, then the first in
    order. Returns None when nothing (or nothing unique enough) fits.
    """
    typed = typed.strip()
    if not typed:
        return None
    visible = [c for c in sorted(clusters, key=lambda c: (c.position, c.id)) if not c.deleted]
    if typed.isdigit():
        number = int(typed)
        return visible[number - 1] if 1 <= number <= len(visible) else None
    needle = typed.casefold()
    starts = [c for c in visible if c.name.casefold().startswith(needle)]
    if starts:
        return starts[0]
    words = [c for c in visible if any(word.startswith(needle) for word in c.name.casefold().split())]
    return words[0] if words else None


# ---- search and filter -----------------------------------------------------


class IdeaFilter(Struct, frozen=True):
    """What the idea list shows: a phase ("" = all), a cluster (None = all, "" = without a cluster), words."""

    phase: str = ""
    cluster_id: str | None = None
    text: str = ""

    def needles(self) -> list[str]:
        """The search words, case-folded."""
        return [text_key(word) for word in self.text.split() if word.strip()]


def search_text(idea: Idea, author_too: bool = True) -> str:
    """What search words are looked for in: the key (:func:`text_key`) of the idea's text and author.

    A list that is searched keystroke by keystroke keeps it per idea, so
    folding case and composing umlauts happen once, not on every keystroke.
    """
    return text_key(idea.text + (" " + idea.author if author_too else ""))


def matches_text(idea: Idea, needles: Sequence[str], author_too: bool = True, haystack: str | None = None) -> bool:
    """Whether every search word occurs in the idea's text (or its author); ``haystack``: its kept :func:`search_text`."""
    if not needles:
        return True
    if haystack is None:
        haystack = search_text(idea, author_too)
    return all(needle in haystack for needle in needles)


def matches(idea: Idea, flt: IdeaFilter, needles: Sequence[str] | None = None, haystack: str | None = None) -> bool:
    """Whether a visible idea passes the filter (``needles`` and the idea's ``haystack`` may be passed in precomputed)."""
    if not idea.visible:
        return False
    if flt.phase and idea.phase != flt.phase:
        return False
    if flt.cluster_id is not None and (idea.cluster_id or "") != flt.cluster_id:
        return False
    return matches_text(idea, flt.needles() if needles is None else needles, haystack=haystack)


class IdeaCounts(Struct):
    """How many ideas match the search words, per phase and per cluster ("" = without a cluster)."""

    total: int = 0
    by_phase: dict[str, int] = field(default_factory=dict)
    by_cluster: dict[str, int] = field(default_factory=dict)

    def add(
        self, idea: Idea, flt: IdeaFilter, needles: Sequence[str], haystack: str | None = None, sign: int = 1
    ) -> None:
        """Count one idea in (``sign`` -1: out again, as it was counted), so a list keeps its counts idea by idea."""
        if idea.visible and matches_text(idea, needles, haystack=haystack):
            self.add_matching(idea, flt, sign)

    def add_matching(self, idea: Idea, flt: IdeaFilter, sign: int = 1) -> None:
        """Count in a visible idea known to contain the search words (see :meth:`add`)."""
        cluster = idea.cluster_id or ""
        in_cluster = flt.cluster_id is None or cluster == flt.cluster_id
        in_phase = not flt.phase or idea.phase == flt.phase
        if in_cluster:
            _bump(self.by_phase, idea.phase, sign)
        if in_phase:
            _bump(self.by_cluster, cluster, sign)
        if in_cluster and in_phase:
            self.total += sign


def _bump(counter: dict[str, int], key: str, sign: int) -> None:
    value = counter.get(key, 0) + sign
    if value:
        counter[key] = value
    else:
        counter.pop(key, None)


def count_ideas(ideas: Iterable[Idea], flt: IdeaFilter) -> IdeaCounts:
    """Counts for the filter's search words: per phase (within the chosen cluster) and per cluster (within the chosen phase).

    So each count says how many ideas the list would show when that phase or
    cluster were chosen next, as a faceted search does.
    """
    return shown_and_counted(ideas, flt)[1]


def filter_ideas(ideas: Iterable[Idea], flt: IdeaFilter) -> list[Idea]:
    """The visible ideas that pass the filter, in the given order."""
    return shown_and_counted(ideas, flt)[0]


def shown_and_counted(
    ideas: Iterable[Idea], flt: IdeaFilter, haystacks: Mapping[str, str] | None = None
) -> tuple[list[Idea], IdeaCounts]:
    """:func:`filter_ideas` and :func:`count_ideas` at once; ``haystacks``: each idea's kept :func:`search_text` by id.

    One look at each idea's text, and the counts made by :class:`~collections.Counter`
    over the ideas found, not idea by idea: a list searched keystroke by keystroke
    calls this on every key.
    """
    needles = flt.needles()
    visible = [idea for idea in ideas if idea.visible]
    if needles:
        texts = haystacks if haystacks is not None else {idea.id: search_text(idea) for idea in visible}
        if len(needles) == 1:
            needle = needles[0]
            visible = [idea for idea in visible if needle in texts[idea.id]]
        else:
            visible = [idea for idea in visible if all(needle in texts[idea.id] for needle in needles)]
    cluster_id = flt.cluster_id
    in_cluster = visible if cluster_id is None else [idea for idea in visible if (idea.cluster_id or "") == cluster_id]
    in_phase = visible if not flt.phase else [idea for idea in visible if idea.phase == flt.phase]
    shown = in_cluster if not flt.phase else [idea for idea in in_cluster if idea.phase == flt.phase]
    by_phase = Counter(idea.phase for idea in in_cluster)
    by_cluster = Counter(idea.cluster_id or "" for idea in in_phase)
    return shown, IdeaCounts(len(shown), dict(by_phase), dict(by_cluster))


# ---- the idea wall ---------------------------------------------------------


class WallGroup(Struct):
    """One column group of the idea wall: a cluster (None for the ideas without one) and its ideas."""

    cluster: Cluster | None
    ideas: list[Idea]


def wall_groups(ideas: Iterable[Idea], clusters: Sequence[Cluster], phase: str) -> list[WallGroup]:
    """The visible ideas of ``phase`` grouped by cluster in cluster order, the unclustered last; empty groups left out."""
    ordered = [c for c in sorted(clusters, key=lambda c: (c.position, c.id)) if not c.deleted]
    known = {c.id for c in ordered}
    buckets: dict[str | None, list[Idea]] = {c.id: [] for c in ordered}
    buckets[None] = []
    shown = [idea for idea in ideas if idea.visible and idea.phase == phase]
    for idea in sorted(shown, key=lambda i: (i.created_at, i.id)):
        buckets[idea.cluster_id if idea.cluster_id in known else None].append(idea)
    groups = [WallGroup(c, buckets[c.id]) for c in ordered if buckets[c.id]]
    if buckets[None]:
        groups.append(WallGroup(None, buckets[None]))
    return groups


# ---- phase and direction -----------------------------------------------------


def capture_phase(phases: Sequence[str], current_index: int | None) -> str:
    """The phase new ideas belong to while agenda item ``current_index`` runs (``phases``: the items' phases in order).

    An idea phase (critique, fantasy, realisation) running now is the answer;
    in a break or any other block the last idea phase before it counts (the
    cards of the critique are still being typed in the break); before the
    first one, the first idea phase of the agenda; without any, the critique.
    """
    if current_index is not None and 0 <= current_index < len(phases):
        for phase in reversed(phases[: current_index + 1]):
            if phase in IDEA_PHASES:
                return phase
    return next((p for p in phases if p in IDEA_PHASES), Phase.CRITIQUE.value)


def idea_phase_reached(phases: Sequence[str], current_index: int | None) -> bool:
    """Whether agenda item ``current_index`` is an idea phase or comes after one (see :func:`capture_phase`).

    Before the start, and while the items before the first idea phase run
    (arrival, welcome), :func:`capture_phase` names a phase that is still to come.
    """
    if current_index is None or not 0 <= current_index < len(phases):
        return False
    return any(phase in IDEA_PHASES for phase in phases[: current_index + 1])


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character of ``text`` is right-to-left (Arabic, Farsi, Hebrew)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
