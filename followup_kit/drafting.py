"""Drafting: a personal letter to each interviewer, rendered from Jinja2 templates.

Templates render in Jinja2's sandbox with ``StrictUndefined``: a template can only read the
fields listed in :data:`FIELDS`, a missing field is an error naming it (never "Dear ,"), and
rendering is bounded in time and size. Users may put their own templates in a folder; a
template that uses an unknown field is rejected before rendering.
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    meta,
)
from jinja2.sandbox import SandboxedEnvironment

from .errors import UsageError
from .model import Interview, Interviewer, Letter, LetterKind, Medium, Profile
from .rules.words import content_words
from .store import Workspace

__all__ = [
    "FIELDS",
    "DraftError",
    "Drafter",
    "check_in_contact",
    "choose_medium",
    "draft_interview",
    "draft_letter",
    "letter_fields",
    "medium_reason",
]

MAX_OUTPUT_CHARS = 20_000
MAX_RENDER_SECONDS = 2.0
LINKEDIN_LIMIT = 300

# Every field a template may use, with what it holds. Optional ones are left undefined when
# the notes do not have them; templates test them with ``is defined``.
FIELDS = {
    "first_name": "how to greet the interviewer ('Priya', or what they go by)",
    "name": "the interviewer's full name",
    "title": "the interviewer's job title (optional)",
    "company": "the company you interviewed with",
    "role": "the role you interviewed for",
    "role_with_article": "the role with 'a' or 'an' ('a Data Analyst')",
    "interview_day": "the weekday of the interview ('Thursday')",
    "interview_date": "the date of the interview ('26 November')",
    "place": "where the interview took place (optional)",
    "next_steps": "the next steps they described (optional)",
    "decision_date": "when they said they would decide ('6 December', optional)",
    "remark": "something this person said that stuck with you (optional)",
    "concern": "the concern or question they raised, as 'whether ...' or 'about ...' (optional)",
    "topic": "a topic you discussed with them (optional)",
    "value_point": "a strength of yours the notes do not already cover (optional)",
    "candidate": "your full name",
    "candidate_first": "your first name",
    "signature": "your signature block (your name if you have none)",
    "variant": "0, 1 or 2: which wording to use, different for each person of one interview",
    "medium": "'email' or 'card'",
    "kind": "'thank-you', 'check-in' or 'linkedin'",
    "short": "true when a LinkedIn note must drop its optional sentence to fit",
}
REQUIRED = ("first_name", "name", "company", "role", "candidate", "signature")
_QUESTION_WORDS = ("whether", "how", "what", "why", "when", "where", "which", "who", "if")


class DraftError(ValueError):
    """A letter cannot be drafted; the message names the letter and what to fix."""


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with a deadline checked on every call and attribute access."""

    deadline = float("inf")

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise DraftError(f"the template took longer than {MAX_RENDER_SECONDS} s to render")

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call inside the sandbox, after checking the deadline."""
        self._check_time()
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Read an attribute inside the sandbox, after checking the deadline."""
        self._check_time()
        return super().getattr(obj, attribute)


def _concern_phrase(concern: str) -> str:
    """'whether I have ...' stays; 'my notice period' becomes 'about my notice period'."""
    concern = concern.rstrip(" .?")
    first = concern.split()[0].lower() if concern.split() else ""
    return concern if first in (*_QUESTION_WORDS, "about") else f"about {concern}"


def _value_points(interview: Interview, profile: Profile) -> dict[str, str]:
    """Give each person a value point their notes do not cover, repeating as little as can be."""
    points = [p.rstrip(" .") for p in profile.value_points]
    used: Counter[str] = Counter()
    chosen: dict[str, str] = {}
    for person in interview.interviewers if points else ():
        covered = content_words(" ".join(person.notes))
        fresh = [p for p in points if not content_words(p) & covered] or points
        pick = min(fresh, key=lambda p: (used[p], fresh.index(p)))
        used[pick] += 1
        chosen[person.id] = pick
    return chosen


def _article(role: str) -> str:
    return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


def letter_fields(
    interview: Interview,
    person: Interviewer,
    profile: Profile,
    *,
    kind: str = "thank-you",
    medium: str = "email",
    variant: int | None = None,
) -> dict[str, Any]:
    """The template fields for one letter (optional fields left out when unknown)."""
    if variant is None:
        ids = [p.id for p in interview.interviewers]
        variant = ids.index(person.id) % 3 if person.id in ids else 0
    local = interview.local_when
    fields: dict[str, Any] = {
        "first_name": person.greeting_name,
        "name": person.name,
        "company": interview.company,
        "role": interview.role,
        "role_with_article": _article(interview.role),
        "interview_day": f"{local:%A}",
        "interview_date": f"{local.day} {local:%B}",
        "candidate": profile.name,
        "candidate_first": profile.name.split()[0],
        "signature": profile.signature or profile.name,
        "variant": variant,
        "medium": medium,
        "kind": kind,
        "short": False,
    }
    optional = {
        "title": person.title,
        "place": interview.place,
        "next_steps": interview.next_steps,
        "decision_date": (
            f"{interview.decision_date.day} {interview.decision_date:%B}"
            if interview.decision_date
            else ""
        ),
        "remark": person.remarks[0].rstrip(" .") if person.remarks else "",
        "concern": _concern_phrase(person.concerns[0]) if person.concerns else "",
        "topic": person.topics[0].rstrip(" .") if person.topics else "",
        "value_point": _value_points(interview, profile).get(person.id, ""),
    }
    fields.update({key: value for key, value in optional.items() if value})
    return fields


class Drafter:
    """Renders letters from the default templates, or from a folder of the user's own."""

    def __init__(self, template_dir: str | os.PathLike[str] | None = None) -> None:
        loaders: list[Any] = [PackageLoader("followup_kit", "templates")]
        if template_dir is not None:
            folder = Path(template_dir)
            if not folder.is_dir():
                raise DraftError(f"template folder {folder} does not exist")
            loaders.insert(0, FileSystemLoader(folder))
        self.env = _BoundedSandbox(
            loader=ChoiceLoader(loaders),
            undefined=StrictUndefined,
            autoescape=False,  # plain-text letters; HTML exports escape on their own
            keep_trailing_newline=False,
        )
        self._checked: set[tuple[str, str]] = set()  # (name, source) already found valid

    def check_template(self, name: str) -> None:
        """Reject a template that uses fields that do not exist, listing those that do."""
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
            if (name, source) in self._checked:
                return  # parsed once already; an edited file has another source and is checked
            used = meta.find_undeclared_variables(self.env.parse(source))
        except TemplateNotFound:
            raise DraftError(f"there is no template {name!r}") from None
        except TemplateError as exc:
            raise DraftError(f"template {name!r} has a syntax error: {exc}") from None
        unknown = sorted(used - FIELDS.keys())
        if unknown:
            raise DraftError(
                f"template {name!r} uses unknown field(s) {', '.join(unknown)}; "
                f"the fields are: {', '.join(FIELDS)}"
            )
        self._checked.add((name, source))

    def render(self, name: str, fields: dict[str, Any], *, label: str) -> str:
        """Render one template with ``fields``; ``label`` names the letter in errors."""
        self.check_template(name)
        for required in REQUIRED:
            if not str(fields.get(required, "")).strip():
                raise DraftError(f"cannot draft {label}: the field {required!r} is empty")
        template = self.env.get_template(name)
        self.env.deadline = time.monotonic() + MAX_RENDER_SECONDS
        chunks: list[str] = []
        size = 0
        try:
            for chunk in template.generate(**fields):
                size += len(chunk)
                if size > MAX_OUTPUT_CHARS:
                    raise DraftError(
                        f"cannot draft {label}: the template wrote more than "
                        f"{MAX_OUTPUT_CHARS} characters"
                    )
                chunks.append(chunk)
        except TemplateError as exc:
            field = re.search(r"'(\w+)' is undefined", str(exc))
            what = f"the field {field.group(1)!r} is missing" if field else str(exc)
            raise DraftError(f"cannot draft {label}: {what}") from None
        except RecursionError:
            raise DraftError(f"cannot draft {label}: the template recurses forever") from None
        finally:
            self.env.deadline = float("inf")
        return _tidy("".join(chunks))


def _tidy(text: str) -> str:
    """Collapse the blank lines and stray spaces that optional template parts leave behind."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"(?<=\S)[ \t]{2,}", " ", text)
    return "\n".join(line.lstrip(" ") for line in text.strip().split("\n")) + "\n"


def choose_medium(interview: Interview, person: Interviewer) -> Medium:
    """The person's preferred medium, unless the interview gave an instruction."""
    said = interview.follow_up_instructions.lower()
    if re.search(r"\b(e-?mail)\b", said) and not re.search(r"\b(card|post|mail it)\b", said):
        return Medium.EMAIL
    if re.search(r"\b(handwritten|card|by post)\b", said):
        return Medium.CARD
    return person.medium


def medium_reason(interview: Interview, person: Interviewer) -> str:
    """Why a thank-you to ``person`` goes by email or card, in words (their preference, or
    the interview's instructions overriding it)."""
    chosen = choose_medium(interview, person)
    said = " ".join(interview.follow_up_instructions.split())
    named = {Medium.EMAIL: "an email", Medium.CARD: "a handwritten card"}
    if chosen is person.medium:
        return f"{person.name} prefers {named[chosen]}."
    return (
        f"{person.name} prefers {named[person.medium]}, but your notes on how to follow up say "
        f"“{said}”, so this letter goes as {named[chosen]}. Choose "
        f"{'card' if chosen is Medium.EMAIL else 'email'} if that instruction is not about "
        f"{person.greeting_name}."
    )


def check_in_contact(interview: Interview) -> Interviewer:
    """The one person to check in with: named in the instructions, else the recruiter, else
    the first person met."""
    if not interview.interviewers:
        raise UsageError(f"add the people you met at {interview.company} first")
    said = interview.follow_up_instructions.lower()
    for person in interview.interviewers:
        if person.name.lower() in said or person.greeting_name.lower() in said:
            return person
    for person in interview.interviewers:
        if re.search(r"recruit|talent|hr\b|human resources|people partner", person.title.lower()):
            return person
    return interview.interviewers[0]


def draft_letter(
    interview: Interview,
    person: Interviewer,
    profile: Profile,
    *,
    kind: str = "thank-you",
    medium: str | None = None,
    drafter: Drafter | None = None,
) -> Letter:
    """Draft one letter (not saved): a thank-you, a check-in or a LinkedIn note."""
    drafter = drafter or Drafter()
    kind = LetterKind(kind)
    if kind is LetterKind.LINKEDIN:
        chosen = Medium.LINKEDIN
    elif kind is LetterKind.CHECK_IN:
        chosen = Medium(medium or Medium.EMAIL)
    else:
        chosen = Medium(medium or choose_medium(interview, person))
    label = f"the {kind} {chosen} to {person.name}"
    fields = letter_fields(interview, person, profile, kind=str(kind), medium=str(chosen))
    subject = ""
    if kind is LetterKind.LINKEDIN:
        body = drafter.render("linkedin.note.j2", fields, label=label).strip()
        if len(body) > LINKEDIN_LIMIT:
            body = drafter.render("linkedin.note.j2", {**fields, "short": True}, label=label)
            body = body.strip()
        if len(body) > LINKEDIN_LIMIT:
            raise DraftError(
                f"cannot draft {label}: it has {len(body)} characters and LinkedIn allows "
                f"{LINKEDIN_LIMIT}; shorten the role or company name in the template"
            )
    else:
        template = f"{kind}.{'card' if chosen is Medium.CARD else 'email'}.j2"
        body = drafter.render(template, fields, label=label)
        if chosen is Medium.EMAIL:
            subject = drafter.render(f"{kind}.subject.j2", fields, label=label).strip()
    return Letter(
        interview_id=interview.id,
        interviewer_id=person.id,
        kind=kind,
        medium=chosen,
        subject=subject,
        body=body,
    )


def draft_interview(
    workspace: Workspace,
    interview_id: str,
    *,
    kind: str = "thank-you",
    template_dir: str | os.PathLike[str] | None = None,
    replace: bool = False,
) -> list[Letter]:
    """Draft and save one letter of ``kind`` per interviewer; return the interview's letters.

    A check-in goes to one person only (see :func:`check_in_contact`): one polite check-in
    per interview, not one per person. A letter of that kind that already exists is kept as
    it is (the user may have edited it), unless ``replace`` is true.
    """
    interview = workspace.interview(interview_id)
    profile = workspace.profile()
    if profile is None:
        raise UsageError(
            "save your profile first (your name, and a few strengths to draw on): "
            "the letters are signed with it"
        )
    if not interview.interviewers:
        raise UsageError(f"add the people you met at {interview.company} before drafting")
    drafter = Drafter(template_dir)
    existing = {(x.interviewer_id, x.kind): x for x in workspace.letters(interview.id)}
    result: list[Letter] = []
    people = [check_in_contact(interview)] if kind == "check-in" else interview.interviewers
    for person in people:
        letter = draft_letter(interview, person, profile, kind=kind, drafter=drafter)
        old = existing.get((person.id, letter.kind))
        if old is not None and not replace:
            result.append(old)
            continue
        if old is not None:
            letter = letter.model_copy(update={"id": old.id, "created": old.created})
        result.append(workspace.save_letter(letter))
    return result


def template_names() -> Sequence[str]:
    """The names of the default letter templates."""
    folder = Path(__file__).with_name("templates")
    return sorted(p.name for p in folder.glob("*.j2") if not p.name.endswith(".html.j2"))
