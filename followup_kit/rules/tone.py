"""Tone: clichés, casual words, shouting, pressure, neediness, and letters that read alike."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ..kinds import OUTCOME_REPLIES
from ..spelling import lexicon
from .base import Context, Finding, Rule, Severity, Text, fold, rule_family
from .scan import Window, flattened, scan, windows
from .tone_cues import DESPERATE_CUES, FIRST_PERSON, OWN_ACTION, PUSHY_CUES, PUSHY_DEADLINE, Cue
from .tone_model import judge
from .tone_phrases import (
    ASKS_IF_IT_WORKS,
    CASUAL_BETTER,
    CASUAL_INDEX,
    CASUAL_PATTERNS,
    COMPETING,
    DEADLINE_PATTERN,
    DELIVERY_CHECK,
    DESPERATE,
    EXCUSED_BY_OFFER,
    EXPECTATION,
    INVITED,
    OFFER_CLAUSE,
    OWN_ANSWER,
    OWN_DEADLINE,
    PATIENCE,
    PRESUMPTION,
    PUSHY,
    SILENCE,
    STRETCHED,
    TRIPLED,
    PhraseTable,
)

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
    "you guys": "you",
    "y'all": "you",
    "yall": "you",
    "yeah": "yes",
    "yep": "yes",
    "yup": "yes",
    "nope": "no",
    "nah": "no",
    "kinda": "somewhat",
    "sorta": "somewhat",
    "dunno": "do not know",
    "gotcha": "understood",
    "anyways": "anyway",
    "bro": "",
    "dope": "",
    "woohoo": "",
    "yay": "",
    "yippee": "",
    "hooray": "",
    "tbh": "",
    "ngl": "",
    "jk": "",
    "no biggie": "",
    "no prob": "",
    "no probs": "",
    "no sweat": "",
    "no joke": "",
    "no kidding": "",
    "not gonna lie": "",
    "thanks heaps": "Thank you",
    "you rock": "",
    "you guys rock": "",
    "cheers for": "Thank you for",
    "catch you": "Best regards",
    "laters": "Best regards",
    "ttyl": "Best regards",
    "lots of love": "Best regards",
    "much love": "Best regards",
    "hugs and kisses": "Best regards",
    "big hugs": "Best regards",
    "love": "Best regards",
    "hugs": "Best regards",
    "peace": "Best regards",
    "quick q": "a quick question",
    "totes": "very",
    "obvi": "obviously",
    "amazeballs": "",
    "deffo": "definitely",
    "defo": "definitely",
    "legit": "",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "bye": "Best regards",
    "cheerio": "Best regards",
    "toodles": "Best regards",
    "super duper": "very",
    "yea": "yes",
    "cool cool": "",
    "grub": "",
    "yummy": "",
    "hun": "",
    "hunny": "",
    "sweetie": "",
    "babe": "",
    "later alligator": "Best regards",
    "awesomeness": "",
    "i reckon": "I think",
}
_OPENING_WORDS = ("hey", "heya", "hiya", "yo", "sup", "howdy")
_CLOSING_WORDS = (
    "cheers",
    "cheerio",
    "toodles",
    "later",
    "laters",
    "ciao",
    "ttyl",
    "love",
    "hugs",
    "peace",
    "xoxo",
    "bye",
)
_ANYWHERE_WORDS = sorted(
    (
        w
        for w in INFORMAL
        if w not in (*_OPENING_WORDS, "cheers", "cheerio", "later", "love", "peace")
    ),
    key=len,
    reverse=True,
)
# A compound before "mate" or "buddy" makes a plain word of it: team mate, buddy scheme.
_INFORMAL_ANYWHERE = re.compile(
    r"(?<![\w-])(?:(?P<compound>team|class|room|flat|ship|work|play|house|running|check|soul|help"
    r"|office|lab|desk|squad|school|course|bunk|crew|table|cell)[ ]+(?=mate\b))?"
    r"(?P<word>" + "|".join(re.escape(w) for w in _ANYWHERE_WORDS) + r")(?![\w'’-])",
    re.IGNORECASE,
)
# Each casual word or phrase needs its most telling word ("bunch" in "thanks a bunch").
_ANYWHERE_ANCHORS = frozenset(
    max(w.split(), key=lambda t: (t not in {"thanks", "no", "you", "not", "for"}, len(t)))
    for w in _ANYWHERE_WORDS
)


def _casual_words(text: Text, raw: str) -> Iterator[re.Match[str]]:
    """Matches of the casual words, only in sentences that hold one of their words."""
    for window in windows(text):
        if not _ANYWHERE_ANCHORS.isdisjoint(window.vocabulary):
            yield from _INFORMAL_ANYWHERE.finditer(raw, window.start, window.end)


_BUDDY_SCHEME = re.compile(r"[ ]+(?:programme|program|system|scheme|check|initiative)\b", re.I)
_INFORMAL_OPENING = re.compile(rf"^\s*({'|'.join(_OPENING_WORDS)})\b", re.IGNORECASE)
# A casual sign-off alone on its line, perhaps with a name or a smiley after it.
_INFORMAL_CLOSING = re.compile(
    rf"^[ \t]*({'|'.join(_CLOSING_WORDS)})[ \t]*[,.!]?"
    r"(?:[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?[ \t]*(?:[:;]-?[)D])?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]|[:;]-?[)(DPp](?!\\w)")

# Acronyms that are also words or short names; never shouting.
ACRONYMS = frozenset(
    """
    ASAP NASA NATO UNICEF IKEA FIFA AIDS SCUBA LASER RADAR OPEC CEO CFO CTO COO HR IT PR QA
    UX UI USA UK EU
    """.split()
)


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
    """Flag casual words: 'Hey', 'Yo', 'you guys', 'haha', 'lol', 'yeah', 'Cheers mate', emoji.

    Also slang ('awesome', 'stoked', 'pretty cool', 'a blast'), stretched words ('sooo') and
    casual sign-offs ('Cheers', 'Love', 'xx'). Compounds are fine: 'my team mate', 'teammate',
    'our buddy programme'.

    Why: an interviewer is not yet a friend; a casual tone reads as not taking the role
    seriously. Write instead: "Dear Priya," and "Best regards,", "you" for "you guys", and
    "yes" for "yeah".
    """
    raw = text.raw.replace("’", "'")  # same length: spans stay right
    found: list[tuple[int, int, str | None]] = []  # (start, end, what to write instead)
    opening = _INFORMAL_OPENING.match(raw)
    if opening:
        found.append((*opening.span(1), None))
    for match in _INFORMAL_CLOSING.finditer(raw):
        # "Later" alone on an early line may be a heading, not a sign-off.
        if match.group(1).lower() != "later" or match.start() > len(raw) // 3:
            found.append((*match.span(1), None))
    for match in _casual_words(text, raw):
        if match.group("compound"):
            continue
        if match.group("word").lower() == "buddy" and _BUDDY_SCHEME.match(raw, match.end()):
            continue  # a buddy scheme pairs new hires with a colleague: an HR term
        found.append((*match.span("word"), None))
    if TRIPLED.search(raw):
        found.extend(
            (*m.span(), "") for m in STRETCHED.finditer(raw) if not text.in_link(m.start())
        )
    for number, match in scan(text, raw, CASUAL_INDEX, CASUAL_PATTERNS):
        group = next((g for g in ("w", "w2") if match.groupdict().get(g)), 0)
        if not text.in_link(match.start()):
            found.append((*match.span(group), CASUAL_BETTER[number]))
    flagged = sorted(start for start, _, _ in found)
    for window in windows(text):
        before = bisect_left(flagged, window.start)
        if before < len(flagged) and flagged[before] < window.end:
            continue
        # Read as the other tone rules read it (a line break as a space), so the three share
        # the sentence's features; the informal model weighs words only, never line breaks.
        verdict = judge(flattened(text), window.start, window.end, "informal", shown=raw)
        if verdict:
            yield rule.finding(text, verdict.start, verdict.end, verdict.message)
    end_of_last = -1
    for start, end, better in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < end_of_last:
            continue  # inside a longer casual phrase already reported ("cheers mate")
        end_of_last = end
        word = text.raw[start:end]
        if better is None:
            better = INFORMAL.get(fold(word).replace("’", "'"), "")
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
    """Flag pressure: demands and deadlines for their answer, ultimatums, counting emails.

    Catches "Pls call me back by Friday", "I expect to hear from you this week", "you need to
    decide by Monday", "If I don't hear back by Thursday, I will accept the other offer",
    "This is my third email". A polite mention of another offer is fine: "I have received
    another offer and would be grateful to know your timeline." So is your own deadline: "I
    will send the slides by Friday."

    Why: hiring takes longer than candidates think; pressure costs goodwill and never speeds
    a decision. Write instead: "I would be glad to hear of any update when you have one."
    """
    yield from _phrases(
        rule,
        text,
        PUSHY,
        excused={
            **dict.fromkeys(EXCUSED_BY_OFFER | {PUSHY_DEADLINE.message}, OFFER_CLAUSE),
            SILENCE: DELIVERY_CHECK,
            PRESUMPTION: INVITED,
            COMPETING: OWN_DEADLINE,
            EXPECTATION: ASKS_IF_IT_WORKS,
        },
        cues=PUSHY_CUES,
        deadlines=True,
        model="pushy",
    )


@rule("desperate", "FK306", Severity.WARNING, "Begging, neediness or anxiety about the answer.")
def desperate(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a needy tone: begging, any terms, anxiety, apologising for writing, self-doubt.

    Catches "I really need this job", "please give me a chance", "I am begging you", "I will
    accept any salary", "I'll do anything", "I keep checking my inbox every hour", "I haven't
    slept since the interview", "this job means everything to me", "I know I'm probably not
    what you're looking for", "sorry to bother you again". Begging, offering to take any terms
    and calling yourself desperate are errors: each alone can cost the offer. Need, anxiety and
    self-doubt are warnings. One mild apology for writing is a note; an intensified or
    repeated one ("so sorry to bother you again") is a warning.

    Why: interviewers hire the candidate who fits, not the one who needs it most; a needy
    letter shifts their attention from your strengths to your situation, and offering to take
    any salary weakens you before an offer exists. Write instead: one clear statement of
    interest and one strength, e.g. "I would love to join the team, and I would bring the
    dashboard migration I led at Acme."
    """
    findings = list(_phrases(rule, text, DESPERATE, cues=DESPERATE_CUES, model="desperate"))
    apologies = [f for f in findings if f.severity is Severity.INFO]
    for finding in findings:
        if finding.severity is Severity.INFO and (
            len(apologies) > 1 or _INSISTENT_APOLOGY.search(finding.excerpt)
        ):
            finding = finding._replace(
                severity=Severity.WARNING,
                message=finding.message
                + (
                    f" (this letter apologises {len(apologies)} times)"
                    if len(apologies) > 1
                    else ""
                ),
            )
        yield finding
    yield from _many_apologies(rule, text, flattened(text))


_INSISTENT_APOLOGY = re.compile(
    r"\b(?:again|once\s+more|yet|another|so|very|really|terribly|truly|awfully|extremely"
    r"|keep\w*|all\s+these|so\s+many|multiple|repeated|constant)\b",
    re.IGNORECASE,
)
_APOLOGY_WORD = re.compile(r"\b(?:sorry|apologi[sz]e[ds]?|apologies|forgive\s+me)\b", re.I)
MAX_APOLOGIES = 2


def _many_apologies(rule: Rule, text: Text, raw: str) -> Iterator[Finding]:
    """One finding at the third apology of a letter: a letter that keeps apologising."""
    for count, match in enumerate(_APOLOGY_WORD.finditer(raw), start=1):
        if count == MAX_APOLOGIES + 1:
            yield rule.finding(
                text,
                match.start(),
                match.end(),
                "a third apology in one letter reads as anxious; keep the one that matters",
                severity=Severity.WARNING,
            )
            return


def _phrases(
    rule: Rule,
    text: Text,
    table: PhraseTable,
    *,
    excused: dict[str, re.Pattern[str]] | None = None,
    gated: bool = True,
    cues: tuple[Cue, ...] = (),
    deadlines: bool = False,
    model: str | None = None,
) -> Iterator[Finding]:
    """Findings for a phrase table, then for cues and the scorer in the sentences left.

    Where phrases overlap, the worst one speaks for them.
    """
    raw = flattened(text)
    excused = excused or {}
    matches = []
    found = (
        scan(text, raw, table.index, table.patterns)
        if gated
        else ((n, m) for n, p in enumerate(table.patterns) for m in p.finditer(raw))
    )
    for number, match in found:
        if match.end() > match.start():
            severity = table.severities[number]
            matches.append((*match.span(), severity.rank, table.messages[number], severity))
    if cues or deadlines or model:
        matches += _sentence_matches(
            text, raw, [m[0] for m in matches], cues, deadlines, excused, model
        )
    matches.sort()
    chosen: tuple[int, int, int, str, Severity] | None = None
    for current in matches:
        if chosen and current[0] < chosen[1]:  # overlaps: one finding over both, the worse
            worse = current if current[2] < chosen[2] else chosen
            chosen = (chosen[0], max(chosen[1], current[1]), *worse[2:])
            continue
        if chosen and not _is_excused(raw, chosen[0], chosen[3], excused):
            yield rule.finding(text, chosen[0], chosen[1], chosen[3], severity=chosen[4])
        chosen = current
    if chosen and not _is_excused(raw, chosen[0], chosen[3], excused):
        yield rule.finding(text, chosen[0], chosen[1], chosen[3], severity=chosen[4])


def _sentence_matches(
    text: Text,
    raw: str,
    starts: list[int],
    cues: tuple[Cue, ...],
    deadlines: bool,
    excused: dict[str, re.Pattern[str]],
    model: str | None,
) -> list[tuple[int, int, int, str, Severity]]:
    """One match per sentence that no phrase matched, where a cue or the scorer speaks.

    A cue (a few word sets that meet in the sentence) speaks only when the scorer seconds it,
    at a lower bar than the scorer needs on its own: two weak signals that agree.
    """
    starts = sorted(starts)
    found = []
    for window in windows(text):
        before = bisect_left(starts, window.start)
        if before < len(starts) and starts[before] < window.end:
            continue  # a phrase already speaks for this sentence, with a precise span
        cue = _first_cue(cues, window.vocabulary)
        if cue is None and deadlines and _asks_by_a_deadline(raw, window):
            cue = PUSHY_DEADLINE
        if cue is not None and _is_excused(raw, window.start, cue.message, excused):
            cue = None
        verdict = None
        if model:
            verdict = judge(raw, window.start, window.end, model, seconded=cue is not None)
        if cue is not None and (verdict or not model):
            span = _SENTENCE_TEXT.search(raw, window.start, window.end)
            if span:
                found.append((*span.span(), cue.severity.rank, cue.message, cue.severity))
        elif verdict and not verdict.seconded and not _promises_own_answer(raw, window):
            found.append(
                (
                    verdict.start,
                    verdict.end,
                    Severity.WARNING.rank,
                    verdict.message,
                    Severity.WARNING,
                )
            )
    return found


def _promises_own_answer(raw: str, window: Window) -> bool:
    """True when the sentence promises the candidate's own answer or allows for their pace:
    the scorer alone never calls that pressure ("I will do my best to answer sooner", "I
    realise you may not have an update yet")."""
    return bool(
        OWN_ANSWER.search(raw, window.start, window.end)
        or PATIENCE.search(raw, window.start, window.end)
    )


# Per table of cues, a sentence's vocabulary -> the first cue that fits it: an unchanged
# sentence is looked up again at every review of its letter.
_CUE_MEMOS: dict[int, tuple[tuple[Cue, ...], dict[frozenset[str], Cue | None]]] = {}
_CUE_MEMO_LIMIT = 4096


def _first_cue(cues: tuple[Cue, ...], vocabulary: frozenset[str]) -> Cue | None:
    """The first of ``cues`` whose words meet in the sentence, or None."""
    table, memo = _CUE_MEMOS.get(id(cues), ((), {}))
    if table is not cues:  # first use (or another tuple now has that id)
        memo = {}
        _CUE_MEMOS[id(cues)] = (cues, memo)
    if vocabulary in memo:
        return memo[vocabulary]
    if len(memo) >= _CUE_MEMO_LIMIT:
        memo.clear()
    found = memo[vocabulary] = next((c for c in cues if _fits(c, vocabulary)), None)
    return found


def _fits(cue: Cue, vocabulary: frozenset[str]) -> bool:
    if cue.first_person and FIRST_PERSON.isdisjoint(vocabulary):
        return False
    if not cue.unless.isdisjoint(vocabulary):
        return False
    return all(not words.isdisjoint(vocabulary) for words in cue.needs)


def _asks_by_a_deadline(raw: str, window: Window) -> bool:
    """A sentence that asks for their answer by a date, and is neither an offer nor our own."""
    if not _fits(PUSHY_DEADLINE, window.vocabulary):
        return False
    if not DEADLINE_PATTERN[0].search(raw, window.start, window.end):
        return False
    if OFFER_CLAUSE.search(raw, window.start, window.end):
        return False
    return not OWN_ACTION.search(raw, window.start, window.end)


_SENTENCE_TEXT = re.compile(r"\S(?:.*\S)?", re.DOTALL)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _is_excused(raw: str, start: int, message: str, excused: dict[str, re.Pattern[str]]) -> bool:
    """True when the sentence around ``start`` holds what excuses this message.

    An offer excuses a deadline ("let me know by Friday if you would like the sample"); a
    check that a message arrived excuses mentioning the silence ("I hadn't heard back, so I
    wanted to make sure my email reached you").
    """
    pattern = excused.get(message)
    if pattern is None:
        return False
    window_start = max(0, start - 200)
    before = _SENTENCE_START.search(raw, window_start, start)
    begin = before.start() + 1 if before else window_start
    after = _SENTENCE_END.search(raw, start, start + 300)
    end = after.start() if after else min(len(raw), start + 300)
    return pattern.search(raw, begin, end) is not None


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


RULES = (generic_phrase, informal, shouting, pushy, desperate, similar_letters)
