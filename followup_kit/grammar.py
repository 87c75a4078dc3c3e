"""Grammar engine: Harper (Automattic's offline checker, through harper-py) behind our own types.

Nothing outside this module imports ``harper``: the ``grammar`` rule asks :func:`check` for
:class:`Slip` records (span, message, suggestion, severity), so another engine can replace
Harper without touching a rule or a widget.

Harper's ``Linter`` takes about 0.7 s to build the first time in a process (a process-wide
dictionary). After that, a letter costs what Harper has not seen of it: its parser runs a small
neural network (a noun-phrase chunker) on every new sentence, remembered for the life of the
process, and its lints read every word. So there is one ``Linter`` per process, built lazily,
reused, and guarded by a lock (a call made while another thread is inside one raises
``RuntimeError``), plus a helper ``Linter`` that takes half of a letter new to Harper when a
second core is free. :func:`warm_up` builds them in a background thread (Harper releases the
GIL): the editor calls it when it opens, the command line before it even parses its arguments.
A review starts Harper on the letter before it runs its other rules, and runs the grammar rule
last, so Harper's work on a new paragraph overlaps theirs when a second core is free.
Above Harper, :func:`check` remembers the findings of each paragraph, so a keystroke costs
only the paragraph it changed.

Which of Harper's lints run, and how serious each is, was decided kind by kind from what they
report on real letters and what they cost (``benchmarks/grammar.py`` prints the measurement):
see ``SWITCHED_ON``.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from harper import Lint, Linter

__all__ = [
    "LEFT_OUT",
    "MAX_CHECKED",
    "SWITCHED_OFF",
    "SWITCHED_ON",
    "Slip",
    "check",
    "check_async",
    "clear_cache",
    "engine_version",
    "warm_up",
]

MAX_CHECKED = 50_000  # characters: a letter is 2 000; a pasted book is checked this far only
CHUNK = 4_000  # Harper gets a paragraph at a time, never more than this
_CACHE_SIZE = 256  # paragraphs remembered: a keystroke re-lints only the paragraph it changed

# Which of Harper's lints run. Harper has about 900, and each one reads every word again: on
# the 200-word letter of benchmarks/, new to Harper, its defaults took about 33 ms of CPU on top
# of the 17 ms its parser takes, while the lints chosen here take about 5 ms (busy machine; the
# benchmark prints it). Only the lints for the kinds of slip a follow-up letter has run, listed
# by kind; every other lint is off (LEFT_OUT says why, by Harper's own groups). Chosen by kind
# first, since the review is judged on sentences nobody has seen, then by what each lint caught
# on the slips in benchmarks/data, what it raised on correct letters and what it costs
# (benchmarks/grammar.py prints the first two for every lint that fires). Within a kind, a lint
# for a single idiom runs only if the idiom belongs in a letter.
SWITCHED_ON: dict[str, tuple[str, ...]] = {
    "the verb agrees with its subject ('she don't', 'I are', 'there is many')": (
        "PronounInflectionBe",
        "IAmAgreement",
        "IDo",
        "HavePronoun",
        "HeDos",
        "NominalWants",
        "ThereIsAgreement",
        "DespiteItIs",
        "WentAheadAndAgreement",
        "OneOfTheSingular",
        "QuantifierNumeralConflict",
        "MassNouns",
        "MakeItSeem",
    ),
    "the verb form after 'have', 'to', 'did', 'will', a modal ('have went', 'to joined')": (
        "SimplePastToPastParticiple",
        "InflectedVerbAfterTo",
        "WillNonLemma",
        "DidPast",
        "HelpedPast",
        "RegularIrregulars",
        "ModalOf",
        "ModalBeAdjective",
        "DoubleModal",
        "IsBeenAuxSequence",
        "SingleBe",
        "ProgressiveNeedsBe",
        "MissingTo",
        "HowTo",
        "LetToDo",
        "NeedToNoun",
        "IfWouldve",
        "UseToUsedTo",
        "SupposedTo",
        "WorthToDo",
        "Payed",
        "GetUsedTo",
    ),
    "a real word in place of another ('then'/'than', 'its'/'it's', 'exited', 'advise')": (
        "ThenThan",
        "ThatThan",
        "ToTwoToo",
        "TooTo",
        "ToTooIdioms",
        "ToLoseTooLoose",
        "WereWhere",
        "ItsContraction",
        "ItsPossessive",
        "TheirToThere",
        "TheirToTheyre",
        "TheyreToTheir",
        "ThereOwn",
        "Theres",
        "TheyreConfusions",
        "PossessiveYour",
        "YourPredicateAdjective",
        "PronounContraction",
        "PronounKnew",
        "QuiteQuiet",
        "ExitedExcitedContext",
        "DoesOrDose",
        "NounVerbConfusion",
        "Confident",
        "SeamToSeem",
        "WorseOrWorst",
        "HavePassed",
        "Everyday",
        "APart",
        "AWhile",
        "LetsConfusion",
        "ThoughThought",
        "ThingThink",
        "FeelFell",
        "PrincipleToPrincipalRoleNoun",
        "AllReady",
        "RallyToReally",
        "WrongNegative",
    ),
    "articles and determiners ('an great', 'the another', 'the my')": (
        "AnA",
        "TheAnother",
        "TheMy",
        "SomeWithoutArticle",
        "AnotherOnes",
        "AnotherThings",
    ),
    "pronoun case ('Me and Sam met', 'a friend of me')": (
        "SubjectPronoun",
        "TheyToThem",
        "WhomSubjectOfVerb",
        "FriendOfMe",
        "ElsePossessive",
        "Themself",
    ),
    "the preposition after words letters use ('interested on', 'impressed of')": (
        "InterestedIn",
        "Impressed",
        "InspiredBy",
        "AwareOf",
        "PassionateAbout",
        "ComfortableWith",
        "GoodAt",
        "ResponsibleFor",
        "FascinatedBy",
        "CuriousAbout",
        "LookForwardTo",
        "AdvantageOf",
        "MeansALotTo",
        "Discuss",
    ),
    "phrases of letters, misheard ('peaked my interest', 'bare with me', 'sneak peak')": (
        "PiqueInterest",
        "SneakPeekPreview",
        "BareWithMe",
        "BatedBreath",
        "AllIntentsAndPurposes",
        "MakeDoWith",
        "OneAndTheSame",
        "CaseInPoint",
        "MootPoint",
        "FreeRein",
        "PeaceOfMind",
    ),
}

# Why the other lints stay off, by the group Harper files them under in its settings.
LEFT_OUT: dict[str, str] = {
    "Proper Nouns": "capitals of brand and place names: the names in a letter come from the "
    "notes, which our spelling and wrong-name rules read; and these are Harper's costliest",
    "Initialisms": "chat shorthand and initialisms: our text-speak rule reports them",
    "Closed Compounds": "words written apart that Harper joins ('any body'), terms of a trade too",
    "Capitalization and Case": "our capitalization rule reports what a letter gets wrong",
    "Punctuation and Spacing": "typography no reader of an email notices: dashes, quotes, spaces",
    "Numbers and Units": "number formats and units: rare in a letter, never a wrong word",
    "Compounds and Hyphenation": "hyphens and spaces in compounds, a matter of house style "
    "('alot' is our own check); they split 'runbooks' and join 'data source'",
    "Style and Redundancy": "style preferences, not slips ('more easier' is our own check)",
    "Regionalisms and Dialect": "both forms are correct",
    "Grammar and Agreement": "kept above where a letter makes the slip; the rest fix phrases of "
    "other trades ('code in', 'take medicine'); 'more prettier' is our own check",
    "Pronouns and Possession": "kept above; the rest fix one rare typo each, and PossessiveNoun "
    "flags correct plurals ('the sales team and the operations manager')",
    "Word Choice and Usage": "about 280 idioms, each of which reads every word; kept above: the "
    "prepositions and phrases of follow-up letters. Of the rest, only AvoidCurses caught a "
    "slip on our data ('asses' for 'assess', which our spelling rule reports)",
    "Phrase Corrections": "idioms, mostly of software and other trades ('expand the abbreviation "
    "ptr'); kept above: those of letters",
    "Spelling and Orthography": "our spelling rule reads every word; kept above: real words in "
    "place of others",
    "Miscellaneous": "kept above: articles, 'to'/'too', 'then'/'than', the verb after 'did'",
}

# Lints of a kind we want that misfire on letters or duplicate a rule of ours: never switched
# on (a test keeps them out of SWITCHED_ON), each with what it did on the letters in benchmarks/.
SWITCHED_OFF: dict[str, str] = {
    # Duplicates of our own rules, which know the names in the notes and the letter's shape.
    "SpellCheck": "our spelling rule knows the names and terms from the interview notes",
    "SpelledNumbers": "'5 years' and 'five years' are both fine in a letter",
    "RepeatedWords": "our repeated-word rule reports it, and allows 'had had' and 'that that'",
    "TheTheToThatThe": "our repeated-word rule reports 'the the'",
    "LongSentences": "our long-sentence rule counts words the same way for every letter",
    "SentenceCapitalization": "our capitalization rule skips abbreviations and links",
    "CapitalizePersonalPronouns": "our capitalization rule reports a lowercase 'i'",
    # Typography that no reader of an email notices: a hyphen is fine.
    "NumericRangeEnDash": "phone numbers, '9-5' and '14-15 June' are written with hyphens",
    "Dashes": "'--' for a dash is normal in a plain-text email",
    "UseEllipsisCharacter": "three dots are fine in an email",
    "FootInchMinuteSecondSymbols": "typewriter quotes are what email programs send",
    "NoFrenchSpaces": "two spaces after a full stop are a habit, invisible in most mail",
    "Spaces": "two spaces between words are invisible in most mail",
    "UseTitleCase": "a letter has no headings",
    # Style choices where both forms are correct.
    "OxfordComma": "'finance, HR and operations' is correct without the serial comma",
    "NoOxfordComma": "and with it",
    "RedundantThat": "'I know that that decision was hard' is correct",
    "ThatWhich": "turns 'that that' into 'that which', which changes the meaning",
    "Everyone": "'every one of your engineers' is correct (each single one)",
    "Therein": "'when I am there in May' is not 'therein'",
    # Words of a job seeker's trade that Harper splits or joins.
    "SplitWords": "splits 'runbooks' into 'run books'",
    "CompoundNouns": "joins 'data source' into 'datasource'",
    "RoadMap": "'roadmap' is the usual spelling in product and engineering letters",
    # Names: Harper capitalises names that are also acronyms.
    "OrthographicConsistency": "turns the name 'Sam' into 'SAM'",
    # Misfires on correct letter sentences; our own checks cover these slips instead.
    "PronounVerbAgreement": "flags 'I can send you examples' (a verb with two objects)",
    "ThereToTheir": "flags 'Is there time for a call?'",
    "MissingPreposition": "flags 'I am' at the end of a line with no suggestion",
    # Broken for us: prints debugging text to standard output, which would corrupt
    # 'followup-kit review --format json'. Our own check covers 'look forward to meet'.
    "LookingForwardTo": "prints to standard output while it lints",
}

# How serious each of Harper's lint kinds is in a letter: a wrong word is an error, a
# punctuation slip a warning, a style preference only a note. Unknown kinds are warnings.
KIND_SEVERITY: dict[str, str] = {
    "Agreement": "error",
    "BoundaryError": "error",
    "Eggcorn": "error",
    "Grammar": "error",
    "Malapropism": "error",
    "Miscellaneous": "error",
    "Typo": "error",
    "WordChoice": "error",
    "Capitalization": "warning",
    "Nonstandard": "warning",
    "Punctuation": "warning",
    "Usage": "warning",
    "Enhancement": "info",
    "Formatting": "info",
    "Readability": "info",
    "Redundancy": "info",
    "Regionalism": "info",
    "Repetition": "info",
    "Style": "info",
    "WordChoiceStyle": "info",
}


class Slip(NamedTuple):
    """One problem the engine found: where, what, what to write instead, how serious."""

    start: int
    end: int
    message: str
    suggestion: str | None  # replaces text[start:end]; "" removes it; None: no fix to offer
    severity: str  # "error", "warning" or "info"
    source: str  # the engine's name for the check, e.g. "harper:AnA"


_lock = threading.Lock()
_linter: Linter | None = None
# A second Linter on a thread of its own: a letter new to Harper is split between the two, so
# both cores parse it (Harper's parser runs a small neural network on every new sentence,
# which is most of what a new letter costs; it releases the GIL while it works).
_helper: Linter | None = None
_pools: dict[str, ThreadPoolExecutor] = {}
_cache: OrderedDict[str, tuple[Slip, ...]] = OrderedDict()
_WARM_UP_TEXT = "Thank you."


def _build() -> Linter:
    """Build the process's Linter with our configuration (call with the lock held)."""
    global _linter
    if _linter is None:
        from harper import Linter

        linter = Linter()  # the first one in a process takes ~0.7 s; later ones ~5 ms
        config = lint_config(linter.get_default_lint_config())
        linter.set_lint_config(config)
        # Harper loads its tagger and parser models on the first lint: now, not in a review.
        linter.lint(_WARM_UP_TEXT, language="plaintext")
        _linter = linter
        if (os.cpu_count() or 1) > 1:  # the helper is built on a thread of its own, off this path
            threading.Thread(
                target=_build_helper, args=(config,), name="harper-helper", daemon=True
            ).start()
    return _linter


def _build_helper(config: dict[str, bool | None]) -> None:
    global _helper
    from harper import Linter

    helper = Linter()
    helper.set_lint_config(config)
    _helper = helper


# A forked child has none of the parent's threads: it starts pools of its own.
os.register_at_fork(after_in_child=_pools.clear)


def _pool(name: str) -> ThreadPoolExecutor:
    """One single-thread pool per job: 'check' (check_async) and 'helper' (the second Linter)."""
    if name not in _pools:
        from concurrent.futures import ThreadPoolExecutor

        _pools[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"harper-{name}")
    return _pools[name]


def lint_config(default: dict[str, bool]) -> dict[str, bool | None]:
    """Harper's configuration: the lints of SWITCHED_ON on, every other lint off."""
    on = {name for names in SWITCHED_ON.values() for name in names}
    return {name: name in on for name in default}


_warming: list[threading.Thread] = []


def warm_up() -> threading.Thread | None:
    """Start building the Linters in a background thread (returned, to join); None if built."""
    if _linter is not None:
        return None
    if _warming and _warming[-1].is_alive():
        return _warming[-1]  # already on its way

    def build() -> None:
        with _lock:
            _build()
        from .word_pairs import word_pairs

        word_pairs()  # the typo check's counts: compiled into the cache on a machine's first use

    thread = threading.Thread(target=build, name="harper-warm-up", daemon=True)
    _warming.append(thread)
    thread.start()
    return thread


def engine_version() -> str:
    """Which engine and version checks the grammar (for the benchmark and bug reports)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"Harper (harper-py {version('harper-py')})"
    except PackageNotFoundError:
        return "Harper (harper-py, version unknown)"


def _suggestion(lint: Lint, text: str) -> str | None:
    """Harper's first suggestion as a replacement of the lint's span ('' removes it)."""
    from harper import SuggestionKind

    for option in lint.suggestions:
        if option.kind == SuggestionKind.REPLACE:
            return option.replacement_text
        if option.kind == SuggestionKind.REMOVE:
            return ""
        if option.kind == SuggestionKind.INSERT_AFTER:
            return text[lint.span.start : lint.span.end] + option.replacement_text
    return None


def _slips(lints: dict[str, list[Any]], text: str) -> tuple[Slip, ...]:
    found = []
    for name, group in lints.items():
        for lint in group:
            start, end = lint.span.start, lint.span.end
            if not 0 <= start <= end <= len(text):
                continue  # never trust a span we cannot place
            if name == "AnA" and _SILENT_H.match(text, end):
                continue  # 'an honour', 'an hour': Harper reads a British 'h' as sounded
            if name == "AnA" and text[start:end].lower() == "a" and _YOU_SOUND.match(text, end):
                continue  # 'a unanimous', 'a European': a 'y' sound takes 'a'
            if name in _MISFIRES and _MISFIRES[name](text, start, end):
                continue
            found.append(
                Slip(
                    start,
                    end,
                    _plain(lint.message),
                    _suggestion(lint, text),
                    KIND_SEVERITY.get(lint.lint_kind, "warning"),
                    f"harper:{name}",
                )
            )
    return tuple(sorted(found))


# Words whose 'h' is silent, so they take 'an' (Harper misses the British spellings).
_SILENT_H = re.compile(r"\s+(?:hour|honou?r|honest|heir)", re.IGNORECASE)


# Words spelt with a vowel but read with a 'y' or 'w' sound first, so they take 'a'.
_YOU_SOUND = re.compile(
    r"\s+(?:u(?:n[aiy]|[bcdfgjklmprstvz][aeiou])|eu|ewe|one\b|once\b|ubiq|uu)", re.IGNORECASE
)


def _next_words(text: str, end: int, count: int) -> list[str]:
    """The next ``count`` words after ``end`` in the same sentence, lowercase."""
    words = []
    for match in _WORD.finditer(text, end):
        if _STOP.search(text, end, match.start()):
            break
        words.append(match.group().lower().replace("’", "'"))
        if len(words) == count:
            break
        end = match.end()
    return words


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_STOP = re.compile(r"[.!?;:,\n]")


def _were_misfire(text: str, start: int, end: int) -> bool:
    """'The people I met were all welcoming': 'where' cannot come before an adjective."""
    from .rules.grammar_context import tags

    words = _next_words(text, end, 1)
    if not words:
        return True
    t = tags(words[0])
    return words[0] in ("all", "both", "not", "very", "so", "also", "still", "always") or (
        ("J" in t or "P" in t) and "N" not in t
    )


def _your_misfire(text: str, start: int, end: int) -> bool:
    """'Your kind words were': the adjective stands before a noun, so 'your' owns it."""
    from .rules.grammar_context import tags

    words = _next_words(text, end, 2)
    t = tags(words[1]) if len(words) == 2 else ""
    return "N" in t and ("S" in t or "V" not in t)


# Adjectives that make 'affect' the noun of psychology and nursing (the feeling a face shows):
# 'a flat affect', 'a blunted affect' are right, not a slip for 'effect'.
_CLINICAL_AFFECT = re.compile(
    r"(?:flat|flattened|blunted|restricted|constricted|labile|(?:in)?congruent|euthymic|"
    r"(?:in)?appropriate|reactive)\s+$",
    re.IGNORECASE,
)


def _affect_misfire(text: str, start: int, end: int) -> bool:
    """'A flat affect': the clinical noun, which Harper reads as the verb used for 'effect'."""
    return text[start:end].lower() == "affect" and bool(
        _CLINICAL_AFFECT.search(text, max(0, start - 20), start)
    )


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|for|with|from|of|by|about|on|at|among|between|under|through)\s+$", re.IGNORECASE
)
_AUXILIARIES = frozenset(
    "do does did should shall will would can could may might must have has had am is are was "
    "were".split()
)
_SUBJECT_START = frozenset("i you we they he she it the a an my your our their this that".split())


def _whom_misfire(text: str, start: int, end: int) -> bool:
    """'To whom should I write?', 'Whom did you hire?': 'whom' is the object there."""
    if _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return True
    words = _next_words(text, end, 2)
    return len(words) == 2 and words[0] in _AUXILIARIES and words[1] in _SUBJECT_START


# Harper's lints that misfire in letters where a word next to the span shows the reading.
_MISFIRES = {
    "WereWhere": _were_misfire,
    "YourPredicateAdjective": _your_misfire,
    "NounVerbConfusion": _affect_misfire,
    "WhomSubjectOfVerb": _whom_misfire,
}


def _plain(message: str) -> str:
    """Harper's message without its Markdown backticks."""
    return message.replace("`", "'").strip()


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def chunks(text: str) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, paragraph) pieces of at most CHUNK characters."""
    pieces = []
    start = 0
    for match in (*_PARAGRAPH.finditer(text), None):
        end = match.start() if match else len(text)
        while end - start > CHUNK:  # a huge paragraph: cut at the last space before the limit
            cut = text.rfind(" ", start + CHUNK // 2, start + CHUNK)
            cut = cut + 1 if cut > 0 else start + CHUNK
            pieces.append((start, text[start:cut]))
            start = cut
        if text[start:end].strip():
            pieces.append((start, text[start:end]))
        if match:
            start = match.end()
    return pieces


def _lint(linter: Linter, pieces: list[str]) -> list[tuple[Slip, ...]]:
    return [_slips(linter.organized_lints(p, language="plaintext"), p) for p in pieces]


def check(text: str) -> list[Slip]:
    """Harper's findings on ``text`` (its first MAX_CHECKED characters), as Slips in order."""
    pieces = chunks(text[:MAX_CHECKED])
    with _lock:
        linter = _build()
        new = list(dict.fromkeys(p for _, p in pieces if p not in _cache))
        if _helper is not None and len(new) > 1 and _spare_core():
            # Two shares of about equal length, the longest paragraphs first.
            shares: tuple[list[str], list[str]] = ([], [])
            sizes = [0, 0]
            for piece in sorted(new, key=len, reverse=True):
                lighter = sizes.index(min(sizes))
                shares[lighter].append(piece)
                sizes[lighter] += len(piece)
            other = _pool("helper").submit(_lint, _helper, shares[1])
            done = dict(zip(shares[0], _lint(linter, shares[0]), strict=True))
            done |= dict(zip(shares[1], other.result(), strict=True))
        else:
            done = dict(zip(new, _lint(linter, new), strict=True))
        for piece in new:
            _cache[piece] = done[piece]
        found: list[Slip] = []
        for offset, piece in pieces:
            _cache.move_to_end(piece)
            found += [s._replace(start=s.start + offset, end=s.end + offset) for s in _cache[piece]]
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def check_async(text: str) -> Future[list[Slip]]:
    """Start :func:`check` on a background thread, so the caller can work meanwhile.

    When every paragraph is remembered, or no core is free, it checks at once instead: the
    hand-over to another thread would cost more than it saves.
    """
    if _linter is None:  # building takes 0.7 s: the caller's own work fits in meanwhile
        return _pool("check").submit(check, text)
    if _spare_core():
        with _lock:
            remembered = all(p in _cache for _, p in chunks(text[:MAX_CHECKED]))
        if not remembered:
            return _pool("check").submit(check, text)
    from concurrent.futures import Future

    done: Future[list[Slip]] = Future()
    done.set_result(check(text))
    return done


def _spare_core() -> bool:
    """Is a second core free for Harper (the load average, ours included, below cores - 0.5)?"""
    cores = os.cpu_count() or 1
    try:
        return cores > 1 and os.getloadavg()[0] < cores - 0.5
    except (AttributeError, OSError):  # no load average on Windows
        return cores > 1


def clear_cache() -> None:
    """Forget the paragraphs already checked (Harper keeps its own memory of sentences)."""
    with _lock:
        _cache.clear()
