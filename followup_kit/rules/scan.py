"""Fast scanning of anchored phrase tables: each pattern runs only where its words occur.

A case-insensitive pattern that starts with ``\\b`` costs a test at every character of the
letter, and the tone tables hold dozens of them. Every phrase needs one of a few words
("begging", "salary", "inbox"), so the letter is cut once into sentence windows with their
vocabularies, and a pattern runs only in the windows that hold one of its anchor words. The
phrases never cross a sentence end, so nothing is lost.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple, overload

from .base import Text

__all__ = [
    "Anchors",
    "Index",
    "LazyPattern",
    "LazyPatterns",
    "Window",
    "flattened",
    "scan",
    "windows",
]


class Anchors(NamedTuple):
    """Words one of which every match of a phrase contains; a prefix ends in "*".

    ``also`` holds further groups, each of which must meet the sentence too: "call reply |
    by today" runs only on a sentence with one word of each group.
    """

    words: frozenset[str]
    prefixes: tuple[str, ...]
    also: tuple[Anchors, ...] = ()

    @classmethod
    def parse(cls, spec: str) -> Anchors:
        """Anchors from "word word prefix* | word word" (empty: the phrase always runs)."""
        first, *rest = spec.split("|")
        words = first.split()
        return cls(
            frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*")),
            tuple(cls.parse(group) for group in rest),
        )

    def found_in(self, vocabulary: frozenset[str]) -> bool:
        """True when the vocabulary has one word of each group."""
        return self._first_in(vocabulary) and all(a.found_in(vocabulary) for a in self.also)

    def _first_in(self, vocabulary: frozenset[str]) -> bool:
        if not self.words and not self.prefixes:
            return True
        if not self.words.isdisjoint(vocabulary):
            return True
        return bool(self.prefixes) and any(w.startswith(self.prefixes) for w in vocabulary)


class Window(NamedTuple):
    """One sentence of the letter and the words in it."""

    start: int
    end: int
    vocabulary: frozenset[str]


# A sentence runs to its marks, or to a blank line; the lookbehind keeps "!!!...!" linear.
_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*)*(?:(?<![.!?])[.!?]+)?")
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def _forms(word: str) -> tuple[str, ...]:
    """A word with an apostrophe and its forms without: "what's", "whats", "what"."""
    word = word.replace("’", "'")
    return (word, word.replace("'", ""), word.partition("'")[0])


# Computed once per analysed letter, for every rule that scans it; gone with the letter.
_WINDOWS: weakref.WeakKeyDictionary[Text, tuple[Window, ...]] = weakref.WeakKeyDictionary()
_FLAT: weakref.WeakKeyDictionary[Text, str] = weakref.WeakKeyDictionary()


def windows(text: Text) -> tuple[Window, ...]:
    """The letter's sentence windows, each with its vocabulary (computed once per text)."""
    found = _WINDOWS.get(text)
    if found is None:
        spans = [m.span() for m in _SENTENCE.finditer(text.raw) if m.end() > m.start()]
        starts = [start for start, _ in spans]
        words: list[set[str]] = [set() for _ in spans]
        for match in text.words:
            index = bisect_right(starts, match.start()) - 1
            if index >= 0:
                word = match.group().lower()
                if "'" in word or "’" in word:
                    words[index].update(_forms(word))
                else:
                    words[index].add(word)
        found = tuple(Window(a, b, frozenset(w)) for (a, b), w in zip(spans, words, strict=True))
        _WINDOWS[text] = found
    return found


def flattened(text: Text) -> str:
    """The text with straight apostrophes and a single line break read as a space.

    Letters wrapped at 72 characters break phrases across lines ("call me back\\nby Friday");
    both changes keep the length, so a span found here is a span of the text.
    """
    found = _FLAT.get(text)
    if found is None:
        found = _FLAT[text] = _LINE_BREAK.sub(" ", text.raw.replace("’", "'"))
    return found


_MEMO_LIMIT = 4096  # vocabularies remembered per table: bounded memory in a long-lived kernel


class Index:
    """Which patterns of a table may match, looked up from a window's words."""

    def __init__(self, anchors: list[Anchors]) -> None:
        self._anchors = anchors
        # A sentence's vocabulary -> its candidates: an unchanged sentence is looked up again
        # at every review of its letter, by every rule that scans it.
        self._memo: dict[frozenset[str], tuple[int, ...]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._by_prefix: list[tuple[tuple[str, ...], int]] = []
        self._always: list[int] = []
        for number, anchor in enumerate(anchors):
            for word in anchor.words:
                self._by_word.setdefault(word, []).append(number)
            if anchor.prefixes:
                self._by_prefix.append((anchor.prefixes, number))
            if not anchor.words and not anchor.prefixes:
                self._always.append(number)

    def candidates(self, vocabulary: frozenset[str]) -> tuple[int, ...]:
        """The numbers of the patterns that one of these words anchors, in order."""
        found = self._memo.get(vocabulary)
        if found is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[vocabulary] = tuple(sorted(self._candidates(vocabulary)))
        return found

    def _candidates(self, vocabulary: frozenset[str]) -> set[int]:
        found = set(self._always)
        for word in vocabulary:
            found.update(self._by_word.get(word, ()))
        for prefixes, number in self._by_prefix:
            if number not in found and any(w.startswith(prefixes) for w in vocabulary):
                found.add(number)
        return {n for n in found if all(a.found_in(vocabulary) for a in self._anchors[n].also)}


class LazyPatterns(Sequence[re.Pattern[str]]):
    """Patterns compiled the first time a letter needs them, not when the module loads.

    The tone tables hold dozens of long patterns (a deadline alone takes 5 ms to compile);
    most letters need few of them, and the command line must start fast.
    """

    def __init__(self, sources: list[tuple[str, int]]) -> None:
        self._sources = sources
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, number: int) -> re.Pattern[str]: ...

    @overload
    def __getitem__(self, number: slice) -> list[re.Pattern[str]]: ...

    def __getitem__(self, number: int | slice) -> re.Pattern[str] | list[re.Pattern[str]]:
        if isinstance(number, slice):
            return [self[n] for n in range(len(self))[number]]
        compiled = self._compiled[number]
        if compiled is None:
            compiled = self._compiled[number] = re.compile(*self._sources[number])
        return compiled


class LazyPattern:
    """One pattern compiled the first time it is used, for rules most letters never need.

    It answers what a compiled pattern answers (``search``, ``finditer`` ...).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


def scan(
    text: Text, source: str, index: Index, patterns: Sequence[re.Pattern[str]]
) -> Iterator[tuple[int, re.Match[str]]]:
    """(pattern number, match) in ``source`` (the text or a same-length copy), by window."""
    for window in windows(text):
        for number in index.candidates(window.vocabulary):
            for match in patterns[number].finditer(source, window.start, window.end):
                yield number, match
