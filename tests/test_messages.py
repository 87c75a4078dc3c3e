"""The words of every message: the field as the form labels it, an example in the format the
form's placeholder shows, a full sentence, nothing of a library's own English, right plurals.

The tests check the shape of messages (what they name, where they start and end), never their
exact wording.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from followup_kit.demo import demo_interview
from followup_kit.drafting import draft_interview
from followup_kit.errors import InvalidRecord
from followup_kit.model import (
    Concern,
    Interview,
    Interviewer,
    Letter,
    Outcome,
    Profile,
    field_label,
    field_problem,
)
from followup_kit.problems import EXAMPLES
from followup_kit.revisions import LABELS
from followup_kit.settings import set_disabled_rules
from followup_kit.widgets import CaptureForm, LetterEditor, ReviewBoard
from followup_kit.wording import counted

from .conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parents[1]
WHEN = "2026-11-26T14:00"

# The English of the libraries under the records: never shown to the user.
LIBRARY_TEXT = re.compile(
    r"Input should|valid string|@-sign|It should have|An email address (must|cannot)|"
    r"[Vv]alue_error|type=|pydantic|For further information|validation error|\.\)[;,]"
)
# Every field name that is not also a word the user sees (decision_date, value_points, ...).
INTERNAL_NAMES = {
    name
    for record in (Profile, Interview, Interviewer, Letter, Concern, Outcome)
    for name in record.model_fields
    if "_" in name
}

# (record, fields, the field that is wrong): one bad value for each kind of check.
BAD = [
    (Profile, {"name": ""}, "name"),
    (Profile, {"name": "Jo", "email": "jordan"}, "email"),
    (Profile, {"name": "Jo", "phone": "call me"}, "phone"),
    (Profile, {"name": "Jo", "timezone": "Mars/Olympus"}, "timezone"),
    (Profile, {"name": "Jo", "value_points": ["x"] * 40}, "value_points"),
    (Profile, {"name": "Jo", "signature": "a\x07b"}, "signature"),
    (Interviewer, {"name": ""}, "name"),
    (Interviewer, {"name": "12345"}, "name"),
    (Interviewer, {"name": "Ana", "email": "ana@"}, "email"),
    (Interviewer, {"name": "Ana", "email": "ana@localhost"}, "email"),
    (Interviewer, {"name": "Ana", "email": "a b@c.example"}, "email"),
    (Interviewer, {"name": "Ana", "linkedin": "https://facebook.com/ana"}, "linkedin"),
    (Interviewer, {"name": "Ana", "goes_by": "A\nB"}, "goes_by"),
    (Interviewer, {"name": "Ana", "title": 5}, "title"),
    (Interviewer, {"name": "Ana", "medium": "pigeon"}, "medium"),
    (Interviewer, {"name": "Ana", "remarks": "not a list"}, "remarks"),
    (Interviewer, {"name": "Ana", "concerns": [{"text": "", "answer": "I did."}]}, "concerns"),
    (Interviewer, {"name": "Ana", "colour": "red"}, "colour"),
    (Interview, {"company": "", "role": "R", "when": WHEN}, "company"),
    (Interview, {"company": "C", "role": "", "when": WHEN}, "role"),
    (Interview, {"company": "C", "role": "R", "when": "next tuesday"}, "when"),
    (Interview, {"company": "C", "role": "R"}, "when"),
    (Interview, {"company": "C", "role": "R", "when": WHEN, "format": "zoom"}, "format"),
    (
        Interview,
        {"company": "C", "role": "R", "when": WHEN, "decision_date": "2026-11-01"},
        "decision_date",
    ),
    (
        Interview,
        {"company": "C", "role": "R", "when": WHEN, "follow_up_instructions": "a\x00b"},
        "follow_up_instructions",
    ),
    (
        Interview,
        {"company": "C", "role": "R", "when": WHEN, "interviewers": [{}]},
        "interviewers.0.name",
    ),
    (Letter, {"interview_id": "i", "interviewer_id": "p", "body": "x" * 20_001}, "body"),
    (Letter, {"interview_id": "i", "interviewer_id": "p", "subject": "a\r\nBcc: x"}, "subject"),
    (
        Letter,
        {"interview_id": "i", "interviewer_id": "p", "kind": "withdraw", "medium": "card"},
        "medium",
    ),
    (Outcome, {"pay": "competitive"}, "pay"),
    (Outcome, {"pay": "€50,000\nplus car"}, "pay"),
    (Outcome, {"reason": "because " * 30}, "reason"),
    (Outcome, {"other_terms": "x" * 400}, "other_terms"),
    (Outcome, {"heard_on": "next week"}, "heard_on"),
    (Outcome, {"heard_on": "2026-12-02", "answer_by": "2026-11-30"}, "answer_by"),
    (
        Interview,
        {"company": "C", "role": "R", "when": WHEN, "outcome": {"heard_on": "2026-11-20"}},
        "outcome.heard_on",
    ),
    (
        Interview,
        {"company": "C", "role": "R", "when": WHEN, "outcome": {"job_title": "a\x07b"}},
        "outcome.job_title",
    ),
]


def _problem(record, fields, field) -> str:
    with pytest.raises(InvalidRecord) as caught:
        record(**fields)
    assert field in caught.value.problems, caught.value.problems
    return caught.value.problems[field]


def _is_full_sentence(text: str) -> bool:
    return bool(re.match(r"[A-Z'\"“(0-9]", text)) and text.rstrip().endswith((".", "?", "!"))


@pytest.mark.parametrize(("record", "fields", "field"), BAD, ids=[b[2] for b in BAD])
def test_a_problem_is_a_full_sentence_in_the_forms_words(record, fields, field):
    problem = _problem(record, fields, field)
    assert _is_full_sentence(problem), problem
    assert not LIBRARY_TEXT.search(problem), problem
    used = {name for name in INTERNAL_NAMES if re.search(rf"\b{name}\b", problem)}
    assert not used, f"{problem!r} uses the internal name {used}"
    assert not problem.startswith(("is ", "must ", "has ", "holds ", "contains ")), problem
    # It names the field by its label (or a part of it: "Concern 1"), or starts with the
    # value it refuses ('x' is not ..., 2026-11-01 is before ...).
    label = field_label(record.__name__, field if "outcome." in field else field.split(".")[-1])
    parts = [label, *LABELS["concern"].values()] if field == "concerns" else [label]
    named = any(part.lower() in problem.lower() for part in parts)
    assert named or re.match(r"['\"\d]", problem), problem


def test_settings_problems_name_their_label():
    with pytest.raises(InvalidRecord) as caught:
        from followup_kit.settings import _checked

        _checked("words", ["two\nlines"])
    problem = caught.value.problems["words"]
    assert problem.startswith(LABELS["settings"]["words"]) and _is_full_sentence(problem)


def test_the_email_problem_says_what_is_wrong_in_our_words():
    problem = field_problem(Interviewer, "email", "ana.souza@northwind")
    assert "dot" in problem and "'ana.souza@northwind'" in problem
    assert not LIBRARY_TEXT.search(problem) and not problem.endswith(".);")


# --- examples in the format the form's placeholders show


def _placeholders(form: CaptureForm) -> dict[tuple[str, str], str]:
    found = {}
    for record, fields in (
        ("Profile", form.profile),
        ("Interview", form.interview),
        ("Interviewer", form.person),
    ):
        for name, widget in fields.widgets.items():
            placeholder = getattr(widget, "placeholder", "")
            if placeholder:
                found[(record, name)] = placeholder
    return found


# The fields whose placeholder is an example (others say what to do: "Leave empty to ...").
EXAMPLE_PLACEHOLDERS = [
    ("Profile", "name"),
    ("Profile", "email"),
    ("Profile", "phone"),
    ("Profile", "timezone"),
    ("Interview", "company"),
    ("Interview", "role"),
    ("Interview", "when"),
    ("Interview", "timezone"),
    ("Interviewer", "name"),
    ("Interviewer", "title"),
    ("Interviewer", "email"),
    ("Interviewer", "phone"),
]


@pytest.mark.parametrize("key", EXAMPLE_PLACEHOLDERS, ids="-".join)
def test_every_example_is_written_as_the_forms_placeholder(workspace, key):
    shown = _placeholders(CaptureForm(workspace))[key]
    assert EXAMPLES[key] == shown, f"{key}: the message shows {EXAMPLES[key]!r}, the form {shown!r}"


def test_the_date_problem_asks_for_the_placeholders_format_without_the_zone(workspace):
    form = CaptureForm(workspace)
    widget = form.interview.widgets["when"]
    widget.value = "26/11/2026 2pm"
    shown = form.interview.errors["when"].value
    assert repr(widget.placeholder).replace("'", "&#39;") in shown  # '2026-11-26 14:00'
    assert "time zone" not in shown and "T14:00" not in shown


# --- the capture form: summary and cross-field checks


def test_the_save_summary_names_fields_by_their_labels(workspace):
    form = CaptureForm(workspace)
    form.profile.widgets["name"].value = ""
    form.interview.widgets["company"].value = "Northwind Traders"
    form.interview.widgets["role"].value = "Data Analyst"
    form.interview.widgets["when"].value = "2026-11-26 14:00"
    form.interview.widgets["decision_date"].value = date(2026, 11, 1)
    form.add_person()
    form.person.widgets["email"].value = "ana@"
    form.save()
    status = form.status.value
    assert "Not saved" in status
    for label in ("Your name", "Person 1: Name", "Person 1: Business email", "They decide by"):
        assert label in status, status
    assert not {name for name in INTERNAL_NAMES | {"person 1", "you:"} if name in status}


def test_a_decision_date_before_the_interview_is_caught_as_you_type(workspace):
    form = CaptureForm(workspace)
    form.interview.widgets["when"].value = "2026-11-26 14:00"
    form.interview.widgets["timezone"].value = "Europe/Berlin"
    form.interview.widgets["decision_date"].value = date(2026, 11, 20)
    shown = form.interview.errors["decision_date"].value
    assert "2026-11-20 is before the interview on 2026-11-26" in shown
    form.interview.widgets["when"].value = "2026-11-16 14:00"  # moving the interview fixes it
    assert "before the interview" not in form.interview.errors["decision_date"].value
    form.interview.widgets["when"].value = "2026-11-26 14:00"
    assert "before the interview" in form.interview.errors["decision_date"].value
    form.interview.widgets["decision_date"].value = date(2026, 12, 4)
    assert "before the interview" not in form.interview.errors["decision_date"].value


def test_widget_errors_are_sentences_without_record_names(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.subject.value = "Thank you\u2028Bcc: x@y.example"
    editor.save_button.click()
    shown = editor.status.value
    assert "Subject" in shown and "Letter.subject" not in shown


# --- plurals


def test_counted_uses_the_right_form():
    assert [counted(n, "person", "people") for n in (0, 1, 2)] == [
        "0 people",
        "1 person",
        "2 people",
    ]
    assert counted(1, "letter") == "1 letter" and counted(1200, "letter") == "1,200 letters"


def test_one_letter_with_errors_is_one_letter(workspace, demo):
    set_disabled_rules(workspace, [])
    letters = draft_interview(workspace, demo.id)
    workspace.save_letter(letters[0].model_copy(update={"body": "Dear Priya, thank u"}))
    board = ReviewBoard(workspace, demo.id)
    assert "1 letter still has errors" in board.status.value
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = "Dear Priya,\n\nThank u for the talk.\n\nBest,\nJordan"
    editor.export_button.click()
    assert re.search(r"Not exported: \d+ errors? left", editor.status.value)
    assert "error(s)" not in editor.status.value


def _notebook_check(name: str) -> str:
    cells = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]
    return "".join(next(c for c in cells if 'print(f"Saved:' in "".join(c["source"]))["source"])


def test_notebook_01_says_1_person_met(workspace, capsys):
    workspace.save_profile(Profile(name="Jordan Avery"))
    one = demo_interview(DEMO_DAY)
    workspace.save_interview(one.model_copy(update={"interviewers": one.interviewers[:1]}))
    exec(_notebook_check("01_capture_notes.ipynb"), {"ws": workspace})
    assert "1 person met." in capsys.readouterr().out


def test_a_date_error_on_save_quotes_the_date_as_typed(workspace):
    form = CaptureForm(workspace)
    form.interview.widgets["when"].value = "27/11/2026 2pm"
    form.save_button.click()
    assert "Date and time" in form.status.value  # the summary names the field...
    shown = html.unescape(form.interview.errors["when"].value)  # ...and the field says why
    assert "'27/11/2026 2pm'" in shown and "T2pm" not in shown, shown
