"""Every field of every record, and every id, is validated with the package's own error naming
the field: time zones, ids, text that cannot be saved, and mail header tricks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from followup_kit.errors import InvalidRecord, WorkspaceError
from followup_kit.model import (
    Contact,
    Interview,
    Interviewer,
    Letter,
    Profile,
    field_problem,
)
from followup_kit.store import DB_NAME, Workspace

BASE = {
    Profile: {"name": "Jo Avery"},
    Interviewer: {"name": "Ana Souza"},
    Interview: {"company": "Northwind", "role": "Analyst", "when": "2026-11-26T14:00"},
    Letter: {"interview_id": "i1", "interviewer_id": "p1"},
    Contact: {"interview_id": "i1"},
}
ZONED = [Profile, Interviewer, Interview]
PAYLOAD = "=?utf-8?q?x=0D=0ABcc:_spy@attacker.example?="


def problems(record, **fields) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        record(**{**BASE[record], **fields})
    assert isinstance(caught.value, ValueError)
    return caught.value.problems


# --- time zones


@pytest.mark.parametrize(
    ("zone", "says"),
    [
        ("Europe", "region"),
        ("Etc", "region"),
        ("America/Argentina", "region"),
        ("x" * 300, "not a time zone"),
        ("Europe/Berlin\x00", "not a time zone"),
        ("../x", "not a time zone"),
        ("/etc/passwd", "not a time zone"),
        ("Europe/Nowhere", "not a time zone"),
        ("Europe//Berlin", "not a time zone"),
        ("zoneinfo/Europe/Berlin", "not a time zone"),
    ],
)
@pytest.mark.parametrize("record", ZONED, ids=lambda r: r.__name__)
def test_a_bad_time_zone_is_an_error_naming_the_field(record, zone, says):
    found = problems(record, timezone=zone)
    assert list(found) == ["timezone"]
    assert says in found["timezone"]
    assert "Errno" not in found["timezone"] and len(found["timezone"]) < 200


@pytest.mark.parametrize("record", ZONED, ids=lambda r: r.__name__)
def test_good_and_empty_time_zones(record):
    assert record(**BASE[record], timezone="Europe/Berlin").timezone == "Europe/Berlin"
    assert record(**BASE[record], timezone="America/Argentina/Buenos_Aires").timezone
    # Empty means "not given": the person or profile has none, the interview falls back to UTC.
    empty = record(**BASE[record], timezone="  ")
    assert empty.timezone == ("UTC" if record is Interview else "")


def test_the_form_checks_a_half_typed_time_zone_kindly(workspace):
    from followup_kit.widgets import CaptureForm

    form = CaptureForm(workspace)
    for box in (form.profile, form.interview):
        for typed in ("E", "Europe", "Europe/", "Europe/Ber"):
            box.widgets["timezone"].value = typed
            shown = box.errors["timezone"].value
            assert "time zone" in shown and "Errno" not in shown and "Error" not in shown
        box.widgets["timezone"].value = "Europe/Berlin"
        assert "time zone" not in box.errors["timezone"].value
    assert "Europe/Amsterdam" in field_problem(Profile, "timezone", "Europe")


# --- record ids


BAD_IDS = ["../x", "a/b", "x\x00y", "\x1b[31mred", "a" * 65, "a" * 10_000, "a b", "é", "", "a.b"]


@pytest.mark.parametrize("value", BAD_IDS, ids=repr)
@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Interview, "id"),
        (Interviewer, "id"),
        (Letter, "id"),
        (Letter, "interview_id"),
        (Letter, "interviewer_id"),
        (Contact, "id"),
        (Contact, "interview_id"),
        (Contact, "interviewer_id"),
        (Contact, "letter_id"),
    ],
)
def test_ids_are_an_opaque_safe_alphabet(record, field, value):
    if value == "" and record is Contact and field in ("interviewer_id", "letter_id"):
        assert getattr(Contact(**BASE[Contact], **{field: value}), field) == ""  # optional
        return
    found = problems(record, **{field: value})
    assert list(found) == [field]
    assert "record id" in found[field] and "\x1b" not in found[field]
    assert len(found[field]) < 200


def test_good_ids_pass():
    assert Interview(**BASE[Interview], id="Demo_interview-1").id == "Demo_interview-1"
    assert Letter(**BASE[Letter], id="a" * 64).id == "a" * 64


def test_a_stored_bad_id_never_reaches_the_terminal(tmp_path):
    """A record written behind our back with an escape sequence in its id is refused as damaged;
    the terminal never gets the raw escape sequence."""
    Workspace(tmp_path).close()
    data = {**BASE[Interview], "id": "\x1b[2J\x1b[31mgotcha", "timezone": "UTC"}
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute(
            "INSERT INTO interviews (id, data) VALUES (?, ?)", (data["id"], json.dumps(data))
        )
    db.close()
    done = subprocess.run(
        [sys.executable, "-m", "followup_kit.cli", "schedule", "--workspace", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "\x1b" not in done.stdout + done.stderr
    assert "damaged record" in done.stderr and "Interview.id" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- text that cannot be stored as UTF-8


def _text_fields(record) -> list[tuple[str, bool]]:
    """(name, is a list) for every field that holds text."""
    fields = []
    for name, info in record.model_fields.items():
        if info.annotation is str:
            fields.append((name, False))
        elif info.annotation == list[str]:
            fields.append((name, True))
    return fields


TEXT_FIELDS = [(record, name, many) for record in BASE for name, many in _text_fields(record)]


def test_every_record_has_text_fields_covered():
    assert {record for record, _, _ in TEXT_FIELDS} == set(BASE)
    assert len(TEXT_FIELDS) > 30


@pytest.mark.parametrize(
    ("record", "field", "many"),
    TEXT_FIELDS,
    ids=[f"{r.__name__}.{f}" for r, f, _ in TEXT_FIELDS],
)
@pytest.mark.parametrize("bad", ["Ana\udc80", "\ud800", "ok \udfff ok"], ids=repr)
def test_a_lone_surrogate_is_refused_in_every_text_field(record, field, many, bad):
    found = problems(record, **{field: [bad] if many else bad})
    assert list(found) == [field]
    assert "cannot be saved" in found[field]


def test_a_surrogate_in_an_import_names_the_field(workspace):
    from followup_kit.demo import demo_interview

    data = workspace.export_data()
    interview = demo_interview().to_data()
    interview["interviewers"][1]["remarks"] = ["fine", "broken \udc9f text"]
    data["interviews"] = [interview]
    with pytest.raises(WorkspaceError, match=r"interviewers\.1.*remarks.*cannot be saved"):
        workspace.import_data(data)
    assert workspace.interviews() == []


# --- RFC 2047 encoded words: decoded by mail programs, so refused where text may reach a header


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Profile, "name"),
        (Profile, "email"),
        (Interviewer, "name"),
        (Interviewer, "goes_by"),
        (Interviewer, "title"),
        (Interviewer, "email"),
        (Interview, "company"),
        (Interview, "role"),
        (Interview, "place"),
        (Letter, "subject"),
    ],
)
@pytest.mark.parametrize(
    "value",
    [
        PAYLOAD,
        f"Data Analyst {PAYLOAD}",
        "=?UTF-8?B?eA0KQmNjOiBzcHlAYXR0YWNrZXIuZXhhbXBsZQ==?=",
        "=?utf-8*en?Q?a=0Ab?=",
    ],
    ids=["q", "q-inside", "b", "rfc2231"],
)
def test_an_encoded_word_is_refused_in_every_one_line_field(record, field, value):
    if field == "email":
        value = value.replace(":", "").replace(" ", "") + "@example.com"
    found = problems(record, **{field: value})
    assert list(found) == [field]
    assert "=?" in found[field] or "not an email" in found[field]


def test_ordinary_text_with_question_marks_and_equals_passes():
    assert Interview(**{**BASE[Interview], "role": "Analyst (C++ = ok?)"}).role
    assert Letter(**BASE[Letter], subject="Thanks = ? yes").subject
