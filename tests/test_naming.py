"""Export file names: one readable, Unicode-aware slug everywhere, and never one path for two
letters."""

from __future__ import annotations

import email
import email.policy
import re

import pytest

from followup_kit.drafting import draft_interview
from followup_kit.exports import export_interview
from followup_kit.model import Interview, Interviewer, Profile
from followup_kit.naming import slug
from followup_kit.widgets import LetterEditor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José Núñez", "josé-núñez"),
        ("Anne-Marie Li", "anne-marie-li"),
        ("  Mei Lin  Chen ", "mei-lin-chen"),
        ("Nguyễn Thị Minh", "nguyễn-thị-minh"),
        ("李明", "李明"),
        ("Ольга Петрова", "ольга-петрова"),
        ("अनुराधा शर्मा", "अनुराधा-शर्मा"),  # vowel signs stay inside their word
        ("O'Brien / Smith: HR?", "o-brien-smith-hr"),
        ("../../etc/passwd", "etc-passwd"),
        ("José Nu\u0301n\u0303ez", "josé-núñez"),  # decomposed accents: the same name
        ("—", ""),
    ],
)
def test_slug_keeps_names_readable_in_any_script(text, expected):
    assert slug(text) == expected


def _interview(*names: str) -> Interview:
    return Interview(
        company="Northwind Traders",
        role="Analyst",
        when="2026-11-24T10:00",
        timezone="Europe/Berlin",
        interviewers=[
            Interviewer(name=name, email=f"person{n}@northwind.example")
            for n, name in enumerate(names)
        ],
    )


def _setup(workspace, *names: str) -> Interview:
    workspace.save_profile(Profile(name="Jordan Avery", email="jordan@example.com"))
    interview = workspace.save_interview(_interview(*names))
    draft_interview(workspace, interview.id)
    return interview


def test_two_people_whose_names_give_one_slug_get_two_files(workspace, tmp_path):
    interview = _setup(workspace, "Anne-Marie Li", "Anne Marie Li")
    written = export_interview(workspace, interview.id, tmp_path, allow_errors=True)
    emls = [p for p in written if p.suffix == ".eml"]
    assert len(emls) == len(set(emls)) == 2
    recipients = set()
    for path in emls:
        assert path.name.startswith("thank-you-anne-marie-li-")
        parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        recipients.add(str(parsed["To"]))
    assert recipients == {
        "Anne-Marie Li <person0@northwind.example>",
        "Anne Marie Li <person1@northwind.example>",
    }
    again = export_interview(workspace, interview.id, tmp_path / "again", allow_errors=True)
    assert [p.name for p in again] == [p.name for p in written], "the same names every time"


def test_the_editor_notebook_03_and_the_cli_name_a_letter_alike(workspace, tmp_path):
    interview = _setup(workspace, "José Núñez")
    written = export_interview(workspace, interview.id, tmp_path, allow_errors=True)
    assert "thank-you-josé-núñez.eml" in {p.name for p in written}
    editor = LetterEditor(workspace, interview.id, debounce=0)
    editor.allow_errors.value = True
    editor.export_button.click()
    assert 'download="thank-you-josé-núñez.eml"' in editor.downloads.value


def test_two_interviews_exported_into_one_folder_overwrite_nothing(workspace, tmp_path):
    workspace.save_profile(Profile(name="Jordan Avery", email="jordan@example.com"))
    first = workspace.save_interview(_interview("Sam Lee"))
    second = workspace.save_interview(_interview("Sam Lee"))  # a second round, same company
    paths = []
    for interview in (first, second):
        draft_interview(workspace, interview.id)
    for interview in (first, second):
        paths += export_interview(workspace, interview.id, tmp_path, allow_errors=True)
    assert len(paths) == len(set(paths)) == 4, "two packets and two letters, none overwritten"
    for path in paths:
        assert re.fullmatch(r"(review-northwind-traders|thank-you-sam-lee)-\w{6}\.\w+", path.name)
