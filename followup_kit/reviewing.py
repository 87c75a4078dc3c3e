"""Review a letter: run every rule with what is known about its reader and interview."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .kinds import LETTER_KINDS
from .rules import TEXT_RULES, find_rule
from .rules.base import Context, Finding, LineIndex, Severity, Text
from .rules.language import start_grammar

if TYPE_CHECKING:
    from .model import Letter
    from .store import Workspace

__all__ = ["Review", "review", "review_letter"]

# The grammar rule runs last, so that Harper, started first, has the other rules' time to work
# in. The order of the findings does not depend on it: they are sorted by place, then
# severity, then rule.
_RUN_ORDER = tuple(sorted(TEXT_RULES, key=lambda rule: rule.name == "grammar"))


class Review(NamedTuple):
    """The findings on one letter, in text order, with counts by severity."""

    text: str
    findings: tuple[Finding, ...]

    def count(self, severity: Severity | str) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings that should block sending."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def ok(self) -> bool:
        """True when nothing blocks sending (warnings and info may remain)."""
        return not self.errors

    def rules(self) -> set[str]:
        """The names of the rules that found something."""
        return {f.rule for f in self.findings}

    def summary(self) -> str:
        """One line: '2 errors, 1 warning, 0 notes'."""
        e, w, i = (self.count(s) for s in Severity)
        return f"{e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}, {i} note{'s' * (i != 1)}"

    def __str__(self) -> str:
        lines = [self.summary()]
        for f in self.findings:
            hint = f" ({f.suggestion})" if f.suggestion else ""
            lines.append(f"{f.line}:{f.column}: {f.severity} {f.rule}: {f.message}{hint}")
        return "\n".join(lines)


def _text(argument: str, value: Any) -> str:
    """One text argument (or None), stripped; anything else is a TypeError naming it."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(
            f"review() argument {argument!r} must be text (str) or None, not {type(value).__name__}"
        )
    return value.strip()


def _texts(argument: str, value: Any) -> tuple[str, ...]:
    """Several texts: a list (or any iterable) of str; a single str counts as one item."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, tuple):
        # The same long tuple comes with every letter of a workspace (your 1,000 companies):
        # checked once, not once per review.
        try:
            return _checked_texts(argument, value)
        except TypeError:  # an item that is not text (or cannot be hashed): named below
            pass
    return _each_text(argument, value)


@lru_cache(maxsize=64)
def _checked_texts(argument: str, value: tuple[Any, ...]) -> tuple[str, ...]:
    """A tuple of texts checked once (unhashable items raise TypeError before the check)."""
    return _each_text(argument, value)


def _each_text(argument: str, value: Any) -> tuple[str, ...]:
    """Check each item of an iterable of texts; drop blank ones."""
    if isinstance(value, bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise TypeError(
            f"review() argument {argument!r} must be a text or a list of texts, "
            f"not {type(value).__name__}"
        )
    items = tuple(value)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, str):
            raise TypeError(
                f"review() argument {argument!r} holds {type(item).__name__} {item!r:.40} as "
                f"item {number}; it must hold texts (str)"
            )
    return tuple(item for item in items if item.strip())


def _others(others: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(others, str | bytes | Mapping) or not isinstance(others, Iterable):
        raise TypeError(
            "review() argument 'others' must be a list of the other letters (texts or "
            f"(label, text) pairs), not {type(others).__name__}"
        )
    pairs = []
    for number, other in enumerate(others, start=1):
        if isinstance(other, str):
            pairs.append((f"letter {number}", other))
        elif (
            isinstance(other, tuple | list)
            and len(other) == 2
            and all(isinstance(part, str) for part in other)
        ):
            pairs.append((other[0], other[1]))
        else:
            raise TypeError(
                f"review() argument 'others' holds {other!r:.40} as item {number}; give each "
                "other letter as its text or as a (label, text) pair"
            )
    return tuple(pairs)


def _profile(profile: Any) -> tuple[str, tuple[str, ...]]:
    if profile is None:
        return "", ()
    if isinstance(profile, Mapping):
        name, points = profile.get("name"), profile.get("value_points")
    elif hasattr(profile, "name") and not isinstance(profile, str | bytes):
        name, points = profile.name, getattr(profile, "value_points", ())
    else:
        raise TypeError(
            "review() argument 'profile' must be a Profile, a mapping with 'name' and "
            f"'value_points', or None; not {type(profile).__name__}"
        )
    return _text("profile.name", name), _texts("profile.value_points", points)


def review(
    text: str,
    *,
    to: str | None = None,
    email: str | None = None,
    company: str | None = None,
    role: str | None = None,
    notes: str | Iterable[str] | None = None,
    medium: str = "email",
    kind: str = "thank-you",
    others: Iterable[Any] = (),
    profile: Any = None,
    disabled: str | Iterable[str] = (),
    ignored: str | Iterable[str] = (),
    words: str | Iterable[str] = (),
    names: str | Iterable[str] = (),
    other_companies: str | Iterable[str] = (),
    terms: str | Iterable[str] = (),
    concerns: str | Iterable[str] | None = None,
) -> Review:
    """Review a letter's text and return its findings in text order.

    ``to``/``email``: the recipient; ``company``/``role``: the interview; ``notes``: what was
    noted about this person; ``others``: the other letters of the interview (texts, or
    (label, text) pairs); ``profile``: the candidate (``name``, ``value_points``);
    ``disabled``: rule names or codes to skip; ``ignored``: ``Finding.key`` values to drop;
    ``words``: the user's word list; ``names``: other people involved; ``other_companies``:
    the user's applications (the letter's own company among them is skipped); ``terms``:
    other words the interview vouches for; ``concerns``: what the reader worried about, the
    one the letter must answer first; ``kind``: 'thank-you', 'check-in', 'linkedin', or a
    reply to an outcome ('offer-accept', 'offer-time', 'offer-decline', 'rejection-reply',
    'withdraw').

    Every list argument also takes a single string as one item (``disabled="spelling"``
    switches off one rule). A wrong type is a ``TypeError`` naming the argument; an unknown
    ``medium`` or ``kind`` a ``ValueError``; an unknown rule in ``disabled`` a ``KeyError``
    listing the rules. Spans (``start``, ``end``) index ``Review.text``: the letter with line
    breaks as ``\n`` (a ``\r\n`` or ``\r`` counts as one character).
    """
    if not isinstance(text, str):
        raise TypeError(f"review() needs the letter as text (str), not {type(text).__name__}")
    for argument, value in (("medium", medium), ("kind", kind)):
        if not isinstance(value, str):
            raise TypeError(f"review() argument {argument!r} must be text (str), not {value!r}")
    if medium not in ("email", "card", "linkedin"):
        raise ValueError(f"medium must be 'email', 'card' or 'linkedin', not {medium!r}")
    if kind not in LETTER_KINDS:
        raise ValueError(f"kind must be one of {', '.join(LETTER_KINDS)}, not {kind!r}")
    skip = {find_rule(name).name for name in _texts("disabled", disabled)}
    candidate, value_points = _profile(profile)
    worries = _texts("concerns", concerns)
    noted = _texts("notes", notes)
    context = Context(
        to=_text("to", to),
        email=_text("email", email),
        company=_text("company", company),
        role=_text("role", role),
        notes=noted + tuple(c for c in worries if c not in noted),
        medium=medium,
        kind=kind,
        others=_others(others),
        candidate=candidate,
        value_points=value_points,
        names=_texts("names", names),
        other_companies=_texts("other_companies", other_companies),
        terms=_texts("terms", terms),
        words=frozenset(_texts("words", words)),
        concerns=worries,
    )
    analysed = Text(text.replace("\x00", " "))
    ignore = set(_texts("ignored", ignored))
    if "grammar" not in skip:
        start_grammar(analysed)  # Harper works on another thread while the other rules run
    found = [
        finding
        for rule in _RUN_ORDER
        if rule.name not in skip
        for finding in rule.run(analysed, context)
        if finding.key not in ignore
    ]
    found.sort(key=lambda f: (f.start, f.severity.rank, f.rule))
    position = LineIndex(analysed.raw)
    placed = tuple(
        f._replace(line=line, column=column) for f in found for line, column in [position(f.start)]
    )
    return Review(text=analysed.raw, findings=placed)


def letter_context(workspace: Workspace, letter: Letter) -> dict[str, Any]:
    """Everything the workspace knows about a stored letter, as keyword arguments of review().

    Read from the workspace's current snapshot: once while nothing changes, not per letter.
    """
    from .snapshot import snapshot

    return snapshot(workspace).context(letter)


def review_letter(workspace: Workspace, letter: Letter, text: str | None = None) -> Review:
    """Review a stored letter (or new ``text`` for it) with everything the workspace knows."""
    return review(letter.body if text is None else text, **letter_context(workspace, letter))
