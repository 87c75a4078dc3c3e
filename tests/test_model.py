"""Validation of what the user types: one clear message per field, any Unicode name."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_kit.model import (
    ANSWER_MAX,
    NAME_MAX,
    Concern,
    Interview,
    Interviewer,
    InvalidRecord,
    Letter,
    Medium,
    Profile,
)

WHEN = "2026-11-26T14:00"


def problems(factory, **fields) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        factory(**fields)
    return caught.value.problems


@pytest.mark.parametrize(
    "name", ["José Álvarez", "Nguyễn Thị Minh", "李小龍", "Zoë O'Brien-Ørsted"]
)
def test_any_unicode_name_is_accepted(name):
    assert Interviewer(name=name).name == name


@pytest.mark.parametrize(
    ("field", "value", "hint"),
    [
        ("name", "", "Priya Raman"),
        ("name", "   ", "Priya Raman"),
        ("name", "12345", "Priya Raman"),
        ("name", "A" * (NAME_MAX + 1), str(NAME_MAX)),
        ("name", "Ana\r\nBcc: x@y.example", "control"),
        ("email", "bob@", "@"),
        ("email", "not an email", "priya.raman@"),
        ("phone", "call me maybe", "+31 20 555 0100"),
        ("linkedin", "https://facebook.com/ana", "linkedin.com/in/"),
        ("medium", "pigeon", "email"),
    ],
)
def test_bad_interviewer_field_names_the_field_and_shows_an_example(field, value, hint):
    fields = {"name": "Ana Souza", field: value}
    found = problems(Interviewer, **fields)
    assert list(found) == [field]
    assert hint in found[field]


def test_error_message_lines_start_with_record_and_field():
    with pytest.raises(ValueError, match=r"^Interviewer\.email: 'bob@' is not an email address"):
        Interviewer(name="Ana", email="bob@")


def test_date_that_does_not_parse():
    found = problems(Interview, company="Northwind", role="Analyst", when="next tuesday")
    # The example is in the format of the form's placeholder; the time zone is its own field.
    assert "when" in found and "'2026-11-26 14:00'" in found["when"]
    assert "time zone" not in found["when"]


def test_decision_date_before_interview_is_refused_with_an_example():
    found = problems(
        Interview, company="Northwind", role="Analyst", when=WHEN, decision_date="2026-11-20"
    )
    assert list(found) == ["decision_date"]
    assert "2026-12-03" in found["decision_date"]


def test_naive_time_is_read_in_the_interview_time_zone():
    interview = Interview(company="N", role="R", when=WHEN, timezone="Asia/Tokyo")
    assert interview.when == datetime(2026, 11, 26, 14, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_unknown_time_zone():
    found = problems(Interview, company="N", role="R", when=WHEN, timezone="Mars/Olympus")
    assert "Europe/Berlin" in found["timezone"]


def test_assignment_is_validated_too():
    person = Interviewer(name="Ana")
    with pytest.raises(InvalidRecord, match="email"):
        person.email = "nope"
    assert person.email == ""


def test_linkedin_is_a_letter_kind_not_a_preferred_medium():
    assert "medium" in problems(Interviewer, name="Ana", medium=Medium.LINKEDIN)


def test_empty_notes_are_dropped_and_text_is_normalised():
    person = Interviewer(name="  Ana  ", remarks=["  ", "likes SQL  "])
    assert person.name == "Ana" and person.remarks == ["likes SQL"]


def test_records_round_trip_through_plain_data():
    interview = Interview(
        company="Northwind",
        role="Analyst",
        when=WHEN,
        timezone="Europe/Berlin",
        decision_date=date(2026, 12, 4),
        interviewers=[Interviewer(name="李小龍", concerns=["notice period"])],
    )
    assert Interview.parse(interview.to_data()) == interview
    letter = Letter(interview_id=interview.id, interviewer_id="x", body="Dear Li,")
    assert Letter.parse(letter.to_data()) == letter


def test_unknown_field_is_named():
    assert "nickname" in problems(Profile, name="Jo", nickname="J")


TEXT_FIELDS = {
    Interviewer: ["name", "title", "email", "phone", "linkedin"],
    Interview: ["company", "role", "place", "next_steps", "timezone"],
    Profile: ["name", "email", "phone", "signature"],
}


@settings(max_examples=60, deadline=None)
@given(
    record=st.sampled_from(list(TEXT_FIELDS)),
    data=st.data(),
    text=st.text(max_size=300),
)
def test_arbitrary_text_either_validates_or_names_the_field(record, data, text):
    field = data.draw(st.sampled_from(TEXT_FIELDS[record]))
    base = {
        Interviewer: {"name": "Ana"},
        Interview: {"company": "N", "role": "R", "when": WHEN},
        Profile: {"name": "Jo"},
    }[record]
    try:
        made = record(**{**base, field: text})
    except InvalidRecord as exc:
        assert list(exc.problems) == [field], exc.problems
        assert exc.problems[field]
    else:
        assert isinstance(getattr(made, field), str)


@settings(max_examples=40, deadline=None)
@given(notes=st.lists(st.text(max_size=200), max_size=40))
def test_arbitrary_note_lists_either_validate_or_name_the_field(notes):
    try:
        person = Interviewer(name="Ana", concerns=notes)
    except InvalidRecord as exc:
        assert list(exc.problems) == ["concerns"]
    else:
        assert all(c.text and c.text == c.text.strip() for c in person.concerns)
        typed = [unicodedata.normalize("NFC", n).replace("\r\n", "\n").strip() for n in notes]
        assert [c.text for c in person.concerns] == [n for n in typed if n]  # none lost


def test_a_concern_is_plain_text_or_carries_your_answer_and_a_mark():
    person = Interviewer(
        name="Ana",
        concerns=[
            "whether I have led a team",
            "   ",
            {"text": "my notice period", "answer": "One month.", "main": True},
            {"text": "", "answer": ""},
        ],
    )
    assert person.concerns == [
        Concern(text="whether I have led a team"),
        Concern(text="my notice period", answer="One month.", main=True),
    ]
    assert person.main_concern.text == "my notice period"
    assert [c.text for c in person.other_concerns] == ["whether I have led a team"]
    assert "One month." in person.notes  # your own words are never spelling errors
    assert Interviewer(name="Ana", concerns=["a", "b"]).main_concern.text == "a"
    assert Interviewer(name="Ana").main_concern is None


@pytest.mark.parametrize(
    ("concerns", "hint"),
    [
        ([{"text": "", "answer": "I led four analysts."}], "In concern 1: Concern is empty"),
        (
            ["fine", {"text": "a team", "answer": "x" * (ANSWER_MAX + 1)}],
            "In concern 2: Your answer is 601 characters long",
        ),
        (
            [{"text": "a", "main": True}, {"text": "b"}, {"text": "c", "main": True}],
            "Concerns 1 and 3 are both marked",
        ),
        ([{"text": "a", "colour": "red"}], "In concern 1: Colour is not a field"),
    ],
)
def test_concern_problems_name_the_concern_and_the_part(concerns, hint):
    found = problems(Interviewer, name="Ana", concerns=concerns)
    assert list(found) == ["concerns"]
    assert hint in found["concerns"]
