"""Drafting: personal letters per interviewer from sandboxed templates."""

from __future__ import annotations

import pytest

from followup_kit import review
from followup_kit.demo import demo_profile
from followup_kit.drafting import (
    FIELDS,
    Drafter,
    DraftError,
    also_asked,
    choose_medium,
    draft_interview,
    draft_letter,
    letter_fields,
    template_names,
)
from followup_kit.model import Interviewer, LetterKind, Medium
from followup_kit.phrasing import insert_paragraph_sentence
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


# --- concerns answered in the candidate's words


def _person(**notes) -> Interviewer:
    return Interviewer(name="Ana Souza", email="ana.souza@northwind.example", **notes)


def _with(demo, person: Interviewer, *, medium: Medium = Medium.EMAIL):
    return demo.model_copy(update={"interviewers": [person.model_copy(update={"medium": medium})]})


def test_demo_letters_answer_each_main_concern_in_the_candidates_words(workspace, demo):
    for letter in draft_interview(workspace, demo.id):
        person = demo.interviewer(letter.interviewer_id)
        answer = person.main_concern.answer
        assert answer in letter.body, f"{person.name}'s answer is missing:\n{letter.body}"
        assert person.main_concern.text in letter.body
        assert "[" not in letter.body  # no placeholder left when every answer is noted
        assert "would welcome the chance" not in letter.body  # the old non-answer


@pytest.mark.parametrize("medium", [Medium.EMAIL, Medium.CARD])
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_every_wording_weaves_the_answer_in_and_reviews_clean(demo, variant, medium):
    person = _person(
        remarks=["the new cross-dock in Venlo"],
        concerns=[
            {
                "text": "whether I have moved dashboards to a new data source before",
                "answer": "I moved 40 dashboards from Oracle to Snowflake in 2024",
            }
        ],
        topics=["forecasting shipment volumes per depot"],
    )
    interview = _with(demo, person, medium=medium)
    fields = letter_fields(interview, interview.interviewers[0], demo_profile(), variant=variant)
    template = f"thank-you.{medium}.j2"
    body = Drafter().render(template, fields, label="test")
    assert "I moved 40 dashboards from Oracle to Snowflake in 2024." in body
    assert "whether I have moved dashboards to a new data source before" in body
    found = review(
        body,
        to=person.name,
        company=interview.company,
        role=interview.role,
        notes=person.notes,
        concerns=[c.text for c in person.concerns],
        medium=str(medium),
        profile=demo_profile(),
    )
    serious = [f for f in found.findings if f.severity is not Severity.INFO]
    assert serious == [], f"{body}\n{found}"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("I moved 40 dashboards from Oracle to Snowflake in 2024", "I moved 40 dashboards"),
        ("I moved 40 dashboards to Snowflake in 2024.", "Snowflake in 2024."),
        ("moved 40 dashboards to Snowflake in 2024", "I moved 40 dashboards to Snowflake in 2024."),
        ("led a team of four for two years", "I led a team of four for two years."),
        (
            "i led four analysts, and i still mentor two",
            "I led four analysts, and I still mentor two.",
        ),
        ("yes, twice: for finance and for sales", "Yes, twice: for finance and for sales."),
        ("Did I? Yes, in 2023!", "Did I? Yes, in 2023!"),
        ("  My notice period is\none month  ", "My notice period is one month."),
    ],
)
def test_an_answer_reads_as_sentences_whatever_way_it_was_typed(demo, typed, written):
    person = _person(concerns=[{"text": "whether I have done this before", "answer": typed}])
    fields = letter_fields(demo, person, demo_profile())
    assert written in fields["answer"]
    assert fields["answer"][0].isupper() and fields["answer"][-1] in ".!?"
    assert "  " not in fields["answer"]


def test_an_unanswered_concern_leaves_a_placeholder_that_review_flags(workspace, demo):
    person = _person(concerns=["whether I have run a warehouse audit before"])
    interview = workspace.save_interview(_with(demo, person))
    (letter,) = draft_interview(workspace, interview.id, replace=True)
    assert "You asked whether I have run a warehouse audit before." in letter.body
    assert "[your answer to Ana's question: what you did, with a number if you have one]" in (
        letter.body
    )
    found = review_letter(workspace, letter)
    assert {"placeholder", "unanswered-concern"} <= found.rules()
    assert not found.ok  # the placeholder blocks sending until the answer is written


def test_the_concern_marked_most_important_is_the_one_answered(demo):
    person = _person(
        concerns=[
            {"text": "whether I can work weekends", "answer": "I worked Saturdays for two years."},
            {"text": "my notice period", "answer": "It is one month.", "main": True},
        ]
    )
    letter = draft_letter(_with(demo, person), person, demo_profile())
    assert "It is one month." in letter.body and "weekends" not in letter.body


def test_a_long_answer_on_a_card_drops_the_remark_to_stay_within_the_length(demo):
    answer = (
        "At Kessler Freight I ran a five-minute huddle at every shift change for two years, "
        "showing one chart of late picks, and the night shift cut its late picks by a third"
    )
    person = _person(
        remarks=["the handover between the night and the morning shift in the Rotterdam depot"],
        concerns=[
            {"text": "how I explain numbers to people who do not work with data", "answer": answer}
        ],
    )
    interview = _with(demo, person, medium=Medium.CARD)
    letter = draft_letter(interview, interview.interviewers[0], demo_profile())
    assert answer in letter.body and "handover" not in letter.body
    found = review(
        letter.body,
        to=person.name,
        company=demo.company,
        medium="card",
        notes=person.notes,
        concerns=[c.text for c in person.concerns],
    )
    assert "length" not in found.rules(), str(found)
    short = _person(
        remarks=person.remarks,
        concerns=[{**person.concerns[0].to_data(), "answer": "I use one chart."}],
    )
    assert (
        "handover"
        in draft_letter(_with(demo, short, medium=Medium.CARD), short, demo_profile()).body
    )


def test_more_topics_and_remarks_find_a_place(demo):
    with_concern = _person(
        concerns=[{"text": "my notice period", "answer": "It is one month."}],
        topics=["forecasting per depot", "the Antwerp route"],
    )
    body = draft_letter(_with(demo, with_concern), with_concern, demo_profile()).body
    assert "forecasting per depot" in body  # the concern took the topic's place
    without = _person(
        remarks=["the new depot", "the Friday demos"],
        topics=["forecasting per depot", "the Antwerp route"],
    )
    body = draft_letter(_with(demo, without), without, demo_profile()).body
    assert "forecasting per depot" in body and "the Antwerp route" in body
    assert "the new depot" in body and "the Friday demos" in body
    wordy = _person(
        remarks=[
            "the move of weekly reporting from spreadsheets to a SQL warehouse",
            "the plan to open a second depot near Venlo next spring",
        ]
    )
    body = draft_letter(_with(demo, wordy), wordy, demo_profile()).body
    assert "second depot" not in body  # two long remarks would make one sentence too long


def test_the_other_concerns_are_inserted_where_a_letter_answers_questions(demo):
    person = _person(
        concerns=[
            {"text": "my notice period", "answer": "It is one month.", "main": True},
            {"text": "whether I can work weekends", "answer": "worked Saturdays for two years"},
            {"text": "whether I drive"},
        ]
    )
    interview = _with(demo, person)
    letter = draft_letter(interview, person, demo_profile())
    extra = also_asked(interview, person, demo_profile(), person.concerns[1])
    assert extra == "You also asked whether I can work weekends. I worked Saturdays for two years."
    body = insert_paragraph_sentence(letter.body, extra)
    paragraphs = body.split("\n\n")
    assert paragraphs[0] == "Dear Ana,"
    # Beside the answer already there, before the sentence that opens a point of its own.
    assert f"It is one month. {extra} One thing I did not get to mention:" in paragraphs[2]
    assert body.count(extra) == 1 and body.replace(" " + extra, "") == letter.body
    blank = also_asked(interview, person, demo_profile(), person.concerns[2])
    assert blank.startswith("You also asked whether I drive. [your answer to Ana's question")
    card = _with(demo, person, medium=Medium.CARD)
    card_body = draft_letter(card, card.interviewers[0], demo_profile()).body
    inserted = insert_paragraph_sentence(card_body, extra)
    assert f"It is one month. {extra} Something I did not mention:" in inserted
    assert inserted.startswith("Dear Ana,\n\n") and inserted.endswith(card_body.split(". ")[-1])
    plain = "Dear Ana,\n\nThank you for today. I want the job.\n\nBest regards,\nJo\n"
    assert insert_paragraph_sentence(plain, extra) == plain.replace("today.", f"today. {extra}")
