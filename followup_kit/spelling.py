"""Spelling: fast checks and ranked suggestions over pyspellchecker's English dictionary.

pyspellchecker's own suggestions try every string two edits away (about 76 ms a word), far too
slow for a review that reruns on each keystroke. Here the dictionary is compiled once into a small
SQLite *lexicon* in the user's cache folder:

* ``words``: every dictionary word with its frequency, for membership and for ranking;
* ``deletes``: for the most frequent words, every string made by deleting up to two letters
  (the symmetric-delete method): a misspelling two edits from a word shares a key with it.

A process opens the lexicon in about a millisecond; a suggestion costs two indexed queries and
a weighted edit distance over a few dozen candidates. Candidates are ranked by a noisy-channel
score: how common the word is, minus how unlikely the typing mistake is (a dropped double
letter or a swapped vowel costs less than an arbitrary letter).
"""

from __future__ import annotations

import importlib.util
import math
import os
import sqlite3
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from heapq import nlargest
from itertools import chain
from pathlib import Path

__all__ = ["Lexicon", "lexicon", "typing_cost"]

LEXICON_FORMAT = 1
INDEXED_WORDS = 20_000  # the most frequent words get the two-edit index
MAX_COST = 2.0  # farther than two plain edits is no longer a suggestion
FREQUENCY_WEIGHT = 4.0  # one unit of typing cost is worth this many decades of frequency
MAX_WORD_LENGTH = 30  # longer tokens are not words (URLs, pasted junk); never checked
CACHE_ENV = "FOLLOWUP_KIT_CACHE"
LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Words a follow-up letter uses that pyspellchecker's dictionary lacks (frequency for ranking).
EXTRA_WORDS = {
    "analytics": 5000,
    "linkedin": 5000,
    "onboarding": 2000,
    "dashboarding": 500,
    "upskilling": 500,
    "reskilling": 300,
    "teammates": 3000,
    "workflow": 3000,
    "workflows": 2000,
    "frontend": 1000,
    "backend": 1000,
    "fullstack": 500,
    "ecommerce": 1000,
    "fintech": 500,
    "startups": 3000,
    "stakeholder": 3000,
    "stakeholders": 3000,
    "roadmap": 2000,
    "roadmaps": 800,
    "hybrid": 3000,
    "kubernetes": 300,
    "javascript": 1000,
    "typescript": 500,
    "github": 1000,
    "dataset": 2000,
    "datasets": 1500,
    "cybersecurity": 800,
    "webinar": 800,
    "coworkers": 1500,
}
WORKPLACE_WORDS = Path(__file__).with_name("data") / "workplace_words.txt"


def _workplace_words() -> dict[str, int]:
    """The everyday office and tech words of ``data/workplace_words.txt``, with frequencies."""
    words: dict[str, int] = {}
    for line in WORKPLACE_WORDS.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("#")[0].strip().partition(" ")
        if word:
            words[word.lower()] = int(count) if count.strip() else 1000
    return words


EXTRA_WORDS.update(_workplace_words())

_VOWELS = frozenset("aeiouy")
# Letters people confuse by sound or by position on the keyboard.
_CLOSE = ("ck", "cs", "sz", "iy", "mn", "ei", "ao", "ou", "gj", "fv", "td", "bp", "uw", "kq")


def _change_costs() -> dict[tuple[str, str], float]:
    costs = {}
    for x in LETTERS:
        for y in LETTERS:
            if x == y:
                costs[x, y] = 0.0
            elif x in _VOWELS and y in _VOWELS:
                costs[x, y] = 0.6
            elif x + y in _CLOSE or y + x in _CLOSE:
                costs[x, y] = 0.7
    return costs


_CHANGE = _change_costs()  # any pair not listed costs 1.0


def _doubled(text: str, i: int) -> bool:
    ch = text[i]
    return (i > 0 and text[i - 1] == ch) or (i + 1 < len(text) and text[i + 1] == ch)


@lru_cache(maxsize=4096)
def _extra_costs(typed: str) -> tuple[float, ...]:
    """What each letter of ``typed`` costs if it is one too many (a doubled one costs less)."""
    return tuple(0.5 if _doubled(typed, i) else 1.0 for i in range(len(typed)))


@lru_cache(maxsize=16_384)
def _missing_costs(word: str) -> tuple[float, ...]:
    """What each letter of ``word`` costs if it was left out (a double or a vowel costs less)."""
    return tuple(
        0.4 if _doubled(word, j) else 0.7 if word[j] in _VOWELS else 0.9 for j in range(len(word))
    )


def typing_cost(typed: str, word: str, cutoff: float = math.inf) -> float:
    """Return how unlikely it is to type ``typed`` when meaning ``word`` (0 when equal).

    A weighted optimal-string-alignment distance: a missing double letter (0.4), a missing
    vowel (0.7), a doubled letter typed (0.5), a vowel for a vowel (0.6), a swapped pair or a
    letter that sounds alike (0.7) cost less than an arbitrary edit (1.0); a wrong first letter
    costs more, since people rarely get it wrong. Returns ``math.inf`` as soon as the cost
    must exceed ``cutoff``.
    """
    n, m = len(typed), len(word)
    extra = _extra_costs(typed)
    missing = _missing_costs(word)
    change = _CHANGE.get
    previous2: list[float] = []
    previous = [0.0] * (m + 1)
    for j in range(m):
        previous[j + 1] = previous[j] + missing[j]
    for i in range(1, n + 1):
        x = typed[i - 1]
        cost_extra = extra[i - 1]
        row = [previous[0] + cost_extra] + [0.0] * m
        for j in range(1, m + 1):
            y = word[j - 1]
            swap = change((x, y), 1.0)
            if swap and i == 1 and j == 1:
                swap += 0.3
            best = min(
                previous[j] + cost_extra, row[j - 1] + missing[j - 1], previous[j - 1] + swap
            )
            if i > 1 and j > 1 and x == word[j - 2] and typed[i - 2] == y:
                best = min(best, previous2[j - 2] + 0.7)
            row[j] = best
        if min(row) > cutoff:
            return math.inf
        previous2, previous = previous, row
    return previous[m]


def _edits1(word: str) -> set[str]:
    """Every string one deletion, swap, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in LETTERS),
        *(a + c + b for a, b in splits for c in LETTERS),
    }


def _deletes(word: str, depth: int = 2) -> set[str]:
    """The word and every string made by deleting up to ``depth`` letters from it."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


# British spellings and their American forms, as (British, American) pieces of a word. A word
# the dictionary does not know is accepted when its American form is known: 'analysed' ->
# 'analyzed', 'paediatric' -> 'pediatric', 'organisational' -> 'organizational'.
_BRITISH = (
    ("isation", "ization"),
    ("our", "or"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysing", "yzing"),
    ("ae", "e"),
    ("oe", "e"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("mme", "m"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("lment", "llment"),
    ("ilful", "illful"),
    ("fil", "fill"),
    ("vre", "ver"),
    ("que", "ck"),
    ("eable", "able"),
    ("dgement", "dgment"),
)
_MAX_BRITISH_CHANGES = 2  # 'paediatrised' has two; more is a typo, not a dialect


def american_spellings(word: str) -> set[str]:
    """American spellings of a British word ('programme' -> 'program'), to accept both."""
    forms = {word}
    for _ in range(_MAX_BRITISH_CHANGES):
        forms |= {
            form[:at] + american + form[at + len(british) :]
            for form in forms
            for british, american in _BRITISH
            for at in _occurrences(form, british)
        }
    forms.discard(word)
    return forms


def _occurrences(word: str, piece: str) -> Iterator[int]:
    """Where ``piece`` starts in ``word``, left to right."""
    at = word.find(piece)
    while at >= 0:
        yield at
        at = word.find(piece, at + 1)


def _cache_folder() -> Path:
    """Return ``$FOLLOWUP_KIT_CACHE``, else ``$XDG_CACHE_HOME/followup-kit`` (~/.cache)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "followup-kit"


def _lexicon_key() -> str:
    """Name the lexicon after everything it is built from, so a change rebuilds it."""
    spec = importlib.util.find_spec("spellchecker")  # locate, without the cost of importing
    source = Path(spec.origin).parent / "resources" / "en.json.gz" if spec and spec.origin else None
    stamp = f"{source.stat().st_size}-{source.stat().st_mtime_ns}" if source else "missing"
    recipe = f"{LEXICON_FORMAT}:{stamp}:{INDEXED_WORDS}:{sorted(EXTRA_WORDS.items())}"
    return f"{zlib.crc32(recipe.encode()):08x}"


def _build(target: str | Path) -> sqlite3.Connection:
    """Compile pyspellchecker's English dictionary into a lexicon database at ``target``."""
    from spellchecker import SpellChecker

    frequencies = dict(SpellChecker(distance=1).word_frequency.dictionary)
    for word, count in EXTRA_WORDS.items():
        frequencies.setdefault(word, count)
    index: defaultdict[str, list[str]] = defaultdict(list)
    for word, _ in nlargest(INDEXED_WORDS, frequencies.items(), key=lambda item: item[1]):
        for key in _deletes(word):
            index[key].append(word)
    db = sqlite3.connect(target, check_same_thread=False)
    db.executescript(
        """
        CREATE TABLE words (word TEXT PRIMARY KEY, frequency INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE deletes (key TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID;
        """
    )
    db.executemany("INSERT INTO words VALUES (?, ?)", frequencies.items())
    db.executemany(
        "INSERT INTO deletes VALUES (?, ?)", ((k, " ".join(v)) for k, v in index.items())
    )
    db.commit()
    return db


def _open_cached() -> sqlite3.Connection:
    """Open the cached lexicon, building it first if this machine has none yet."""
    return open_cached(f"lexicon-{_lexicon_key()}", _build)


def open_cached(name: str, build: Callable[[str | Path], sqlite3.Connection]) -> sqlite3.Connection:
    """Open ``name``.sqlite3 in the cache folder read-only, building it first if it is missing."""
    folder = _cache_folder()
    path = folder / f"{name}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(f".{os.getpid()}.partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            build(partial).close()
            partial.replace(path)  # atomic: other processes see a whole file or none
        except (OSError, sqlite3.Error):
            # A read-only home or a full disk: keep it in memory for this process.
            partial.unlink(missing_ok=True)
            return build(":memory:")
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    db.execute("PRAGMA query_only = 1")
    return db


class Lexicon:
    """Known words with their frequencies, and fast ranked suggestions for unknown ones."""

    def __init__(self, db: sqlite3.Connection | None = None) -> None:
        self._db = db if db is not None else _open_cached()
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}

    def _select(self, sql: str, items: Iterable[str]) -> list[tuple[str, object]]:
        items = list(items)
        rows: list[tuple[str, object]] = []
        with self._lock:
            for start in range(0, len(items), 30_000):
                chunk = items[start : start + 30_000]
                marks = ",".join("?" * len(chunk))
                rows += self._db.execute(sql.format(marks=marks), chunk).fetchall()
        return rows

    def _frequencies(self, words: Iterable[str]) -> dict[str, int]:
        rows = self._select("SELECT word, frequency FROM words WHERE word IN ({marks})", words)
        return {word: int(frequency) for word, frequency in rows}  # type: ignore[call-overload]

    def known(self, words: Iterable[str]) -> set[str]:
        """Return those of ``words`` (lowercase) that are in the dictionary."""
        words = set(words)
        fresh = [w for w in words if w not in self._known]
        if fresh:
            found = self._frequencies(fresh)
            if len(self._known) > 100_000:  # bounded memory in a long-lived kernel
                self._known.clear()
            self._known.update((w, w in found) for w in fresh)
        return {w for w in words if self._known[w]}

    def frequency(self, word: str) -> int:
        """How common a word is in the dictionary's corpus (0 when unknown)."""
        return self._frequencies([word.lower()]).get(word.lower(), 0)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Return up to ``limit`` corrections for ``word``, most likely first."""
        typed = word.lower()
        if not typed.isalpha() or not typed.isascii() or len(typed) > MAX_WORD_LENGTH:
            return []
        near = self._frequencies(_edits1(typed))
        keys = _deletes(typed)
        rows = self._select("SELECT words FROM deletes WHERE key IN ({marks})", keys)
        far = set(chain.from_iterable(str(row[0]).split() for row in rows)) - near.keys()
        candidates = {**near, **self._frequencies(far)}
        candidates.pop(typed, None)
        scored: list[tuple[float, str]] = []
        floor = -math.inf
        # Most frequent first: once even a perfect typing match cannot beat the current
        # ``limit``-th best score, the rarer candidates are skipped (branch and bound).
        for candidate, count in sorted(candidates.items(), key=lambda item: -item[1]):
            prior = math.log10(count)
            cutoff = min(MAX_COST, (prior - floor) / FREQUENCY_WEIGHT)
            if abs(len(candidate) - len(typed)) * 0.4 > cutoff:
                continue
            cost = typing_cost(typed, candidate, cutoff)
            if cost > cutoff:
                continue
            scored.append((prior - FREQUENCY_WEIGHT * cost, candidate))
            if len(scored) >= limit:
                floor = sorted(scored, reverse=True)[limit - 1][0]
        ranked = [candidate for _, candidate in sorted(scored, reverse=True)[:limit]]
        return [_same_case(word, candidate) for candidate in ranked]


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def lexicon() -> Lexicon:
    """Return the process-wide lexicon (opened once, built once per machine)."""
    return Lexicon()
