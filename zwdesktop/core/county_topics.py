"""Topics that recur in several municipalities: found by shared words, corrected by hand.

Each workshop brings its **mentions**: the names of its clusters and the titles
of its agreements. A mention's words are reduced to their stems (Snowball's
German stemmer: "Begegnungen" → "begegn"), words of no meaning of their own
are left out (:data:`STOP_WORDS`), and a word also counts where it opens or
closes a compound of another mention ("Sprache" in "Sprachcafé", "Café" in
"Begegnungscafé"). A word that occurs in the mentions of at least two
workshops proposes a topic; words that gather exactly the same mentions are
one topic ("Interkulturelles Fest"). Every topic shows its shared words and the
mentions behind them, so a user can see why things were put together.

The user corrects the proposal with :class:`TopicEdit` operations — merge
topics, split mentions off into a topic of their own, drop a topic that is
none — which are replayed on the proposal, so they survive a new reading of
the files as long as the topics and mentions they name are still there.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

MIN_WORKSHOPS = 2  # a topic "recurs" when it comes up in this many workshops
MIN_WORD = 3  # shorter words are never topics ("Bus" is the shortest that is)
MIN_PREFIX = 5  # a word opens a compound ("Integration" → "Integrationsbeirat") from this length
MIN_SUFFIX = 4  # … and closes one ("Café" → "Sprachcafé") from this length

# German and English words that say nothing about a topic, and the method's own words that would
# otherwise join every workshop ("Idee", "Projekt", "Es wäre schön, wenn …").
_STOP_TEXT = """
    aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bis
    bitte da damit dann das dass dem den denn der des deshalb die dies diese diesem diesen dieser
    dieses doch dort du durch ein eine einem einen einer eines er es etwa etwas euch für gegen ganz
    gar gibt haben hat hier hin ihr ihre im in ins ist ja je jede jedem jeden jeder jedes jetzt kann
    kein keine können man manche mehr mit muss nach nicht noch nun nur ob oder ohne schon sehr sein
    seine sich sie sind so soll sollen sowie statt über um und uns unser unsere unter viel viele vom
    von vor wann war wäre was weil weiter weitere wenn wer werden wie wieder will wir wird wo wollen
    zu zum zur zwischen
    idee ideen projekt projekte projektgruppe gruppe gruppen thema themen angebot angebote neu neue
    neuer neues gut gute guter gutes schön schöne mal besser offen offene offener offenes
    the and or of for with in on at to a an by from our we more new
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class Mention(Struct, frozen=True):
    """A cluster name or agreement title of one workshop (``workshop`` is the workshop's key)."""

    id: str  # stable: the workshop's key, the kind and the record's id
    workshop: str
    municipality: str
    kind: str  # "cluster" or "agreement"
    text: str
    order: int = 0  # its place among all mentions (workshops by date): a merged topic lists them so


class Topic(Struct, frozen=True):
    """A recurring topic: its key, the shared words (as people wrote them) and the mentions behind them."""

    key: str
    words: tuple[str, ...]
    mentions: tuple[Mention, ...]
    edited: bool = False  # made or changed by hand
    name: str = ""  # a merged topic's name: its parts' names

    @property
    def label(self) -> str:
        """The topic's name: its shared words, as they stand in the mentions."""
        return self.name or " ".join(self.words)

    @property
    def workshops(self) -> tuple[str, ...]:
        """The keys of the workshops it comes up in, in the mentions' order."""
        return tuple(dict.fromkeys(m.workshop for m in self.mentions))

    @property
    def municipalities(self) -> tuple[str, ...]:
        """The municipalities it comes up in (one per workshop), in the mentions' order."""
        seen: dict[str, str] = {}
        for mention in self.mentions:
            seen.setdefault(mention.workshop, mention.municipality)
        return tuple(seen.values())


class TopicEdit(Struct, frozen=True):
    """A correction by hand: ``merge`` topics ``keys``; ``split`` ``mentions`` off ``keys[0]``; ``drop`` ``keys[0]``."""

    op: str
    keys: tuple[str, ...]
    mentions: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """A plain dict (for the settings)."""
        return {"op": self.op, "keys": list(self.keys), "mentions": list(self.mentions)}

    @staticmethod
    def from_record(record: Any) -> TopicEdit | None:
        """The edit of a record written by :meth:`to_record`; None for anything else."""
        if not isinstance(record, dict) or record.get("op") not in ("merge", "split", "drop"):
            return None
        keys, mentions = record.get("keys"), record.get("mentions", [])
        if not isinstance(keys, list) or not isinstance(mentions, list):
            return None
        if not all(isinstance(k, str) for k in keys + mentions) or not keys:
            return None
        return TopicEdit(str(record["op"]), tuple(keys), tuple(mentions))


def fold(word: str) -> str:
    """A word in lower case without accents ("Café" → "cafe"; ß stays)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_FOLDED_STOPS = frozenset(fold(word) for word in STOP_WORDS)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # here: only the county view needs it

    return snowballstemmer.stemmer("german")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The German Snowball stem of a folded word."""
    return str(_stemmer().stemWord(word))


def words_of(text: str) -> list[tuple[str, str]]:
    """The meaningful words of a text as (as written, folded), stop words and short words left out."""
    found = []
    for match in _WORD.finditer(text):
        written = match.group(0)
        folded = fold(written)
        if len(folded) >= MIN_WORD and folded not in _FOLDED_STOPS:
            found.append((written, folded))
    return found


class _Key(Struct):
    stem: str
    written: Counter[str] = field(default_factory=Counter)  # the standalone word as people wrote it


def _keys_of_word(word: str, word_stem: str, forms: dict[str, set[str]]) -> set[str]:
    """The stems a folded word carries: its own, and those of words it opens or closes as a compound."""
    found = {word_stem}
    for end in range(MIN_PREFIX, len(word)):
        found |= forms.get(word[:end], set())
    for start in range(1, len(word) - MIN_SUFFIX + 1):
        found |= forms.get(word[start:], set())
    return found


def propose_topics(mentions: Sequence[Mention], min_workshops: int = MIN_WORKSHOPS) -> list[Topic]:
    """The topics whose words come up in at least ``min_workshops`` workshops, most widespread first."""
    mentions = [replace(m, order=index) for index, m in enumerate(mentions)]
    keys: dict[str, _Key] = {}
    forms: dict[str, set[str]] = {}  # a folded standalone word or a stem -> the stems it stands for
    mention_words: list[list[tuple[str, str]]] = []  # per mention: (folded word, its stem)
    for mention in mentions:
        pairs = []
        for written, folded in words_of(mention.text):
            word_stem = stem(folded)
            keys.setdefault(word_stem, _Key(word_stem)).written[written] += 1
            forms.setdefault(folded, set()).add(word_stem)
            forms.setdefault(word_stem, set()).add(word_stem)
            pairs.append((folded, word_stem))
        mention_words.append(pairs)
    holders: dict[str, list[int]] = {}  # a stem -> the mentions that carry it
    carried: dict[tuple[str, str], set[str]] = {}
    for index, pairs in enumerate(mention_words):
        here: set[str] = set()
        for word, word_stem in pairs:
            if (word, word_stem) not in carried:
                carried[(word, word_stem)] = _keys_of_word(word, word_stem, forms)
            here |= carried[(word, word_stem)]
        for key in here:
            holders.setdefault(key, []).append(index)
    by_mentions: dict[tuple[int, ...], list[_Key]] = {}
    for key_stem, carriers in holders.items():
        if len({mentions[i].workshop for i in carriers}) >= min_workshops:
            by_mentions.setdefault(tuple(carriers), []).append(keys[key_stem])
    topics = []
    for indexes, same in by_mentions.items():
        # In the order of the first mention's words, so "Interkulturelles Fest" reads as written.
        first = [s for _w, s in mention_words[indexes[0]]]
        same.sort(key=lambda k: (first.index(k.stem) if k.stem in first else len(first), k.stem))
        words = tuple(_shown(k) for k in same)
        topics.append(Topic("+".join(k.stem for k in same), words, tuple(mentions[i] for i in indexes)))
    return sort_topics(topics)


def _shown(key: _Key) -> str:
    """The spelling people used most for the standalone word (capitalised as a noun when they did)."""
    return sorted(key.written.items(), key=lambda pair: (-pair[1], pair[0]))[0][0]


def sort_topics(topics: Iterable[Topic]) -> list[Topic]:
    """Most workshops first, then most mentions, then by name."""
    return sorted(topics, key=lambda t: (-len(t.workshops), -len(t.mentions), t.label.casefold(), t.key))


def apply_edits(topics: Sequence[Topic], edits: Iterable[TopicEdit]) -> list[Topic]:
    """The topics after the corrections by hand; an edit naming a topic or mention that is gone is skipped."""
    current = {topic.key: topic for topic in topics}
    for edit in edits:
        if edit.op == "merge":
            parts = [current[key] for key in edit.keys if key in current]
            if len(parts) < 2:
                continue
            merged = merge_topics(parts)
            for part in parts:
                del current[part.key]
            current[merged.key] = merged
        elif edit.op == "split" and edit.keys[0] in current:
            kept, split = split_topic(current[edit.keys[0]], set(edit.mentions))
            if split is None:
                continue
            del current[edit.keys[0]]
            for topic in (kept, split):
                if topic is not None:
                    current[topic.key] = topic
        elif edit.op == "drop":
            current.pop(edit.keys[0], None)
    return sort_topics(current.values())


def merge_topics(parts: Sequence[Topic]) -> Topic:
    """One topic of several: their words and mentions together (each mention once)."""
    words = tuple(dict.fromkeys(word for part in parts for word in part.words))
    mentions = tuple(sorted({m.id: m for part in parts for m in part.mentions}.values(), key=lambda m: m.order))
    key = "merge(" + ",".join(sorted(p.key for p in parts)) + ")"
    return Topic(key, words, mentions, edited=True, name=" / ".join(dict.fromkeys(p.label for p in parts)))


def split_topic(topic: Topic, mention_ids: set[str]) -> tuple[Topic | None, Topic | None]:
    """``topic`` without the chosen mentions, and a new topic of those (named by their shared words, else the first text).

    (topic, None) when none of the chosen mentions is in it.
    """
    chosen = tuple(m for m in topic.mentions if m.id in mention_ids)
    if not chosen:
        return topic, None
    rest = tuple(m for m in topic.mentions if m.id not in mention_ids)
    kept = Topic(topic.key, topic.words, rest, edited=True, name=topic.name) if rest else None
    key = "split(" + topic.key + ":" + ",".join(sorted(m.id for m in chosen)) + ")"
    return kept, Topic(key, _common_words(chosen), chosen, edited=True)


def _common_words(mentions: Sequence[Mention]) -> tuple[str, ...]:
    stems = [{stem(folded): written for written, folded in words_of(m.text)} for m in mentions]
    shared = [written for word_stem, written in stems[0].items() if all(word_stem in other for other in stems[1:])]
    return tuple(shared) if shared else (mentions[0].text,)
