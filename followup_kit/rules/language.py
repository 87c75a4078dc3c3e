"""Language: spelling, text-speak, repeated words, capitals, sentence and letter length."""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..spelling import MAX_WORD_LENGTH, american_spellings, lexicon, typing_cost
from .base import Context, Finding, Rule, Severity, Text, fold, rule_family
from .companies import folded_words, name_words
from .grammar_context import wants_possessive
from .grammar_words import RARE_TYPOS
from .words import TEXT_SPEAK

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..grammar import Slip

rule = rule_family("language")

MAX_SUGGESTED_WORDS = 60  # suggestions cost about a millisecond each
LONG_SENTENCE_WORDS = 35

# Comfortable lengths in words, per medium and kind: long enough to be personal, short enough
# for a busy reader. A LinkedIn connection note has a hard limit in characters instead.
LENGTHS: dict[tuple[str, str], tuple[int, int]] = {
    ("email", "thank-you"): (60, 250),
    ("email", "check-in"): (30, 150),
    ("card", "thank-you"): (25, 100),
    ("card", "check-in"): (20, 90),
    # Replies to an outcome: short and plain. An acceptance needs room for the terms.
    ("email", "offer-accept"): (50, 200),
    ("email", "offer-time"): (40, 160),
    ("email", "offer-decline"): (30, 150),
    ("email", "rejection-reply"): (30, 150),
    ("email", "withdraw"): (25, 130),
}
LINKEDIN_LIMIT = 300

_TEXT_SPEAK = re.compile(
    r"(?<![\w.'’/-])("
    + "|".join(re.escape(k) for k in sorted(TEXT_SPEAK, key=len, reverse=True))
    + r")(?![\w'’/&-]|\.[A-Za-z])",
    re.IGNORECASE,
)
_SEE_YOU = re.compile(r"(?<![\w.])(c) (u|ya)(?![\w.])", re.IGNORECASE)
# "2" and "4" standing for "to" and "for" between words, never as numbers ("2 years").
_DIGIT_WORD = re.compile(
    r"\b(?:forward|want|wanted|going|back|talk|speak|chance|able|like|love|hope|need|due|"
    r"ready|happy|glad|excited|eager|keen|nice|pleased|delighted|welcome|how|trying|try|"
    r"listen|reply|respond|me|you|them|us|him|her|way|great)"
    r" (?P<digit>[24])(?= (?:the|you|your|me|us|hear|hearing|meet|meeting|see|seeing|join|"
    r"joining|work|working|talk|talking|speak|speaking|learn|learning|all|everything|"
    r"being|be|have|get|help|helping|reply|replying|respond|share|sharing|a|an)\b)"
    r"|\b(?:thanks|thank you|thx|ty|looking|waiting|time|ready|grateful|thankful|all|"
    r"excited|eager) (?P<four>4)(?= (?:the|you|your|me|us|all|everything|this|that|a|an|"
    r"meeting|taking|having|giving|letting)\b)",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset(
    """
    e.g i.e etc vs approx mr mrs ms dr prof st no jr sr inc ltd co a.m p.m u.s u.k
    """.split()
)


@lru_cache(maxsize=64)
def _allowed(ctx: Context) -> frozenset[str]:
    """Every word the context vouches for: names, company, role, notes, the user's list."""
    sources = [
        ctx.to,
        ctx.email,
        ctx.company,
        ctx.role,
        ctx.candidate,
        *ctx.names,
        *ctx.notes,
        *ctx.terms,
        *ctx.value_points,
    ]
    allowed = {fold(w) for source in sources for w in re.findall(r"[^\W\d_]+", source)}
    allowed |= {fold(w) for w in ctx.words}
    return frozenset(allowed)


@lru_cache(maxsize=64)
def _proper_names(ctx: Context) -> frozenset[str]:
    """Names of people and companies, for spotting a misspelled one."""
    sources = (ctx.to, ctx.company, ctx.candidate, *ctx.names)
    local = {w for s in sources for w in re.findall(r"[^\W\d_]+", s) if len(w) > 2}
    return frozenset(local) | name_words(ctx.other_companies, min_length=3)


_LETTERS = re.compile(r"[^\W\d_]+")


# A title or an abbreviation that ends in a full stop without ending the sentence: 'Ms. Okafor',
# 'frameworks, e.g. Django'.
_TITLE = re.compile(
    r"\b(?:mr|mrs|ms|mx|dr|prof|st|e\.g|i\.e|incl|approx|vs|cf|esp|viz)\.$", re.IGNORECASE
)


def _sentence_initial(raw: str, start: int) -> bool:
    before = raw[max(0, start - 20) : start].rstrip(" \t\"'“‘(")
    if _TITLE.search(before):
        return False  # 'Ms. Okafor': a name after a title, not a new sentence
    return not before or before[-1] in ".!?\n:"


@rule("spelling", "FK201", Severity.ERROR, "A word is not in the dictionary.")
def spelling(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag words the dictionary does not know, with the most likely correction first.

    Why: a typo in a thank-you note is the mistake readers remember. Names of the people you
    met, the company, the role and every word in your notes are never errors; neither are
    acronyms (SQL, AWS) or names in the greeting and signature. Add your own words to your
    word list. A misspelled name of someone or of the company is an error; an unknown
    capitalised word is only a question (is it a name?).
    """
    raw = text.raw
    allowed = _allowed(ctx)
    companies = folded_words(ctx.other_companies)  # built once for all your letters
    greeting_end = text.greeting.end() if text.greeting else 0
    candidates: list[tuple[re.Match[str], str]] = []
    closing = text.closing_start
    length = len(raw)
    links = bool(text.links)
    for match in text.words:
        word = match.group()
        if len(word) < 2 or len(word) > MAX_WORD_LENGTH or not word.isascii():
            continue
        start, end = match.span()
        if start >= closing:
            break  # the words come in order: the rest are in the closing and signature
        tail = word[1:]
        if (
            start < greeting_end
            or (start > 0 and raw[start - 1].isdigit())
            or (end < length and raw[end].isdigit())
            # LinkedIn, iPhone, McKinsey, and acronyms (SQL): a capital after the first letter
            or tail != tail.lower()
            or (links and text.in_link(start))
        ):
            continue
        # Plain ASCII from here: folding is lowercasing, and there is no curly apostrophe.
        plain = word.lower()
        base = word[:-2] if plain.endswith("'s") else word
        folded = base.lower()
        if (
            folded in allowed
            or plain in allowed
            or folded in companies
            or plain in companies
            or plain in TEXT_SPEAK
        ):
            continue  # text-speak has its own rule and a better suggestion
        if " " in RARE_TYPOS.get(plain, ""):
            continue  # 'alot': the grammar rule suggests the two words ('a lot')
        candidates.append((match, base))
    known = lexicon().known({base.lower() for _, base in candidates})
    known |= {
        base.lower()
        for _, base in candidates
        if base.lower() not in known and lexicon().known(american_spellings(base.lower()))
    }
    suggested: dict[str, list[str]] = {}
    for match, base in candidates:
        lower = base.lower()
        if lower in known:
            continue
        word = match.group()
        capitalised = word[0].isupper()
        near_name = None
        if capitalised:
            near_name = min(
                _proper_names(ctx),
                key=lambda name: typing_cost(fold(base), fold(name), 1.6),
                default=None,
            )
            if near_name and typing_cost(fold(base), fold(near_name), 1.6) > 1.6:
                near_name = None
        if near_name:
            yield rule.finding(
                text,
                match.start(),
                match.end(),
                f"{word!r} looks like a misspelling of {near_name!r}",
                near_name,
            )
            continue
        if lower not in suggested and len(suggested) < MAX_SUGGESTED_WORDS:
            suggested[lower] = lexicon().suggest(base, limit=3)
        options = suggested.get(lower, [])  # already in the word's own case
        hint = f"; did you mean {', '.join(repr(o) for o in options)}?" if options else ""
        if capitalised and not _sentence_initial(text.raw, match.start()):
            severity = Severity.INFO
            message = (
                f"{word!r} is not in the dictionary: if it is a name, add it to your word list"
            )
        else:
            severity = Severity.ERROR if not capitalised else Severity.WARNING
            message = f"{word!r} is not in the dictionary{hint}"
        suggestion = options[0] if options and severity is not Severity.INFO else None
        yield rule.finding(
            text, match.start(), match.start() + len(base), message, suggestion, severity
        )


# Harper's check of a letter under review, started before the other rules run (start_grammar):
# it works on another thread while they do.
_STARTED: weakref.WeakKeyDictionary[Text, Future[list[Slip]]] = weakref.WeakKeyDictionary()


def _grammar_body(text: Text) -> tuple[int, str]:
    """Where the checked body starts, and its text: the greeting and the signature are names
    and numbers, not sentences."""
    from ..grammar import MAX_CHECKED

    start = text.body_start
    return start, text.raw[start : min(text.closing_start, start + MAX_CHECKED)]


def start_grammar(text: Text) -> None:
    """Start Harper on the letter now, so that it works while the other rules run."""
    from .. import grammar as engine

    _STARTED[text] = engine.check_async(_grammar_body(text)[1])


# Which finding wins when ours and the engine's cover the same words: the worse severity, then
# one with a fix, then ours (it was tuned on follow-up letters).
_RANK = {"error": 0, "warning": 1, "info": 2}


@rule("grammar", "FK207", Severity.ERROR, "A grammar slip or a real word in the wrong place.")
def grammar(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag grammar slips and real words used in the wrong place, with the fix.

    Why: a spell-checker passes "Thank you for you time", "I look forward to hear from you"
    and "the hiring manger", because every word is a word; the reader still sees the slip.
    Checked by Harper (an offline grammar checker) and by our own checks of the words around
    each confusable word: your/you're, their/there/they're, its/it's, then/than, to/too,
    affect/effect, lose/loose, lead/led, the verb form after 'to', modals, 'have' and 'look
    forward to', subject and verb agreement, 'could of', missing 'to', 'most best', missing
    apostrophes ('the companys plans') and 'me' or 'myself' where 'I' belongs; the subject
    past a phrase ('the list of my references are'), 'a'/'an' before a number, look-alike
    words where the words around make them impossible ('a site visit', 'next week').
    A wrong word is an error; a style preference (Harper's) is only a note.
    Example: "Its been a pleasure" -> "It's been a pleasure".
    """
    from .. import grammar as engine  # Harper loads only when a grammar check runs
    from .grammar_checks import find_slips

    start, body = _grammar_body(text)
    harper = _STARTED.pop(text, None) or engine.check_async(body)
    candidates: list[tuple[int, int, str, str | None, str, bool]] = [
        (f.start + start, f.end + start, f.message, f.suggestion, f.severity, True)
        for f in find_slips(body)
    ]
    candidates += [
        (s.start + start, s.end + start, s.message, s.suggestion, s.severity, False)
        for s in harper.result()
    ]
    candidates.sort(key=lambda c: (c[0], _RANK[c[4]], c[3] is None, not c[5]))
    kept: list[tuple[int, int, str, str | None, str, bool]] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        if start >= end or text.in_link(start):
            continue
        clash = next((k for k in kept if start < k[1] and k[0] < end), None)
        if clash is None:
            kept.append(candidate)
        elif _better(candidate, clash):
            kept[kept.index(clash)] = candidate
    if len(body) == engine.MAX_CHECKED:  # first: the per-rule cap must not swallow it
        yield rule.finding(
            text,
            start + engine.MAX_CHECKED,
            len(text.raw),
            f"grammar was checked in the first {engine.MAX_CHECKED:,} characters only",
            severity=Severity.INFO,
        )
    for start, end, message, suggestion, severity, _ours in sorted(kept):
        yield rule.finding(text, start, end, message, suggestion, Severity(severity))


def _better(a: tuple, b: tuple) -> bool:
    """Does finding ``a`` beat ``b`` on the same words (severity, then a fix, then ours)?"""
    return (_RANK[a[4]], a[3] is None, not a[5]) < (_RANK[b[4]], b[3] is None, not b[5])


# Each shorthand as the word tokens read it: its first run of letters ("b4" -> "b", "w/o" ->
# "w"), which the pattern's boundaries make a whole word. The two that start with a digit
# ("2day") are looked for as they are. Four letters match an ASCII letter when the case is
# ignored ('ſ' matches 's'): a text with one of them is always scanned.
_SPEAK_WORDS = frozenset(
    re.match(r"[a-z]*", key).group() for key in TEXT_SPEAK if not key[0].isdigit()
)
_SPEAK_DIGITS = tuple(key for key in TEXT_SPEAK if key[0].isdigit())
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _text_speak(text: Text) -> Iterator[re.Match[str]]:
    """The shorthand pattern's matches; not scanned when none of its words is in the letter."""
    if _FOLDS_TO_ASCII.isdisjoint(text.raw):
        words = {match.group().lower() for match in text.words}
        if _SPEAK_WORDS.isdisjoint(words) and not any(k in text.lower for k in _SPEAK_DIGITS):
            return iter(())
    return _TEXT_SPEAK.finditer(text.raw)


@rule("text-speak", "FK202", Severity.ERROR, "Chat shorthand such as 'u' for 'you'.")
def text_speak(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag chat shorthand: 'u', 'ur', 'r', 'thx', 'pls', 'b4', 'gr8', '2' for 'to', 'c u'.

    Why: shorthand reads as careless in a letter to an employer. "U.S." and the language "R"
    are never flagged. Write instead: the full words.
    """
    for match in _text_speak(text):
        token = match.group(1)
        if len(token) == 1 and token.isupper():
            continue  # "R", "U", "Y" in capitals are names, grades or languages
        if token.lower() in ("k", "y") and not _standalone(text.raw, match):
            continue
        full = TEXT_SPEAK[token.lower()]
        if full == "you" and wants_possessive(text.raw, match.start(1), match.end(1)):
            full = "your"  # 'thank you for u time'
        instead = f"write {full!r}" if full else "leave it out"
        yield rule.finding(
            text,
            match.start(1),
            match.end(1),
            f"{token!r} is chat shorthand; {instead}",
            full or None,
        )
    for match in _SEE_YOU.finditer(text.raw):
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            f"{match.group()!r} is chat shorthand; write 'see you'",
            "see you",
        )
    for match in _DIGIT_WORD.finditer(text.raw):
        group = "digit" if match.group("digit") else "four"
        full = "to" if group == "digit" else "for"
        yield rule.finding(
            text,
            match.start(group),
            match.end(group),
            f"{match.group(group)!r} stands for {full!r} here; write the word",
            full,
        )


_REPLY_END = re.compile(r" *(?:[?\n.!]|$)")


def _standalone(raw: str, match: re.Match[str]) -> bool:
    """A lone 'k' or 'y' counts only as a whole reply or before a question mark."""
    # Matched in place: slicing the rest of the letter per token is quadratic on "k k k ...".
    return _REPLY_END.match(raw, match.end(1)) is not None


@rule("repeated-word", "FK203", Severity.ERROR, "The same word twice in a row.")
def repeated_word(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a word written twice in a row ('the the').

    Why: it is the typo spell-checkers miss and readers see. "had had" and "that that" can be
    correct and are not flagged.
    """
    words = text.words
    lowered = [match.group().lower() for match in words]
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        if lowered[i] != lowered[i + 1] or lowered[i] in ("had", "that"):
            continue
        if text.raw[first.end() : second.start()].strip() == "":
            a = first.group()
            yield rule.finding(text, first.start(), second.end(), f"{a!r} is written twice", a)


@rule("capitalization", "FK204", Severity.WARNING, "A lowercase 'i' or sentence start.")
def capitalization(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a lowercase 'i' and sentences that start in lowercase.

    Why: missing capitals look like a text message. Write instead: "I", and a capital at the
    start of each sentence.
    """
    raw = text.raw
    for match in re.finditer(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w.'’-]))", raw):
        yield rule.finding(
            text, match.start(), match.end(), "write 'I' as a capital", "I", Severity.ERROR
        )
    for start, _end in text.sentences:
        first = _LETTERS.match(raw, start)  # no slicing: linear on a pasted book
        if not first or not first.group()[0].islower() or first.group() == "i":
            continue
        if text.in_link(start) or _after_abbreviation(raw, start):
            continue
        word = first.group()
        yield rule.finding(
            text,
            start,
            start + len(word),
            "start the sentence with a capital letter",
            word[0].upper() + word[1:],
        )


def _after_abbreviation(raw: str, start: int) -> bool:
    before = raw[max(0, start - 20) : start].rstrip()
    previous = re.search(r"([\w.]+)\.$", before)
    return bool(previous and previous.group(1).lower().strip(".") in _ABBREVIATIONS)


@rule("long-sentence", "FK205", Severity.WARNING, "A sentence too long to read at a glance.")
def long_sentence(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag sentences of more than 35 words.

    Why: interviewers read notes between meetings; a long sentence gets skimmed. Write
    instead: two sentences, each with one idea.
    """
    for start, end in text.sentences:
        count = len(re.findall(r"\S+", text.raw[start:end]))
        if count > LONG_SENTENCE_WORDS:
            yield rule.finding(
                text,
                start,
                end,
                f"this sentence has {count} words; split it (aim for under {LONG_SENTENCE_WORDS})",
            )


@rule("length", "FK206", Severity.WARNING, "The letter is too long or too short for its medium.")
def length(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a letter outside the comfortable length for its medium and kind.

    Why: a thank-you email reads best at 60 to 250 words, a handwritten card at 25 to 100, a
    check-in at 30 to 150, a reply to an outcome at 25 to 200 (an acceptance needs room to
    confirm the terms, a decline does not); a LinkedIn connection note cannot pass 300
    characters.
    """
    raw = text.raw
    if not raw.strip():
        yield rule.finding(text, 0, 0, "the letter is empty", severity=Severity.ERROR)
        return
    if ctx.kind == "linkedin" or ctx.medium == "linkedin":
        size = len(raw.strip())
        if size > LINKEDIN_LIMIT:
            yield rule.finding(
                text,
                LINKEDIN_LIMIT,
                len(raw),
                f"a LinkedIn note holds at most {LINKEDIN_LIMIT} characters; this has {size}",
                severity=Severity.ERROR,
            )
        return
    low, high = LENGTHS.get((ctx.medium, ctx.kind), LENGTHS["email", "thank-you"])
    count = text.word_count
    medium = "card" if ctx.medium == "card" else "email"
    if count > high:
        severity = Severity.ERROR if count > 2 * high else Severity.WARNING
        yield rule.finding(
            text,
            0,
            len(raw),
            f"{count} words is long for a {ctx.kind} {medium}; aim for {low} to {high}",
            severity=severity,
        )
    elif count < low:
        yield rule.finding(
            text,
            0,
            len(raw),
            f"{count} words is short for a {ctx.kind} {medium}; aim for {low} to {high}",
        )


RULES = (spelling, grammar, text_speak, repeated_word, capitalization, long_sentence, length)
