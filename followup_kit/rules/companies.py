"""The companies of all your applications, prepared once per list for every letter's review.

A long job search names hundreds of companies. Looking for each one in each letter costs a
search per company per letter; here the names become one pattern (a tree of their letters,
so matching costs the same for 10 names or 1,000) and word sets, built once for each list of
names and reused while the list stays the same (it is the same for every letter of a
workspace).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .base import fold

__all__ = ["company_pattern", "folded_names", "folded_words", "name_words"]

_END = ""  # marks the end of a name in the letter tree


@lru_cache(maxsize=16)
def company_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern finding any of ``names`` as a whole name, in any case; None for none.

    It matches what searching for each name on its own would (``(?<!\\w)name(?!\\w)``,
    ignoring case), the longest name first where one name starts another.
    """
    tree: dict[str, dict] = {}
    for name in names:
        if not name.strip():
            continue
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not tree:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(tree)})(?!\w)", re.IGNORECASE)


def _alternatives(node: dict[str, dict]) -> str:
    """The regular expression for the names below ``node`` (a chain of single letters is
    written as one literal, so the nesting stays shallow)."""
    branches = []
    for char, child in sorted(node.items()):
        if char == _END:
            continue
        literal = char
        while len(child) == 1 and _END not in child:
            ((char, child),) = child.items()
            literal += char
        branches.append(re.escape(literal) + _alternatives(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # A name ending here may also go on: the longer one is tried first, then this one.
    return f"(?:{body})?" if _END in node else body


@lru_cache(maxsize=16)
def folded_names(names: tuple[str, ...]) -> frozenset[str]:
    """Each name folded for comparison ('Tomás & Co' -> 'tomas & co')."""
    return frozenset(fold(name) for name in names)


@lru_cache(maxsize=16)
def name_words(names: tuple[str, ...], *, min_length: int = 1) -> frozenset[str]:
    """The words of the names, as written (letters only), at least ``min_length`` long."""
    return frozenset(
        word for name in names for word in re.findall(r"[^\W\d_]+", name) if len(word) >= min_length
    )


@lru_cache(maxsize=16)
def folded_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of the names, folded ('Tomás' -> 'tomas'): words a letter may use."""
    return frozenset(fold(word) for word in name_words(names))
