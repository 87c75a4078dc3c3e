"""Tone: clichés, casual words, shouting, pressure, and letters that read alike."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..kinds import OUTCOME_REPLIES
from ..spelling import lexicon
from .base import Context, Finding, Rule, Severity, Text, fold, rule_family

rule = rule_family("tone")

# Stock phrases that make a letter interchangeable, with what to do instead.
GENERIC_PHRASES = {
    "to whom it may concern": "greet the person by name",
    "dear sir or madam": "greet the person by name",
    "i am writing to": "start with what you want to say",
    "i'm writing to": "start with what you want to say",
    "i just wanted to": "say it directly",
    "hard worker": "show it with one result",
    "hard-working": "show it with one result",
    "hardworking": "show it with one result",
    "team player": "name a time you helped a team",
    "think outside the box": "describe one idea you had",
    "outside-the-box": "describe one idea you had",
    "go-getter": "show it with one result",
    "self-starter": "show it with one result",
    "results-driven": "name the result",
    "results-oriented": "name the result",
    "detail-oriented": "show it with one example",
    "proven track record": "name the record",
    "synergy": "say what you would do together",
    "synergies": "say what you would do together",
    "at the end of the day": "leave it out",
    "hit the ground running": "say what you would do first",
    "wear many hats": "name the tasks",
    "touch base": "say 'check in'",
    "circle back": "say 'follow up'",
    "value-add": "name the value",
    "best of breed": "be specific",
    "perfect fit": "say which of your skills fits which need",
    "perfect candidate": "say which of your skills fits which need",
    "great asset": "say what you would contribute",
    "valuable asset": "say what you would contribute",
    "needless to say": "leave it out",
    "it goes without saying": "leave it out",
    "opportunity of a lifetime": "say why this role matters to you",
    "thinking outside the box": "describe one idea you had",
    "people person": "give an example",
    "passionate about everything": "name one thing",
}
_GENERIC = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(p) for p in sorted(GENERIC_PHRASES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)

INFORMAL = {
    "hey": "Dear",
    "heya": "Dear",
    "hiya": "Dear",
    "yo": "Dear",
    "sup": "Dear",
    "howdy": "Dear",
    "cheers mate": "Best regards",
    "cheers": "Best regards",
    "mate": "",
    "dude": "",
    "buddy": "",
    "later": "Best regards",
    "ciao": "Best regards",
    "xoxo": "",
    "thanks a bunch": "Thank you",
    "thanks a ton": "Thank you",
    "thanks a million": "Thank you",
    "awesome": "excellent",
    "super cool": "impressive",
    "no worries": "",
    "catch you later": "Best regards",
}
_INFORMAL_ANYWHERE = re.compile(
    r"(?<![\w-])(cheers mate|mate|dude|buddy|xoxo|thanks a (?:bunch|ton|million)|awesome|"
    r"super cool|no worries|catch you later)(?![\w-])",
    re.IGNORECASE,
)
_INFORMAL_OPENING = re.compile(r"^\s*(hey|heya|hiya|yo|sup|howdy)\b", re.IGNORECASE)
_INFORMAL_CLOSING = re.compile(
    r"^[ \t]*(cheers|later|ciao)[ \t]*[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]|[:;]-?[)(DPp](?!\\w)")

# Acronyms that are also words or short names; never shouting.
ACRONYMS = frozenset(
    """
    ASAP NASA NATO UNICEF IKEA FIFA AIDS SCUBA LASER RADAR OPEC CEO CFO CTO COO HR IT PR QA
    UX UI USA UK EU
    """.split()
)

# Pressure on the employer: (pattern, message, severity).
PUSHY = [
    (
        r"\bwhy (haven't|have not|hasn't|didn't|did not) (you|anyone|anybody)\b",
        "asking why they have not answered puts them on the defensive",
        Severity.ERROR,
    ),
    (
        r"\bi (still )?(haven't|have not) (heard|received) (back|anything|a (reply|response|word))",
        "do not point out the silence; ask politely for an update instead",
        Severity.WARNING,
    ),
    (
        r"\bthis is my (second|third|fourth|fifth|\d+(st|nd|rd|th)) "
        r"(email|message|note|attempt|try)",
        "counting your messages reads as pressure",
        Severity.ERROR,
    ),
    (
        r"\bi(?:'ve| have)? (already )?(sent|written|wrote|emailed|called)( you)? "
        r"(\w+ )?(times|emails|messages|e-mails)\b",
        "counting your messages reads as pressure",
        Severity.ERROR,
    ),
    (
        r"\bas i (mentioned|said|wrote) in my (last|previous|earlier) (email|message|note)s?\b",
        "referring to unanswered messages reads as pressure",
        Severity.WARNING,
    ),
    (
        r"\bi (need|expect|require|must have|want) (an|a|your) "
        r"(answer|decision|reply|response|update)\b",
        "do not set terms for their decision; ask when you can expect to hear",
        Severity.ERROR,
    ),
    (
        r"\bplease (respond|reply|answer|decide|let me know)( to me)? "
        r"(by|before|within|no later than)\b",
        "imposing a deadline on the employer reads as pressure",
        Severity.ERROR,
    ),
    (
        r"\b(by|before) (end of|close of) (day|business|the week)\b",
        "imposing a deadline on the employer reads as pressure",
        Severity.ERROR,
    ),
    (
        r"\b(as soon as possible|asap|a\.s\.a\.p\.?|urgent(ly)?|immediately|right away)\b",
        "urgency words read as pressure; they decide on their timeline",
        Severity.WARNING,
    ),
    (
        r"\b(still|been) waiting (for|on) (your|a|an) (reply|response|answer|decision)",
        "do not point out the wait; ask politely for an update",
        Severity.WARNING,
    ),
    (
        r"\bi demand\b|\byou (must|need to|have to) (reply|respond|answer|decide|get back)",
        "demands end conversations; ask politely",
        Severity.ERROR,
    ),
    (
        r"\b(following|checking) (up|in) (again|once more|one more time)\b",
        "repeated follow-ups read as pestering; one check-in after their date is enough",
        Severity.WARNING,
    ),
]
_PUSHY = [(re.compile(p, re.IGNORECASE), m, s) for p, m, s in PUSHY]

SIMILAR_WARNING = 0.55
SIMILAR_ERROR = 0.8


@rule("generic-phrase", "FK301", Severity.WARNING, "A cliché that makes the letter generic.")
def generic_phrase(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag stock phrases: 'to whom it may concern', 'I am writing to', 'hard worker', ...

    Why: interviewers read the same phrases in every note; they prove nothing. Write instead:
    one concrete detail that only you could write.
    """
    for match in _GENERIC.finditer(text.raw):
        advice = GENERIC_PHRASES[match.group(1).lower()]
        yield rule.finding(
            text, match.start(1), match.end(1), f"{match.group(1)!r} is a stock phrase; {advice}"
        )


@rule("informal", "FK302", Severity.WARNING, "Casual words in a letter to an interviewer.")
def informal(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag casual openings and closings: 'Hey', 'Yo', 'Cheers mate', 'awesome', emoji.

    Why: an interviewer is not yet a friend; a casual tone reads as not taking the role
    seriously. Write instead: "Dear Priya," and "Best regards,".
    """
    found: list[tuple[int, int, str]] = []
    opening = _INFORMAL_OPENING.match(text.raw)
    if opening:
        found.append((*opening.span(1), opening.group(1)))
    for match in _INFORMAL_CLOSING.finditer(text.raw):
        if match.start() > len(text.raw) // 3:
            found.append((*match.span(1), match.group(1)))
    for match in _INFORMAL_ANYWHERE.finditer(text.raw):
        if not any(a <= match.start() < b for a, b, _ in found):
            found.append((*match.span(1), match.group(1)))
    for start, end, word in sorted(found):
        better = INFORMAL.get(word.lower(), "")
        advice = f"; write {better!r}" if better else "; leave it out"
        yield rule.finding(
            text, start, end, f"{word!r} is too casual for an interviewer{advice}", better or None
        )
    for match in _EMOJI.finditer(text.raw):
        yield rule.finding(
            text, match.start(), match.end(), "emoji are too casual for a letter to an interviewer"
        )


@rule("shouting", "FK303", Severity.WARNING, "Words in capitals or stacked exclamation marks.")
def shouting(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag words written in capitals for emphasis and '!!'.

    Why: capitals read as shouting; stacked marks read as gushing. Acronyms (SQL, AWS, KPI)
    and names in capitals from your notes are fine. Write instead: plain words, one
    exclamation mark at most.
    """
    terms = _terms(ctx)
    capitals = [m for m in text.words if len(m.group()) >= 3 and m.group().isupper()]
    candidates = {m.group().lower() for m in capitals}
    known = lexicon().known(candidates)
    for match in capitals:
        word = match.group()
        if word in ACRONYMS or fold(word) in terms or word.lower() not in known:
            continue
        if lexicon().frequency(word) < 5000:  # rare words in capitals are usually acronyms
            continue
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            f"{word!r} in capitals reads as shouting; write {word.lower()!r}",
            word.capitalize() if _starts_sentence(text.raw, match.start()) else word.lower(),
        )
    for match in re.finditer(r"[!?]*![!?]+|\?{2,}", text.raw):
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            f"{match.group()!r} reads as shouting; one mark is enough",
            match.group()[-1],
        )


@lru_cache(maxsize=64)
def _terms(ctx: Context) -> frozenset[str]:
    sources = (ctx.company, ctx.role, *ctx.notes, *ctx.terms)
    return frozenset(fold(w) for source in sources for w in re.findall(r"\w+", source))


def _starts_sentence(raw: str, start: int) -> bool:
    before = raw[max(0, start - 20) : start].rstrip()
    return not before or before[-1] in ".!?\n,"


@rule("pushy", "FK304", Severity.ERROR, "Pressure on the employer to answer.")
def pushy(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag pressure: demands for an answer, counting unanswered emails, deadlines for them.

    Why: hiring takes longer than candidates think; pressure costs goodwill and never speeds
    a decision. Write instead: "I would be glad to hear of any update when you have one."
    """
    for pattern, message, severity in _PUSHY:
        for match in pattern.finditer(text.raw):
            yield rule.finding(text, match.start(), match.end(), message, severity=severity)


@lru_cache(maxsize=128)
def _shingles(text: str, names: frozenset[str]) -> frozenset[tuple[str, ...]]:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    words = ["<name>" if w in names else w for w in words]
    return frozenset(tuple(words[i : i + 3]) for i in range(len(words) - 2))


def similarity(a: str, b: str, names: frozenset[str] = frozenset()) -> float:
    """How alike two letters read: the share of word triples they have in common (0 to 1).

    Names are replaced by a marker first, so a letter copied with only the name changed
    scores 1.0.
    """
    first, second = _shingles(a, names), _shingles(b, names)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


@rule("similar-letters", "FK305", Severity.WARNING, "Two letters of one interview read alike.")
def similar_letters(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a letter that reads nearly the same as another letter of the same interview.

    LinkedIn connection notes, two lines each, and replies to an outcome (one per interview)
    are not compared.

    Why: interviewers compare notes; two near-identical letters cancel each other out.
    Write instead: a different detail, and different words, for each person.
    """
    if not ctx.others or text.word_count < 10 or ctx.kind == "linkedin":
        return  # connection notes are two lines and alike by nature
    if ctx.kind in OUTCOME_REPLIES:
        return  # one reply per outcome, to one person: there is nothing to compare it with
    names = frozenset(fold(p) for name in (ctx.to, *ctx.names) for p in name.split())
    for label, other in ctx.others:
        score = similarity(text.raw, other, names)
        if score >= SIMILAR_WARNING:
            severity = Severity.ERROR if score >= SIMILAR_ERROR else Severity.WARNING
            yield rule.finding(
                text,
                0,
                len(text.raw),
                f"this letter is {score:.0%} the same as the letter to {label}; "
                "make each one about its own conversation",
                severity=severity,
            )


RULES = (generic_phrase, informal, shouting, pushy, similar_letters)
