"""Drafts for a panel of any size read differently: the product never drafts letters that its
own `similar-letters` rule flags. Invented people, in a trade the templates were not written
around, with notes as full (a remark, a topic, a concern answered) or as thin (one remark) as
a busy candidate leaves them."""

from __future__ import annotations

from itertools import combinations

import pytest

from followup_kit.drafting import draft_interview
from followup_kit.model import Concern, Interview, Interviewer, Medium, Profile
from followup_kit.reviewing import review_letter
from followup_kit.rules.base import fold
from followup_kit.rules.tone import SIMILAR_WARNING, similarity

PEOPLE = [
    ("Saoirse Byrne", "Ward Manager"),
    ("Kwame Mensah", "Clinical Lead"),
    ("Lucía Ortega", "Practice Educator"),
    ("Henrik Dahl", "Matron"),
    ("Aiko Tanaka", "Staff Nurse"),
    ("Rafael Costa", "Recruitment Adviser"),
    ("Nadia Petrova", "Charge Nurse"),
    ("Oluwaseun Adeyemi", "Deputy Director of Nursing"),
]
REMARKS = [
    "the new falls prevention round on the night shift",
    "how the ward trains students during their first week",
    "the move to electronic observations next spring",
    "a quality project that cut missed medication doses",
    "the weekly debrief after a difficult shift",
    "how the team supports nurses who trained abroad",
    "the plan to open six more beds in winter",
    "the link between staffing and patient feedback scores",
]
TOPICS = [
    "handovers at the bedside",
    "the preceptorship programme",
    "working with the discharge team",
    "flexible rotas for parents",
    "the sepsis screening tool",
    "mentoring healthcare assistants",
    "the dementia-friendly bay",
    "audits of care plans",
]
CONCERNS = [
    Concern(
        text="whether I have cared for patients after surgery",
        answer="I spent two years on a surgical ward with 28 beds",
    ),
    Concern(
        text="how I cope with a heavy caseload",
        answer="On my current ward I plan care for eight patients on a typical shift",
    ),
    Concern(
        text="whether I can supervise students",
        answer="I have supervised nine student nurses since 2024",
    ),
]
PROFILE = Profile(
    name="Sam Whitfield",
    email="sam.whitfield@example.com",
    value_points=[
        "I set up a handover checklist that my ward still uses",
        "I completed the advanced life support course last year",
        "I speak Polish, which helps with a large group of our patients",
    ],
)


def _panel(size: int, notes: str, medium: Medium) -> Interview:
    people = []
    for i, (name, title) in enumerate(PEOPLE[:size]):
        extra: dict = {"remarks": [REMARKS[i]]}
        if notes == "full":
            extra["topics"] = [TOPICS[i]]
            if i % 4 != 3:
                extra["concerns"] = [CONCERNS[i % 3]]
        people.append(
            Interviewer(
                name=name,
                title=title,
                email=f"{fold(name.split()[0])}@northgate-hospital.example",
                medium=medium,
                **extra,
            )
        )
    return Interview(
        company="Northgate Hospital",
        role="Staff Nurse",
        when="2026-11-24 10:00",
        timezone="Europe/London",
        interviewers=people,
    )


@pytest.mark.parametrize("medium", [Medium.EMAIL, Medium.CARD])
@pytest.mark.parametrize("notes", ["full", "thin"])
@pytest.mark.parametrize("size", [4, 6, 8])
def test_no_two_drafts_of_a_panel_read_alike(workspace, size, notes, medium):
    workspace.save_profile(PROFILE)
    interview = workspace.save_interview(_panel(size, notes, medium))
    letters = draft_interview(workspace, interview.id)
    assert len(letters) == size
    flagged = {
        interview.interviewer(letter.interviewer_id).name: [
            f.message
            for f in review_letter(workspace, letter).findings
            if f.rule == "similar-letters"
        ]
        for letter in letters
    }
    assert not any(flagged.values()), flagged
    names = frozenset(fold(part) for name, _ in PEOPLE for part in name.split())
    worst = max(similarity(a.body, b.body, names) for a, b in combinations(letters, 2))
    assert worst < SIMILAR_WARNING
    # Each letter still opens by thanking its own reader, by name.
    for letter in letters:
        person = interview.interviewer(letter.interviewer_id)
        assert letter.body.startswith(f"Dear {person.greeting_name},")


def test_the_first_three_letters_keep_their_wording_when_more_people_join(workspace):
    workspace.save_profile(PROFILE)
    three = workspace.save_interview(_panel(3, "full", Medium.EMAIL))
    before = {x.interviewer_id: x.body for x in draft_interview(workspace, three.id)}
    more = _panel(5, "full", Medium.EMAIL)
    joined = three.model_copy(
        update={"interviewers": [*three.interviewers, *more.interviewers[3:]]}
    )
    workspace.save_interview(joined)
    after = {x.interviewer_id: x.body for x in draft_interview(workspace, three.id, replace=True)}
    assert {k: after[k] for k in before} == before
