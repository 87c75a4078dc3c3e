"""Review a letter: run every rule with what is known about its reader and interview."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .rules import TEXT_RULES, find_rule
from .rules.base import Context, Finding, LineIndex, Severity, Text

if TYPE_CHECKING:
    from .model import Letter
    from .store import Workspace

__all__ = ["Review", "review", "review_letter"]


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


def _as_tuple(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


def _others(others: Iterable[Any]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for number, other in enumerate(others, start=1):
        if isinstance(other, str):
            pairs.append((f"letter {number}", other))
        else:
            label, text = other
            pairs.append((str(label), str(text)))
    return tuple(pairs)


def _profile(profile: Any) -> tuple[str, tuple[str, ...]]:
    if profile is None:
        return "", ()
    if isinstance(profile, Mapping):
        return str(profile.get("name", "")), _as_tuple(profile.get("value_points"))
    return str(getattr(profile, "name", "")), _as_tuple(getattr(profile, "value_points", ()))


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
    disabled: Iterable[str] = (),
    ignored: Iterable[str] = (),
    words: Iterable[str] = (),
    names: Iterable[str] = (),
    other_companies: Iterable[str] = (),
    terms: Iterable[str] = (),
) -> Review:
    """Review a letter's text and return its findings in text order.

    ``to``/``email``: the recipient; ``company``/``role``: the interview; ``notes``: what was
    noted about this person; ``others``: the other letters of the interview (texts, or
    (label, text) pairs); ``profile``: the candidate (``name``, ``value_points``);
    ``disabled``: rule names or codes to skip; ``ignored``: ``Finding.key`` values to drop;
    ``words``: the user's word list; ``names``: other people involved; ``other_companies``:
    the user's other applications; ``terms``: other words the interview vouches for.
    """
    if not isinstance(text, str):
        raise TypeError(f"review() needs the letter as text (str), not {type(text).__name__}")
    if medium not in ("email", "card", "linkedin"):
        raise ValueError(f"medium must be 'email', 'card' or 'linkedin', not {medium!r}")
    if kind not in ("thank-you", "check-in", "linkedin"):
        raise ValueError(f"kind must be 'thank-you', 'check-in' or 'linkedin', not {kind!r}")
    skip = {find_rule(name).name for name in disabled}
    candidate, value_points = _profile(profile)
    context = Context(
        to=(to or "").strip(),
        email=(email or "").strip(),
        company=(company or "").strip(),
        role=(role or "").strip(),
        notes=_as_tuple(notes),
        medium=medium,
        kind=kind,
        others=_others(others),
        candidate=candidate,
        value_points=value_points,
        names=_as_tuple(names),
        other_companies=_as_tuple(other_companies),
        terms=_as_tuple(terms),
        words=frozenset(_as_tuple(words)),
    )
    analysed = Text(text.replace("\x00", " "))
    ignore = set(ignored)
    found = [
        finding
        for rule in TEXT_RULES
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
    """Everything the workspace knows about a stored letter, as keyword arguments of review()."""
    interview = workspace.interview(letter.interview_id)
    person = interview.interviewer(letter.interviewer_id)
    others = [
        (interview.interviewer(o.interviewer_id).name, o.body)
        for o in workspace.letters(interview.id)
        if o.id != letter.id
        and o.kind == letter.kind
        and any(p.id == o.interviewer_id for p in interview.interviewers)
    ]
    return {
        "to": person.name,
        "email": person.email,
        "company": interview.company,
        "role": interview.role,
        "notes": person.notes,
        "medium": str(letter.medium),
        "kind": str(letter.kind),
        "others": others,
        "profile": workspace.profile(),
        # A stored name of a rule that no longer exists cannot switch anything off.
        "disabled": [name for name in workspace.disabled_rules() if _is_rule(name)],
        "ignored": workspace.ignored(letter.id),
        "words": workspace.words(),
        "names": [p.name for p in interview.interviewers if p.id != person.id],
        "other_companies": [i.company for i in workspace.interviews() if i.id != interview.id],
        "terms": [interview.place, interview.next_steps, person.title, interview.timezone],
    }


def _is_rule(name: str) -> bool:
    try:
        find_rule(name)
    except KeyError:
        return False
    return True


def review_letter(workspace: Workspace, letter: Letter, text: str | None = None) -> Review:
    """Review a stored letter (or new ``text`` for it) with everything the workspace knows."""
    return review(letter.body if text is None else text, **letter_context(workspace, letter))
