"""Content: does the letter say what a follow-up must say, to the right person and company?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..kinds import INTEREST_KINDS, THANKS_KINDS
from .answers import assess
from .base import Context, Finding, Rule, Severity, Text, fold, rule_family
from .companies import company_pattern, folded_names
from .words import content_words

rule = rule_family("content")

THANKS = re.compile(r"\b(thank|thanks|grateful|gratitude|appreciate[ds]?|appreciation)\b", re.I)
# What a candidate who wants the job would do there: "join", "bring that to", "be part of".
_JOINING = (
    r"(?:join|bring|contribut|work(?:ing)?\s+(?:with|at|for|alongside|on)|be(?:ing)?\s+(?:a\s+)?"
    r"part|becom|grow|build|help(?:ing)?\s+(?:the|your|you|build|grow|shape)|tak(?:e|ing)\s+on"
    r"|tackl|start|lead|support(?:ing)?\s+(?:the|your)|be(?:ing)?\s+on|be(?:ing)?\s+a\s+member)"
    r"\w*"
)
INTEREST = re.compile(
    r"\b(excited|exciting|enthusiastic|eager|keen|thrilled|delighted)\b"
    r"|\b(really|very|truly|genuinely|still|remain|am|I'm) (interested|motivated)\b"
    r"|\binterest in\b|\binterested in (the|this|joining|working)\b"
    r"|\b(want|would love|would like|hope|look(ing)? forward) (to )?(join|be part|work|contribut)"
    r"|\b(really|truly|very much) want (this|the) (job|role|position)\b"
    r"|\b(ideal|great|strong|natural) (fit|match)\b"
    # "Northwind remains my first choice", "you are my top choice"
    r"|\b(first|top|number[- ]one|#1|1st)[- ]choice\b"
    # "I would love to bring that to ...", "I'd be thrilled to join", "would be proud to work"
    r"|\b(would|'d|’d)\s+(?:(?:really|very\s+much|so\s+much|truly|absolutely|also)\s+)?"
    r"(love|like|enjoy|welcome|relish|be\s+(?:thrilled|delighted|excited|glad|happy|honou?red"
    r"|proud|keen|eager|pleased))\s+(?:the\s+(?:chance|opportunity)\s+)?to\s+"
    + _JOINING
    + r"|\b(hope|hoping|aim|aiming|plan|planning|want|wish|long|ready|eager|keen|look(?:ing)?"
    r"\s+forward)\s+to\s+"
    + _JOINING
    + r"|\b(can't|can’t|cannot)\s+wait\s+to\s+(?:join|start|get\s+started|work|contribute|be"
    r"\s+part)"
    r"|\bwant\s+(this|the)\s+(job|role|position)\b"
    r"|\bexactly\s+(?:the\s+(?:kind|sort)\s+of\s+)?(?:role|job|position|work|team)\s+I\b"
    r"|\bexactly\s+what\s+I(?:'ve|’ve|\s+have|'m|’m|\s+am)\s+(?:been\s+)?looking\s+for\b",
    re.I,
)
VALUE = re.compile(
    r"\bI(?:'ve| have| also| recently)?\s+(?:\w+\s+){0,2}?"
    r"(led|built|created|managed|designed|automated|improved|reduced|cut|increased|trained|"
    r"launched|delivered|developed|organi[sz]ed|speak|wrote|ran|won|completed|earned|"
    r"mentored|coached|migrated|introduced|set up|taught|volunteer|hold|studied)\b"
    r"|\b(my|in my) (experience|background|previous|last|current|former) "
    r"|\bI (?:did not|didn't) (get to|have the chance to) mention\b"
    r"|\bsomething I did(?: not|n't) mention\b|\bone more thing\b",
    re.I,
)
PLACEHOLDER = re.compile(
    r"\[\s*[A-Za-z][\w .'-]{0,30}\]"  # [Name], [Company Name]
    r"|\{\{.{0,60}?\}\}|\{%.{0,60}?%\}"  # Jinja leftovers
    r"|\{[a-z_]{2,30}\}"  # {name}
    r"|<{1,2}\s*[a-z][a-z _-]{1,30}>{1,2}"  # <company>, <<name>>
    r"|\[\s*(?i:your|something|add|insert)\b[^\[\]\n]{0,200}\]"  # [your answer to Ana: ...]
    r"|\b(XXX+|TODO|TBD|FIXME|INSERT)\b"
    r"|_{3,}"
    r"|%s\b",
)
DIRECT_ADDRESS = re.compile(
    r"\b(?i:thank you|thanks|dear|hello|hi)[ ,]+(?P<name>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)",
)
JOIN_COMPANY = re.compile(
    r"\b(?:join|joining|work(?:ing)? (?:at|for)|career at|team at|role at|position at|"
    r"opportunity (?:at|with)|future at|part of|time at|visit to|interview at|offices? of)"
    r" (?:the )?(?P<name>[A-Z][\w&'’-]*(?: (?:&|of|[A-Z][\w&'’-]*)){0,3})"
)
TITLES = re.compile(r"^(?:(?:mr|mrs|ms|mx|dr|prof)\.? )+", re.I)
# A card may open by addressing its reader: "Frank, thank you for showing me the lab."
VOCATIVE = re.compile(
    r"\s*(?P<name>(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+)?[A-Z][^\W\d_]*(?:[ \t-][A-Z][^\W\d_]*)"
    r"{0,2})[ \t]*(?:,|:|[ \t]+[—–-][ \t])"
)
# Words that open a sentence with a comma but are not names: "However, ...", "Friday, 4 May".
NOT_NAMES = frozenset(
    """
    however yesterday today tomorrow again also first firstly second secondly third finally
    lastly meanwhile overall afterwards nevertheless therefore besides still yes no ok okay sorry
    congratulations greetings thanks thank hello hi hey dear well so now then sadly luckily
    happily honestly frankly personally ideally instead otherwise recently unfortunately
    fortunately team all everyone everybody folks colleagues friends sir madam hiring
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """.split()
)


def _vocative(text: Text, ctx: Context) -> re.Match[str] | None:
    """The name a letter opens with, when it has no greeting line ('Frank, thank you ...')."""
    match = VOCATIVE.match(text.raw)
    if match is None or text.greeting is not None:
        return None
    parts = [fold(p) for p in re.findall(r"[^\W\d_]+", TITLES.sub("", match.group("name")))]
    company = {fold(p) for p in re.findall(r"[\w&'’-]+", ctx.company)}
    if not parts or parts[0] in NOT_NAMES or parts[0] in company or parts[0].endswith("ly"):
        return None
    return match


def _first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def _mentions(letter: str, phrases: tuple[str, ...]) -> bool:
    """True when the letter shares a content word with any phrase (notes, value points)."""
    return not _wanted(phrases).isdisjoint(content_words(letter))


@lru_cache(maxsize=64)
def _wanted(phrases: tuple[str, ...]) -> frozenset[str]:
    """The content words of the notes or value points: the same for every review of a letter."""
    return frozenset(content_words(" ".join(phrases)))


@rule("missing-thanks", "FK101", Severity.ERROR, "The letter never thanks the reader.")
def missing_thanks(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a thank-you (or a reply to an outcome) that never says thank you.

    Why: thanking each person for their time is the point of the note; without it the letter
    reads as a request. Write instead: "Thank you for taking the time to meet me on Tuesday."
    """
    if text.raw.strip() and ctx.kind in THANKS_KINDS and not THANKS.search(text.raw):
        yield rule.finding(text, 0, 0, "the letter never thanks them; thank them for their time")


@rule(
    "missing-interest",
    "FK102",
    Severity.WARNING,
    "No clear statement that the candidate wants the job.",
)
def missing_interest(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a letter that never says the candidate wants the job.

    Counts as interest: "I would love to join", "I'd be thrilled to bring that to Northwind",
    "Northwind remains my first choice", "I hope to be part of the team", "I am very
    interested in the role", "I'm eager to contribute". Offering to send references does not.

    Only letters written while the job is still open (a thank-you, a check-in, a request for
    time on an offer): an acceptance says yes, and a decline or a withdrawal says no.

    Why: interviewers weigh enthusiasm; say plainly that you want this role.
    Write instead: "I would love to join the analytics team."
    """
    if text.raw.strip() and ctx.kind in INTEREST_KINDS and not INTEREST.search(text.raw):
        yield rule.finding(
            text, 0, 0, "say clearly that you want the job, e.g. 'I would love to join your team'"
        )


@rule(
    "missing-specific",
    "FK103",
    Severity.WARNING,
    "Nothing from this interviewer's conversation is mentioned.",
)
def missing_specific(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a thank-you that mentions nothing from this person's notes.

    Why: a note that could go to anyone is forgotten; one topic, remark or concern from that
    conversation proves you listened. Write instead: "You mentioned the move to a SQL
    warehouse; I did the same at my last job."
    """
    if not ctx.notes or not text.raw.strip() or ctx.kind != "thank-you":
        return  # a check-in or a connection note need not repeat the conversation
    if not _mentions(text.raw[text.body_start : text.closing_start], ctx.notes):
        yield rule.finding(
            text,
            0,
            0,
            "mention something from your conversation with them (a topic, a remark, or the "
            "concern they raised), so the note could only be for them",
        )


@rule(
    "missing-value",
    "FK104",
    Severity.WARNING,
    "Nothing the candidate adds about themselves.",
)
def missing_value(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a thank-you that adds nothing about the candidate.

    Why: the note is a last chance to show a strength the interview did not bring out.
    Write instead: "One thing I did not mention: I trained twelve supervisors to use our
    dashboard."
    """
    if ctx.kind != "thank-you" or not text.raw.strip():
        return
    body = text.raw[text.body_start : text.closing_start]
    if VALUE.search(body) or (ctx.value_points and _mentions(body, ctx.value_points)):
        return
    yield rule.finding(
        text, 0, 0, "add one strength or result of yours that the interview did not bring out"
    )


@rule(
    "missing-greeting",
    "FK105",
    Severity.ERROR,
    "No greeting that names the recipient.",
)
def missing_greeting(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a letter that does not open by greeting the reader by name.

    A card that opens with the name and a comma greets them too: "Frank, thank you for
    showing me the lab."

    Why: a greeting with their name is the first sign the note was written for them.
    Write instead: "Dear Priya," (or "Dear Ms Raman," if the setting is formal).
    """
    if not text.raw.strip():
        return
    suggestion = f"Dear {_first_name(ctx.to)}," if ctx.to else None
    greeting = text.greeting
    if greeting is None and _vocative(text, ctx) is not None:
        return  # "Frank, thank you for ...": a card that opens with their name greets them
    if greeting is None:
        yield rule.finding(
            text, 0, 0, "open with a greeting that names them, e.g. 'Dear Priya,'", suggestion
        )
        return
    name = TITLES.sub("", greeting.group("rest").strip(" ,:!.-"))
    if not re.search(r"[^\W\d_]", name) or fold(name).startswith(("sir", "madam", "team", "all")):
        yield rule.finding(
            text,
            greeting.start(),
            greeting.end(),
            "the greeting does not name the reader; use their name",
            suggestion,
        )


@rule("wrong-name", "FK106", Severity.ERROR, "The letter names someone else as its reader.")
def wrong_name(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a greeting or a direct address that names someone other than the recipient.

    Why: a copied letter with the wrong name is the surest way to be remembered badly.
    Write instead: the recipient's own name, as written on their business card.
    """
    if not ctx.to:
        return
    mine = ctx.recipient_parts()
    suggestion = _first_name(ctx.to)
    greeting = text.greeting
    if greeting is not None and not greeting.group("word").lower().startswith("to whom"):
        rest = greeting.group("rest")
        offset = greeting.start("rest")
        name = TITLES.sub("", rest.strip())
        for match in re.finditer(r"[^\W\d_]+", name):
            if match.group()[0].isupper() and fold(match.group()) not in mine:
                if fold(match.group()) in ("sir", "madam", "team", "all", "hiring", "manager"):
                    continue
                start = offset + rest.index(match.group())
                yield rule.finding(
                    text,
                    start,
                    start + len(match.group()),
                    f"this letter is for {ctx.to}, but the greeting says {match.group()!r}",
                    suggestion,
                )
                break
    vocative = _vocative(text, ctx)
    if vocative is not None:
        first = TITLES.sub("", vocative.group("name")).split()[0]
        if fold(first) not in mine:
            start = vocative.start("name") + vocative.group("name").rindex(first)
            yield rule.finding(
                text,
                start,
                start + len(first),
                f"this letter is for {ctx.to}, but it opens with {first!r}",
                suggestion,
            )
    others = {fold(part) for name in (*ctx.names, ctx.candidate) for part in name.split()}
    others -= mine
    for match in DIRECT_ADDRESS.finditer(text.raw, text.body_start):
        first = match.group("name").split()[0]
        if fold(first) in others:
            yield rule.finding(
                text,
                match.start("name"),
                match.start("name") + len(first),
                f"this letter is for {ctx.to}, but it addresses {first}",
                suggestion,
            )


@rule(
    "wrong-company",
    "FK107",
    Severity.ERROR,
    "Another employer is named where the interview's company belongs.",
)
def wrong_company(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag another employer's name where the interview's company belongs.

    Why: "excited to join Contoso" in a letter to Northwind tells them they are one of many.
    Write instead: the company you interviewed with, spelled as they spell it.
    """
    company = fold(ctx.company)
    # One pattern for all your applications, built once (not one search per company).
    others = company_pattern(ctx.other_companies)
    for match in others.finditer(text.raw) if others is not None else ():
        if fold(match.group()) == company:
            continue
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            f"{match.group()!r} is another of your applications; this letter goes to {ctx.company}",
            ctx.company or None,
        )
    if not ctx.company:
        return
    company_parts = {fold(p) for p in re.findall(r"[\w&'’-]+", ctx.company)}
    people = {fold(p) for name in (ctx.to, ctx.candidate, *ctx.names) for p in name.split()}
    known = folded_names(ctx.other_companies)
    for match in JOIN_COMPANY.finditer(text.raw, text.body_start, text.closing_start):
        named = match.group("name")
        parts = {fold(p) for p in re.findall(r"[\w&'’-]+", named)} - {"&", "of"}
        if not parts or parts & company_parts or parts & people or fold(named) in known:
            continue
        if parts <= {fold(w) for w in re.findall(r"\w+", ctx.role)}:
            continue
        yield rule.finding(
            text,
            match.start("name"),
            match.end("name"),
            f"{named!r} is not {ctx.company}, the company you interviewed with",
            ctx.company,
        )


@rule("placeholder", "FK108", Severity.ERROR, "Template leftovers such as [Name] or TODO.")
def placeholder(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag template leftovers: [Name], {{ company }}, <company>, XXX, TODO, ____.

    Why: a placeholder left in tells the reader the letter is a form letter.
    Write instead: the real name, company or detail.
    """
    for match in PLACEHOLDER.finditer(text.raw):
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            f"{match.group()!r} looks like a template placeholder; replace it with the real text",
        )


# Why a letter that names the concern still does not answer it (see answers.Assessment).
_SHORT_OF = {
    "later": " (it offers to talk about it later; this letter is the chance)",
    "reassures": " (it says all will be well, which the reader cannot check)",
    "elsewhere": " (the facts that follow are about something else)",
}


@rule(
    "unanswered-concern",
    "FK109",
    Severity.WARNING,
    "A concern the interviewer raised is named but not answered, or not addressed at all.",
)
def unanswered_concern(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a thank-you that leaves the reader's concern unanswered.

    A concern counts as answered when a sentence is about it and says something real: what
    you did, a number, a date, a name. *About it* means its key words or their forms, or words
    of the same subject: a worry about relocating is answered by a signed tenancy and a bus
    time, one about a gap in your CV by the months you spent caring for a parent. Right after
    a sentence that names the concern, facts answer it without naming it again, unless they
    turn to something else ("I'd like to highlight instead ..."). Naming it, thanking for the
    question, offering to discuss it later or saying you are sure it will be fine is not
    enough. When the worry is a missing licence or exam, only the licence or exam answers it.
    The first concern is the one that matters most (a warning); others raised are noted for
    you (info).

    Why: an interviewer who doubted you reads the thank-you for the answer. "You asked whether
    I have led a team. I have thought about it since." reads as a dodge.
    Write instead: "You asked whether I have led a team. For two years I led four analysts at
    Brightline, and two of them have since been promoted."
    """
    if ctx.kind != "thank-you" or not ctx.concerns or not text.raw.strip():
        return
    who = ctx.to or "they"
    names = (ctx.to, ctx.candidate, *ctx.names)
    for number, concern in enumerate(ctx.concerns):
        verdict = assess(text, concern, names=names, phrases=(ctx.company, ctx.role))
        if verdict.answered:
            continue
        start, end = verdict.mention or (0, 0)
        if number:
            yield rule.finding(
                text,
                start,
                end,
                f"{who} also raised {concern!r}; answer it too if the letter has room",
                severity=Severity.INFO,
            )
        elif verdict.mention:
            yield rule.finding(
                text,
                start,
                end,
                f"this names the concern {concern!r} but does not answer it"
                f"{_SHORT_OF.get(verdict.why, '')}: add what you did about it, with a number "
                "or an example if you have one",
            )
        else:
            yield rule.finding(
                text,
                0,
                0,
                f"{who} raised {concern!r} and the letter does not answer it: add a sentence "
                "or two on what you did, with a number if you have one",
            )


RULES = (
    missing_thanks,
    missing_interest,
    missing_specific,
    missing_value,
    missing_greeting,
    wrong_name,
    wrong_company,
    placeholder,
    unanswered_concern,
)
