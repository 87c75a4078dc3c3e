"""The workspace file: round trips, concurrent writers, crashes, foreign and newer files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from followup_kit.demo import demo_interview, load_demo
from followup_kit.model import Contact, Interviewer, Letter
from followup_kit.store import DB_NAME, SCHEMA_VERSION, Workspace, WorkspaceError, default_home

from .conftest import DEMO_DAY

# Written by followup-kit before concerns carried answers (commit da34c4a): invented data.
OLD_FILE = Path(__file__).with_name("data") / "workspace-schema1-plain-concerns.sqlite3"
OLD_EXPORT = Path(__file__).with_name("data") / "export-schema1-plain-concerns.json"


def test_default_home_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_KIT_HOME", str(tmp_path / "mine"))
    assert default_home() == tmp_path / "mine"
    with Workspace() as ws:
        assert ws.path == tmp_path / "mine" / DB_NAME
    monkeypatch.delenv("FOLLOWUP_KIT_HOME")
    assert default_home() == Path.home() / "followup-kit-data"


def test_default_home_is_outside_the_package():
    import followup_kit

    package = Path(followup_kit.__file__).resolve().parent
    assert package not in default_home().resolve().parents


def test_interview_round_trip_and_update_in_place(workspace, demo):
    assert workspace.interviews() == [demo]
    edited = demo.model_copy(update={"place": "Room 4"})
    workspace.save_interview(edited)
    assert workspace.interviews() == [edited]
    assert workspace.interview(demo.id).place == "Room 4"


def test_letters_contacts_and_settings_round_trip(workspace, demo):
    person = demo.interviewers[0]
    letter = workspace.save_letter(
        Letter(interview_id=demo.id, interviewer_id=person.id, body="Dear Priya, thank you.")
    )
    assert workspace.letters(demo.id) == [letter]
    assert workspace.letter(letter.id).body == "Dear Priya, thank you."
    contact = workspace.log_contact(Contact(interview_id=demo.id, letter_id=letter.id))
    assert workspace.contacts(demo.id) == [contact]
    workspace.set_disabled_rules(["long-sentence", "FK204"])
    workspace.add_words("Kubernetes", "Lumen")
    workspace.ignore(letter.id, "spelling:lumen")
    assert workspace.disabled_rules() == ["FK204", "long-sentence"]
    assert workspace.words() == ["Kubernetes", "Lumen"]
    assert workspace.ignored(letter.id) == {"spelling:lumen"}
    workspace.delete_interview(demo.id)
    assert workspace.letters() == [] and workspace.contacts() == []
    assert workspace.ignored(letter.id) == set()


def test_missing_records_raise_key_error_naming_the_id(workspace):
    with pytest.raises(KeyError, match="nope"):
        workspace.interview("nope")
    with pytest.raises(KeyError, match="nope"):
        workspace.letter("nope")


def test_data_survives_reopening(tmp_path):
    with Workspace(tmp_path) as ws:
        interview = load_demo(ws, today=DEMO_DAY)
    with Workspace(tmp_path) as ws:
        assert ws.interviews() == [interview]
        assert ws.schema_version == SCHEMA_VERSION


def test_export_then_import_into_a_fresh_workspace_is_identical(workspace, demo, tmp_path):
    workspace.save_letter(
        Letter(interview_id=demo.id, interviewer_id=demo.interviewers[1].id, body="Beste Tomás")
    )
    workspace.add_words("Houthavens")
    exported = workspace.export_json(tmp_path / "export.json")
    with Workspace(tmp_path / "fresh") as fresh:
        fresh.import_json(exported)
        assert fresh.export_data() == workspace.export_data()
        assert fresh.interviews() == workspace.interviews()
        fresh.export_json(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == exported.read_bytes()


def test_import_refuses_to_overwrite_unless_asked_and_keeps_a_backup(workspace, demo, tmp_path):
    exported = workspace.export_json(tmp_path / "export.json")
    with pytest.raises(WorkspaceError, match="already holds data"):
        workspace.import_json(exported)
    workspace.add_words("Houthavens")
    before = workspace.export_data()
    backup = workspace.import_json(exported, replace=True)
    assert workspace.interviews() == [demo]
    assert workspace.words() == []
    assert backup is not None and backup.parent == workspace.folder
    assert json.loads(backup.read_text()) == before


WORD_WRITER = textwrap.dedent(
    """
    import sys
    from followup_kit.store import Workspace

    with Workspace(sys.argv[1]) as ws:
        for n in range(60):
            ws.add_words(f"{sys.argv[2]}{n}")
    """
)


@pytest.mark.slow
def test_two_kernels_adding_words_lose_none(tmp_path):
    Workspace(tmp_path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WORD_WRITER, str(tmp_path), tag])
        for tag in ("alpha", "beta")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with Workspace(tmp_path) as ws:
        assert len(ws.words()) == 120


def test_bad_import_leaves_the_workspace_as_it_was(workspace, demo, tmp_path):
    data = workspace.export_data()
    data["interviews"][0]["interviewers"][0]["email"] = "broken@"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(WorkspaceError, match="email"):
        workspace.import_json(bad, replace=True)
    assert workspace.interviews() == [demo]
    (tmp_path / "junk.json").write_text("{not json")
    with pytest.raises(WorkspaceError, match="cannot read"):
        workspace.import_json(tmp_path / "junk.json", replace=True)
    with pytest.raises(WorkspaceError, match="not a followup-kit export"):
        workspace.import_data({"hello": 1}, replace=True)


def test_a_file_is_not_a_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(WorkspaceError, match="is a file, not a folder"):
        Workspace(tmp_path / "file")


def test_corrupt_file_is_refused_and_not_overwritten(tmp_path):
    path = tmp_path / DB_NAME
    junk = b"this is my thesis, not a database\n" * 200
    path.write_bytes(junk)
    with pytest.raises(WorkspaceError, match="not an SQLite database"):
        Workspace(tmp_path)
    assert path.read_bytes() == junk


def test_foreign_sqlite_file_is_refused_and_not_touched(tmp_path):
    path = tmp_path / DB_NAME
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another program"):
        Workspace(tmp_path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_not_touched(tmp_path):
    with Workspace(tmp_path) as ws:
        load_demo(ws, today=DEMO_DAY)
    raw = sqlite3.connect(tmp_path / DB_NAME)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.commit()
    raw.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(WorkspaceError, match="newer followup-kit"):
        Workspace(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_an_older_file_is_migrated(tmp_path):
    path = tmp_path / DB_NAME
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA application_id = 1179339092")  # ours, before any table existed
    raw.commit()
    raw.close()
    with Workspace(tmp_path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert ws.is_empty()


WRITER = textwrap.dedent(
    """
    import sys
    from followup_kit.model import Contact
    from followup_kit.store import Workspace

    folder, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Workspace(folder) as ws:
        for n in range(count):
            ws.log_contact(Contact(interview_id=tag, note=f"{tag}-{n}"))
            print(n, flush=True)
    """
)


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    Workspace(tmp_path).close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), tag, "200"], stdout=subprocess.DEVNULL
        )
        for tag in ("kernel-a", "kernel-b")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with Workspace(tmp_path) as ws:
        for tag in ("kernel-a", "kernel-b"):
            notes = {c.note for c in ws.contacts(tag)}
            assert notes == {f"{tag}-{n}" for n in range(200)}


@pytest.mark.slow
def test_a_killed_writer_leaves_every_committed_record(tmp_path):
    Workspace(tmp_path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), "crash", "100000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    committed = -1
    deadline = time.monotonic() + 60
    while committed < 150 and time.monotonic() < deadline:
        committed = int(writer.stdout.readline())
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with Workspace(tmp_path) as ws:
        notes = {c.note for c in ws.contacts("crash")}
    assert {f"crash-{n}" for n in range(committed + 1)} <= notes


def test_person_ids_are_stable_across_saves(workspace):
    interview = demo_interview(DEMO_DAY)
    interview.interviewers.append(Interviewer(name="Ana Souza"))
    workspace.save_interview(interview)
    again = workspace.interview(interview.id)
    assert [p.id for p in again.interviewers] == [p.id for p in interview.interviewers]


def test_a_workspace_from_before_answers_opens_with_every_concern(tmp_path):
    shutil.copy(OLD_FILE, tmp_path / DB_NAME)
    old = json.loads(OLD_EXPORT.read_text(encoding="utf-8"))  # the same data, exported then
    with Workspace(tmp_path) as ws:
        people = [p for interview in ws.interviews() for p in interview.interviewers]
        noted = [p["concerns"] for i in old["interviews"] for p in i["interviewers"]]
        assert [[c.text for c in p.concerns] for p in people] == noted
        assert any(len(c) == 2 for c in noted)  # a person with two concerns, in order
        assert all(not c.answer and not c.main for p in people for c in p.concerns)
        assert [x.body for x in ws.letters()] == [x["body"] for x in old["letters"]]
        assert ws.words() == old["settings"]["words"]
        assert ws.disabled_rules() == old["settings"]["disabled_rules"]


def test_a_json_export_from_before_answers_imports_and_exports_unchanged(workspace):
    old = json.loads(OLD_EXPORT.read_text(encoding="utf-8"))
    workspace.import_json(OLD_EXPORT)
    new = workspace.export_data()
    for before, after in zip(old["interviews"], new["interviews"], strict=True):
        for was, now in zip(before["interviewers"], after["interviewers"], strict=True):
            assert now["concerns"] == [
                {"text": t, "answer": "", "main": False} for t in was["concerns"]
            ]
            assert {**now, "concerns": was["concerns"]} == was  # nothing else changed
        assert {**after, "interviewers": []} == {**before, "interviewers": []}
    for key in ("profile", "letters", "contacts", "settings", "ignored"):
        assert new[key] == old[key], key


def test_answers_and_the_mark_round_trip_through_json(workspace, demo, tmp_path):
    exported = workspace.export_json(tmp_path / "export.json")
    people = json.loads(exported.read_text())["interviews"][0]["interviewers"]
    mei_lin = people[2]["concerns"]
    assert [c["main"] for c in mei_lin] == [False, True]
    assert mei_lin[1]["answer"].startswith("My notice period is one month")
    with Workspace(tmp_path / "fresh") as fresh:
        fresh.import_json(exported)
        assert fresh.interview(demo.id).interviewers[2].concerns == demo.interviewers[2].concerns
