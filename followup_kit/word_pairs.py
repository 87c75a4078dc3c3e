"""How often English words follow each other, for telling a typo that made a real word.

The counts are the word and word-pair frequencies that ship with symspellpy (MIT), taken from
Google Books n-grams: 82,765 words and the 243,342 most frequent pairs. They are compiled once
into a small database in the cache folder (as the spelling lexicon is) and read a few rows at a
time, so a process that never asks pays nothing.

A pair missing from the table is rarer than its cut-off (about 6.4 million uses in the books), so
"my dairy" and "free trail" are missing while "my diary" and "free trial" are there.
"""

from __future__ import annotations

import math
import sqlite3
import threading
import zlib
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path

from .spelling import open_cached

__all__ = ["WordPairs", "word_pairs"]

PAIRS_FORMAT = 4
COMMON_WORDS = 30_000  # a suggestion must be among the most frequent words, never a rare one
_CHUNK = 400  # rows asked in one query (SQLite takes at most 999 values in older builds)
_MEMO_LIMIT = 200_000  # counts remembered per process before starting afresh


def _source(name: str) -> Path | None:
    """A data file of symspellpy, found without importing it (None when it is not installed)."""
    try:
        path = files("symspellpy") / name
    except ModuleNotFoundError:
        return None
    return Path(str(path)) if path.is_file() else None


_WORDS = "frequency_dictionary_en_82_765.txt"
_PAIRS = "frequency_bigramdictionary_en_243_342.txt"


def _key() -> str:
    """Name the database after its sources, so a new symspellpy rebuilds it."""
    stamps = []
    for name in (_WORDS, _PAIRS):
        path = _source(name)
        stamps.append(f"{path.stat().st_size}" if path else "missing")
    return f"{zlib.crc32(f'{PAIRS_FORMAT}:{COMMON_WORDS}:{stamps}'.encode()):08x}"


def _keys(word: str) -> set[str]:
    """``word`` and every string one deletion from it."""
    return {word} | {word[:at] + word[at + 1 :] for at in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one deletion, insertion, replacement or swap of neighbours turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:
        return True
    return a[start : start + 2] == b[start : start + 2][::-1] and a[start + 2 :] == b[start + 2 :]


def _build(target: str | Path) -> sqlite3.Connection:
    """Compile symspellpy's word and pair counts into a database at ``target``."""
    db = sqlite3.connect(target, check_same_thread=False)
    db.executescript(
        """
        CREATE TABLE words (word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE pairs (first TEXT, second TEXT, count INTEGER NOT NULL,
                            PRIMARY KEY (first, second)) WITHOUT ROWID;
        CREATE TABLE totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE near (key TEXT, word TEXT, PRIMARY KEY (key, word)) WITHOUT ROWID;
        """
    )
    db.execute("PRAGMA journal_mode = OFF")  # a new file that replaces nothing until whole
    words_file, pairs_file = _source(_WORDS), _source(_PAIRS)
    if words_file and pairs_file:
        counts: dict[str, int] = {}
        for line in words_file.read_text(encoding="utf-8").splitlines():
            word, _, count = line.partition(" ")
            counts.setdefault(word, int(count))
        common = set(sorted(counts, key=counts.__getitem__, reverse=True)[:COMMON_WORDS])
        # Rows go in in key order: a B-tree filled in order is built several times faster.
        db.executemany(
            "INSERT INTO words VALUES (?, ?)", ((word, counts[word]) for word in sorted(counts))
        )
        # Each common word under itself and each of its one-letter deletions: two words one
        # typo apart share a key, so a word's neighbours are a few keys away, not 300 guesses.
        db.executemany(
            "INSERT INTO near VALUES (?, ?)",
            sorted({(key, word) for word in common for key in _keys(word)}),
        )
        pairs: dict[tuple[str, str], int] = {}
        for line in pairs_file.read_text(encoding="utf-8").splitlines():
            first, second, count = line.split(" ")
            pairs.setdefault((first, second), int(count))
        db.executemany(
            "INSERT INTO pairs VALUES (?, ?, ?)",
            ((first, second, pairs[first, second]) for first, second in sorted(pairs)),
        )
    db.execute(
        "INSERT INTO totals SELECT 'words', coalesce(sum(count), 0) FROM words"
        " UNION ALL SELECT 'cutoff', coalesce(min(count), 0) FROM pairs"
    )
    db.commit()
    return db


class WordPairs:
    """Word and word-pair counts, asked one word or pair at a time."""

    def __init__(self, db: sqlite3.Connection | None = None) -> None:
        self._db = db if db is not None else open_cached(f"pairs-{_key()}", _build)
        self._lock = threading.Lock()
        with self._lock:
            totals = dict(self._db.execute("SELECT name, value FROM totals"))
        self._total = totals.get("words", 0)
        self.cutoff = totals.get("cutoff", 0)  # the rarest pair the table keeps
        self._counts: dict[str, int] = {}  # what was asked already, so each is read once
        self._pairs: dict[tuple[str, str], int] = {}
        self._near: dict[str, frozenset[str]] = {}

    def __bool__(self) -> bool:
        return self._total > 0  # False when symspellpy's data is missing: no guesses then

    def learn(self, words: Iterable[str], pairs: Iterable[tuple[str, str]]) -> None:
        """Read the counts of many words and pairs at once (two queries), for later asks."""
        words = [w for w in set(words) if w not in self._counts]
        pairs = [p for p in set(pairs) if p not in self._pairs]
        if len(self._counts) + len(words) > _MEMO_LIMIT:
            self._counts.clear()
        if len(self._pairs) + len(pairs) > _MEMO_LIMIT:
            self._pairs.clear()
        self._counts.update(dict.fromkeys(words, 0))
        self._pairs.update(dict.fromkeys(pairs, 0))
        with self._lock:
            for at in range(0, len(words), _CHUNK):
                chunk = words[at : at + _CHUNK]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT word, count FROM words WHERE word IN ({marks})"
                self._counts.update(self._db.execute(sql, chunk))
            for at in range(0, len(pairs), _CHUNK):
                chunk = pairs[at : at + _CHUNK]
                marks = ",".join("(?, ?)" for _ in chunk)
                sql = (
                    f"WITH asked(a, b) AS (VALUES {marks}) SELECT first, second, count "
                    "FROM asked JOIN pairs ON first = a AND second = b"
                )
                flat = [word for pair in chunk for word in pair]
                self._pairs.update(((a, b), n) for a, b, n in self._db.execute(sql, flat))

    def count(self, word: str) -> int:
        """How often ``word`` occurs (0 when unknown)."""
        if word not in self._counts:
            self.learn((word,), ())
        return self._counts[word]

    def seen(self, first: str, second: str) -> bool:
        """Whether ``first second`` is a common pair."""
        return self.pair(first, second) > 0

    def pair(self, first: str, second: str) -> int:
        """How often ``second`` follows ``first`` (0 below the table's cut-off)."""
        if (first, second) not in self._pairs:
            self.learn((), ((first, second),))
        return self._pairs[first, second]

    def one_typo_from(self, word: str) -> frozenset[str]:
        """The common words one typo from ``word`` (remembered: a word's neighbours stay)."""
        known = self._near.get(word)
        if known is None:
            keys = sorted(_keys(word))
            marks = ",".join("?" * len(keys))
            with self._lock:
                rows = self._db.execute(f"SELECT word FROM near WHERE key IN ({marks})", keys)
                known = frozenset(w for (w,) in rows if one_edit_apart(word, w))
            if len(self._near) > _MEMO_LIMIT:
                self._near.clear()
            self._near[word] = known
        return known

    def fit(self, before: str, word: str, after: str) -> float:
        """How well ``word`` fits between two words: log P(word | before) P(after | word) + c.

        A pair below the table's cut-off counts as half the cut-off.
        """
        floor = self.cutoff / 2
        return (
            math.log(self.pair(before, word) or floor)
            + math.log(self.pair(word, after) or floor)
            - math.log(self.count(word) or 1)
        )

    def association(self, first: str, second: str) -> float | None:
        """How much more often the pair occurs than chance would have it (log scale)."""
        together = self.pair(first, second)
        a, b = self.count(first), self.count(second)
        if not (together and a and b):
            return None
        return math.log(together * self._total / (a * b))


_opening = threading.Lock()


@cache
def word_pairs() -> WordPairs:
    """The process's word-pair counts (built into the cache folder on first use)."""
    with _opening:  # the editor's warm-up thread and a first review may ask at once
        return _word_pairs()


@cache
def _word_pairs() -> WordPairs:
    return WordPairs()
