"""Our own grammar checks: the real-word and grammar slips Harper misses in these letters.

Each check reads a word with its neighbours, through word classes (grammar_context.py); the
verb checks are in grammar_verbs.py. One pass over the tokens, a few lookups per word: linear
in the text. ``find_slips`` runs them all and keeps at most one slip per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from ..spelling import lexicon
from .grammar_context import (
    _CLOSED,
    _DETERMINERS,
    _IRREGULAR_PLURALS,
    Found,
    Token,
    _by_word,
    _clause_start,
    _confusion,
    _finite,
    _is_open,
    _same_case,
    _slot,
    _table,
    tags,
    tokenize,
)
from .grammar_patterns import PATTERN_STARTS
from .grammar_phrases import PHRASE_STARTS
from .grammar_typos import forget_typos, prepare, typo_in_context
from .grammar_verbs import (
    STARTS,
    _agreement,
    _look_forward,
    _missing_to,
    _past_time,
    _perfect,
    _perfect_past_time,
    _plural_subject_phrase,
    _progressive_since,
    _verb_after_modal,
)
from .grammar_words import ATTRIBUTIVE_PLURALS, CLASSES, RARE_TYPOS

__all__ = ["clear_cache", "find_slips", "starts"]


def _double_comparative(tokens: list[Token], i: int) -> Found | None:
    """'most best' -> 'best', 'more easier' -> 'easier'."""
    word = tokens[i].low
    if word not in _COMPARE_WORDS:
        return None
    j = i + 1
    if j >= len(tokens) or tokens[j].kind != "w":
        return None
    adjective = tokens[j]
    t = tags(adjective.low)
    degree = "C" if word in ("more", "less") else "T"
    if degree not in t or adjective.low in _CLOSED or adjective.low in ("other", "else"):
        return None
    if "R" in t and "J" not in t:
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    verbish = i > 0 and tokens[i - 1].low in (
        "is",
        "was",
        "be",
        "felt",
        "feel",
        "seems",
        "seemed",
        "looks",
        "looked",
        "get",
        "got",
        "became",
        "make",
    )
    if "R" in t and not (verbish or (after is not None and after.low == "than")):
        return None
    return Found(
        tokens[i].start,
        adjective.end,
        _same_case(tokens[i].text, adjective.text),
        f"{adjective.text!r} already compares; leave out {tokens[i].text!r}",
    )


def _missing_apostrophe(tokens: list[Token], i: int) -> Found | None:
    """'the companys plans' -> "company's", 'the teams work was' -> "team's"."""
    det = tokens[i]
    if det.low not in _DETERMINERS or det.low in CLASSES["plural_det"]:
        return None
    if det.low == "that":
        return None  # 'the programme that pairs new analysts': a relative pronoun
    j = i + 1
    if j + 1 >= len(tokens) or tokens[j].kind != "w":
        return None
    word = tokens[j]
    low = word.low
    if not low.endswith("s") or low.endswith("ss") or "'" in low or word.text[:1].isupper():
        return None  # capitalised: a name ('Northwinds'), left alone
    singular = low[:-1]
    st = tags(singular)
    if "N" not in st or singular in _CLOSED or low in ATTRIBUTIVE_PLURALS:
        return None
    t = tags(low)
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "w" and _describes(tokens[k].low):
        k += 1
    if k >= len(tokens) or tokens[k].kind != "w":
        return None
    head = tokens[k]
    ht = tags(head.low)
    if "N" not in ht or head.low in _CLOSED or head.low in CLASSES["time_word"]:
        return None
    if "I" in ht or "R" in ht:
        return None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    # After a preposition the words are a noun phrase, so 'about your teams approach to'
    # cannot be a subject and its verb; nor can a plural, an adjective and a noun
    # ('the firms latest report'): either way the plural owns the noun.
    # A head that can be a verb of a singular subject is read as one: 'Neither of the dates
    # works for me' ('dates' owns nothing there).
    framed = (
        i > 0
        and "Z" not in ht
        and tokens[i - 1].low in CLASSES["prep"]
        and (after is None or after.kind != "w" or after.low in CLASSES["prep"] | {"and", "or"})
    )
    if (framed or k > j + 1) and low not in ATTRIBUTIVE_PLURALS and "S" in t:
        suggestion = word.text[:-1] + "'s"
        return Found(
            word.start,
            word.end,
            suggestion,
            f"{word.text!r} owns the {head.text}: write {suggestion!r}",
        )
    unknown = low not in _table() and not lexicon().known([low])
    finite = after is not None and (
        after.low
        in (
            "is",
            "were",
            "are",
            "have",
            "was",
            "has",
            "had",
            "will",
            "would",
            "can",
            "could",
            "looks",
            "seems",
            "sounds",
            "stood",
            "means",
            "meant",
            "made",
            "makes",
            "shows",
        )
    )
    if not finite and _clause_start(tokens, i):
        finite = _finite_ahead(tokens, k + 1)
    noun_only = "V" not in ht and "J" not in ht
    if "S" not in t and not unknown:
        return None
    if not (unknown or noun_only or finite):
        return None
    if "V" in ht and not (unknown or finite):
        return None
    if not unknown and _common_plural(low, singular):
        return None  # 'the arts council': a plural that often stands before a noun
    suggestion = word.text[:-1] + "'s"
    return Found(
        word.start,
        word.end,
        suggestion,
        f"{word.text!r} owns the {head.text}: write {suggestion!r}",
    )


def _describes(word: str) -> bool:
    """An adjective between an owner and its noun ('the firm's latest report'), not a verb."""
    t = tags(word)
    return "J" in t and not any(x in t for x in "ZDGRI") and word not in _CLOSED


def _common_plural(plural: str, singular: str) -> bool:
    """Is the plural common next to its singular (a fifth as frequent or more)?"""
    found = lexicon()
    return found.frequency(plural) >= 0.2 * max(1, found.frequency(singular))


def _finite_ahead(tokens: list[Token], k: int) -> bool:
    """Does a finite verb ('was', 'stood') follow within a few words, in the same clause?"""
    for n in range(k, min(k + 5, len(tokens))):
        token = tokens[n]
        if token.kind != "w":
            return False
        t = tags(token.low)
        if token.low in ("is", "was", "has", "had", "will") or ("D" in t and "N" not in t):
            return True
    return False


def _pronoun_case(tokens: list[Token], i: int) -> Found | None:
    """'Me and my team cut', 'between you and I', 'to Sam or myself'."""
    token = tokens[i]
    low = token.low
    if low not in _PRONOUN_CASE_WORDS:
        return None
    if low == "i" and i > 1 and tokens[i - 1].low in ("and", "or") and tokens[i - 2].kind == "w":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        not_subject = (
            nxt is None
            or nxt.kind != "w"
            or (
                _slot(nxt, "@det/@poss/@prep/@proper", False)
                and not (_is_open(nxt, "verb") and nxt.low not in _CLOSED)
            )
            or nxt.low in ("a", "an", "the")
        )
        if not_subject and _coordination_is_object(tokens, i - 1):
            return Found(token.start, token.end, "me", "after a verb or preposition, 'me', not 'I'")
        return None
    if low in ("me", "him", "her", "us", "them", "myself") and (
        i == 0 or tokens[i - 1].kind == "b"
    ):
        found = _subject_coordination(tokens, i)
        if found is not None or low != "myself":
            return found
    if (
        low in ("me", "myself")
        and i > 1
        and tokens[i - 1].low == "and"
        and tokens[i - 2].kind == "w"
    ):
        start = _phrase_start(tokens, i - 2)
        if start is not None and i + 1 < len(tokens) and _finite(tokens[i + 1]):
            return Found(
                token.start,
                token.end,
                "I",
                "as part of the subject, write 'I', not " + repr(token.text),
            )
    if low == "myself":
        k = i - 1
        while k >= 0 and tokens[k].kind != "b":
            if tokens[k].low in ("i", "i'm", "i've", "i'd", "i'll"):
                return None
            k -= 1
        if i + 1 < len(tokens) and tokens[i + 1].kind == "w" and _is_open(tokens[i + 1], "verb"):
            return None  # 'Myself and ...' at the start: the coordination check takes it
        return Found(
            token.start,
            token.end,
            "me",
            "'myself' needs an 'I' earlier in the sentence; write 'me'",
        )
    return None


_SUBJECT_OF = {"me": "I", "him": "He", "her": "She", "us": "We", "them": "They", "myself": "I"}


def _phrase_start(tokens: list[Token], k: int) -> int | None:
    """Start of the noun phrase that ends at k, if it begins a clause (at most four words)."""
    for n in range(4):
        if k - n < 0:
            return None
        if k - n == 0 or tokens[k - n - 1].kind == "b":
            return k - n
    return None


def _subject_coordination(tokens: list[Token], i: int) -> Found | None:
    """'Me and Ana met' -> 'Ana and I met'; 'Him and his team built' -> 'He and his team'."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in ("and", "or"):
        return None
    k = i + 2
    while k < len(tokens) and k < i + 6 and tokens[k].kind == "w" and not _finite(tokens[k]):
        k += 1
    if k >= len(tokens) or k == i + 2 or not _finite(tokens[k]):
        return None
    first = tokens[i]
    other = tokens[i + 2 : k]
    other_text = " ".join(t.text for t in other)
    joiner = tokens[i + 1].low
    if first.low in ("me", "myself"):
        rest = other_text[:1].upper() + other_text[1:]
        suggestion = f"{rest} {joiner} I"
    else:
        last = other[-1].low
        mapped = "I" if last in ("me", "myself") else None
        if mapped and len(other) == 1:
            other_text = "I"
        suggestion = f"{_SUBJECT_OF[first.low]} {joiner} {other_text}"
    end = other[-1].end
    return Found(
        first.start, end, suggestion, f"{first.text!r} is part of the subject here: {suggestion!r}"
    )


def _coordination_is_object(tokens: list[Token], and_index: int) -> bool:
    """Is 'X and I' after a verb or preposition (an object), not the start of a clause?"""
    k = and_index - 1
    for _ in range(4):
        if k < 0 or tokens[k].kind == "b":
            return False
        previous = tokens[k - 1] if k > 0 else None
        if previous is None or previous.kind == "b":
            return False
        if (
            previous.low in CLASSES["prep"]
            or previous.low in CLASSES["ditransitive"]
            or (
                previous.kind == "w"
                and "V" in tags(previous.low)
                and previous.low not in _CLOSED
                and previous.low not in ("and", "but")
            )
        ):
            return True
        k -= 1
    return False


def _rare_typo(tokens: list[Token], i: int) -> Found | None:
    token = tokens[i]
    replacement = RARE_TYPOS.get(token.low)
    if replacement is None:
        return None
    if token.text[:1].isupper() and i and tokens[i - 1].kind != "b":
        return None  # a name
    suggestion = _same_case(token.text, replacement)
    return Found(
        token.start,
        token.end,
        suggestion,
        f"{token.text!r} is a real word, but in a letter it is almost always "
        f"a slip for {suggestion!r}",
    )


_MANY = frozenset("many several few two three four five six seven eight nine ten both".split())
_PRONOUN_CASE_WORDS = frozenset("i me him her us them myself".split())
_COMPARE_WORDS = frozenset(("more", "most", "less", "least"))


def _plural_after_number(tokens: list[Token], i: int) -> Found | None:
    """'three year of experience', 'the many project', 'all of my question': more than one."""
    token = tokens[i]
    counted = token.kind == "n" and token.low.isdigit() and int(token.low) > 1
    several = token.low in _MANY or counted
    if not several and token.low in _DETERMINERS and i > 2:
        several = tokens[i - 1].low == "of" and tokens[i - 2].low in ("all", "both", "many", "some")
    if not several or i + 1 >= len(tokens) or tokens[i + 1].kind != "w":
        return None
    noun = tokens[i + 1]
    t = tags(noun.low)
    if "N" not in t or "S" in t or noun.low in _CLOSED or noun.low in _IRREGULAR_PLURALS:
        return None
    if noun.text[:1].isupper():
        return None  # a name: 'both Oregon and Washington', 'two Acme sites'
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if token.low == "both" and after is not None and after.low in ("and", "or"):
        return None  # 'both design and research': each noun stands for itself
    if after is not None and after.kind == "w" and _is_open(after, "noun") and after.low != "of":
        return None  # 'a two year contract', 'my three team members'
    for plural in (noun.low + "s", noun.low + "es", noun.low[:-1] + "ies"):
        if "S" in tags(plural):
            suggestion = _same_case(noun.text, plural)
            return Found(
                noun.start,
                noun.end,
                suggestion,
                f"after {token.text!r} the noun is plural: {suggestion!r}",
            )
    return None


def _then_for_than(tokens: list[Token], i: int) -> Found | None:
    """'I would rather build it then buy one' -> 'than': a comparison earlier in the clause."""
    if tokens[i].low != "then":
        return None
    for k in range(i - 1, max(-1, i - 7), -1):
        token = tokens[k]
        if token.kind != "w" or token.low in ("and", "but", "or", "so", "if"):
            return None
        if token.low in ("rather", "more", "less", "fewer", "other") or (
            "C" in tags(token.low) and ("R" not in tags(token.low) or token.low in ("more", "less"))
        ):
            suggestion = _same_case(tokens[i].text, "than")
            return Found(
                tokens[i].start, tokens[i].end, suggestion, f"{token.text!r} compares: write 'than'"
            )
    return None


_SPLICE_SUBJECTS = frozenset("it this that they he she we i".split())


_SPLICE_VERBS = frozenset("was is were are has had will".split())


def _comma_splice(tokens: list[Token], i: int) -> Found | None:
    """'Thank you for the interview, it was very informative': two sentences need a stop."""
    comma = tokens[i - 1] if i else None
    if comma is None or comma.low != "," or tokens[i].low not in _SPLICE_SUBJECTS:
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].low not in _SPLICE_VERBS:
        return None
    start = i - 1
    while start > 0 and tokens[start - 1].kind != "b":
        start -= 1
    first = tokens[start]
    if first.low not in ("i", "we", "thank", "thanks") or i - 1 - start < 4:
        return None
    clause = [t.low for t in tokens[start : i - 1]]
    if any(
        t == "," or t in CLASSES["clause_start"] or t in ("who", "which", "what", "how")
        for t in clause
    ):
        return None
    return Found(
        comma.start,
        comma.end,
        ";",
        "two sentences joined by a comma: use a full stop or a semicolon",
        "warning",
    )


_CHECKS = (
    _rare_typo,
    _confusion,
    *PATTERN_STARTS,
    _verb_after_modal,
    _look_forward,
    _perfect,
    _agreement,
    _plural_subject_phrase,
    *PHRASE_STARTS,
    _missing_to,
    _double_comparative,
    _plural_after_number,
    _past_time,
    _perfect_past_time,
    _progressive_since,
    _then_for_than,
    _comma_splice,
    _missing_apostrophe,
    _pronoun_case,
)


# The words each check can fire on (its first test). A word in none of them, as most nouns,
# verbs and adjectives are, is skipped: a letter costs a few checks per function word
# instead of every check on every word. tests/test_grammar.py holds each check to its set.
_OWN_STARTS: dict[Callable[[list[Token], int], Found | None], frozenset[str]] = {
    _double_comparative: _COMPARE_WORDS,
    _plural_after_number: _MANY | _DETERMINERS,
    _then_for_than: frozenset(("then",)),
    _comma_splice: _SPLICE_SUBJECTS,
    _missing_apostrophe: _DETERMINERS,
    _pronoun_case: _PRONOUN_CASE_WORDS,
}


def starts() -> dict[Callable[[list[Token], int], Found | None], frozenset[str]]:
    """The words each check can fire on (read from the data files on first use)."""
    return {
        _rare_typo: frozenset(RARE_TYPOS),
        _confusion: frozenset(_by_word()),
        **STARTS,
        **PHRASE_STARTS,
        **PATTERN_STARTS,
        **_OWN_STARTS,
    }


@cache
def _dispatch() -> dict[str, tuple[Callable[[list[Token], int], Found | None], ...]]:
    """Word -> the checks that can fire on it, in the order of _CHECKS."""
    table = starts()
    words = set().union(*table.values())
    return {word: tuple(c for c in _CHECKS if word in table[c]) for word in words}


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def find_slips(text: str) -> Iterator[Found]:
    """Every slip our checks find in ``text``, at most one per word, in text order."""
    start = 0
    for match in (*_PARAGRAPH.finditer(text), None):  # a paragraph ends every sentence in it
        end = match.start() if match else len(text)
        for found in _paragraph_slips(text[start:end]):
            yield found._replace(start=found.start + start, end=found.end + start)
        start = match.end() if match else end


@lru_cache(maxsize=512)
def _paragraph_slips(paragraph: str) -> tuple[Found, ...]:
    """The slips of one paragraph (remembered: a keystroke changes one paragraph only)."""
    tokens = tokenize(paragraph)
    prepare(tokens)  # the word-pair counts the typo check asks for, read in one go
    found: list[Found] = []
    dispatch = _dispatch()
    for i, token in enumerate(tokens):
        if token.kind != "w":
            continue
        # A check may report a word further on ('the list of ... are'): a slip is kept unless
        # it overlaps one already found (the last few: slips come roughly in text order). The
        # typo check, which any word can start, comes last.
        for check in (*dispatch.get(token.low, ()), typo_in_context):
            slip = check(tokens, i)
            if slip is not None and not any(
                slip.start < f.end and f.start < slip.end for f in found[-4:]
            ):
                found.append(slip)
                break
    return tuple(sorted(found))


def clear_cache() -> None:
    """Forget the paragraphs already checked (for benchmarks that time a fresh check)."""
    _paragraph_slips.cache_clear()
    forget_typos()
