"""Replies to an outcome: what an acceptance, a request for time, a decline, the answer to a
rejection and a withdrawal must say, and the tone that closes doors.

These rules read only the replies (``Context.kind`` one of
:data:`followup_kit.kinds.OUTCOME_REPLIES`); they join the content and tone families at their
end. Their word patterns live in :mod:`followup_kit.rules.reply_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..kinds import OUTCOME_REPLIES, REPLIES_TO
from .base import Context, Finding, Rule, Severity, Text, fold, rule_family
from .reply_words import (
    AMOUNT,
    BITTERNESS,
    BRIDGE_BURNING,
    DATE,
    DISPUTES,
    FEEDBACK_TOPIC,
    MONTH,
    START_MONTH,
    START_WORD,
    TITLE_WORD,
    ULTIMATUM,
    VAGUE_ANSWER,
    WEEKDAY,
    WRITTEN_TERMS,
)
from .scan import LazyPattern

__all__ = ["CONTENT_RULES", "TONE_RULES"]

content = rule_family("content")
tone = rule_family("tone")

_I = re.IGNORECASE
# Compiled when a reply is first reviewed: a thank-you letter never needs them.
_DATE = LazyPattern(DATE, _I)
_START = LazyPattern(START_WORD, _I)
_START_MONTH = LazyPattern(START_MONTH, _I)
_AMOUNT = LazyPattern(AMOUNT, _I)
_TITLE = LazyPattern(TITLE_WORD, _I)
_WRITTEN = LazyPattern(WRITTEN_TERMS, _I)
_VAGUE = LazyPattern(VAGUE_ANSWER, _I)
_FEEDBACK = LazyPattern(FEEDBACK_TOPIC, _I)
# What makes a sentence about feedback a request, and what makes it thanks for feedback given.
_ASKING = LazyPattern(
    r"\?|\b(?:could|would|can|may|might|please|if|any|wonder|welcome|love\s+to|like\s+to|hope"
    r"|I'd|keen|eager|want\s+to\s+(?:know|hear|understand)|glad\s+to\s+(?:know|hear))\b",
    _I,
)
_THANKING = LazyPattern(r"\b(?:thank|thanks|grateful|thankful|appreciated)\b", _I)
# A date after "from" or "as of" in an acceptance is the day the job starts.
_FROM_DATE = LazyPattern(rf"\b(?:from|as\s+of|effective)\s+(?:{DATE})", _I)
# A job title as letters write it: two or more capitalised words ("Junior Designer").
_CAPITALISED = LazyPattern(r"\b[A-Z][\w&'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'-]*)+")
_CALENDAR = LazyPattern(rf"^(?:{DATE}|{MONTH}|{WEEKDAY})$", _I)


def _compiled(table: list[tuple[str, str]]) -> list[tuple[LazyPattern, str]]:
    return [(LazyPattern(pattern, _I), message) for pattern, message in table]


_BITTER = _compiled(BITTERNESS)
_DISPUTES = _compiled(DISPUTES)
_ULTIMATUM = _compiled(ULTIMATUM)
_BRIDGE = _compiled(BRIDGE_BURNING)
OFFER_REPLIES = REPLIES_TO["offer"]


def _body(text: Text) -> tuple[int, int]:
    """Where the letter says something: after the greeting, before the closing."""
    return text.body_start, text.closing_start


def _plain(text: Text) -> str:
    """The letter with typographic apostrophes as plain ones (same length: spans hold)."""
    return text.raw.replace("’", "'")


def _sentences(text: Text) -> Iterator[tuple[int, int]]:
    """The body's sentences, a clause after a semicolon counted as its own."""
    for start, end in text.sentences:
        cut = start
        for match in re.finditer(r";\s*", text.raw[start:end]):
            yield cut, start + match.start()
            cut = start + match.end()
        yield cut, end


def _matches(rule: Rule, text: Text, table: list[tuple[LazyPattern, str]]) -> Iterator[Finding]:
    """One finding per passage a pattern of ``table`` matches, overlaps reported once."""
    # Accepted passages never overlap, so sorted by start they are sorted by end too: one
    # bisection tells whether a new match overlaps any (linear on a pasted book).
    starts: list[int] = []
    found: list[tuple[int, int, str]] = []
    start, end = _body(text)
    raw = _plain(text)
    for pattern, message in table:
        for match in pattern.finditer(raw, start, end):
            a, b = match.span()
            at = bisect_left(starts, a)
            if (at < len(found) and found[at][0] < b) or (at and found[at - 1][1] > a):
                continue
            starts.insert(at, a)
            found.insert(at, (a, b, message))
    for a, b, message in found:
        yield rule.finding(text, a, b, message)


# --- content


def _states_start(text: Text) -> bool:
    for start, end in text.sentences:
        sentence = text.raw[start:end]
        if _START.search(sentence) and (_DATE.search(sentence) or _START_MONTH.search(sentence)):
            return True
        if _FROM_DATE.search(sentence):
            return True
    return False


def _states_title(body: str, ctx: Context) -> bool:
    role = fold(ctx.role)
    if (role and role in fold(body)) or _TITLE.search(body):
        return True
    # Otherwise a capitalised name that is not the company, a person or a date.
    known = {
        fold(w) for name in (ctx.company, ctx.to, ctx.candidate, *ctx.names) for w in name.split()
    }
    for match in _CAPITALISED.finditer(body):
        words = [w for w in re.findall(r"[\w&'-]+", match.group()) if w not in ("of", "and", "&")]
        if not any(fold(w) in known or _CALENDAR.match(w) for w in words):
            return True
    return False


@content(
    "terms-unconfirmed",
    "FK110",
    Severity.WARNING,
    "An acceptance that does not confirm the offer's terms: job title, start date, pay.",
)
def terms_unconfirmed(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag an acceptance of an offer that does not state the terms as you understood them.

    It looks for the job (its title or the word 'position', 'role'), a start date (a start word
    and a day in one sentence: 'starting on Monday 4 January') and the pay (an amount: '€4,300
    a month', '$32 an hour', '58k'). An acceptance that refers to the written contract you
    signed or return needs none of them.

    Why: an offer told on the phone is easy to remember differently; writing the terms back
    brings any misunderstanding out now, while it is cheap to fix.
    Write instead: "To confirm: the Data Analyst role, starting on Monday 4 January, at €4,300
    a month. Could you send me the written offer?"
    """
    if ctx.kind != "offer-accept" or not text.raw.strip():
        return
    start, end = _body(text)
    body = text.raw[start:end]
    if _WRITTEN.search(body):
        return
    missing = [
        term
        for term, stated in (
            ("job title", _states_title(body, ctx)),
            ("start date", _states_start(text)),
            ("pay", bool(_AMOUNT.search(body))),
        )
        if not stated
    ]
    if missing:
        named = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
        yield rule.finding(
            text,
            0,
            0,
            f"the acceptance does not confirm the {named}; write the terms as you understood "
            "them (e.g. 'starting on Monday 4 January, at €4,300 a month'), so that any "
            "misunderstanding comes out now",
        )


@content(
    "answer-date-missing",
    "FK111",
    Severity.WARNING,
    "A request for time on an offer that names no day to answer by.",
)
def answer_date_missing(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a request for time to decide on an offer that names no day for the answer.

    A day is anything one can put in a calendar: 'Friday', '11 December', 'the 14th',
    'tomorrow', 'the end of next week', 'within three working days'. 'A few days', 'soon' and
    'I will think about it' are not.

    Why: the employer holds the role and perhaps a second candidate for you; an open-ended
    "let me think about it" reads as a no in waiting. A date they can plan around keeps the
    offer warm.
    Write instead: "Would it be all right if I gave you my answer by Friday 11 December?"
    """
    if ctx.kind != "offer-time" or not text.raw.strip():
        return
    start, end = _body(text)
    raw = _plain(text)
    if _DATE.search(raw, start, end):
        return
    vague = _VAGUE.search(raw, start, end)
    a, b = vague.span() if vague else (0, 0)
    yield rule.finding(
        text,
        a,
        b,
        "name the day you will answer by (e.g. 'Could I give you my answer by Friday 11 "
        "December?'); without one, asking for time leaves them waiting with no end",
    )


@content(
    "feedback-asked-twice",
    "FK112",
    Severity.WARNING,
    "An answer to a rejection that asks for feedback more than once.",
)
def feedback_asked_twice(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a second request for feedback in the answer to a rejection.

    A sentence asks for feedback when it is about feedback (feedback, pointers, what you could
    have done better, why you were not chosen) and asks ('could you', 'I would welcome', a
    question mark); thanks for feedback already given does not count.

    Why: feedback is a favour; asked once, briefly, it is often granted, while asked twice it
    turns into a demand, and the reader may answer neither.
    Write instead: one sentence: "If you have a moment, I would value any brief feedback."
    """
    if ctx.kind != "rejection-reply" or not text.raw.strip():
        return
    asked = 0
    raw = _plain(text)
    for start, end in _sentences(text):
        sentence = raw[start:end]
        if not _FEEDBACK.search(sentence) or not _ASKING.search(sentence):
            continue
        asked += 1
        if asked > 1:
            yield rule.finding(
                text,
                start,
                end,
                "this asks for feedback again; ask once, in one short sentence, so that it "
                "stays a favour they can grant",
            )


# --- tone


@tone("bitterness", "FK307", Severity.ERROR, "Bitterness or blame in a reply to an outcome.")
def bitterness(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag bitterness or blame in a reply to an outcome: 'unfair', 'a waste of my time',
    'your loss', 'I deserved this job', 'you kept me waiting'.

    Why: the people who turned you down hire again, talk to their peers, and remember the
    last thing you wrote. A bitter line closes a door a gracious one would have left open.
    Write instead: "I am sorry it did not work out, and I would be glad to be considered for
    future roles."
    """
    if ctx.kind in OUTCOME_REPLIES:
        yield from _matches(rule, text, _BITTER)


@tone(
    "disputes-decision",
    "FK308",
    Severity.ERROR,
    "An answer to a rejection that argues with the decision.",
)
def disputes_decision(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag an answer to a rejection that argues with it: 'please reconsider', 'I disagree
    with your decision', 'I meet every requirement', 'give me another chance'.

    Why: the decision is made, often with reasons you cannot see; arguing never reverses it
    and makes them glad of it. Accepting it gracefully is what keeps you on their list.
    Write instead: "I understand, and I would be glad to be considered if a similar role
    opens up."
    """
    if ctx.kind == "rejection-reply":
        yield from _matches(rule, text, _DISPUTES)


@tone("ultimatum", "FK309", Severity.ERROR, "An ultimatum in answer to an offer.")
def ultimatum(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag an ultimatum in answer to an offer: 'unless you raise it, I will accept the other
    offer', 'take it or leave it', 'you have until Friday'.

    Why: an offer opens a conversation; a threat ends it, and an employer pushed into a
    corner may withdraw the offer rather than match it.
    Write instead: "I am very keen on the role. Is there any room to move on the salary?"
    """
    if ctx.kind in OFFER_REPLIES:
        yield from _matches(rule, text, _ULTIMATUM)


@tone(
    "bridge-burning",
    "FK310",
    Severity.ERROR,
    "A reply that criticises the company, its offer, its people or its process.",
)
def bridge_burning(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag criticism of the company in a reply to an outcome, above all in a decline: 'the
    salary is insulting', 'your process was chaotic', 'a more professional company'.

    Why: declining is enough of a no; the reasons add nothing they can use and are remembered
    long after. The person you decline today may hire you, or be your client, tomorrow.
    Write instead: "After careful thought, I have decided to decline. I would be glad to stay
    in touch."
    """
    if ctx.kind in OUTCOME_REPLIES:
        yield from _matches(rule, text, _BRIDGE)


CONTENT_RULES = (terms_unconfirmed, answer_date_missing, feedback_asked_twice)
TONE_RULES = (bitterness, disputes_decision, ultimatum, bridge_burning)
