"""The invented demo: held on the last working day, its letters answering every main concern."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup_kit.demo import demo_day, demo_interview, is_demo, load_demo
from followup_kit.drafting import draft_interview
from followup_kit.reviewing import review_letter
from followup_kit.rules.base import Severity
from followup_kit.schedule import next_send_time

WEEK = [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]  # Monday to Sunday


@pytest.mark.parametrize("today", WEEK, ids=[f"{d:%A}" for d in WEEK])
def test_the_demo_interview_is_on_the_last_working_day_before_today(today):
    interview = demo_interview(today)
    held = interview.local_when.date()
    assert held < today and held.weekday() < 5, f"{today:%A}: held on {held:%A}"
    skipped = [held + timedelta(days=n) for n in range(1, (today - held).days)]
    assert all(day.weekday() >= 5 for day in skipped), "a working day was skipped"
    if today.weekday() < 5:  # the thank-yous are due this very morning
        assert next_send_time(interview).date() == today


def test_monday_and_the_weekend_look_back_to_friday():
    assert [demo_day(d).strftime("%A") for d in WEEK] == [
        "Friday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Friday",
    ]


@pytest.mark.parametrize("today", WEEK, ids=[f"{d:%A}" for d in WEEK])
def test_demo_letters_review_without_errors_or_warnings_whatever_the_day(workspace, today):
    from followup_kit.demo import load_demo

    interview = load_demo(workspace, today=today)
    for letter in draft_interview(workspace, interview.id):
        outcome = review_letter(workspace, letter)
        serious = [f for f in outcome.findings if f.severity is not Severity.INFO]
        assert serious == [], str(outcome)


def test_a_demo_with_a_person_added_or_renamed_is_yours_and_no_check_asserts_on_it():
    demo = demo_interview(date(2026, 11, 27))
    assert is_demo(demo)
    added = demo.interviewers[0].model_copy(update={"name": "Sam Carter"})
    assert not is_demo(demo.model_copy(update={"interviewers": [*demo.interviewers, added]}))
    renamed = [added, *demo.interviewers[1:]]
    assert not is_demo(demo.model_copy(update={"interviewers": renamed}))


def test_the_demo_drafts_review_clean_whatever_the_user_typed_into_its_letters(workspace):
    from followup_kit.flow import draft_reviews

    interview = load_demo(workspace, today=date(2026, 11, 27))
    letters = draft_interview(workspace, interview.id)
    workspace.save_letter(letters[0].model_copy(update={"body": "thank u for you time"}))
    reviews = draft_reviews(workspace, interview.id)
    assert set(reviews) == {p.name for p in interview.interviewers}
    for name, found in reviews.items():
        assert found.count("error") == found.count("warning") == 0, f"{name}:\n{found}"
