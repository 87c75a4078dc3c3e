"""Drafting: a personal letter to each interviewer, rendered from Jinja2 templates.

Templates render in a narrowed Jinja2 sandbox with ``StrictUndefined`` (see
:mod:`followup_kit.templating`): a template can only read the fields listed in :data:`FIELDS`
and use the filters in :data:`FILTERS`, a missing field is an error naming it (never
"Dear ,"), and rendering is bounded in time and size. Users may put their own templates in a
folder; those are checked before rendering and render in a separate process with hard limits.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import product
from operator import eq
from pathlib import Path
from typing import Any

from jinja2 import PackageLoader, TemplateError

from .errors import UsageError
from .model import (
    Concern,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    LetterStatus,
    Medium,
    Profile,
)
from .outcomes import reply_fields
from .phrasing import answer_sentences
from .rules.base import Text
from .rules.language import LENGTHS
from .rules.words import content_words
from .store import Workspace
from .template_worker import shared_worker
from .templating import (
    FILTERS,
    check_template,
    describe,
    make_environment,
    render_bounded,
)

__all__ = [
    "FIELDS",
    "FILTERS",
    "DraftError",
    "Drafter",
    "also_asked",
    "check_in_contact",
    "choose_medium",
    "draft_interview",
    "draft_letter",
    "draft_reply",
    "letter_fields",
    "medium_reason",
    "reply_contact",
    "reply_contact_reason",
]

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
    "also_remark": "a second thing they said, when both fit in one sentence (optional)",
    "concern": "the concern or question they raised, as 'whether ...' or 'about ...' (optional)",
    "answer": "your answer to that concern, as full sentences ('I moved 40 ...') (optional)",
    "topic": "a topic you discussed with them (optional)",
    "also_topic": "a topic the letter has not used yet (optional)",
    "value_point": "a strength of yours the notes do not already cover (optional)",
    "candidate": "your full name",
    "candidate_first": "your first name",
    "signature": "your signature block (your name if you have none)",
    "variant": "0, 1 or 2: which wording to use, different for each person of one interview",
    # Each part of a thank-you has its own wording, so that letters to more than three people
    # still differ in most parts (see WORDING_PARTS); for the first three people of an
    # interview every part uses ``variant``.
    "remark_variant": "0, 1 or 2: which wording introduces the remark",
    "answer_variant": "0, 1 or 2: which wording answers the concern (or recalls the topic)",
    "strength_variant": "0, 1 or 2: which wording adds the strength they did not hear about",
    "interest_variant": "0, 1 or 2: which wording states your interest",
    "closing_variant": "0, 1 or 2: which wording offers more and signs off",
    "format": "how the interview took place: 'in person', 'video' or 'phone'",
    "medium": "'email' or 'card'",
    "kind": "'thank-you', 'check-in', 'linkedin', or a reply to an outcome ('offer-accept', ...)",
    "short": "true when the letter must drop an optional sentence to fit (LinkedIn note, card)",
    # A reply to an outcome also has these (see followup_kit.outcomes):
    "job_title": "the job title offered (the role when none was noted)",
    "job_title_with_article": "the job title with 'a' or 'an'",
    "start_date": "the start date they offered ('Monday 4 January 2027', optional)",
    "pay": "the salary or pay as they told it ('€58,000 a year', optional)",
    "other_terms": "anything else agreed ('25 days of leave', optional)",
    "written_offer": "true once the written offer has arrived",
    "answer_by": "the day you would like to give your answer by ('Friday 11 December', optional)",
    "reason": "why you need time, or why you withdraw: one sentence, no full stop (optional)",
    "ask_feedback": "true to ask for brief feedback after a rejection",
}
REQUIRED = ("first_name", "name", "company", "role", "candidate", "signature")
_QUESTION_WORDS = ("whether", "how", "what", "why", "when", "where", "which", "who", "if")
_LOWER_FIRST = (*_QUESTION_WORDS, "about", "my", "our", "the", "a", "an", "your")
ALSO_ASKED = "also-asked.j2"  # one more concern answered, for the editor to insert
ALSO_REMARK_MAX_WORDS = 16  # two remarks in one sentence stay readable up to about this
# Counts and spans of time say nothing about a subject: 'four hours' and 'four weeks' differ.
_QUANTITIES = content_words(
    "four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "thousand dozen half minute minutes hours months weeks years daily weekly monthly yearly"
)


# The parts of a letter worded separately: two letters share a wording in as few parts as the
# number of people allows (see _wordings).
WORDING_PARTS = (
    "variant",
    "remark_variant",
    "answer_variant",
    "strength_variant",
    "interest_variant",
    "closing_variant",
)
WORDINGS = 3  # wordings of each part
# Your own words shown word for word in two letters (the same strength, the same answer to a
# concern two of them raised) weigh like this many parts worded alike (email, card): on a card
# each is a third of the text.
SAME_WORDS = (2, 3)


@cache
def _wordings(
    letters: tuple[tuple[tuple[str, ...], tuple[bool, ...]], ...], same_words: int
) -> tuple[tuple[int, ...], ...]:
    """One choice of wording per part for each person, as unlike each other as can be.

    ``letters[i]`` describes person i's letter: the sentences of yours it shows word for word
    (its strength, its answer; '' for none), each weighing like ``same_words`` parts worded
    alike when another letter shows it too, and which parts it has (a letter without a
    remark has no remark to word). Persons 1, 2 and 3 use one wording throughout (0, 1, 2);
    each later one takes the combination whose closest letter has the fewest parts alike,
    then the fewest in all.
    """
    size = len(WORDING_PARTS)
    chosen = [(v,) * size for v in range(min(len(letters), WORDINGS))]
    candidates = list(product(range(WORDINGS), repeat=size))
    for own, parts in letters[len(chosen) :]:
        # Each chosen letter as this one sees it: its wording where both letters have the part
        # (-1 where either lacks it, which no wording equals), and what both show word for word.
        seen = [
            (
                tuple(
                    v if mine and theirs else -1
                    for v, mine, theirs in zip(other, parts, has, strict=True)
                ),
                same_words * sum(bool(x) and x == y for x, y in zip(own, shown, strict=True)),
            )
            for other, (shown, has) in zip(chosen, letters, strict=False)
        ]
        best: tuple[int, int] | None = None
        pick = candidates[0]
        for word in candidates:  # the first of equals wins: the choice is stable
            worst = total = 0
            for other, same in seen:
                count = sum(map(eq, word, other)) + same
                if best is not None and count > best[0]:
                    break  # already worse than the best so far
                worst, total = max(worst, count), total + count
            else:
                if best is None or (worst, total) < best:
                    best, pick = (worst, total), word
        chosen.append(pick)
    return tuple(chosen)


def _wording_of(
    interview: Interview, strengths: dict[str, str], medium: str
) -> dict[str, tuple[int, ...]]:
    """Each person's choice of wording per part in letters of ``medium`` (see
    :func:`_wordings`): a card answers a concern only, an email recalls a topic instead."""
    card = medium == Medium.CARD
    letters = []
    for p in interview.interviewers:
        main = p.main_concern
        own = (strengths.get(p.id, ""), main.answer if main is not None else "")
        has = (
            True,
            bool(p.remarks or p.topics),
            bool(p.concerns or (p.topics and not card)),
            p.id in strengths,
            True,
            True,
        )
        letters.append((own, has))
    chosen = _wordings(tuple(letters), SAME_WORDS[card])
    return dict(zip((p.id for p in interview.interviewers), chosen, strict=True))


class DraftError(ValueError):
    """A letter cannot be drafted; the message names the letter and what to fix."""


def _concern_phrase(concern: str) -> str:
    """'whether I have ...' stays; 'my notice period' becomes 'about my notice period'."""
    concern = " ".join(concern.split()).rstrip(" .?")
    first = concern.split()[0].lower() if concern.split() else ""
    if first in _LOWER_FIRST:
        concern = concern[0].lower() + concern[1:]
    return concern if first in (*_QUESTION_WORDS, "about") else f"about {concern}"


def _value_points(interview: Interview, profile: Profile) -> dict[str, str]:
    """Give each person a value point their notes do not cover, repeating as little as can be."""
    points = [p.rstrip(" .") for p in profile.value_points]
    used: Counter[str] = Counter()
    chosen: dict[str, str] = {}
    options = {}
    for person in interview.interviewers if points else ():
        covered = _subject_words(" ".join(person.notes))
        options[person.id] = [p for p in points if not _subject_words(p) & covered] or points
    # Those with the fewest fresh points choose first, so the others still get a different one.
    for person_id, fresh in sorted(options.items(), key=lambda item: len(item[1])):
        pick = min(fresh, key=lambda p: (used[p], fresh.index(p)))
        used[pick] += 1
        chosen[person_id] = pick
    return chosen


def _subject_words(text: str) -> set[str]:
    """What a text is about: its content words, less counts and spans of time ('four hours')."""
    return content_words(text) - _QUANTITIES


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
    strengths = _value_points(interview, profile)
    chosen = _wording_of(interview, strengths, medium).get(person.id, (0,) * len(WORDING_PARTS))
    wording = dict(zip(WORDING_PARTS, chosen, strict=True))
    if variant is not None:  # one wording asked for: every part uses it
        wording = dict.fromkeys(WORDING_PARTS, variant)
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
        **wording,
        "format": str(interview.format),
        "medium": medium,
        "kind": kind,
        "short": False,
    }
    main = person.main_concern
    remarks = [r.rstrip(" .") for r in person.remarks]
    topics = [t.rstrip(" .") for t in person.topics]
    # A topic takes the concern's place when there is no concern; the next one closes the letter.
    also_topic = topics[0 if main else 1] if len(topics) > (0 if main else 1) else ""
    also_remark = remarks[1] if len(remarks) > 1 else ""
    if len(" ".join(remarks[:2]).split()) > ALSO_REMARK_MAX_WORDS:
        also_remark = ""
    optional = {
        "title": person.title,
        "place": interview.place,
        "next_steps": interview.next_steps,
        "decision_date": (
            f"{interview.decision_date.day} {interview.decision_date:%B}"
            if interview.decision_date
            else ""
        ),
        "remark": remarks[0] if remarks else "",
        "also_remark": also_remark,
        "concern": _concern_phrase(main.text) if main else "",
        "answer": answer_sentences(main.answer) if main else "",
        "topic": topics[0] if topics else "",
        "also_topic": also_topic,
        "value_point": strengths.get(person.id, ""),
    }
    fields.update({key: value for key, value in optional.items() if value})
    if LetterKind(kind).is_reply:
        fields.update(reply_fields(interview))
    return fields


class Drafter:
    """Renders letters from the default templates, or from a folder of the user's own.

    The default templates are ours and render in-process. A template from ``template_dir``
    renders in a separate process with a time limit (2 s) and a memory
    cap (see :mod:`followup_kit.template_worker`); it may use the fields in :data:`FIELDS`
    and the filters in :data:`FILTERS`, and include other templates of its folder.
    """

    def __init__(self, template_dir: str | os.PathLike[str] | None = None) -> None:
        self.env = make_environment(PackageLoader("followup_kit", "templates"))
        self.folder: Path | None = None
        if template_dir is not None:
            folder = Path(template_dir)
            if not folder.is_dir():
                raise DraftError(f"template folder {folder} does not exist")
            self.folder = folder.resolve()
        self._checked: dict[tuple[str, str], tuple[str, ...]] = {}  # parsed once per source

    def _is_users(self, name: str) -> bool:
        return self.folder is not None and os.path.lexists(self.folder / name)

    def _ask_worker(self, op: str, name: str, fields: dict[str, Any] | None = None) -> str:
        return shared_worker().request(
            op=op, folder=str(self.folder), name=name, fields=fields or {}, allowed=list(FIELDS)
        )

    def check_template(self, name: str) -> None:
        """Reject a template using fields or filters that do not exist, listing those that do."""
        try:
            if self._is_users(name):
                self._ask_worker("check", name)
            else:
                check_template(self.env, name, FIELDS, cache=self._checked)
        except (TemplateError, RecursionError) as exc:
            raise DraftError(describe(exc)) from None

    def render(self, name: str, fields: dict[str, Any], *, label: str) -> str:
        """Render one template with ``fields``; ``label`` names the letter in errors."""
        for required in REQUIRED:
            if not str(fields.get(required, "")).strip():
                raise DraftError(f"cannot draft {label}: the field {required!r} is empty")
        try:
            if self._is_users(name):
                text = self._ask_worker("render", name, fields)
            else:
                check_template(self.env, name, FIELDS, cache=self._checked)
                text = render_bounded(self.env, name, fields)
        except (TemplateError, RecursionError) as exc:
            raise DraftError(f"cannot draft {label}: {describe(exc)}") from None
        return _tidy(text)


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
    """The one person to check in with: named in the instructions or the next steps, else the
    recruiter, else the first person met."""
    return _contact(interview)[0]


def reply_contact(interview: Interview) -> Interviewer:
    """Whom a reply to the outcome goes to: the person who told you, else the one you would
    check in with (named in the instructions or the next steps, else the recruiter, else the
    first met)."""
    return reply_contact_reason(interview)[0]


def reply_contact_reason(interview: Interview) -> tuple[Interviewer, str]:
    """Whom a reply to the outcome goes to, and why in words ('the recruiter'), for the form
    to show beside the choice."""
    told_by = interview.outcome.told_by if interview.outcome is not None else ""
    for person in interview.interviewers:
        if told_by and person.id == told_by:
            return person, "they told you"
    return _contact(interview)


def _contact(interview: Interview) -> tuple[Interviewer, str]:
    """The contact for what comes next, and why: the person your notes name, else the
    recruiter, else the first person met."""
    if not interview.interviewers:
        raise UsageError(f"add the people you met at {interview.company} first")
    for said, where in (
        (interview.follow_up_instructions, "your notes on how to follow up name them"),
        (interview.next_steps, "the next steps name them"),
    ):
        for person in interview.interviewers:
            if _names(said, person):
                return person, where
    for person in interview.interviewers:
        if re.search(r"recruit|talent|hr\b|human resources|people partner", person.title.lower()):
            return person, f"the recruiter ({person.title})"
    return interview.interviewers[0], "the first person you met: your notes name no contact"


def _names(text: str, person: Interviewer) -> bool:
    """Whether ``text`` names ``person`` (full name or the name they go by, as whole words)."""
    said = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", said)
        for name in (person.name, person.greeting_name)
        if name.strip()
    )


def draft_letter(
    interview: Interview,
    person: Interviewer,
    profile: Profile,
    *,
    kind: str = "thank-you",
    medium: str | None = None,
    drafter: Drafter | None = None,
) -> Letter:
    """Draft one letter (not saved): a thank-you, a check-in, a LinkedIn note or a reply to
    an outcome."""
    drafter = drafter or Drafter()
    kind = LetterKind(kind)
    if kind is LetterKind.LINKEDIN:
        chosen = Medium.LINKEDIN
    elif kind is LetterKind.CHECK_IN:
        chosen = Medium(medium or Medium.EMAIL)
    elif kind.is_reply:
        chosen = Medium.EMAIL  # an answer to their decision must reach them within a day
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
        longest = LENGTHS.get((str(chosen), str(kind)), (0, 10**6))[1]
        if Text(body).word_count > longest:  # e.g. a card with a long answer: drop a sentence
            body = drafter.render(template, {**fields, "short": True}, label=label)
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


def also_asked(
    interview: Interview,
    person: Interviewer,
    profile: Profile,
    concern: Concern,
    *,
    drafter: Drafter | None = None,
) -> str:
    """The sentences that answer one more of their concerns (a placeholder asks for your
    answer when you have not noted one), for the editor to insert into a letter."""
    drafter = drafter or Drafter()
    fields = letter_fields(interview, person, profile)
    fields.pop("answer", None)
    fields["concern"] = _concern_phrase(concern.text)
    if concern.answer:
        fields["answer"] = answer_sentences(concern.answer)
    label = f"the answer to {person.name}'s concern"
    return " ".join(drafter.render(ALSO_ASKED, fields, label=label).split())


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
    per interview, not one per person; so does a reply to an outcome (see
    :func:`reply_contact`). A letter of that kind that already exists is kept as it is (the
    user may have edited it, or chosen another recipient), unless ``replace`` is true.
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
    letters = workspace.letters(interview.id)
    existing = {(x.interviewer_id, x.kind): x for x in letters}
    result: list[Letter] = []
    people = interview.interviewers
    if kind == "check-in":
        people = [check_in_contact(interview)]
    elif LetterKind(kind).is_reply:
        # One reply per interview; the one kept may go to someone the user chose instead.
        ids = {p.id for p in interview.interviewers}
        kept = next((x for x in letters if x.kind == kind and x.interviewer_id in ids), None)
        if kept is not None and not replace:
            return [kept]
        people = [interview.interviewer(kept.interviewer_id) if kept else reply_contact(interview)]
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


def draft_reply(
    workspace: Workspace,
    interview_id: str,
    *,
    previous: Interview | None = None,
    to: str | None = None,
) -> Letter | None:
    """The reply to an interview's outcome, saved: one already drafted (of any kind that
    answers it), else a fresh draft of the kind proposed; None while there is no outcome.

    With ``previous`` (the interview before its outcome was edited), a reply still exactly as
    drafted from it is drafted again from the new details; one the user edited is kept.
    With ``to`` (the id of a person met), the reply goes to that person: an unsent reply to
    someone else is drafted again for them, or, when you edited it, keeps your text.
    """
    from .outcomes import proposed_reply, reply_kinds

    interview = workspace.interview(interview_id)
    kind = proposed_reply(interview.status)
    profile = workspace.profile()
    if kind is None:
        return None
    people = {p.id: p for p in interview.interviewers}
    chosen = people.get(to or "")
    for letter in workspace.letters(interview.id):
        if letter.kind not in reply_kinds(interview.status) or letter.interviewer_id not in people:
            continue
        person = people[letter.interviewer_id]
        moving = chosen is not None and chosen.id != person.id
        if letter.status is not LetterStatus.DRAFT:
            return letter  # sent: it went to whom it went to
        if not moving and (previous is None or profile is None):
            return letter
        sources = [x for x in ((previous, interview) if moving else (previous,)) if x is not None]
        untouched = profile is not None and any(
            (drafted.subject, drafted.body) == (letter.subject, letter.body)
            for drafted in (
                draft_letter(x, person, profile, kind=str(letter.kind)) for x in sources
            )
        )
        target = chosen if moving and chosen is not None else person
        update: dict[str, Any] = {"interviewer_id": target.id}
        if untouched and profile is not None:
            fresh = draft_letter(interview, target, profile, kind=str(letter.kind))
            update |= {"subject": fresh.subject, "body": fresh.body}
        elif not moving:
            return letter  # edited by the user: theirs to keep
        return workspace.save_letter(letter.model_copy(update=update))
    if chosen is not None and profile is not None:
        return workspace.save_letter(draft_letter(interview, chosen, profile, kind=kind))
    return draft_interview(workspace, interview.id, kind=kind)[0]


def template_names() -> Sequence[str]:
    """The names of the default letter templates."""
    folder = Path(__file__).with_name("templates")
    return sorted(p.name for p in folder.glob("*.j2") if not p.name.endswith(".html.j2"))
