"""Grammar engine: Harper (Automattic's offline checker, through harper-py) behind our own types.

Nothing outside this module imports ``harper``: the ``grammar`` rule asks :func:`check` for
:class:`Slip` records (span, message, suggestion, severity), so another engine can replace
Harper without touching a rule or a widget.

Harper's ``Linter`` takes about 0.7 s to build the first time in a process (a process-wide
dictionary), then lints a letter in a few milliseconds. So there is one ``Linter`` per process,
built lazily, reused, and guarded by a lock (a call made while another thread is inside one
raises ``RuntimeError``). :func:`warm_up` builds it in a background thread (the build releases
the GIL): the editor calls it when it opens, the command line when ``review`` starts.

Which of Harper's lints run, and how serious each is, was decided lint by lint from what they
report on real letters (``benchmarks/grammar.py`` prints the measurement): see ``SWITCHED_OFF``.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from harper import Lint, Linter

__all__ = [
    "MAX_CHECKED",
    "SWITCHED_OFF",
    "Slip",
    "check",
    "clear_cache",
    "engine_version",
    "warm_up",
]

MAX_CHECKED = 50_000  # characters: a letter is 2 000; a pasted book is checked this far only
CHUNK = 4_000  # Harper gets a paragraph at a time, never more than this
_CACHE_SIZE = 256  # paragraphs remembered: a keystroke re-lints only the paragraph it changed

# Harper's lints that do not suit a follow-up letter, and why. Each was seen on the clean
# letters, sentences, demo letters and template drafts in benchmarks/ (or duplicates a rule
# of ours that knows the letter better). Everything else runs.
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
_cache: OrderedDict[str, tuple[Slip, ...]] = OrderedDict()


def _build() -> Linter:
    """Build the process's Linter with our configuration (call with the lock held)."""
    global _linter
    if _linter is None:
        from harper import Linter

        linter = Linter()
        config: dict[str, bool | None] = dict(linter.get_default_lint_config())
        config.update({name: False for name in SWITCHED_OFF if name in config})
        linter.set_lint_config(config)
        _linter = linter
    return _linter


def warm_up() -> threading.Thread | None:
    """Start building the Linter in a background thread (returned, to join); None if built."""
    if _linter is not None:
        return None

    def build() -> None:
        with _lock:
            _build()

    thread = threading.Thread(target=build, name="harper-warm-up", daemon=True)
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


def check(text: str) -> list[Slip]:
    """Harper's findings on ``text`` (its first MAX_CHECKED characters), as Slips in order."""
    found: list[Slip] = []
    with _lock:
        linter = _build()
        for offset, piece in chunks(text[:MAX_CHECKED]):
            slips = _cache.get(piece)
            if slips is None:
                slips = _slips(linter.organized_lints(piece, language="plaintext"), piece)
                _cache[piece] = slips
                if len(_cache) > _CACHE_SIZE:
                    _cache.popitem(last=False)
            else:
                _cache.move_to_end(piece)
            found += [s._replace(start=s.start + offset, end=s.end + offset) for s in slips]
    return found


def clear_cache() -> None:
    """Forget the paragraphs already checked (for benchmarks that time a fresh check)."""
    with _lock:
        _cache.clear()
