"""Drafting: personal letters per interviewer from sandboxed templates."""

from __future__ import annotations

import pytest

from followup_kit.demo import demo_profile
from followup_kit.drafting import (
    FIELDS,
    Drafter,
    DraftError,
    choose_medium,
    draft_interview,
    draft_letter,
    letter_fields,
    template_names,
)
from followup_kit.model import Interviewer, LetterKind, Medium
from followup_kit.reviewing import review_letter
from followup_kit.rules.base import Severity
from followup_kit.rules.tone import similarity


def test_every_default_template_renders_for_the_demo_with_zero_review_errors(workspace, demo):
    for kind in ("thank-you", "check-in", "linkedin"):
        for letter in draft_interview(workspace, demo.id, kind=kind):
            outcome = review_letter(workspace, letter)
            assert outcome.errors == (), f"{kind} to {letter.interviewer_id}:\n{outcome}"
    used = {f"{k}.{m}.j2" for k in ("thank-you", "check-in") for m in ("email", "card")}
    assert {
        "thank-you.email.j2",
        "thank-you.card.j2",
        "check-in.email.j2",
        "linkedin.note.j2",
    } <= set(template_names())
    assert used & set(template_names())


def test_demo_thank_yous_raise_no_warning_either(workspace, demo):
    for letter in draft_interview(workspace, demo.id):
        outcome = review_letter(workspace, letter)
        serious = [f for f in outcome.findings if f.severity is not Severity.INFO]
        assert serious == [], str(outcome)


def test_each_letter_is_personal(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    profile = workspace.profile()
    for letter in letters:
        person = demo.interviewer(letter.interviewer_id)
        assert letter.body.startswith(f"Dear {person.greeting_name},")
        assert any(note.split()[-1] in letter.body for note in person.notes)
        assert demo.company in letter.body
        assert any(point.rstrip(".") in letter.body for point in profile.value_points)
    value_lines = {next(p for p in profile.value_points if p in letter.body) for letter in letters}
    assert len(value_lines) == len(letters), "each person hears about a different strength"


def test_letters_of_one_interview_differ_in_substance(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    names = frozenset({"priya", "tomas", "mei", "lin"})
    for i, a in enumerate(letters):
        for b in letters[i + 1 :]:
            assert similarity(a.body, b.body, names) < 0.55


def test_medium_follows_preference_and_instructions(demo):
    priya, tomas = demo.interviewers[0], demo.interviewers[1]
    assert choose_medium(demo, tomas) is Medium.CARD
    assert choose_medium(demo, priya) is Medium.EMAIL
    by_email = demo.model_copy(update={"follow_up_instructions": "Please follow up by email."})
    assert choose_medium(by_email, tomas) is Medium.EMAIL


def test_email_subject_names_role_and_date(demo):
    letter = draft_letter(demo, demo.interviewers[0], demo_profile())
    assert "Data Analyst" in letter.subject and "26 November" in letter.subject
    card = draft_letter(demo, demo.interviewers[1], demo_profile())
    assert card.medium is Medium.CARD and card.subject == ""


def test_linkedin_note_is_counted_and_enforced(demo):
    note = draft_letter(demo, demo.interviewers[0], demo_profile(), kind="linkedin")
    assert note.kind is LetterKind.LINKEDIN and len(note.body) <= 300
    long_role = demo.model_copy(update={"role": "Senior " * 25 + "Analyst"})
    with pytest.raises(DraftError, match="300"):
        draft_letter(long_role, demo.interviewers[0], demo_profile(), kind="linkedin")


def test_redrafting_keeps_the_users_edits(workspace, demo):
    first = draft_interview(workspace, demo.id)
    edited = workspace.save_letter(first[0].model_copy(update={"body": "Dear Priya, my words"}))
    again = draft_interview(workspace, demo.id)
    assert again[0].body == "Dear Priya, my words"
    assert len(workspace.letters(demo.id)) == 3
    replaced = draft_interview(workspace, demo.id, replace=True)
    assert replaced[0].id == edited.id and replaced[0].body != "Dear Priya, my words"


def test_person_without_notes_gets_a_visible_placeholder(workspace, demo):
    bare = demo.model_copy(update={"interviewers": [Interviewer(name="Ana Souza")]})
    letter = draft_letter(bare, bare.interviewers[0], demo_profile())
    assert "[something specific from your talk with Ana]" in letter.body


def test_drafting_needs_a_profile_and_people(workspace):
    from followup_kit.demo import demo_interview

    interview = workspace.save_interview(demo_interview())
    with pytest.raises(ValueError, match="profile"):
        draft_interview(workspace, interview.id)


def test_user_template_with_unknown_field_is_rejected_listing_the_fields(tmp_path, demo):
    (tmp_path / "thank-you.email.j2").write_text("Dear {{ first_name }}, {{ favourite_colour }}")
    drafter = Drafter(tmp_path)
    with pytest.raises(DraftError) as caught:
        draft_letter(demo, demo.interviewers[0], demo_profile(), drafter=drafter)
    message = str(caught.value)
    assert "favourite_colour" in message and "first_name" in message and "company" in message


def test_user_template_overrides_the_default(tmp_path, demo):
    (tmp_path / "thank-you.email.j2").write_text(
        "Dear {{ first_name }},\n\nThanks from {{ candidate }} about {{ company }}."
    )
    letter = draft_letter(demo, demo.interviewers[0], demo_profile(), drafter=Drafter(tmp_path))
    assert letter.body == "Dear Priya,\n\nThanks from Jordan Avery about Lumen Harbor Logistics.\n"


def test_missing_optional_field_is_an_error_naming_field_and_letter(tmp_path, demo):
    (tmp_path / "thank-you.email.j2").write_text("Dear {{ first_name }}, about {{ topic }}")
    bare = demo.model_copy(update={"interviewers": [Interviewer(name="Ana Souza")]})
    with pytest.raises(DraftError, match=r"thank-you email to Ana Souza.*'topic' is missing"):
        draft_letter(bare, bare.interviewers[0], demo_profile(), drafter=Drafter(tmp_path))


def test_fields_are_documented(demo):
    fields = letter_fields(demo, demo.interviewers[0], demo_profile())
    assert set(fields) <= set(FIELDS)


def test_missing_template_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DraftError, match="does not exist"):
        Drafter(tmp_path / "nope")


def test_one_check_in_per_interview_to_the_named_contact(workspace, demo):
    letters = draft_interview(workspace, demo.id, kind="check-in")
    assert len(letters) == 1
    assert demo.interviewer(letters[0].interviewer_id).name == "Mei Lin Chen"
    assert "6 December" in letters[0].body


def test_an_edited_user_template_is_checked_again(tmp_path, demo):
    template = tmp_path / "thank-you.email.j2"
    template.write_text("Dear {{ first_name }}, thanks from {{ candidate }}.")
    drafter = Drafter(tmp_path)
    draft_letter(demo, demo.interviewers[0], demo_profile(), drafter=drafter)
    template.write_text("Dear {{ first_name }}, {{ shoe_size }}")
    with pytest.raises(DraftError, match=r"unknown field.*shoe_size"):
        draft_letter(demo, demo.interviewers[0], demo_profile(), drafter=drafter)
