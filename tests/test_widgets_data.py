"""The widgets keep the user's data safe: no lost edits between two forms, downloads and links
that are never stale, failed saves that say so, and a mark-as-sent that asks first."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from datetime import UTC, datetime

import pytest

from followup_kit.drafting import draft_interview
from followup_kit.model import Interview, Medium
from followup_kit.revisions import LABELS
from followup_kit.store import Workspace
from followup_kit.widgets import CaptureForm, DataBox, LetterEditor, ScheduleView


def _download(widget_html: str) -> tuple[str, bytes]:
    """The file name and content behind a download link."""
    found = re.search(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"', widget_html)
    assert found, "no download link"
    return found.group(1), base64.b64decode(found.group(2))


def _mailto(widget_html: str) -> str:
    found = re.search(r'href="(mailto:[^"]+)"', widget_html)
    return found.group(1) if found else ""


# --- 1. two forms on one workspace


def test_two_capture_forms_keep_both_changes(workspace, demo):
    first, second = CaptureForm(workspace, demo.id), CaptureForm(workspace, demo.id)
    first.interview.widgets["place"].value = "Room 4"
    first.save_button.click()
    second.interview.widgets["next_steps"].value = "A case study by Friday."
    second.save_button.click()
    stored = workspace.interview(demo.id)
    assert (stored.place, stored.next_steps) == ("Room 4", "A case study by Friday.")
    assert "Saved" in second.status.value and "changes saved elsewhere" in second.status.value
    assert second.interview.widgets["place"].value == "Room 4", "the form shows the merge"


def test_a_clash_is_refused_named_and_reload_keeps_the_edits_on_screen(workspace, demo):
    first, second = CaptureForm(workspace, demo.id), CaptureForm(workspace, demo.id)
    first.interview.widgets["place"].value = "Room 4"
    first.interview.widgets["role"].value = "Senior Data Analyst"
    first.people.value = 1
    first.person.widgets["title"].value = "Head of Operations"
    first.save_button.click()
    second.interview.widgets["place"].value = "Room 9"
    second.profile.widgets["phone"].value = "+31 20 555 0199"
    second.save_button.click()
    status = second.status.value
    assert "Not saved" in status and "Place" in status and "still here" in status
    assert second.reload_button.layout.display != "none"
    assert second.interview.widgets["place"].value == "Room 9", "the edit stays on screen"
    assert workspace.interview(demo.id).place == "Room 4"
    assert workspace.profile().phone == "+31 20 555 0142", "neither record was written"
    second.reload_button.click()
    assert second.interview.widgets["place"].value == "Room 9"
    assert second.interview.widgets["role"].value == "Senior Data Analyst"
    assert second.profile.widgets["phone"].value == "+31 20 555 0199"
    second.people.value = 1
    assert second.person.widgets["title"].value == "Head of Operations"
    assert second.reload_button.layout.display == "none"
    second.save_button.click()
    stored = workspace.interview(demo.id)
    assert (stored.place, stored.role) == ("Room 9", "Senior Data Analyst")
    assert stored.interviewers[1].title == "Head of Operations"
    assert workspace.profile().phone == "+31 20 555 0199"


def test_an_interview_deleted_in_another_form_is_saved_again_only_when_asked(workspace, demo):
    keeper, deleter = CaptureForm(workspace, demo.id), CaptureForm(workspace, demo.id)
    deleter.delete_button.click()
    deleter.delete_button.click()
    keeper.interview.widgets["place"].value = "Room 4"
    keeper.save_button.click()
    assert "deleted" in keeper.status.value and "Save again" in keeper.status.value
    assert workspace.interviews() == []
    keeper.save_button.click()
    assert workspace.interview(demo.id).place == "Room 4"


def test_two_letter_editors_merge_and_show_the_other_text_on_a_clash(workspace, demo):
    draft_interview(workspace, demo.id)
    first = LetterEditor(workspace, demo.id, debounce=0)
    second = LetterEditor(workspace, demo.id, debounce=0)
    first.body.value += "\nP.S. From the first window."
    first.save_button.click()
    second.subject.value = "Thank you, Priya"
    second.save_button.click()
    stored = workspace.letter(second.letter.id)
    assert stored.subject == "Thank you, Priya" and stored.body.endswith("first window.")
    assert second.body.value.endswith("first window."), "the editor shows the merge"
    first.body.value = first.body.value.replace("P.S. From the first window.", "P.S. Mine.")
    first.save_button.click()
    second.body.value = second.body.value.replace("P.S. From the first window.", "P.S. Yours.")
    second.save_button.click()
    assert "Not saved" in second.status.value and "Text" in second.status.value
    assert "P.S. Mine." in second.other_version.value, "the other text is there to compare"
    assert second.body.value.endswith("P.S. Yours.")
    second.reload_button.click()
    assert second.body.value.endswith("P.S. Yours.")
    second.save_button.click()
    assert workspace.letter(second.letter.id).body.endswith("P.S. Yours.")


def test_conflict_labels_are_the_labels_on_screen(workspace, demo):
    form = CaptureForm(workspace, demo.id)
    for kind, fields in (("profile", form.profile), ("interview", form.interview)):
        for name, widget in fields.widgets.items():
            assert LABELS[kind][name] == widget.description
    for name, widget in form.person.widgets.items():
        assert LABELS["person"][name] == widget.description
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert LABELS["letter"]["subject"] == editor.subject.description
    assert LABELS["letter"]["body"] == editor.body.description
    assert LABELS["letter"]["medium"] == editor.medium.description


# --- 2. the JSON download is what is stored, and a refused restore can be retried


def test_the_data_download_follows_every_save(workspace, demo, tmp_path):
    box = DataBox(workspace)
    _, before = _download(box.link.value)
    size = re.search(r"\(([\d.]+ (?:bytes|KB|MB))", box.link.value).group(1)
    form = CaptureForm(workspace)
    form.picker.value = "__new__"
    form.interview.widgets["company"].value = "Northwind Traders"
    form.interview.widgets["role"].value = "Operations Analyst"
    form.interview.widgets["when"].value = "2026-11-24 10:00"
    form.save_button.click()
    _, after = _download(box.link.value)
    assert json.loads(after) == workspace.export_data()
    assert "Northwind Traders" in after.decode() and "Northwind Traders" not in before.decode()
    assert re.search(r"\(([\d.]+ (?:bytes|KB|MB))", box.link.value).group(1) != size
    with Workspace(workspace.folder) as other:  # another notebook's kernel
        other.add_words("Houthavens")
    assert box.watch.check(), "a change from another kernel is noticed"
    _, latest = _download(box.link.value)
    assert json.loads(latest)["settings"]["words"] == ["Houthavens"]


def _upload(data: bytes) -> tuple[dict, ...]:
    return (
        {
            "name": "followup-kit-export.json",
            "type": "application/json",
            "size": len(data),
            "last_modified": datetime(2026, 1, 1, tzinfo=UTC),
            "content": memoryview(data),
        },
    )


def test_a_refused_restore_can_be_retried_with_replace(workspace, demo, tmp_path):
    with Workspace(tmp_path / "elsewhere") as elsewhere:
        elsewhere.save_interview(
            Interview(company="Fabrikam", role="Analyst", when="2026-11-30T10:00")
        )
        exported = json.dumps(elsewhere.export_data()).encode()
    box = DataBox(workspace)
    box.upload.value = _upload(exported)
    assert "already holds data" in box.status.value and "replace" in box.status.value
    assert [i.company for i in workspace.interviews()] == [demo.company]
    box.replace.value = True
    box.upload.value = _upload(exported)  # the same file again
    assert "Restored" in box.status.value
    assert [i.company for i in workspace.interviews()] == ["Fabrikam"]
    assert box.upload.value == ()


# --- 3. export links are withdrawn when what they hold changes


def test_export_links_never_outlive_what_they_hold(workspace, demo):
    draft_interview(workspace, demo.id)
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.select("Tomás Okafor")
    editor.export_button.click()
    name, card = _download(editor.downloads.value)
    assert "Tomás" in card.decode()
    editor.select("Mei Lin Chen")
    assert "download=" not in editor.downloads.value, "Tomás's card is not offered for Mei Lin"
    assert name == "thank-you-tomás-okafor-card.html"
    editor.export_button.click()
    _, eml = _download(editor.downloads.value)
    assert b"meilin.chen@lumenharbor.example" in eml
    assert "Ready" in editor.status.value
    editor.body.value += "\nP.S. One more thing."
    assert "download=" not in editor.downloads.value and not _mailto(editor.downloads.value)
    assert "Ready" not in editor.status.value and "Export again" in editor.status.value
    editor.export_button.click()
    _, eml = _download(editor.downloads.value)
    assert b"One more thing" in eml and "One%20more%20thing" in _mailto(editor.downloads.value)
    with Workspace(workspace.folder) as other:  # the letter changes in another notebook
        stored = other.letter(editor.letter.id)
        other.save_letter(stored.model_copy(update={"subject": "Changed elsewhere"}))
    editor.watch.check()
    assert "download=" not in editor.downloads.value
    assert "changed since the export" in editor.status.value


# --- 4. the medium: shown, explained, changeable


def test_the_editor_explains_an_override_and_lets_the_user_change_the_medium(workspace, demo):
    said = "Email Dana, the recruiter, with any questions"
    workspace.save_interview(
        workspace.interview(demo.id).model_copy(update={"follow_up_instructions": said})
    )
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.select("Tomás Okafor")
    assert editor.medium.value == "email" and editor.letter.medium is Medium.EMAIL
    note = editor.medium_note.value
    assert "Tomás Okafor prefers a handwritten card" in note and said in note
    editor.medium.value = "card"
    assert editor.subject.layout.display == "none"
    assert "Drafted again as a card" in editor.status.value
    editor.save_button.click()
    assert workspace.letter(editor.letter.id).medium is Medium.CARD
    assert "You chose a card" in editor.medium_note.value
    editor.export_button.click()
    name, _ = _download(editor.downloads.value)
    assert name.endswith("-card.html")
    editor.select("Priya Raman")
    assert editor.medium_note.value.count("prefers an email") == 1


def test_changing_the_medium_keeps_edited_text(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value += "\nP.S. My own words."
    editor.medium.value = "card"
    assert editor.body.value.endswith("P.S. My own words.")
    editor.select("Tomás Okafor")
    priya = next(
        x for x in workspace.letters(demo.id) if x.interviewer_id == demo.interviewers[0].id
    )
    assert priya.medium is Medium.CARD and priya.body.endswith("P.S. My own words.")


# --- 7. every failed save is visible, and the edits stay on screen


def _read_only(ws: Workspace) -> None:
    ws._db.execute("PRAGMA query_only = 1")


def _disk_full(ws: Workspace) -> None:
    pages = ws._db.execute("PRAGMA page_count").fetchone()[0]
    ws._db.execute(f"PRAGMA max_page_count = {pages}")


def _locked(ws: Workspace) -> sqlite3.Connection:
    holder = sqlite3.connect(ws.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    ws._db.execute("PRAGMA busy_timeout = 50")
    return holder


@pytest.mark.parametrize("failure", ["read-only", "full", "locked"])
def test_a_failed_save_says_so_and_keeps_the_edits(workspace, demo, failure):
    form = CaptureForm(workspace, demo.id)
    editor = LetterEditor(workspace, demo.id, debounce=0)
    before = workspace.export_data()
    big = "\n".join(f"remark {n} " + "x" * 1500 for n in range(12))  # needs new pages
    form.person.widgets["remarks"].value = big
    editor.body.value += "\nP.S. " + "y" * 15_000
    holder = None
    if failure == "read-only":
        _read_only(workspace)
        reason = "read-only"
    elif failure == "full":
        _disk_full(workspace)
        reason = "disk is full"
    else:
        holder = _locked(workspace)
        reason = "locked"
    try:
        form.save_button.click()
        editor.save_button.click()
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
    for status in (form.status.value, editor.status.value):
        assert reason in status and "Nothing was saved" in status and "still here" in status
    assert form.person.widgets["remarks"].value == big
    assert editor.body.value.endswith("y" * 100)
    workspace._db.execute("PRAGMA query_only = 0")
    workspace._db.execute("PRAGMA max_page_count = 1073741823")
    assert workspace.export_data() == before


def test_a_failed_mark_as_sent_says_so(workspace, demo):
    draft_interview(workspace, demo.id)
    view = ScheduleView(workspace, demo.id, clock=lambda: datetime(2026, 11, 27, 9, tzinfo=UTC))
    view.letter.value = view.letter.options[0][1]
    _read_only(workspace)
    view.sent_button.click()
    assert "read-only" in view.status.value and "Nothing was saved" in view.status.value
    workspace._db.execute("PRAGMA query_only = 0")
    assert workspace.contacts(demo.id) == []


# --- 8. mark as sent asks about errors, records the real time, and the calendar follows


def test_mark_as_sent_asks_first_when_the_letter_has_errors(workspace, demo):
    (priya, *_) = draft_interview(workspace, demo.id)
    workspace.save_letter(priya.model_copy(update={"body": priya.body.replace("you", "u", 1)}))
    sent_at = datetime(2026, 11, 27, 15, 40, tzinfo=demo.zone)
    view = ScheduleView(workspace, demo.id, clock=lambda: sent_at)
    view.letter.value = priya.id
    view.sent_button.click()
    assert "still has 1 error (" in view.status.value and "text-speak" in view.status.value
    assert workspace.contacts(demo.id) == []
    view.sent_button.click()
    (contact,) = workspace.contacts(demo.id)
    assert contact.sent_at == sent_at
    assert "sent Fri 27 Nov at 15:40" in view.status.value
    assert "Fri 27 Nov 15:40" in view.plan_table.value, "the plan shows when it really went"
    _, ics = _download(view.downloads.value)
    assert b"Sent: the thank-you email to Priya Raman" in ics


def test_the_question_is_asked_again_for_another_letter(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    for letter in letters[:2]:
        workspace.save_letter(letter.model_copy(update={"body": letter.body + " thx"}))
    view = ScheduleView(workspace, demo.id, clock=lambda: datetime(2026, 11, 27, 9, tzinfo=UTC))
    view.letter.value = letters[0].id
    view.sent_button.click()
    view.letter.value = letters[1].id
    view.sent_button.click()
    assert workspace.contacts(demo.id) == [] and "still has" in view.status.value


def test_the_calendar_link_follows_a_send_logged_in_another_kernel(workspace, demo):
    (priya, *_) = draft_interview(workspace, demo.id)
    clock = datetime(2026, 11, 27, 10, 5, tzinfo=demo.zone)
    view = ScheduleView(workspace, demo.id, clock=lambda: clock)
    _, before = _download(view.downloads.value)
    assert b"Sent:" not in before
    with Workspace(workspace.folder) as other:
        from followup_kit.schedule import mark_sent

        mark_sent(other, other.letter(priya.id), at=clock)
    assert view.watch.check()
    _, after = _download(view.downloads.value)
    assert b"Sent: the thank-you email to Priya Raman" in after
    assert priya.id not in {value for _, value in view.letter.options}


def _rename_first_person(folder, name: str) -> None:
    with Workspace(folder) as other:  # another kernel
        stored = other.interviews()[-1]
        people = [stored.interviewers[0].model_copy(update={"name": name})]
        other.save_interview(
            stored.model_copy(update={"interviewers": people + stored.interviewers[1:]})
        )


def test_the_editor_follows_a_person_renamed_in_another_notebook(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.letter.revision is None and editor.body.value.startswith("Dear Priya,")
    _rename_first_person(workspace.folder, "Asha Lee")
    editor.watch.check()
    assert editor.person.label == "Asha Lee, Head of Analytics"
    assert editor.body.value.startswith("Dear Asha,"), "an untouched draft greets the new name"


def test_a_saved_letter_stays_as_written_when_its_reader_is_renamed(workspace, demo):
    draft_interview(workspace, demo.id)  # stored, as notebook 02 does
    editor = LetterEditor(workspace, demo.id, debounce=0)
    body = editor.body.value
    _rename_first_person(workspace.folder, "Asha Lee")
    editor.watch.check()
    assert editor.person.label == "Asha Lee, Head of Analytics"
    assert editor.body.value == body
