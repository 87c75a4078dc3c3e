"""Drafts fit the interview's format: a video call has no way home, a phone call no meeting.

Every wording of every default template (three each; the replies to a decision too) is drafted
for an interview in person, by video and by phone, by email and on a card; the demo's drafts
still review without an error or a warning in each format.
"""

from __future__ import annotations

import re

import pytest

from followup_kit.demo import demo_interview, demo_profile, is_demo
from followup_kit.drafting import Drafter, draft_interview, letter_fields
from followup_kit.model import InterviewFormat, LetterKind, Medium
from followup_kit.reviewing import review_letter
from followup_kit.store import Workspace

from .conftest import DEMO_DAY

# Words that only fit a meeting in one place, and words that only fit seeing each other.
IN_PERSON_ONLY = re.compile(
    r"on the way home|\b(the|a|warm|kind|friendly) welcome\b|\bwelcom(ed|ing) me\b|your office"
    r"|the building|the tour|walk(ed)? (me )?(around|through)"
    r"|in person|drive home|train home|shook|handshake",
    re.IGNORECASE,
)
NOT_ON_THE_PHONE = re.compile(r"\bmeet(ing)? me\b|\bwe met\b|\bsee(ing)? you\b|\bface\b", re.I)

FORMATS = list(InterviewFormat)
VARIANTS = (0, 1, 2)


def _every_wording(interview_format: InterviewFormat, kind: str, medium: str):
    """The text of each wording (variant) of a template, for each person of the demo."""
    interview = demo_interview(DEMO_DAY).model_copy(update={"format": interview_format})
    profile, drafter = demo_profile(), Drafter()
    template = {
        ("thank-you", "email"): "thank-you.email.j2",
        ("thank-you", "card"): "thank-you.card.j2",
        ("check-in", "email"): "check-in.email.j2",
        ("linkedin", "linkedin"): "linkedin.note.j2",
    }.get((kind, medium), f"{kind}.email.j2")  # a reply to their decision: always an email
    for person in interview.interviewers:
        for variant in VARIANTS:
            for short in (False, True):
                fields = letter_fields(
                    interview, person, profile, kind=kind, medium=medium, variant=variant
                )
                fields["short"] = short
                text = drafter.render(template, fields, label=f"{kind} {medium}")
                yield f"{person.name}, wording {variant}{', short' if short else ''}", text


TEMPLATES = [("thank-you", "email"), ("thank-you", "card"), ("check-in", "email")]
TEMPLATES.append(("linkedin", "linkedin"))
TEMPLATES += [(str(kind), "email") for kind in LetterKind if kind.is_reply]


@pytest.mark.parametrize("interview_format", FORMATS, ids=str)
@pytest.mark.parametrize(("kind", "medium"), TEMPLATES, ids=[f"{k}-{m}" for k, m in TEMPLATES])
def test_every_wording_fits_the_interviews_format(interview_format, kind, medium):
    checked = 0
    for where, text in _every_wording(interview_format, kind, medium):
        checked += 1
        if interview_format is not InterviewFormat.IN_PERSON:
            found = IN_PERSON_ONLY.search(text)
            assert not found, f"{interview_format} {kind} {medium}, {where}: {found.group()!r}"
        if interview_format is InterviewFormat.PHONE:
            found = NOT_ON_THE_PHONE.search(text)
            assert not found, f"phone {kind} {medium}, {where}: {found.group()!r}"
    assert checked == 3 * len(VARIANTS) * 2


def test_in_person_keeps_its_own_words():
    texts = " ".join(t for _, t in _every_wording(InterviewFormat.IN_PERSON, "thank-you", "email"))
    assert "on the way home" in texts
    cards = " ".join(t for _, t in _every_wording(InterviewFormat.IN_PERSON, "thank-you", "card"))
    assert "warm welcome" in cards


@pytest.mark.parametrize("medium", [Medium.EMAIL, Medium.CARD], ids=str)
@pytest.mark.parametrize("interview_format", FORMATS, ids=str)
def test_the_demo_drafts_review_clean_in_every_format(tmp_path, interview_format, medium):
    demo = demo_interview(DEMO_DAY)
    people = [p.model_copy(update={"medium": medium}) for p in demo.interviewers]
    with Workspace(tmp_path / "ws") as workspace:
        workspace.save_profile(demo_profile())
        interview = workspace.save_interview(
            demo.model_copy(update={"format": interview_format, "interviewers": people})
        )
        assert is_demo(interview)
        letters = draft_interview(workspace, interview.id)
        assert {x.medium for x in letters} == {medium}
        letters += draft_interview(workspace, interview.id, kind=LetterKind.CHECK_IN)
        for letter in letters:
            found = review_letter(workspace, letter)
            person = interview.interviewer(letter.interviewer_id).name
            where = f"{interview_format} {letter.kind} {letter.medium} to {person}"
            assert found.count("error") == 0, f"{where}: {found}"
            if letter.kind is LetterKind.THANK_YOU:
                assert found.count("warning") == 0, f"{where}: {found}"
