"""Does a letter answer a concern? Key terms, their close variants, and substance.

A concern is answered when one sentence of the letter is about it (it shares the concern's key
terms, as written or in a close variant: 'migrated' for 'moved', 'reports' for 'dashboards') and
says something of substance: a number or date, or what the candidate did, in words the concern
did not already hold. "You asked about X. I have thought about it since." names X and says
nothing; "I moved 40 dashboards to Snowflake in 2024." answers it. Right after a sentence that
names the concern, a number, a date or a deed answers it without repeating its terms ("Yes: I
did it twice."), unless the sentence opens a new point ("I also speak Spanish").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from .answer_words import (
    ADDITIVE,
    ARTICLES,
    AUXILIARIES,
    FILLER_WORDS,
    FRAME_WORDS,
    FUNCTION_WORDS,
    HYPOTHETICAL,
    IRREGULAR,
    MONTHS,
    NUMBER_WORDS,
    PAST_IRREGULAR,
    SUBJECTS,
    SUFFIXES,
    SYNONYM_GROUPS,
    THOUGHT_VERBS,
    TRAIT_WORDS,
)
from .base import Text
from .words import COMMON_WORDS

__all__ = ["Assessment", "assess", "key_terms", "root"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*%?")


@lru_cache(maxsize=8192)
def root(word: str) -> str:
    """A rough root of a word: 'migrated' and 'migrating' -> 'migrat', 'dashboards' ->
    'dashboard', 'led' -> 'lead'. Forms a suffix leaves apart ('migration' -> 'migr') still
    meet in :func:`_variants`."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = IRREGULAR.get(word, word)
    for _ in range(2):
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
        else:
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # planned -> plann -> plan
    return word


@lru_cache(maxsize=16384)
def _variants(a: str, b: str) -> bool:
    """True when two roots are forms of one word ('use'/'used', 'explan'/'explain')."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 6 and short in long:
        return True  # 'contractor' in 'subcontractor'
    if len(short) >= 3 and long.startswith(short):
        return len(long) - len(short) <= (2 if len(short) == 3 else 4)
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common >= 5 and common >= 0.8 * len(short)


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(root(w) for w in group) for group in SYNONYM_GROUPS)


@lru_cache(maxsize=8192)
def _group_ids(word_root: str) -> frozenset[int]:
    return frozenset(
        n for n, group in enumerate(_groups()) if any(_variants(word_root, g) for g in group)
    )


@lru_cache(maxsize=16384)
def _matches(term: str, word_root: str) -> bool:
    """True when a word of the letter is the key term, a form of it, or a close synonym."""
    return _variants(term, word_root) or bool(_group_ids(term) & _group_ids(word_root))


def _tokens(text: str) -> list[str]:
    """Words and numbers; hyphenated words count as their parts ('fast-paced')."""
    return _TOKEN.findall(text)


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


_VOID = frozenset(COMMON_WORDS | FILLER_WORDS | FRAME_WORDS | TRAIT_WORDS)
_VOID_ROOTS = frozenset(root(w) for w in _VOID)
_NOT_DEEDS = frozenset(COMMON_WORDS | FRAME_WORDS | TRAIT_WORDS | THOUGHT_VERBS)
_NOT_DEED_ROOTS = frozenset(root(w) for w in _NOT_DEEDS)
_COMMON_ROOTS = frozenset(root(w) for w in COMMON_WORDS)
_FRAME_ROOTS = frozenset(root(w) for w in FRAME_WORDS)


@lru_cache(maxsize=512)
def key_terms(concern: str) -> tuple[str, ...]:
    """The roots that say what a concern is about, without its frame ('whether I have ...')."""
    words = [w for w in _tokens(concern) if not w[0].isdigit()]
    keys = _keys(words, lambda lower, term: lower in COMMON_WORDS or term in _COMMON_ROOTS)
    # A concern made of everyday words ("whether I could let someone go") keeps its verbs.
    return keys or _keys(words, lambda lower, term: lower in FUNCTION_WORDS)


def _keys(words: list[str], skip: Callable[[str, str], bool]) -> tuple[str, ...]:
    keys: list[str] = []
    for word in words:
        lower = _lower(word)
        acronym = len(word) >= 2 and word.isupper()
        term = root(word)
        if not acronym and (len(word) < 3 or lower in FRAME_WORDS or term in _FRAME_ROOTS):
            continue
        if not acronym and skip(lower, term):
            continue
        if term not in keys:
            keys.append(term)
    return tuple(keys)


class Assessment(NamedTuple):
    """Whether a letter answers one concern, and the sentence that names it without answering."""

    answered: bool
    mention: tuple[int, int] | None  # the sentence naming the concern, when unanswered


class _Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    words: tuple[str, ...]


@lru_cache(maxsize=8)  # each concern of one review reads the same sentences
def _sentences(
    text: Text, names: tuple[str, ...], phrases: tuple[str, ...]
) -> tuple[_Sentence, ...]:
    result = []
    paragraph = 0
    previous_end = text.body_start
    hidden = _hider(names, phrases)(text.raw)
    for start, end in text.sentences:
        if "\n" in text.raw[previous_end:start] and re.search(
            r"\n[ \t]*\n", text.raw[previous_end:start]
        ):
            paragraph += 1
        previous_end = end
        result.append(_Sentence(start, end, paragraph, tuple(_tokens(hidden[start:end]))))
    return tuple(result)


@lru_cache(maxsize=256)
def _hider(names: tuple[str, ...], phrases: tuple[str, ...]) -> Callable[[str], str]:
    """Blank out people's names (each part, as capitalised) and the company and role (whole,
    any case): 'the Data Analyst role' names no concern about data, and 'Lumen Harbor' in a
    sentence is not something the candidate did."""
    patterns = []
    parts = {w for name in names for w in _tokens(name) if len(w) >= 2} | set(names)
    for found, flags in ((parts, 0), ({p for p in phrases if p.strip()}, re.IGNORECASE)):
        if found:
            either = "|".join(re.escape(p) for p in sorted(found, key=len, reverse=True))
            patterns.append(re.compile(rf"(?<!\w)(?:{either})(?!\w)", flags))

    def hide(text: str) -> str:
        for pattern in patterns:  # blanks of the same length: offsets stay where they were
            text = pattern.sub(lambda match: " " * len(match.group()), text)
        return text

    return hide


@lru_cache(maxsize=16384)
def _named_by(word: str, keys: tuple[str, ...]) -> frozenset[int]:
    """Which key terms a word names (their positions in ``keys``)."""
    if word[0].isdigit():
        return frozenset()
    term = root(word)
    return frozenset(n for n, key in enumerate(keys) if _matches(key, term))


def _key_hits(words: Iterable[str], keys: tuple[str, ...]) -> int:
    """How many key terms a sentence names."""
    named: frozenset[int] = frozenset()
    for word in words:
        named |= _named_by(word, keys)
    return len(named)


class _Concern(NamedTuple):
    keys: tuple[str, ...]
    own: frozenset[str]  # roots of the concern's own words: repeating them adds nothing
    numbers: frozenset[str]


@lru_cache(maxsize=16384)
def _fresh(word: str, own: frozenset[str]) -> str:
    """The word's root when it says something the concern and the filler do not, else ''."""
    if len(word) < 3 and not (len(word) >= 2 and word.isupper()):
        return ""
    term = root(word)
    if _lower(word) in _VOID or term in _VOID_ROOTS or any(_variants(term, o) for o in own):
        return ""
    return term


def _is_past(lower: str) -> bool:
    return (lower.endswith("ed") and len(lower) > 4) or lower in PAST_IRREGULAR


def _substance(raw: str, words: tuple[str, ...], concern: _Concern) -> tuple[bool, bool]:
    """(evidence, substance): evidence is a number, a date, or something the candidate did;
    substance is evidence or a plain statement of fact about them with new content words."""
    lowered = [_lower(w) for w in words]
    for n, (word, lower) in enumerate(zip(words, lowered, strict=True)):
        if (word[0].isdigit() or lower in NUMBER_WORDS) and lower not in concern.numbers:
            return True, True
        if n > 0 and word in MONTHS:
            return True, True
    fresh = {term for word in words if (term := _fresh(word, concern.own))}
    acted = stated = False
    for n, lower in enumerate(lowered):
        if lower not in SUBJECTS:
            continue
        following = [w for w in lowered[n + 1 : n + 6] if w not in AUXILIARIES]
        if following and following[0] in ARTICLES:
            following = following[1:]  # "I am an EU citizen"
        verb = following[0] if following else ""
        if not verb or verb in _NOT_DEEDS or root(verb) in _NOT_DEED_ROOTS:
            continue
        if _is_past(verb):
            acted = True  # "I walked each shift through it": an offer verb, but done
        elif verb not in _VOID and root(verb) not in _VOID_ROOTS:
            stated = True
    evidence = acted and len(fresh) >= 1
    plain = stated and len(fresh) >= 2 and not HYPOTHETICAL.search(raw)
    return evidence, evidence or plain


@lru_cache(maxsize=512)
def _facts(concern: str) -> _Concern:
    words = [w for w in _tokens(concern) if not w[0].isdigit()]
    return _Concern(
        keys=key_terms(concern),
        own=frozenset(root(w) for w in words if _lower(w) not in _VOID),
        numbers=frozenset(
            _lower(w) for w in _tokens(concern) if w[0].isdigit() or _lower(w) in NUMBER_WORDS
        ),
    )


def assess(
    text: Text, concern: str, *, names: Iterable[str] = (), phrases: Iterable[str] = ()
) -> Assessment:
    """Judge whether ``text`` answers ``concern``. ``names`` (people) and ``phrases`` (the
    company, the role) prove nothing either way and are left out."""
    facts = _facts(concern)
    keys = facts.keys
    if not keys:
        return Assessment(True, None)  # nothing to judge by
    need = 1 if len(keys) <= 2 else 2
    sentences = _sentences(text, tuple(n for n in names if n.strip()), tuple(phrases))
    hits = [_key_hits(s.words, keys) for s in sentences]
    for n, sentence in enumerate(sentences):
        if not hits[n] and not (n and hits[n - 1]):
            continue  # neither about the concern nor right after a sentence that is
        raw = text.raw[sentence.start : sentence.end]
        evidence, substance = _substance(raw, sentence.words, facts)
        if not substance:
            continue
        if hits[n] >= need:
            return Assessment(True, None)
        if ADDITIVE.search(raw):
            continue
        named = [
            m
            for m in range(max(0, n - 2), n)
            if sentences[m].paragraph == sentence.paragraph and hits[m] >= 1
        ]
        if named and (hits[n] >= 1 or (evidence and named[-1] == n - 1)):
            return Assessment(True, None)
    mentions = [n for n, count in enumerate(hits) if count >= 1]
    if not mentions:
        return Assessment(False, None)
    best = max(mentions, key=lambda n: hits[n])
    return Assessment(False, (sentences[best].start, sentences[best].end))
