"""Checks that read a whole phrase: agreement past a phrase, articles before numbers and
adjectives, plural apostrophes, the verb in a question with 'did'.

Each check starts on a function word and reads at most a dozen words forward: linear in the
text. They share the word classes of grammar_context.py.
"""

from __future__ import annotations

from collections.abc import Callable

from .grammar_context import (
    _CLOSED,
    _DETERMINERS,
    _IRREGULAR_PLURALS,
    Found,
    Token,
    _by_word,
    _clause_start,
    _same_case,
    tags,
)
from .grammar_typos import sound_alikes
from .grammar_verbs import _BASE_OF, base_form, plain_form_after, third_person
from .grammar_words import CLASSES

__all__ = ["PHRASE_STARTS"]

_SINGULAR_VERB = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
}
_PLURAL_VERB = {plural: singular for singular, plural in _SINGULAR_VERB.items()}
_PLURAL_VERB |= {"have": "has", "do": "does", "don't": "doesn't"}
# Verbs that link a subject to an adjective: 'the timeline sounds reasonable'.
_LINKING = frozenset("sound sounds seem seems look looks appear appears feel feels".split())
_INDEFINITE = frozenset(
    "everyone everybody someone somebody nobody anyone anybody everything something".split()
)
# Nouns that take a singular or a plural verb (British 'the team are'), or name a quantity
# whose verb follows what it counts ('a number of nurses have', 'the rest of the data is').
_EITHER = frozenset(
    "team staff family company firm government board committee department group crew panel "
    "management council audience band class club public couple majority number lot rest "
    "series news data media total half percentage proportion range variety set kind type "
    "sort bunch pair part none all some most plenty majority minority species".split()
)
_SUBJECTS = frozenset("i you we they he she".split())
_PHRASE_PREPS = frozenset("of from in on at for with about across behind within".split())


def _noun_like(token: Token, first: bool = False) -> bool:
    """A word that can sit inside a noun phrase: an adjective, a noun, a number, an -ing
    (or a determiner, when ``first``)."""
    if token.kind == "n":
        return True
    if token.kind != "w" or token.low in _CLOSED:
        return first and token.kind == "w" and token.low in _DETERMINERS
    if token.low.endswith("'s") and (token.text[:1].isupper() or "N" in tags(token.low[:-2])):
        return True  # an owner stands where a determiner would: 'the team's approach'
    t = tags(token.low)
    if token.text[:1].isupper() and not t:
        return True  # a name
    return bool(t) and any(x in t for x in "NJG") and "I" not in t and "K" not in t


# Words after which a word that may be a noun or a verb is the verb: 'the skills give me'.
_VERB_NEXT = frozenset("me us him them it my your our their his her a an the".split())


def _verb_here(tokens: list[Token], k: int) -> bool:
    """A present-tense verb that takes an object right after it ('give me', 'make the')."""
    t = tags(tokens[k].low)
    return (
        "V" in t
        and ("L" in t or "Z" in t)
        and k + 1 < len(tokens)
        and tokens[k + 1].low in _VERB_NEXT
    )


def _phrase_end(tokens: list[Token], k: int, limit: int = 6) -> int:
    """Index after a run of at most ``limit`` noun-phrase words starting at k."""
    n = 0
    while k < len(tokens) and n < limit and _noun_like(tokens[k], n == 0):
        if n and _verb_here(tokens, k):
            break
        k += 1
        n += 1
    return k


def _after_subject(tokens: list[Token], k: int) -> int | None:
    """Skip what may follow a subject's head before its verb: 'of my references', 'you sent'."""
    for _ in range(3):
        if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low == "which":
            k = _after_aside(tokens, k)
        if k >= len(tokens) or tokens[k].kind != "w":
            return k
        low = tokens[k].low
        if low in _PHRASE_PREPS:
            end = _phrase_end(tokens, k + 1)
            if end == k + 1:
                return None  # a preposition with nothing after it: not a phrase we know
            if end + 1 < len(tokens) and tokens[end].low in ("and", "or"):
                further = _phrase_end(tokens, end + 1)
                end = further if further > end + 1 else end  # 'in retail and hospitality'
            k = end
        elif low in _SUBJECTS and k + 1 < len(tokens) and tokens[k + 1].kind == "w":
            verb = tokens[k + 1].low
            if ("D" not in tags(verb) and verb not in _BASE_OF) or verb in _CLOSED:
                return k  # 'the notes I take': a present verb could be the main verb
            k += 2  # a relative clause without 'that': 'the documents you requested'
            if k < len(tokens) and tokens[k].low in ("me", "us", "him", "her", "them", "it"):
                k += 1  # 'the brochure you gave me'
            if k < len(tokens) and tokens[k].low in _PHRASE_PREPS | {"to"}:
                if k + 1 < len(tokens) and _noun_like(tokens[k + 1], True):
                    continue  # 'everyone I met at the office'
                k += 1  # 'the people I spoke with'
        else:
            return k
    return k


def _after_aside(tokens: list[Token], k: int) -> int:
    """Past ', which launched in March,' to the word after its closing comma (or stay at k)."""
    for j in range(k + 2, min(k + 14, len(tokens))):
        if tokens[j].text == ",":
            return j + 1
        if tokens[j].kind == "b":
            break
    return k


def _look_alike(word: str) -> bool:
    """A function word, or one often written for another ('form', 'accept', 'lead'): whether
    it is the verb is for the look-alike checks to judge, not agreement."""
    return word in _CLOSED or word in _by_word() or word in sound_alikes()


def _head_agreement(tokens: list[Token], i: int) -> Found | None:
    """'The list of my references are', 'Everyone I met were', 'The documents you sent is'."""
    first = tokens[i]
    if not _clause_start(tokens, i) or (i and tokens[i - 1].low in ("and", "or", "nor")):
        return None  # after 'and' the subject may be two things: 'a client and a charity were'
    if first.low in _INDEFINITE:
        plural, head, k = False, first, i + 1
    elif first.low == "one" and i + 1 < len(tokens) and tokens[i + 1].low == "of":
        end = _phrase_end(tokens, i + 2)
        if end == i + 2:
            return None
        plural, head, k = False, first, end
    elif first.low in _DETERMINERS:
        end = _phrase_end(tokens, i + 1)
        if end == i + 1:
            return None
        head = tokens[end - 1]
        t = tags(head.low)
        if head.kind != "w" or "N" not in t or head.low in _CLOSED or head.low in _EITHER:
            return None
        if head.text[:1].isupper() and not t:
            return None
        plural = "S" in t or head.low in _IRREGULAR_PLURALS
        if not plural and first.low in CLASSES["plural_det"] - {"our"}:
            return None  # 'these sheep': the determiner knows better ('our' owns one or many)
        k = end
    else:
        return None
    k2 = _after_subject(tokens, k)
    if k2 is None or k2 >= len(tokens) or tokens[k2].kind != "w":
        return None
    verb = tokens[k2]
    fix = (_PLURAL_VERB if not plural else _SINGULAR_VERB).get(verb.low)
    if fix is None and verb.low in _LINKING and k2 + 1 < len(tokens):
        following = tokens[k2 + 1]
        adjective = following.kind == "w" and (
            following.low in CLASSES["adverb_degree"] or "J" in tags(following.low)
        )
        vt = tags(verb.low)
        if adjective and not plural and "L" in vt:
            fix = third_person(verb.low)
        elif adjective and plural and "Z" in vt:
            fix = base_form(verb.low)
    if fix is None and _verb_here(tokens, k2) and not _look_alike(verb.low):
        vt = tags(verb.low)
        if not plural and "L" in vt and "D" not in vt:
            fix = third_person(verb.low)  # 'my experience with SQL make me' -> 'makes'
        elif plural and "Z" in vt:
            fix = base_form(verb.low)
        if fix is not None and "V" not in tags(fix):
            fix = None  # only a form the dictionary knows: never 'strucks'
    if fix is None or (k2 == i + 1 and first.low not in _INDEFINITE):
        return None
    suggestion = _same_case(verb.text, fix)
    number = "several" if plural else "one"
    return Found(
        verb.start,
        verb.end,
        suggestion,
        f"the subject is {head.text!r} ({number}): {suggestion!r}, not {verb.text!r}",
    )


def _sounds_like_vowel(number: str) -> bool:
    """Is a number read with a vowel first ('an 8-week', 'an 11-month', 'an 18-year')?"""
    digits = number.replace(",", "").split(".")[0]
    if not digits.isdigit():
        return False
    if digits.startswith("8"):
        return True
    return digits.startswith(("11", "18")) and len(digits) % 3 == 2


def _article_number(tokens: list[Token], i: int) -> Found | None:
    """'a 11-month contract' -> 'an', 'an 6-week course' -> 'a': the number as it is read."""
    article = tokens[i]
    if article.low not in ("a", "an") or i + 1 >= len(tokens) or tokens[i + 1].kind != "n":
        return None
    number = tokens[i + 1]
    if number.start != article.end + 1:
        return None
    wanted = "an" if _sounds_like_vowel(number.low) else "a"
    if wanted == article.low:
        return None
    suggestion = _same_case(article.text, wanted)
    return Found(
        article.start,
        article.end,
        suggestion,
        f"'{number.text}' is read with a {'vowel' if wanted == 'an' else 'consonant'} first: "
        f"{suggestion!r}",
    )


def _extra_article(tokens: list[Token], i: int) -> Found | None:
    """'It was a great to meet you' -> 'It was great to meet you': no article before it."""
    if i + 3 >= len(tokens) or tokens[i].low not in ("a", "an"):
        return None
    adjective, to, verb = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if adjective.kind != "w" or to.low != "to" or verb.kind != "w":
        return None
    t = tags(adjective.low)
    if "J" not in t or "V" in t or adjective.low in _CLOSED:
        return None
    if "N" in t and not _gradable(adjective.low):
        return None  # 'a relief to know': a noun, which takes the article
    vt = tags(verb.low)
    if "L" not in vt or ("N" in vt and "V" not in vt) or verb.low in _CLOSED:
        return None
    if i == 0 or tokens[i - 1].low not in CLASSES["be"] | {"it's", "that's", "felt"}:
        return None
    return Found(
        tokens[i].start,
        adjective.start,
        "",
        f"no article before {adjective.text!r} here: '{adjective.text} to {verb.text}'",
    )


def _gradable(word: str) -> bool:
    """Has the word a comparative ('great' -> 'greater'), as adjectives do and nouns do not?"""
    stem = word[:-1] + "i" if word.endswith("y") else word
    return any("C" in tags(stem + ending) for ending in ("er", "r"))


_SEVERAL = frozenset(
    "two three four five six seven eight nine ten twelve twenty several many few various "
    "numerous multiple both these those other".split()
)


def _plural_apostrophe(tokens: list[Token], i: int) -> Found | None:
    """'three manager's during' -> 'managers': a plural takes no apostrophe."""
    counted = tokens[i]
    if counted.low not in _SEVERAL or i + 1 >= len(tokens):
        return None
    word = tokens[i + 1]
    if word.kind != "w" or not word.low.endswith("'s") or word.text[:1].isupper():
        return None
    base = word.low[:-2]
    if "N" not in tags(base) or base in _CLOSED:
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.kind == "w":
        at = tags(after.low)
        if ("N" in at or "J" in at) and after.low not in _CLOSED and "I" not in at:
            return None  # 'two children's books': an owner before its noun
    return plural_found(word, base)


def plural_of(base: str) -> str | None:
    """The plural of a noun, if our word classes know it ('budget' -> 'budgets')."""
    if base.endswith("y") and "S" in tags(base[:-1] + "ies"):
        return base[:-1] + "ies"
    for plural in (base + "s", base + "es"):
        if "S" in tags(plural):
            return plural
    return None


def plural_found(owner: Token, base: str, severity: str = "error") -> Found | None:
    """The slip of a plural written as an owner ("manager's" for 'managers'), if one."""
    plural = plural_of(base)
    if plural is None:
        return None
    suggestion = owner.text[: len(base)] + plural[len(base) :]
    return Found(
        owner.start,
        owner.end,
        suggestion,
        f"more than one {base}: a plural takes no apostrophe ({suggestion!r})",
        severity,
    )


_TITLES = frozenset("mr mrs ms dr prof".split())
_QUESTION_AUX = frozenset("did didn't does doesn't do don't".split())


def _did_question(tokens: list[Token], i: int) -> Found | None:
    """'Did the panel received my letter?' -> 'receive': 'did' takes the plain form."""
    if tokens[i].low not in _QUESTION_AUX or not (i == 0 or tokens[i - 1].kind == "b"):
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].low in _TITLES:
        k += 1
    if k < len(tokens) and tokens[k].low in _DETERMINERS:
        start = k + 1
        k = start
        while k < start + 3 and k < len(tokens) and _noun_like(tokens[k]):
            if k > start and "D" in tags(tokens[k].low):
                break  # 'did the committee approved': the verb after the noun
            if k > start and "Z" in tags(tokens[k].low) and tokens[i].low in ("does", "do"):
                after = tokens[k + 1].low if k + 1 < len(tokens) else ""
                if "L" not in tags(after) or after in _CLOSED:
                    break  # 'does the role requires travel' ('do the new hires get' is a noun)
            k += 1
        if k == start:
            return None
    elif k < len(tokens) and tokens[k].low in _SUBJECTS | {"it"}:
        return None  # 'did you got': Harper and the modal check read it
    else:
        start = k
        while k < len(tokens) and k < start + 2 and tokens[k].text[:1].isupper():
            k += 1
        if k == start:
            return None
    if k >= len(tokens) or tokens[k].kind != "w":
        return None
    verb = tokens[k]
    t = tags(verb.low)
    irregular = verb.low in _BASE_OF and verb.low != _BASE_OF[verb.low]  # 'found', 'got'
    if "Z" in t and tokens[i].low in ("does", "do"):
        return plain_form_after(tokens[i], verb)  # 'Does the role requires travel?'
    if "D" not in t or (("L" in t or "N" in t) and not irregular) or verb.low in _CLOSED:
        return None
    return plain_form_after(tokens[i], verb)


# The words each check starts from (grammar_checks.py skips a check on any other word).
PHRASE_STARTS: dict[Callable[[list[Token], int], Found | None], frozenset[str]] = {
    _head_agreement: _DETERMINERS | _INDEFINITE | {"one"},
    _article_number: frozenset(("a", "an")),
    _extra_article: frozenset(("a", "an")),
    _plural_apostrophe: _SEVERAL,
    _did_question: _QUESTION_AUX,
}
