"""The review engine's vocabulary: Severity, Finding, Context, Text and Rule.

A rule is metadata plus a pure function from (text, context) to findings. Rules never raise on
odd text: they only collect. Line and column are filled in once, by the review, at the edge.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

__all__ = [
    "Context",
    "Finding",
    "LineIndex",
    "Rule",
    "Severity",
    "Text",
    "fold",
    "rule_family",
]


MAX_FINDINGS_PER_RULE = 200  # a pasted book gets the first 200 per rule, not a frozen notebook


class Severity(StrEnum):
    """How much a finding matters: an error blocks sending; a warning and info do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: sorts the worst first."""
        return ("error", "warning", "info").index(self.value)


class Finding(NamedTuple):
    """One problem in a letter: which rule, how bad, where, and what to write instead."""

    rule: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: str | None = None
    excerpt: str = ""
    line: int = 0
    column: int = 0

    @property
    def key(self) -> str:
        """A stable name for this finding on its letter, used to ignore it (survives edits)."""
        return f"{self.rule}:{fold(self.excerpt)}"

    def to_dict(self) -> dict[str, Any]:
        """The finding as the CLI's JSON fields."""
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "suggestion": self.suggestion,
        }


@lru_cache(maxsize=16_384)
def fold(text: str) -> str:
    """Lowercase and strip accents, for comparing names: 'Tomás' and 'tomas' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


class LineIndex:
    """Line and column of many offsets in one text, without rescanning it each time."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __call__(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class Context(NamedTuple):
    """What the review knows besides the text: whom it is for, the interview, the candidate."""

    to: str = ""
    email: str = ""
    company: str = ""
    role: str = ""
    notes: tuple[str, ...] = ()
    medium: str = "email"
    kind: str = "thank-you"
    others: tuple[tuple[str, str], ...] = ()  # (label, text) of the other letters
    candidate: str = ""
    value_points: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # everyone else involved: other interviewers, colleagues
    other_companies: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # place, next steps and other words from the interview
    words: frozenset[str] = frozenset()  # the user's word list
    concerns: tuple[str, ...] = ()  # what the reader worried about, the main one first

    def recipient_parts(self) -> frozenset[str]:
        """The folded parts of the recipient's name ('priya', 'raman', 'priya raman')."""
        parts = {fold(p) for p in re.findall(r"[^\W\d_]+", self.to)}
        return frozenset(parts | ({fold(self.to)} if self.to else set()))


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
GREETING = re.compile(
    r"^[ \t]*(?P<word>dear|hello|hi|good (?:morning|afternoon|evening)|hey|yo|hiya|sup|greetings"
    r"|to whom it may concern)\b[ \t,]*"
    r"(?P<rest>(?:(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+)*[^\n,:;!.?]*)",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^[ \t]*(?:(?:with )?(?:best|kind|warm|warmest|many)(?: regards| wishes| thanks)?|regards"
    r"|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|thanks again|thank you again"
    r"|all the best|respectfully|cheers(?: mate)?|gratefully|with gratitude|with thanks|best)"
    r"[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_LINKISH = re.compile(
    # The lookbehinds make each pattern start only where a token starts: linear, not quadratic,
    # on a pasted 100 000-letter "word".
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)[@#]\w+"
    r"|\b\w+\.(?:com|org|io|net)\b"
)


# A sentence ends at a run of marks before a space, or at a blank line. The lookbehind starts a
# run only at its first mark: without it "!!!...!x" retries from every mark (quadratic).
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+(?=\s|$)|\n\s*\n")


class Text:
    """A letter analysed once for every rule: words, greeting, body and signature."""

    def __init__(self, raw: str) -> None:
        self.raw = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
        self.lower = self.raw.lower()

    @cached_property
    def words(self) -> list[re.Match[str]]:
        """Every word token, in order."""
        return list(WORD.finditer(self.raw))

    @cached_property
    def word_count(self) -> int:
        """How many words the letter has."""
        return len(self.words)

    @cached_property
    def greeting(self) -> re.Match[str] | None:
        """The greeting line ('Dear Priya,'), if the first line is one."""
        first = re.match(r"\s*", self.raw)
        start = first.end() if first else 0
        return GREETING.match(self.raw, start)

    @cached_property
    def closing_start(self) -> int:
        """Where the closing ('Best regards,') and signature begin; the end when absent."""
        for match in CLOSING.finditer(self.raw):
            if match.start() > len(self.raw) // 3:
                return match.start()
        return len(self.raw)

    @cached_property
    def body_start(self) -> int:
        """Where the letter's body begins, after the greeting line."""
        return self.greeting.end() if self.greeting else 0

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the body's sentences (paragraph breaks end a sentence too)."""
        spans = []
        start = self.body_start
        end = self.closing_start
        for match in _SENTENCE_END.finditer(self.raw[start:end]):
            spans.append((start, self.body_start + match.end()))
            start = self.body_start + match.end()
        if self.raw[start:end].strip():
            spans.append((start, end))
        return [(a + len(self.raw[a:b]) - len(self.raw[a:b].lstrip()), b) for a, b in spans]

    @cached_property
    def links(self) -> list[tuple[int, int]]:
        """Spans of web addresses, email addresses and handles: not prose, never checked."""
        return [m.span() for m in _LINKISH.finditer(self.raw)]

    @cached_property
    def _link_starts(self) -> list[int]:
        return [start for start, _ in self.links]

    def in_link(self, offset: int) -> bool:
        """True for offsets inside a web address, email address or handle."""
        # The spans come from one left-to-right scan, so they are sorted and never overlap:
        # only the last span starting at or before the offset can hold it (log n, not n).
        index = bisect_right(self._link_starts, offset) - 1
        return index >= 0 and offset < self.links[index][1]

    def in_signature(self, offset: int) -> bool:
        """True for offsets in the closing and signature."""
        return offset >= self.closing_start


Check = Callable[["Rule", Text, Context], Iterable[Finding]]


class Rule(NamedTuple):
    """A named check: stable name and code, a family, a default severity and its help text."""

    name: str
    code: str
    family: str
    severity: Severity
    summary: str
    check: Check | None = None  # None for rules reported by the schedule, not by the text

    @property
    def help(self) -> str:
        """The long help: the check's docstring (what it does, why, what to write instead)."""
        doc = self.check.__doc__ if self.check else None
        return (doc or self.summary).strip()

    def finding(
        self,
        text: Text,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """Make a finding of this rule over ``text.raw[start:end]``."""
        return Finding(
            rule=self.name,
            code=self.code,
            severity=severity or self.severity,
            message=message,
            start=start,
            end=end,
            suggestion=suggestion,
            excerpt=text.raw[start : min(end, start + 80)],
        )

    def run(self, text: Text, context: Context) -> Iterator[Finding]:
        """Run the check; an unexpected failure becomes one info finding, never an exception."""
        if self.check is None:
            return
        try:
            for count, finding in enumerate(self.check(self, text, context), start=1):
                if count > MAX_FINDINGS_PER_RULE:
                    yield finding._replace(
                        severity=Severity.INFO,
                        message=f"{self.name} stopped after {MAX_FINDINGS_PER_RULE} findings; "
                        "fix those first",
                        suggestion=None,
                    )
                    return
                yield finding
        except Exception as exc:
            yield Finding(
                rule=self.name,
                code=self.code,
                severity=Severity.INFO,
                message=f"this check failed on this text ({type(exc).__name__}); please report it",
                start=0,
                end=0,
            )


def rule_family(family: str) -> Callable[..., Callable[[Check], Rule]]:
    """Return a decorator that turns a check function into a Rule of ``family``."""

    def define(name: str, code: str, severity: Severity, summary: str) -> Callable[[Check], Rule]:
        def wrap(check: Check) -> Rule:
            return Rule(name, code, family, severity, summary, check)

        return wrap

    return define
