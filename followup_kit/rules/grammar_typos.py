"""Typos and sound-alikes that made another real word, told by the words on either side.

"In my dairy for the interview", "the night shirt", "a mail sever": every word is in the
dictionary, so the spelling rule passes them. But neither neighbour goes with the typed word
("my dairy" and "dairy for" are rare in English), while a common word one typo away goes with
both ("my diary", "diary for"). The counts come from ``word_pairs`` (Google Books, through
symspellpy). A paragraph's counts are read in two queries, then a few lookups per word: linear
in the text.

Words that sound alike ('a coarse in analytics', 'walk me threw it', 'wave the fee') are judged
the same way against the other words of their set in ``data/sound_alikes.txt``: the other word
must go with both neighbours far better than the word written (``SOUND_ALIKE_MARGIN``).

It is careful on purpose: both neighbours must be words, the suggestion must be clearly more
at home beside both of them than chance (``MIN_ASSOCIATION``), and it never replaces a
function word, a capitalised word (a name), a verb right after its subject pronoun (any verb
can follow 'I') or one form of a word with another ('system' and 'systems' differ in
grammar, which other checks judge).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise

from ..spelling import american_spellings
from ..word_pairs import word_pairs
from .grammar_context import _CLOSED, Found, Token, _same_case

__all__ = [
    "MIN_ASSOCIATION",
    "SOUND_ALIKE_MARGIN",
    "forget_typos",
    "prepare",
    "sound_alikes",
    "typo_in_context",
]

# How far above chance the suggestion must sit beside each neighbour (natural log). Measured on
# benchmarks/data (grammar_*.tsv and the clean sets): 3 kept false alarms on clean sentences
# at 0 of 521 while 2 still let a name-like word through.
MIN_ASSOCIATION = 3.0
# How much better (natural log of the ratio of how well each fits between the neighbours) a
# sound-alike must fit than the word written. Measured on benchmarks/data and the clean sets:
# at 2.5, no false alarm in 722 clean sentences once forth/fourth left the list (see there).
SOUND_ALIKE_MARGIN = 2.5
SHORTEST = 4  # shorter words have too many neighbours one typo away ('for', 'of', 'the')
# After 'I' or 'you' any verb can follow: that 'you lent' is a rare pair says nothing.
_SUBJECTS = frozenset("i you we they he she it who".split())
_ENDINGS = ("s", "es", "d", "ed", "r", "er")


def _forms_of_one_word(typed: str, other: str) -> bool:
    """'system'/'systems', 'use'/'used', 'licence'/'license': forms or spellings, not typos."""
    for short, long in ((typed, other), (other, typed)):
        if any(long == short + ending for ending in _ENDINGS):
            return True
    return other in american_spellings(typed) or typed in american_spellings(other)


@cache
def sound_alikes() -> dict[str, frozenset[str]]:
    """Each word of ``data/sound_alikes.txt`` -> the other words of its set."""
    table: dict[str, set[str]] = {}
    source = files("followup_kit") / "data" / "sound_alikes.txt"
    for line in source.read_text(encoding="utf-8").splitlines():
        words = line.split() if not line.startswith("#") else []
        for word in words:
            table.setdefault(word, set()).update(w for w in words if w != word)
    return {word: frozenset(others) for word, others in table.items()}


def prepare(tokens: list[Token]) -> None:
    """Read the counts every word of ``tokens`` and its neighbours need, in two queries."""
    pairs = word_pairs()
    if not pairs:
        return
    words = [t.low for t in tokens if t.kind == "w"]
    neighbours = [(a.low, b.low) for a, b in pairwise(tokens) if a.kind == b.kind == "w"]
    alikes = sound_alikes()
    around = [
        pair
        for i in range(1, len(tokens) - 1)
        for other in alikes.get(tokens[i].low, ())
        for pair in ((tokens[i - 1].low, other), (other, tokens[i + 1].low))
    ]
    pairs.learn(words + [b for _, b in around], neighbours + around)


def _sound_alike(before: Token, word: Token, after: Token) -> str | None:
    """The word of ``word``'s sound-alike set that fits between its neighbours far better."""
    others = sound_alikes().get(word.low)
    if not others:
        return None
    pairs = word_pairs()
    typed, left, right = word.low, before.low, after.low
    written = pairs.fit(left, typed, right)
    best: tuple[float, str] | None = None
    for other in others:
        if not (pairs.seen(left, other) and pairs.seen(other, right)):
            continue  # offer a word only where both its pairs are common
        gain = pairs.fit(left, other, right) - written
        if gain >= SOUND_ALIKE_MARGIN and (best is None or gain > best[0]):
            best = (gain, other)
    return best[1] if best else None


def _one_typo_away(before: Token, word: Token, after: Token) -> str | None:
    """A common word one typo from ``word`` that goes with both neighbours, which it does not."""
    typed, left, right = word.low, before.low, after.low
    if len(typed) < SHORTEST or typed in _CLOSED or left in _SUBJECTS:
        return None
    return _best_neighbour(left, typed, right)


@lru_cache(maxsize=8192)
def _best_neighbour(left: str, typed: str, right: str) -> str | None:
    """The answer of _one_typo_away for these three words (the same words, the same answer)."""
    pairs = word_pairs()
    if pairs.seen(left, typed) or pairs.seen(typed, right):
        return None
    best: tuple[float, str] | None = None
    others = pairs.one_typo_from(typed)
    pairs.learn(others, [(left, o) for o in others] + [(o, right) for o in others])
    for other in others:
        if len(other) < SHORTEST or other in _CLOSED or _forms_of_one_word(typed, other):
            continue
        with_left, with_right = pairs.association(left, other), pairs.association(other, right)
        if with_left is None or with_right is None:
            continue
        score = min(with_left, with_right)
        if score >= MIN_ASSOCIATION and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def typo_in_context(tokens: list[Token], i: int) -> Found | None:
    """The word at ``i`` when it is a slip for a common word its neighbours go with."""
    if i == 0 or i + 1 >= len(tokens):
        return None
    before, word, after = tokens[i - 1], tokens[i], tokens[i + 1]
    typed = word.low
    if (
        before.kind != "w"
        or after.kind != "w"
        or not word.text.isalpha()
        or not word.text.islower()
    ):
        return None
    pairs = word_pairs()
    if not pairs or not pairs.count(typed):
        return None  # an unknown word is the spelling rule's
    other = _sound_alike(before, word, after) or _one_typo_away(before, word, after)
    if other is None:
        return None
    suggestion = _same_case(word.text, other)
    return Found(
        word.start,
        word.end,
        suggestion,
        f"{word.text!r} is a word, but not one that goes with {before.text!r} and "
        f"{after.text!r}: did you mean {suggestion!r}?",
        "warning",
    )


def forget_typos() -> None:
    """Forget the answers already worked out (for benchmarks that time a fresh check)."""
    _best_neighbour.cache_clear()
