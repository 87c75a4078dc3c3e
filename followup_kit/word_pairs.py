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
from functools import cache
from importlib.resources import files
from pathlib import Path

from .spelling import open_cached

__all__ = ["WordPairs", "word_pairs"]

PAIRS_FORMAT = 2
COMMON_WORDS = 30_000  # a suggestion must be among the most frequent words, never a rare one


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


def _build(target: str | Path) -> sqlite3.Connection:
    """Compile symspellpy's word and pair counts into a database at ``target``."""
    db = sqlite3.connect(target, check_same_thread=False)
    db.executescript(
        """
        CREATE TABLE words (word TEXT PRIMARY KEY, count INTEGER NOT NULL,
                            common INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE pairs (first TEXT, second TEXT, count INTEGER NOT NULL,
                            PRIMARY KEY (first, second)) WITHOUT ROWID;
        CREATE TABLE totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        """
    )
    words_file, pairs_file = _source(_WORDS), _source(_PAIRS)
    if words_file and pairs_file:
        counts = []
        for line in words_file.read_text(encoding="utf-8").splitlines():
            word, _, count = line.partition(" ")
            counts.append((word, int(count)))
        counts.sort(key=lambda item: -item[1])
        db.executemany(
            "INSERT OR IGNORE INTO words VALUES (?, ?, ?)",
            ((word, count, rank < COMMON_WORDS) for rank, (word, count) in enumerate(counts)),
        )
        rows = (line.split(" ") for line in pairs_file.read_text(encoding="utf-8").splitlines())
        db.executemany(
            "INSERT OR IGNORE INTO pairs VALUES (?, ?, ?)",
            ((first, second, int(count)) for first, second, count in rows),
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

    def __bool__(self) -> bool:
        return self._total > 0  # False when symspellpy's data is missing: no guesses then

    def count(self, word: str) -> int:
        """How often ``word`` occurs (0 when unknown)."""
        with self._lock:
            row = self._db.execute("SELECT count FROM words WHERE word = ?", (word,)).fetchone()
        return row[0] if row else 0

    def seen(self, first: str, second: str) -> bool:
        """Whether ``first second`` is a common pair."""
        return self.pair(first, second) > 0

    def pair(self, first: str, second: str) -> int:
        """How often ``second`` follows ``first`` (0 below the table's cut-off)."""
        with self._lock:
            row = self._db.execute(
                "SELECT count FROM pairs WHERE first = ? AND second = ?", (first, second)
            ).fetchone()
        return row[0] if row else 0

    def common(self, words: set[str]) -> set[str]:
        """Those of ``words`` that are among the most frequent words."""
        items = list(words)
        found: set[str] = set()
        with self._lock:
            for at in range(0, len(items), 500):
                chunk = items[at : at + 500]
                marks = ",".join("?" * len(chunk))
                found.update(
                    word
                    for (word,) in self._db.execute(
                        f"SELECT word FROM words WHERE common AND word IN ({marks})", chunk
                    )
                )
        return found

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


@cache
def word_pairs() -> WordPairs:
    """The process's word-pair counts (built into the cache folder on first use)."""
    return WordPairs()
