"""Import and export: one transaction, settings checked, broken files refused clearly, and the
workspace left exactly as it was whenever an import is refused."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

from followup_kit.demo import demo_interview
from followup_kit.drafting import draft_interview
from followup_kit.errors import InvalidRecord, WorkspaceError
from followup_kit.model import Interview, Interviewer
from followup_kit.reviewing import review_letter
from followup_kit.store import Workspace

from .conftest import DEMO_DAY


def _other_notebook_saves(other: Workspace, company: str) -> threading.Thread:
    """Start another connection (opened beforehand) saving an interview; wait up to 3 s.

    When the import holds the write lock, the save waits for it (and the 3 s pass);
    without that lock it lands at once, in the middle of the import.
    """

    def save() -> None:
        other.save_interview(
            Interview(company=company, role="Analyst", when="2026-11-30T10:00", timezone="UTC")
        )
        other.close()

    thread = threading.Thread(target=save)
    thread.start()
    thread.join(timeout=3)
    return thread


def test_import_replace_loses_nothing_saved_meanwhile(workspace, demo, tmp_path, monkeypatch):
    exported = workspace.export_json(tmp_path / "export.json")
    other = Workspace(workspace.folder)  # another notebook's kernel
    original = Workspace.export_data
    started: list[threading.Thread] = []

    def backup_then_another_save(self):
        data = original(self)
        if self is workspace and not started:  # the backup is made: the other one saves now
            started.append(_other_notebook_saves(other, "Fabrikam"))
        return data

    monkeypatch.setattr(Workspace, "export_data", backup_then_another_save)
    backup = workspace.import_json(exported, replace=True)
    started[0].join(timeout=60)
    monkeypatch.undo()
    in_workspace = {i.company for i in workspace.interviews()}
    in_backup = {i["company"] for i in json.loads(backup.read_text())["interviews"]}
    assert "Fabrikam" in in_workspace | in_backup, "the interview saved meanwhile was lost"


def test_import_into_an_empty_workspace_loses_nothing_saved_meanwhile(
    workspace, tmp_path, monkeypatch
):
    with Workspace(tmp_path / "source") as source:
        source.save_interview(demo_interview(DEMO_DAY))
        exported = source.export_json(tmp_path / "export.json")
    other = Workspace(workspace.folder)
    original = Workspace.is_empty
    started: list[threading.Thread] = []

    def checked_then_another_save(self):
        empty = original(self)
        if self is workspace and not started:
            started.append(_other_notebook_saves(other, "Fabrikam"))
        return empty

    monkeypatch.setattr(Workspace, "is_empty", checked_then_another_save)
    try:
        workspace.import_json(exported)
    except WorkspaceError as refused:  # also fine: it saw the other save and said so
        assert "already holds data" in str(refused)
    started[0].join(timeout=60)
    monkeypatch.undo()
    assert "Fabrikam" in {i.company for i in workspace.interviews()}


def test_the_backup_holds_what_was_stored_at_that_moment(workspace, demo, tmp_path):
    exported = workspace.export_json(tmp_path / "export.json")
    workspace.add_words("Houthavens")
    before = workspace.export_data()
    backup = workspace.import_json(exported, replace=True)
    assert json.loads(backup.read_text()) == before
    assert workspace.words() == []


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"words": 5}, "words"),
        ({"words": "Kubernetes"}, "words"),
        ({"disabled_rules": [5]}, "disabled_rules"),
        ({"disabled_rules": None}, "disabled_rules"),
        ({"words": ["line\nbreak"]}, "words"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_settings_are_refused_on_import_naming_the_field(workspace, demo, settings, field):
    data = workspace.export_data()
    data["settings"] = settings
    before = workspace.export_data()
    with pytest.raises(WorkspaceError, match=field) as refused:
        workspace.import_data(data, replace=True)
    assert "nothing was imported" in str(refused.value)
    assert workspace.export_data() == before
    (letter, *_) = draft_interview(workspace, demo.id)
    assert review_letter(workspace, letter).ok


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda ws: ws.set_disabled_rules(5), "disabled_rules"),
        (lambda ws: ws.set_disabled_rules("spelling"), "disabled_rules"),
        (lambda ws: ws.set_disabled_rules([5]), "disabled_rules"),
        (lambda ws: ws.add_words(5), "words"),
        (lambda ws: ws.add_words("two\nlines"), "words"),
        (lambda ws: ws.add_words("x" * 500), "words"),
    ],
)
def test_bad_settings_are_refused_by_every_setter_naming_the_field(workspace, call, field):
    with pytest.raises(InvalidRecord) as refused:
        call(workspace)
    assert isinstance(refused.value, ValueError)
    assert list(refused.value.problems) == [field]
    assert workspace.words() == [] and workspace.disabled_rules() == []


def test_deeply_nested_json_is_refused_clearly(workspace, demo, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    before = workspace.export_data()
    with pytest.raises(WorkspaceError, match="nested too deeply"):
        workspace.import_json(deep, replace=True)
    nested: dict = {}
    inner = nested
    for _ in range(5_000):
        inner["x"] = {}
        inner = inner["x"]
    data = {**before, "profile": {"name": "Jo", "signature": nested}}
    with pytest.raises(WorkspaceError):
        workspace.import_data(data, replace=True)
    assert workspace.export_data() == before


def test_duplicate_ids_are_refused_naming_the_id(workspace, demo):
    data = workspace.export_data()
    before = json.loads(json.dumps(data))
    twin = json.loads(json.dumps(data["interviews"][0]))
    twin["company"] = "Fabrikam"
    data["interviews"].append(twin)
    with pytest.raises(WorkspaceError, match=demo.id) as refused:
        workspace.import_data(data, replace=True)
    assert "used twice" in str(refused.value) and "Fabrikam" in str(refused.value)
    people = workspace.export_data()
    people["interviews"][0]["interviewers"][1]["id"] = demo.interviewers[0].id
    with pytest.raises(WorkspaceError, match="used twice"):
        workspace.import_data(people, replace=True)
    assert workspace.export_data() == before


def test_duplicate_ignored_findings_are_kept_once(workspace, demo):
    data = workspace.export_data()
    data["ignored"] = [["abc", "spelling:x"], ["abc", "spelling:x"]]
    workspace.import_data(data, replace=True)
    assert workspace.ignored("abc") == {"spelling:x"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup_kit.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("problem", ["nested", "duplicate"])
def test_the_cli_refuses_a_broken_import_in_one_line(tmp_path, problem):
    with Workspace(tmp_path / "ws") as ws:
        interview = ws.save_interview(demo_interview(DEMO_DAY))
        data = ws.export_data()
    target = tmp_path / "broken.json"
    if problem == "nested":
        target.write_text("[" * 100_000 + "]" * 100_000)
    else:
        data["interviews"].append(data["interviews"][0])
        target.write_text(json.dumps(data))
    result = _cli("import", str(target), "--replace", "--workspace", str(tmp_path / "ws"))
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert ("nested too deeply" if problem == "nested" else "used twice") in result.stderr
    with Workspace(tmp_path / "ws") as ws:
        assert ws.interviews() == [interview]


def test_a_person_listed_twice_in_one_interview_is_refused(workspace):
    person = Interviewer(name="Ana Souza")
    interview = demo_interview(DEMO_DAY)
    data = {
        "format": "followup-kit",
        "schema": 2,
        "interviews": [
            {**interview.to_data(), "interviewers": [person.to_data(), person.to_data()]}
        ],
    }
    with pytest.raises(WorkspaceError, match="Ana Souza"):
        workspace.import_data(data)
    assert workspace.is_empty()


def test_settings_an_older_version_let_in_are_read_without_a_crash(workspace, demo):
    (letter, *_) = draft_interview(workspace, demo.id)
    with workspace.transaction() as db:  # what an import could store before settings were checked
        db.execute(
            "INSERT INTO settings (id, data) VALUES (1, ?)",
            (json.dumps({"words": 5, "disabled_rules": [5, "length"]}),),
        )
    assert workspace.words() == [] and workspace.disabled_rules() == ["length"]
    assert review_letter(workspace, letter).ok
    from followup_kit.widgets import LetterEditor

    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.review is not None and editor.review.ok
    workspace.add_words("Houthavens")
    assert workspace.words() == ["Houthavens"]
