"""Words in context: tokens, word classes and the confusion patterns that read them.

A word's classes come from two places: the closed classes (function words) in
``grammar_words.py`` and Harper's dictionary of open classes in ``data/word_classes.txt``
(noun, verb form, adjective, adverb). The patterns of ``data/confusions.txt`` test the words
next to a confusable word against those classes. Every test looks at a few neighbours only:
checking a text is linear in its length.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from .grammar_words import CLASSES, TAG_FIXES

__all__ = [
    "Confusion",
    "Found",
    "Token",
    "parse_confusions",
    "tags",
    "tokenize",
    "wants_possessive",
]


class Token(NamedTuple):
    """A word, number or punctuation mark with its place in the text."""

    text: str
    low: str  # lowercase, with a straight apostrophe
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation inside a sentence, "b" sentence boundary


class Found(NamedTuple):
    """One slip: replace text[start:end] with suggestion; why is the message."""

    start: int
    end: int
    suggestion: str
    message: str
    severity: str = "error"  # a wrong word; punctuation is a warning


_TOKEN = re.compile(
    r"(?P<w>[A-Za-z]+(?:['’][A-Za-z]+)*['’]?)|(?P<n>\d+(?:[.,:/-]\d+)*)"
    r"|(?P<b>[.!?;:]+|\n[ \t]*\n|[()\"“”])|(?P<p>[,—–-])"
)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of ``text``; sentence ends become boundary tokens."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "p"
        raw = match.group()
        if kind == "b" and raw == "." and _abbreviation(tokens):
            continue  # "Dr." and "U.S." do not end a sentence
        low = raw.lower()
        if "’" in low:
            low = low.replace("’", "'")
        append(Token(raw, low, *match.span(), kind))
    return tokens


def _abbreviation(tokens: list[Token]) -> bool:
    if not tokens or tokens[-1].kind != "w":
        return False
    word = tokens[-1].low
    return len(word) == 1 or word in (
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "e",
        "i",
    )


@cache
def _table() -> dict[str, str]:
    """Harper's word classes of common words, loaded once (word -> tag letters)."""
    source = files("followup_kit").joinpath("data/word_classes.txt").read_text()
    table = {}
    for line in source.splitlines():
        if line and not line.startswith("#"):
            word, _, letters = line.partition("\t")
            table[word] = letters
    table.update(TAG_FIXES)
    return table


_FUNCTION_CLASSES = ("det", "poss", "subj", "obj", "modal", "be", "have", "do", "prep", "conj")


_CLOSED = frozenset().union(*(CLASSES[name] for name in _FUNCTION_CLASSES))
_DETERMINERS = CLASSES["det"] | CLASSES["poss"]


def tags(word: str) -> str:
    """Tag letters of a lowercase word ('' when unknown); see tools/word_classes.py."""
    table = _table()
    found = table.get(word)
    if found is None:
        found = _guess(word)
    return found


@cache
def _guess(word: str) -> str:
    """Tags of a word beyond the common ones: by its ending, else a noun if it is a word."""
    if "'" in word:
        return "O" if word.split("'")[0] in CLASSES["subj"] else ""
    if not word.isalpha() or len(word) < 4:
        return ""
    if word.endswith("s") and "N" in _table().get(word[:-1], ""):
        return "NS"
    if word.endswith("ly"):
        return "R"
    from ..spelling import lexicon  # only for rare words: the common ones are in the table

    if word.endswith("s") and lexicon().known([word[:-1]]):
        return "NS"
    return "N" if lexicon().known([word]) else ""


def _is_open(token: Token, name: str) -> bool:
    """Open-class tests, by the names the patterns use."""
    word = token.low
    t = tags(word)
    function = word in _CLOSED
    if name == "any":
        return True
    if name == "noun":
        return "N" in t and not function
    if name == "noun_only":
        return (
            "N" in t
            and not any(x in t for x in "VJRI")
            and not function
            and word not in CLASSES["number"]
            and word not in CLASSES["time_word"]
        )
    if name == "plural":
        return "S" in t or word in _IRREGULAR_PLURALS
    if name == "verb":
        return "V" in t and not function
    if name == "base":
        return "L" in t and not function
    if name == "base_only":
        return "L" in t and "N" not in t and "J" not in t and not function
    if name == "ing":
        return word.endswith("ing") and ("G" in t or "V" in t)
    if name == "past":
        return "D" in t
    if name == "third":
        return "Z" in t and "S" not in t and not function
    if name == "participle":
        return "P" in t
    if name == "adj":
        return "J" in t and not function
    if name == "adj_only":
        return "J" in t and "N" not in t and "V" not in t and not function
    if name == "adv":
        return "R" in t
    if name == "content":
        return not function and bool(t) and word not in CLASSES["time_word"]
    if name == "comparative":
        return "C" in t or word in CLASSES["comparative_word"]
    if name == "proper":
        return token.text[:1].isupper() and (not t or token.text.isupper())
    if name == "number":
        return token.kind == "n" or word in CLASSES["number"]
    return False


_IRREGULAR_PLURALS = frozenset("people children men women staff police data media criteria".split())


Test = Callable[[Token | None], bool]


@cache
def _compile(slot: str) -> Test:
    """The test of one slot (see Confusion), built once: the patterns run on every letter."""
    negate = slot.startswith("!")
    options = (slot[1:] if negate else slot).split("/")
    edge = "^" in options or "$" in options
    comma = "," in options
    words: set[str] = set()
    open_classes: list[str] = []
    for option in options:
        if option in ("^", "$", ","):
            continue
        if option.startswith("@"):
            name = option[1:]
            if name in CLASSES:
                words |= CLASSES[name]
            else:
                open_classes.append(name)
        else:
            words.add(option.lower())
    known = frozenset(words)
    opens = tuple(open_classes)

    def test(token: Token | None) -> bool:
        if token is None or token.kind == "b":
            return edge != negate
        if token.kind == "p":
            return (comma and token.low == ",") != negate
        hit = token.low in known or any(_is_open(token, name) for name in opens)
        return hit != negate

    return test


def _slot(token: Token | None, slot: str, edge: bool = False) -> bool:
    """Does ``token`` fill ``slot`` (see Confusion)? ``edge`` is unused (kept for callers)."""
    return _compile(slot)(token)


def _matches(
    tokens: list[Token], i: int, before: tuple[Test, ...], after: tuple[Test, ...]
) -> bool:
    for n, test in enumerate(before, start=1):
        token = tokens[i - n] if i - n >= 0 else None
        if not test(token):
            return False
        if token is None or token.kind == "b":
            if n != len(before):
                return False
            break
    for n, test in enumerate(after, start=1):
        token = tokens[i + n] if i + n < len(tokens) else None
        if not test(token):
            return False
        if token is None or token.kind == "b":
            return n == len(after)
    return True


class Confusion(NamedTuple):
    """A real word that the words around it show to be a slip for another (confusions.txt)."""

    word: str
    replacement: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    unless_before: tuple[str, ...]
    unless_after: tuple[str, ...]
    why: str


def parse_confusions(source: str) -> tuple[Confusion, ...]:
    """Read the pattern table (see the header of data/confusions.txt)."""
    rows = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(" | ")]
        if len(cells) != 6 or " -> " not in cells[0]:
            raise ValueError(f"confusions.txt line {number}: expected 6 columns, got {line!r}")
        word, replacement = (part.strip() for part in cells[0].split(" -> "))
        before, after, unless_before, unless_after = (tuple(c.split()) for c in cells[1:5])
        rows.append(
            Confusion(word, replacement, before, after, unless_before, unless_after, cells[5])
        )
    return tuple(rows)


class _Compiled(NamedTuple):
    row: Confusion
    before: tuple[Test, ...]
    after: tuple[Test, ...]
    unless_before: tuple[Test, ...]
    unless_after: tuple[Test, ...]


@cache
def _by_word() -> dict[str, tuple[_Compiled, ...]]:
    source = files("followup_kit").joinpath("data/confusions.txt").read_text()
    grouped: defaultdict[str, list[_Compiled]] = defaultdict(list)
    for row in parse_confusions(source):
        compiled = (
            tuple(_compile(slot) for slot in slots)
            for slots in (row.before, row.after, row.unless_before, row.unless_after)
        )
        grouped[row.word].append(_Compiled(row, *compiled))
    return {word: tuple(rows) for word, rows in grouped.items()}


def _same_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _confusion(tokens: list[Token], i: int) -> Found | None:
    token = tokens[i]
    for pattern in _by_word().get(token.low, ()):
        if not _matches(tokens, i, pattern.before, pattern.after):
            continue
        if pattern.unless_before and _matches(tokens, i, pattern.unless_before, ()):
            continue
        if pattern.unless_after and _matches(tokens, i, (), pattern.unless_after):
            continue
        row = pattern.row
        suggestion = _same_case(token.text, row.replacement)
        return Found(token.start, token.end, suggestion, _say(token.text, suggestion, row.why))
    return None


def _say(word: str, suggestion: str, why: str) -> str:
    reason = f": {why}" if why else ""
    return f"{word!r} here reads as a slip for {suggestion!r}{reason}"


def wants_possessive(text: str, start: int, end: int) -> bool:
    """True when a 'you' written at text[start:end] (e.g. 'u') should be 'your' here."""
    window_start = max(0, start - 60)
    tokens = tokenize(text[window_start : end + 60])
    for i, token in enumerate(tokens):
        if token.start + window_start == start:
            tokens[i] = token._replace(low="you")
            found = _confusion(tokens, i)
            return bool(found and found.suggestion.lower() == "your")
    return False


def _next_word(tokens: list[Token], i: int, skip: frozenset[str] = frozenset()) -> int | None:
    """Index of the next word after i in the same sentence, skipping words in ``skip``."""
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "w" and tokens[j].low in skip:
        j += 1
    if j < len(tokens) and tokens[j].kind == "w":
        return j
    return None


_SKIP_ADVERBS = frozenset(
    "not never also really just still always already definitely certainly truly "
    "gladly happily finally personally quickly soon".split()
)


_CLAUSE_EDGE = CLASSES["clause_start"] | {",", "then", "also", "who", "which"}


_BARE_AFTER = frozenset(
    "let lets make makes made help helps helped see saw watch heard hear have has had "
    "did does do will would can could should may might must to".split()
)


def _clause_start(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].kind == "b":
        return True
    return (tokens[i - 1].low in _CLAUSE_EDGE and tokens[i - 1].low != "that") or (
        tokens[i - 1].low == "that"
        and i > 1
        and tokens[i - 2].kind == "w"
        and "V" in tags(tokens[i - 2].low)
        and tokens[i - 2].low not in _BARE_AFTER
    )


def _finite(token: Token) -> bool:
    t = tags(token.low)
    return (
        token.kind == "w"
        and (
            "D" in t
            or "Z" in t
            or token.low in CLASSES["modal"]
            or token.low in ("are", "were", "have", "do")
        )
        and "S" not in t
    )
