"""Does a letter answer a concern? Topic, substance, and the sentences around them.

A concern is answered when a sentence is about it and says something of substance. *About it*:
the sentence holds one of the concern's key terms or a close form ('migrated' for 'moved'), or
meets it in a topic of :mod:`~followup_kit.rules.concern_topics` (a worry about relocating meets
'tenancy' and 'bus'). *Substance*: what the candidate did, a number, a date, a name, a fact
stated plainly; not thanks, feelings, promises to talk later or "I'm sure it will be fine".

Right after a sentence that names the concern, a sentence of evidence answers it without naming
it again ("You asked about the gap. I was caring for my father."), unless it turns away ("I'd
like to highlight instead ...") or is plainly about another topic than the concern's.

In a concern, what the candidate already has is set apart from what worried the interviewer:
in "Only academic experience; no industry work" an answer must be about industry, and more
about papers and a PhD does not answer it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from .answer_words import (
    ALSO,
    ARTICLES,
    ASIDE,
    AUXILIARIES,
    BACK_REFERENCE,
    CONTRAST,
    COPULAS,
    DEFERRAL,
    FILLER_WORDS,
    FRAME_WORDS,
    FUNCTION_WORDS,
    HYPOTHETICAL,
    IRREGULAR,
    MODALS,
    MONTHS,
    NEGATION,
    NUMBER_WORDS,
    PAST_IRREGULAR,
    PIVOT,
    REASSURANCE,
    REPORTED,
    SUBJECTS,
    SUFFIXES,
    THOUGHT_VERBS,
    TRAIT_WORDS,
)
from .base import Text
from .concern_topics import BROAD, REQUIRED, TOPICS
from .words import COMMON_WORDS

__all__ = ["Assessment", "assess", "key_terms", "root"]

# Words and numbers; "C1", "STM32" and "4pm" stay whole, "fast-paced" is two words.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?[^\W_]*|[^\W\d_][^\W_]*(?:['’][^\W\d_]+)*")


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


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


def _tokens(text: str) -> list[str]:
    """Words and numbers, in order."""
    return _TOKEN.findall(text)


def _is_number(word: str) -> bool:
    return word[0].isdigit() or _lower(word) in NUMBER_WORDS


# --- topics: which words meet which topic -------------------------------------------------

_Part = tuple[str, str]  # (how it matches: "caps", "word" or "root"; what it matches)


def _part(entry: str) -> _Part:
    if entry.startswith("="):
        return "word", entry[1:].lower()
    if any(c.isupper() for c in entry):
        return "caps", entry
    if len(root(entry)) < 5:  # 'caring' -> 'car': as written only, or it meets 'cars'
        return "word", entry
    return "root", root(entry)


def _part_matches(part: _Part, word: str) -> bool:
    kind, value = part
    if kind == "caps":
        return word == value or word == value + "s"
    if kind == "word":
        lower = _lower(word)
        return lower == value or lower == value + ("es" if value[-1] in "sxz" else "s")
    return root(word) == value  # 'tenancies' and 'tenancy'; never 'experience', 'experiment'


class _Lexicon(NamedTuple):
    names: tuple[str, ...]
    broad: frozenset[int]
    required: frozenset[int]
    # By the first three letters of a word: (the parts of an entry, its topic).
    index: dict[str, tuple[tuple[tuple[_Part, ...], int], ...]]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    names = tuple(TOPICS)
    index: dict[str, list[tuple[tuple[_Part, ...], int]]] = {}
    for number, name in enumerate(names):
        for entry in TOPICS[name].split():
            pieces = [p for p in re.split(r"[_/&]|(?<=\w)-(?=\w)", entry) if p]
            if len(pieces) > 1 and entry[0] in "=~":
                pieces[0] = entry[0] + pieces[0]
            weak = pieces[0].startswith("~")
            pieces[0] = pieces[0].lstrip("~")
            parts = tuple(_part(p) for p in pieces)
            found = _weak(number) if weak else number
            index.setdefault(_lower(pieces[0].lstrip("="))[:3], []).append((parts, found))
    broad = frozenset(n for n, name in enumerate(names) if name in BROAD)
    required = frozenset(n for n, name in enumerate(names) if name in REQUIRED)
    return _Lexicon(names, broad, required, {k: tuple(v) for k, v in index.items()})


def _topics_at(words: tuple[str, ...], start: int) -> frozenset[int]:
    """The topics of the entries that begin at ``words[start]`` (a word or a phrase)."""
    candidates = _lexicon().index.get(_lower(words[start])[:3], ())
    found = set()
    for parts, topic in candidates:
        if start + len(parts) > len(words) or topic in found:
            continue
        if all(_part_matches(p, words[start + k]) for k, p in enumerate(parts)):
            found.add(topic)
    return frozenset(found)


def _weak(topic: int) -> int:
    """The number that stands for a topic met only by one of its weak words, and back."""
    return -topic - 1


def _strong_and_weak(topics: frozenset[int]) -> tuple[frozenset[int], frozenset[int]]:
    strong = frozenset(t for t in topics if t >= 0)
    return strong, frozenset(_weak(t) for t in topics if t < 0) - strong


@lru_cache(maxsize=4096)
def _topics(words: tuple[str, ...]) -> frozenset[int]:
    """Every topic the words meet (those met by one weak word only as :func:`_weak`)."""
    found: set[int] = set()
    for start in range(len(words)):
        for topic in _topics_at(words, start):
            if topic < 0 and topic in found:
                found.add(_weak(topic))  # two weak words make a strong one: "join in June"
            found.add(topic)
    return frozenset(found)


# --- the concern --------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _matches(term: str, word_root: str) -> bool:
    """True when a word of the letter is the key term or a form of it; words of the same
    subject in other forms meet in the concern's topics instead."""
    return _variants(term, word_root)


_VOID = frozenset(COMMON_WORDS | FILLER_WORDS | FRAME_WORDS | TRAIT_WORDS)
_VOID_ROOTS = frozenset(root(w) for w in _VOID)
_NOT_DEEDS = frozenset(COMMON_WORDS | FRAME_WORDS | TRAIT_WORDS | THOUGHT_VERBS)
_NOT_DEED_ROOTS = frozenset(root(w) for w in _NOT_DEEDS - {"worked", "work", "working"})
_COMMON_ROOTS = frozenset(root(w) for w in COMMON_WORDS)
_FRAME_ROOTS = frozenset(root(w) for w in FRAME_WORDS)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word[0].isalpha() and word.isupper()


@lru_cache(maxsize=512)
def key_terms(concern: str) -> tuple[str, ...]:
    """The roots that say what a concern is about, without its frame ('whether I have ...')."""
    return tuple(key for key, _, _ in _key_words(concern))


def _key_words(concern: str) -> list[tuple[str, bool, bool]]:
    """(root, focus, acronym) for each key word of a concern, focus words first."""
    parts = _parts(concern)
    keys = _keys(parts, lambda lower, term: lower in COMMON_WORDS or term in _COMMON_ROOTS)
    # A concern made of everyday words ("whether I could let someone go") keeps its verbs.
    keys = keys or _keys(parts, lambda lower, term: lower in FUNCTION_WORDS)
    return sorted(keys, key=lambda k: not k[1])


@lru_cache(maxsize=512)
def _parts(concern: str) -> tuple[tuple[str, bool, bool], ...]:
    """The concern in clauses: (text, focus, negated). A clause is split where what the
    candidate has begins ("only", "coming from"); with no worry left, all of it is the worry."""
    parts = []
    for clause in re.split(r"[;()\[\]]|,\s|\s-\s|:\s|\bbut\b", concern):
        marker = CONTRAST.search(clause)
        cut = marker.start() if marker else len(clause)
        negated = bool(NEGATION.search(clause[:cut]))
        parts += [(clause[:cut], True, negated), (clause[cut:], False, False)]
    if not any(
        focus and any(not _framing(w) and _lower(w) not in COMMON_WORDS for w in _tokens(text))
        for text, focus, _ in parts
    ):
        parts = [(text, True, negated) for text, _, negated in parts]
    return tuple(p for p in parts if p[0].strip())


def _keys(
    parts: tuple[tuple[str, bool, bool], ...], skip: Callable[[str, str], bool]
) -> list[tuple[str, bool, bool]]:
    keys: list[tuple[str, bool, bool]] = []
    seen: set[str] = set()
    for clause, focus, _ in parts:
        for word in _tokens(clause):
            if word[0].isdigit():
                continue
            lower = _lower(word)
            acronym = _is_acronym(word)
            term = word if acronym else root(word)
            if not acronym and (len(word) < 3 or lower in FRAME_WORDS or term in _FRAME_ROOTS):
                continue
            if not acronym and skip(lower, term):
                continue
            if term not in seen:
                seen.add(term)
                keys.append((term, focus, acronym))
    return keys


class _Concern(NamedTuple):
    keys: tuple[str, ...]
    focus: frozenset[int]  # positions in keys of what worried the interviewer
    acronyms: frozenset[int]  # positions in keys matched as written ('US', never 'us')
    topics: frozenset[int]  # topics of the worry
    contrast: frozenset[int]  # topics of what the candidate already has
    required: frozenset[int]  # a missing credential: an answer must be about it
    own: frozenset[str]  # roots of the concern's own words: repeating them adds nothing
    numbers: frozenset[str]


@lru_cache(maxsize=512)
def _facts(concern: str) -> _Concern:
    keyed = _key_words(concern)
    topics: frozenset[int] = frozenset()
    contrast: frozenset[int] = frozenset()
    required: frozenset[int] = frozenset()
    for text, focus, negated in _parts(concern):
        found = frozenset().union(*_strong_and_weak(_topics(tuple(_content(text)))))
        if focus:
            topics |= found
            if negated:  # "Forklift licence out of date": only the licence answers it
                required |= found & _lexicon().required
        else:
            contrast |= found
    words = [w for w in _tokens(concern) if not w[0].isdigit()]
    return _Concern(
        keys=tuple(k for k, _, _ in keyed),
        focus=frozenset(n for n, (_, focus, _) in enumerate(keyed) if focus),
        acronyms=frozenset(n for n, (_, _, acronym) in enumerate(keyed) if acronym),
        topics=topics,
        contrast=contrast - topics,
        required=required,
        own=frozenset(root(w) for w in words if _lower(w) not in _VOID),
        numbers=frozenset(_lower(w) for w in _tokens(concern) if _is_number(w)),
    )


def _content(text: str) -> list[str]:
    return [w for w in _tokens(text) if not _framing(w)]


def _framing(word: str) -> bool:
    """Words of a concern's frame meet no topic ('level' in 'Spanish level' is no grade)."""
    return _lower(word) in FRAME_WORDS


# --- the letter ---------------------------------------------------------------------------


class _Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    text: str  # with people's names, the company and the role blanked out
    words: tuple[str, ...]
    topics: frozenset[int]


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
        words = tuple(_tokens(hidden[start:end]))
        result.append(_Sentence(start, end, paragraph, hidden[start:end], words, _topics(words)))
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
def _named_by(word: str, keys: tuple[str, ...], acronyms: frozenset[int]) -> frozenset[int]:
    """Which key terms a word names (their positions in ``keys``)."""
    if word[0].isdigit():
        return frozenset()
    term = root(word)
    common = _lower(word) in COMMON_WORDS  # 'not' is no form of 'notice'
    return frozenset(
        n
        for n, key in enumerate(keys)
        if (
            word in (key, key + "s")
            if n in acronyms
            else term == key
            if common
            else _matches(key, term)
        )
    )


def _about(sentence: _Sentence, concern: _Concern) -> tuple[float, bool, bool]:
    """How far a sentence is about the worry (1 or more: it is); whether it is only about what
    the candidate already has ("During my PhD I published five papers" when the worry is that
    they have worked in academia only); and whether it names the worry in its own words."""
    named: frozenset[int] = frozenset()
    for word in sentence.words:
        named |= _named_by(word, concern.keys, concern.acronyms)
    broad = _lexicon().broad
    strong, weak = _strong_and_weak(sentence.topics)
    direct = named & concern.focus
    if concern.required and not (strong | weak) & concern.required:
        return 0, False, False  # about wiring, but not the exam that is still to pass
    if concern.topics <= broad:
        broad = frozenset()  # "caseload": a broad topic is all the concern has
    score = len(direct) + sum(0.5 if t in broad else 1 for t in strong & concern.topics)
    score += 0.5 * len(weak & concern.topics)  # "on Tuesday" alone is no answer on shifts
    besides = bool((strong | weak) & concern.contrast or named - concern.focus)
    return score, besides and not score, bool(direct)


# --- substance ----------------------------------------------------------------------------

NONE, STATED, EVIDENCE = 0, 1, 2


@lru_cache(maxsize=16384)
def _fresh(word: str, own: frozenset[str]) -> str:
    """The word's root when it says something the concern and the filler do not, else ''."""
    if len(word) < 3 and not _is_acronym(word):
        return ""
    term = root(word)
    if _lower(word) in _VOID or term in _VOID_ROOTS or any(_variants(term, o) for o in own):
        return ""
    return term


def _is_past(lower: str) -> bool:
    return (lower.endswith("ed") and len(lower) > 4) or lower in PAST_IRREGULAR


def _named_things(raw: str, words: tuple[str, ...], own: frozenset[str]) -> int:
    """Names, places, products and acronyms in a sentence ('Cerner', 'AWS', 'Year 9')."""
    count = 0
    for n, word in enumerate(words):
        if n == 0 or not word[0].isupper() or word in ("I", "I'm", "I've", "I'd", "I'll"):
            continue
        if _lower(word) in COMMON_WORDS and not _is_acronym(word):
            continue  # "Thank You", a capital after a colon
        if root(word) in own or _lower(word) in own:
            continue
        count += 1
    return count


def _substance(raw: str, words: tuple[str, ...], concern: _Concern) -> int:
    """NONE, STATED (a plain fact about the candidate with new content words) or EVIDENCE (a
    number, a date, a name, or something the candidate did)."""
    reported = REPORTED.search(raw)
    if reported:  # "You asked whether I have ...: yes, in 2023 I ..." answers after the mark
        mark = re.search(r"[:;–—]", raw[reported.end() :])
        if not mark:
            return NONE
        raw = raw[reported.end() + mark.end() :]
        words = tuple(_tokens(raw))
    lowered = [_lower(w) for w in words]
    if "thank" in lowered or "thanks" in lowered:
        return NONE
    hypothetical = bool(HYPOTHETICAL.search(raw))
    offer = bool(DEFERRAL.search(raw))
    numbers = {lower for w, lower in zip(words, lowered, strict=True) if _is_number(w)}
    numbers -= concern.numbers
    dated = any(n > 0 and w in MONTHS for n, w in enumerate(words))
    if (numbers or dated) and not offer:
        return EVIDENCE  # "I could start on 1 February" answers in the conditional too
    offer = offer or bool(REASSURANCE.search(raw))
    fresh = {term for word in words if (term := _fresh(word, concern.own))}
    named = _named_things(raw, words, concern.own)
    acted = stated = False
    deeds: set[str] = set()
    for n, lower in enumerate(lowered):
        subject, _, contracted = lower.partition("'")
        if subject not in SUBJECTS:
            continue
        contracted = "'" + contracted if contracted else ""
        copula = contracted in COPULAS
        modal = contracted in MODALS
        following = []
        for word in lowered[n + 1 : n + 7]:
            if word in AUXILIARIES or word in MODALS or word.endswith("ly"):
                copula = copula or word in COPULAS
                modal = modal or word in MODALS
                continue
            following.append(word)
        if following and following[0] in ARTICLES:
            following = following[1:]  # "I am an EU citizen"
        verb = following[0] if following else ""
        if modal or not verb or verb in _NOT_DEEDS or root(verb) in _NOT_DEED_ROOTS:
            continue  # "I would show you how": an offer, not a fact
        after = following[1] if len(following) > 1 else ""
        if copula and verb.endswith("ing") and len(verb) > 5 and after not in ("to", "towards"):
            acted = True  # "I was caring for my father", not "I've been meaning to try"
            deeds.add(root(verb))
        elif not copula and _is_past(verb):
            acted = True  # "I walked each shift through it"
            deeds.add(root(verb))
        elif (not copula or _is_past(verb)) and verb not in _VOID and root(verb) not in _VOID_ROOTS:
            stated = True  # "I keep the books", "I was promoted"; never "I am interested"
    if offer:
        return NONE
    if acted and (len(fresh - deeds) >= 2 or named):  # not "I've contributed to several"
        return EVIDENCE
    if hypothetical:
        return NONE
    if named >= 2 or (named and (stated or len(fresh) >= 3)):
        return EVIDENCE
    if stated and len(fresh) >= 2:
        return STATED
    return NONE


# --- the verdict --------------------------------------------------------------------------


class Assessment(NamedTuple):
    """Whether a letter answers one concern, the sentence that names it without answering,
    and why it falls short ('later': it offers to talk later; 'reassures': it says it will be
    fine; 'elsewhere': what follows is about something else; '' otherwise)."""

    answered: bool
    mention: tuple[int, int] | None  # the sentence naming the concern, when unanswered
    why: str = ""


def assess(
    text: Text, concern: str, *, names: Iterable[str] = (), phrases: Iterable[str] = ()
) -> Assessment:
    """Judge whether ``text`` answers ``concern``. ``names`` (people) and ``phrases`` (the
    company, the role) prove nothing either way and are left out."""
    facts = _facts(concern)
    if not facts.keys and not facts.topics:
        return Assessment(True, None)  # nothing to judge by
    sentences = _sentences(text, tuple(n for n in names if n.strip()), tuple(phrases))
    about = [_about(s, facts) for s in sentences]
    weights: dict[int, int] = {}

    def weight(n: int) -> int:
        if n not in weights:
            weights[n] = _substance(sentences[n].text, sentences[n].words, facts)
        return weights[n]

    def names_it(m: int, n: int) -> bool:
        return (
            0 <= m < len(sentences)
            and sentences[m].paragraph == sentences[n].paragraph
            and about[m][0] >= 1
        )

    turned = False
    for n, sentence in enumerate(sentences):
        score, besides, direct = about[n]
        turns = bool(PIVOT.search(sentence.text))
        aside = turns or bool(ASIDE.search(sentence.text))
        if score >= 1 and weight(n) >= STATED:
            if not turns and (direct or not aside):
                return Assessment(True, None)
            turned = True  # "I'd like to highlight that I closed the accounts early"
        if weight(n) < EVIDENCE or score >= 1 or facts.required:
            continue  # a missing licence is answered by the licence, not by what follows
        after = names_it(n - 1, n) or (names_it(n - 2, n) and weight(n - 1) >= STATED)
        before = names_it(n + 1, n) and BACK_REFERENCE.search(sentences[n + 1].text)
        if not (after or before):
            continue
        if aside or besides or ALSO.search(sentence.text):
            turned = True  # "I'd like to highlight instead ...", "I also speak Spanish"
            continue
        return Assessment(True, None)
    mentions = [n for n, (score, _, _) in enumerate(about) if score >= 0.5]
    if not mentions:
        return Assessment(False, None)
    best = max(mentions, key=lambda n: about[n][0])
    paragraph = " ".join(s.text for s in sentences if s.paragraph == sentences[best].paragraph)
    why = (
        "elsewhere"
        if turned
        else "later"
        if DEFERRAL.search(paragraph)
        else "reassures"
        if REASSURANCE.search(paragraph)
        else ""
    )
    return Assessment(False, (sentences[best].start, sentences[best].end), why)
