"""Revisions: a save from an older copy merges field by field, or is refused naming the field;
never a silent overwrite. Through the API, across two processes, and for a file made by the
version before revisions (schema 1)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from followup_kit.demo import load_demo
from followup_kit.drafting import draft_interview
from followup_kit.errors import RecordConflict, WorkspaceError
from followup_kit.model import Concern, Interviewer
from followup_kit.store import DB_NAME, HISTORY, SCHEMA_VERSION, Workspace

from .conftest import DEMO_DAY

DATA = Path(__file__).parent / "data"


def test_two_copies_of_one_interview_keep_both_changes(workspace, demo):
    first, second = workspace.interview(demo.id), workspace.interview(demo.id)
    workspace.save_interview(first.model_copy(update={"place": "Room 4"}))
    stored = workspace.save_interview(second.model_copy(update={"next_steps": "A case study."}))
    assert stored.place == "Room 4" and stored.next_steps == "A case study."
    again = workspace.interview(demo.id)
    assert (again.place, again.next_steps) == ("Room 4", "A case study.")


def test_the_same_field_changed_twice_is_refused_naming_its_label_and_when(workspace, demo):
    first, second = workspace.interview(demo.id), workspace.interview(demo.id)
    workspace.save_interview(first.model_copy(update={"place": "Room 4"}))
    with pytest.raises(RecordConflict) as caught:
        workspace.save_interview(second.model_copy(update={"place": "Room 9", "role": "Analyst"}))
    conflict = caught.value
    assert isinstance(conflict, WorkspaceError)
    assert conflict.fields == ["Place"] and not conflict.deleted
    assert "Place" in str(conflict) and "Nothing was saved" in str(conflict)
    assert f"{conflict.changed_at.astimezone():%H:%M:%S}" in str(conflict)
    stored = workspace.interview(demo.id)
    assert (stored.place, stored.role) == ("Room 4", "Data Analyst"), "nothing of it was written"


def test_people_merge_person_by_person(workspace, demo):
    first, second = workspace.interview(demo.id), workspace.interview(demo.id)
    priya, tomas = first.interviewers[0], second.interviewers[1]
    edited = [priya.model_copy(update={"title": "Director of Analytics"}), *first.interviewers[1:]]
    workspace.save_interview(first.model_copy(update={"interviewers": edited}))
    added = Interviewer(name="Ana Souza")
    mine = [
        second.interviewers[0],
        tomas.model_copy(update={"concerns": [Concern(text="how I explain numbers")]}),
        second.interviewers[2],
        added,
    ]
    stored = workspace.save_interview(second.model_copy(update={"interviewers": mine}))
    people = {p.name: p for p in stored.interviewers}
    assert people["Priya Raman"].title == "Director of Analytics"
    assert [c.text for c in people["Tomás Okafor"].concerns] == ["how I explain numbers"]
    assert list(people) == ["Priya Raman", "Tomás Okafor", "Mei Lin Chen", "Ana Souza"]
    third = workspace.interview(demo.id)
    workspace.save_interview(stored.model_copy(update={"interviewers": stored.interviewers[1:]}))
    clash = [third.interviewers[0].model_copy(update={"title": "CTO"}), *third.interviewers[1:]]
    with pytest.raises(RecordConflict) as caught:
        workspace.save_interview(third.model_copy(update={"interviewers": clash}))
    assert caught.value.fields == ["Priya Raman (removed in one version, changed in the other)"]


def test_a_person_field_conflict_names_the_person_and_the_label(workspace, demo):
    first, second = workspace.interview(demo.id), workspace.interview(demo.id)

    def retitled(interview, title):
        people = list(interview.interviewers)
        people[1] = people[1].model_copy(update={"title": title})
        return interview.model_copy(update={"interviewers": people})

    workspace.save_interview(retitled(first, "Head of Operations"))
    with pytest.raises(RecordConflict) as caught:
        workspace.save_interview(retitled(second, "Shift Lead"))
    assert caught.value.fields == ["Tomás Okafor's Title"]


def test_letters_merge_and_conflicts_name_the_text(workspace, demo):
    (letter, *_) = draft_interview(workspace, demo.id)
    first, second = workspace.letter(letter.id), workspace.letter(letter.id)
    workspace.save_letter(first.model_copy(update={"body": first.body + "\nP.S. One."}))
    stored = workspace.save_letter(second.model_copy(update={"subject": "Thank you, Priya"}))
    assert stored.body.endswith("P.S. One.") and stored.subject == "Thank you, Priya"
    with pytest.raises(RecordConflict) as caught:
        workspace.save_letter(second.model_copy(update={"body": "Dear Priya, thanks."}))
    assert caught.value.fields == ["Text"] and "the thank-you to Priya Raman" in str(caught.value)


def test_profile_and_settings_carry_revisions(workspace, demo):
    first, second = workspace.profile(), workspace.profile()
    workspace.save_profile(first.model_copy(update={"phone": "+31 20 555 0000"}))
    stored = workspace.save_profile(second.model_copy(update={"signature": "Jordan"}))
    assert (stored.phone, stored.signature) == ("+31 20 555 0000", "Jordan")
    workspace.add_words("Houthavens", "Kubrix")
    old, older = workspace.settings(), workspace.settings()
    assert old.revision is not None
    workspace.save_settings(old.model_copy(update={"words": ["Houthavens", "Zeeburg"]}))
    workspace.save_settings(older.model_copy(update={"disabled_rules": ["long-sentence"]}))
    assert workspace.words() == ["Houthavens", "Zeeburg"], "one side's removal and addition kept"
    assert workspace.disabled_rules() == ["long-sentence"]


def test_saving_an_untouched_old_copy_reverts_nothing(workspace, demo):
    stale = workspace.interview(demo.id)
    workspace.save_interview(stale.model_copy(update={"place": "Room 4"}))
    workspace.save_interview(stale)
    assert workspace.interview(demo.id).place == "Room 4"


def test_a_record_deleted_meanwhile_is_not_brought_back_silently(workspace, demo):
    stale = workspace.interview(demo.id)
    workspace.delete_interview(demo.id)
    with pytest.raises(RecordConflict) as caught:
        workspace.save_interview(stale.model_copy(update={"place": "Room 4"}))
    assert caught.value.deleted and "deleted" in str(caught.value)
    assert workspace.interviews() == []
    workspace.save_interview(stale.based_on(None))  # saving it as new is a choice
    assert [i.id for i in workspace.interviews()] == [demo.id]


def test_a_copy_older_than_the_kept_history_conflicts_rather_than_overwrites(workspace, demo):
    ancient = workspace.interview(demo.id)
    current = ancient
    for n in range(HISTORY + 5):
        current = workspace.save_interview(current.model_copy(update={"next_steps": f"step {n}"}))
    with pytest.raises(RecordConflict) as caught:
        workspace.save_interview(ancient.model_copy(update={"place": "Room 4"}))
    assert caught.value.fields == ["Next steps", "Place"], "every difference, as nothing is known"
    kept = workspace._rows(
        "SELECT count(*) FROM revisions WHERE kind = 'interview' AND record_id = ?", demo.id
    )
    assert kept[0][0] == HISTORY


EDITOR = textwrap.dedent(
    """
    import sys
    from followup_kit.errors import RecordConflict
    from followup_kit.store import Workspace

    folder, interview_id, field, value = sys.argv[1:5]
    with Workspace(folder) as ws:
        copy = ws.interview(interview_id)
        print("loaded", flush=True)
        sys.stdin.readline()  # wait until told to save
        try:
            ws.save_interview(copy.model_copy(update={field: value}))
            print("saved", flush=True)
        except RecordConflict as conflict:
            print("refused:", ";".join(conflict.fields), flush=True)
    """
)


def _editor(folder: Path, interview_id: str, field: str, value: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(folder), interview_id, field, value],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "loaded"
    return process


def _save(process: subprocess.Popen) -> str:
    out, _ = process.communicate("go\n", timeout=60)
    return out.strip()


@pytest.mark.slow
def test_two_processes_editing_one_interview_lose_nothing(tmp_path):
    with Workspace(tmp_path) as ws:
        demo = load_demo(ws, today=DEMO_DAY)
    place = _editor(tmp_path, demo.id, "place", "Room 4")
    steps = _editor(tmp_path, demo.id, "next_steps", "A case study by Friday.")
    assert _save(place) == "saved"
    assert _save(steps) == "saved"
    clash_a = _editor(tmp_path, demo.id, "place", "Room 7")
    clash_b = _editor(tmp_path, demo.id, "place", "Room 8")
    assert _save(clash_a) == "saved"
    assert _save(clash_b) == "refused: Place"
    with Workspace(tmp_path) as ws:
        stored = ws.interview(demo.id)
    assert (stored.place, stored.next_steps) == ("Room 7", "A case study by Friday.")


def test_a_schema_1_file_opens_unchanged_and_is_upgraded(tmp_path):
    shutil.copy(DATA / "workspace-v1.sqlite3", tmp_path / DB_NAME)
    raw = sqlite3.connect(tmp_path / DB_NAME)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()
    before = json.loads((DATA / "workspace-v1.json").read_text())
    for interview in before["interviews"]:  # schema 1 noted a concern as its text alone
        for person in interview["interviewers"]:
            person["concerns"] = [
                {"text": text, "answer": "", "main": False} for text in person["concerns"]
            ]
    with Workspace(tmp_path) as ws:
        assert ws.schema_version == SCHEMA_VERSION == 3
        after = ws.export_data()
        assert {k: v for k, v in after.items() if k != "schema"} == {
            k: v for k, v in before.items() if k != "schema"
        }, "every record, setting, ignored finding and contact came through"
        interview = ws.interviews()[0]
        assert interview.revision is not None and ws.profile().revision is not None
        assert all(letter.revision is not None for letter in ws.letters())
        first, second = ws.interview(interview.id), ws.interview(interview.id)
        ws.save_interview(first.model_copy(update={"place": "Room 4"}))
        ws.save_interview(second.model_copy(update={"next_steps": "A case study."}))
        merged = ws.interview(interview.id)
        assert (merged.place, merged.next_steps) == ("Room 4", "A case study.")
        ws.add_words("Zeeburg")
        assert ws.words() == ["Houthavens", "Kubrix", "Zeeburg"]
    with Workspace(tmp_path) as again:  # reopening an upgraded file changes nothing more
        assert again.schema_version == 3 and again.interview(interview.id).place == "Room 4"
