"""The widgets, headless: set values, click buttons, check the workspace and the widget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followup_kit.drafting import draft_interview
from followup_kit.model import Concern, InterviewStatus
from followup_kit.widgets import CaptureForm, LetterEditor, ReviewBoard, ScheduleView


def fill_capture(form: CaptureForm) -> None:
    form.profile.widgets["name"].value = "José Álvarez"
    form.profile.widgets["email"].value = "jose@example.com"
    form.profile.widgets["value_points"].value = "I led a team of four analysts\n"
    form.picker.value = "__new__"
    form.interview.widgets["company"].value = "Northwind Traders"
    form.interview.widgets["role"].value = "Operations Analyst"
    form.interview.widgets["when"].value = "2026-11-24 10:00"
    form.interview.widgets["timezone"].value = "Europe/Berlin"
    form.add_person()
    form.person.widgets["name"].value = "Nguyễn Thị Minh"
    form.person.widgets["email"].value = "minh@northwind.example"
    form.person.widgets["concerns"].rows[0].text.value = "whether I have worked with SAP"


def test_widget_capture_bad_email_shows_a_message_and_saves_nothing(workspace):
    form = CaptureForm(workspace)
    fill_capture(form)
    form.person.widgets["email"].value = "minh@"
    assert "not an email address" in form.person.errors["email"].value
    form.save_button.click()
    assert "Not saved" in form.status.value and "email" in form.status.value
    assert workspace.interviews() == [] and workspace.profile() is None


def test_widget_capture_validates_as_you_type(workspace):
    form = CaptureForm(workspace)
    form.interview.widgets["when"].value = "next tuesday"
    assert "is not a date we can read" in form.interview.errors["when"].value
    form.interview.widgets["when"].value = "2026-11-24 10:00"
    assert form.interview.errors["when"].value.endswith("</style>")


def test_widget_capture_saved_interview_reloads_and_never_duplicates(workspace):
    form = CaptureForm(workspace)
    fill_capture(form)
    form.save_button.click()
    assert "Saved Operations Analyst at Northwind Traders" in form.status.value
    (saved,) = workspace.interviews()
    assert saved.interviewers[0].name == "Nguyễn Thị Minh"
    assert workspace.profile().name == "José Álvarez"
    again = CaptureForm(workspace)
    assert again.interview.widgets["company"].value == "Northwind Traders"
    assert again.person.widgets["name"].value == "Nguyễn Thị Minh"
    assert again.profile.widgets["email"].value == "jose@example.com"
    again.interview.widgets["place"].value = "Room 4"
    again.save_button.click()
    assert len(workspace.interviews()) == 1
    assert workspace.interviews()[0].place == "Room 4"
    assert workspace.interviews()[0].when == saved.when


def test_widget_capture_add_edit_remove_people(workspace, demo):
    form = CaptureForm(workspace, demo.id)
    assert [label for label, _ in form.people.options] == [p.name for p in demo.interviewers]
    form.people.value = 1
    form.person.widgets["title"].value = "Head of Operations"
    form.people.value = 2
    form.remove_person()
    form.add_person()
    form.person.widgets["name"].value = "Ana Souza"
    form.save_button.click()
    people = workspace.interview(demo.id).interviewers
    assert [p.name for p in people] == ["Priya Raman", "Tomás Okafor", "Ana Souza"]
    assert people[1].title == "Head of Operations"
    assert people[0].id == demo.interviewers[0].id


def test_widget_capture_decision_before_interview_is_refused(workspace, demo):
    from datetime import date

    form = CaptureForm(workspace, demo.id)
    form.interview.widgets["decision_date"].value = date(2026, 11, 1)
    form.save_button.click()
    assert "Not saved" in form.status.value
    assert "before the interview" in form.interview.errors["decision_date"].value
    assert workspace.interview(demo.id).decision_date == demo.decision_date


def test_widget_editor_editing_text_updates_the_findings(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.letter is not None and editor.body.value.startswith("Dear Priya,")
    assert editor.review.ok
    editor.body.value = editor.body.value.replace("Thank you", "Thank u", 1)
    assert "text-speak" in editor.review.rules()
    assert any("chat shorthand" in row.children[0].value for row in editor.findings.children)
    assert '<mark class="error"' in editor.preview.value


def test_widget_editor_applying_a_suggestion_changes_the_text(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = editor.body.value.replace("Thank you", "Thank u", 1)
    row = next(r for r in editor.findings.children if "chat shorthand" in r.children[0].value)
    row.children[1].click()
    assert "Thank you" in editor.body.value and "Thank u " not in editor.body.value
    assert "text-speak" not in editor.review.rules()


def test_widget_editor_ignoring_a_finding_persists(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = editor.body.value.replace("Thursday", "Thursday, at Kubrix,", 1)
    row = next(r for r in editor.findings.children if "Kubrix" in r.children[0].value)
    row.children[-1].click()
    assert "spelling" not in editor.review.rules()
    stored = workspace.letters(demo.id)
    assert len(stored) == 1 and workspace.ignored(stored[0].id)
    reopened = LetterEditor(workspace, demo.id, debounce=0)
    assert "Kubrix" in reopened.body.value
    assert "spelling" not in reopened.review.rules()


def test_widget_editor_saves_and_exports(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value += "\nP.S. I enjoyed the coffee."
    editor.save_button.click()
    assert workspace.letters(demo.id)[0].body.endswith("I enjoyed the coffee.")
    editor.export_button.click()
    assert 'download="thank-you-priya-raman.eml"' in editor.downloads.value
    assert "mailto:priya.raman@lumenharbor.example?subject=" in editor.downloads.value
    editor.select("Tomás Okafor")
    assert editor.letter.medium == "card" and editor.subject.layout.display == "none"
    assert editor.interview_picker.layout.display != "none", "only the subject is hidden"
    editor.export_button.click()
    assert 'download="thank-you-tomás-okafor-card.html"' in editor.downloads.value


def test_widget_editor_export_with_errors_needs_the_override(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = "Dear Priya, thank u [Name]"
    editor.export_button.click()
    assert "Not exported" in editor.status.value and editor.downloads.value.endswith("</style>")
    editor.allow_errors.value = True
    editor.export_button.click()
    assert "download=" in editor.downloads.value


def test_widget_editor_escapes_user_text(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = "Dear Priya, <script>alert(1)</script> thank you"
    assert "<script>" not in editor.preview.value
    assert "&lt;script&gt;" in editor.preview.value


def test_widget_review_board_counts_and_similarity(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    workspace.save_letter(letters[0].model_copy(update={"body": "Dear Priya, thank u"}))
    board = ReviewBoard(workspace, demo.id)
    by_person = {row["person"]: row for row in board.rows}
    assert by_person["Priya Raman"]["errors"] >= 1
    assert any("text-speak" in b for b in by_person["Priya Raman"]["blocking"])
    assert by_person["Mei Lin Chen"]["errors"] == 0
    assert len(board.pairs) == 3 and all(0 <= p["similarity"] < 1 for p in board.pairs)
    assert "1 letter still has errors" in board.status.value
    stored = workspace.letter(letters[0].id)
    workspace.save_letter(stored.model_copy(update={"body": letters[0].body}))
    board.refresh_button.click()
    assert "Nothing blocks sending" in board.status.value


def test_widget_schedule_mark_as_sent_updates_the_log_and_the_guard(workspace, demo):
    draft_interview(workspace, demo.id)
    draft_interview(workspace, demo.id, kind="check-in")
    clock = [datetime(2026, 11, 27, 9, 30, tzinfo=demo.zone)]
    view = ScheduleView(workspace, demo.id, clock=lambda: clock[0])
    assert bytes(view.image.value).startswith(b"\x89PNG")
    assert "too soon to check in" in view.guard.value
    assert 'download="follow-up.ics"' in view.downloads.value
    view.letter.value = next(v for label, v in view.letter.options if "Priya" in label)
    view.sent_button.click()
    assert len(workspace.contacts(demo.id)) == 1
    assert "Logged" in view.status.value
    view.letter.value = next(v for label, v in view.letter.options if "check-in" in label)
    view.sent_button.click()
    assert "Not marked as sent" in view.status.value and "too soon" in view.status.value
    assert len(workspace.contacts(demo.id)) == 1
    clock[0] = clock[0] + timedelta(days=12)
    view.refresh()
    assert "fine" in view.guard.value
    view.sent_button.click()
    assert workspace.interview(demo.id).status is InterviewStatus.CHECKED_IN
    assert "already checked in" in view.guard.value


def test_widget_schedule_status_drives_the_plan(workspace, demo):
    view = ScheduleView(workspace, demo.id)
    view.state.value = "offer"
    assert workspace.interview(demo.id).status is InterviewStatus.OFFER
    assert next(s for s in view.steps if s.action == "check-in").state == "not needed"


def test_widgets_on_an_empty_workspace_say_what_to_do(workspace):
    for widget in (LetterEditor(workspace), ReviewBoard(workspace), ScheduleView(workspace)):
        assert "notebook 01" in widget.status.value


def test_widget_data_box_downloads_and_restores(workspace, demo, tmp_path):
    import base64
    import re

    from followup_kit.store import Workspace
    from followup_kit.widgets import DataBox

    def upload(data: bytes) -> tuple[dict, ...]:
        return (
            {
                "name": "x.json",
                "type": "application/json",
                "size": len(data),
                "last_modified": datetime(2026, 1, 1, tzinfo=UTC),
                "content": memoryview(data),
            },
        )

    box = DataBox(workspace)
    encoded = re.search(r'base64,([^"]+)"', box.link.value).group(1)
    exported = base64.b64decode(encoded)
    with Workspace(tmp_path / "fresh") as fresh:
        restore = DataBox(fresh)
        restore.upload.value = upload(exported)
        assert "Restored" in restore.status.value
        assert fresh.interviews() == workspace.interviews()
        again = DataBox(fresh)
        again.upload.value = upload(exported)
        assert "already holds data" in again.status.value
        bad = DataBox(fresh)
        bad.upload.value = upload(b"\xff\xfe junk")
        assert "not a followup-kit export" in bad.status.value
        assert fresh.interviews() == workspace.interviews()


def test_widget_editor_adds_a_word_to_the_word_list(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = editor.body.value.replace("Thursday", "Thursday, at Kubrix,", 1)
    row = next(r for r in editor.findings.children if "Kubrix" in r.children[0].value)
    learn = next(b for b in row.children[1:] if b.description == "Add to my words")
    learn.click()
    assert workspace.words() == ["Kubrix"]
    assert "spelling" not in editor.review.rules()


def test_widget_editor_switching_letters_never_loses_edits(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value += "\nP.S. My own words."
    editor.select("Tomás Okafor")
    assert "were saved" in editor.status.value
    (priya,) = [
        x for x in workspace.letters(demo.id) if x.interviewer_id == demo.interviewers[0].id
    ]
    assert priya.body.endswith("P.S. My own words.")
    editor.select("Priya Raman")
    assert editor.body.value.endswith("P.S. My own words.")
    editor.redraft_button.click()
    assert not editor.body.value.endswith("P.S. My own words.")
    editor.select("Tomás Okafor")
    editor.select("Priya Raman")
    assert editor.body.value.endswith("P.S. My own words."), "an unedited redraft is not saved"


def test_widget_capture_switching_with_unsaved_changes_asks_first(workspace, demo):
    form = CaptureForm(workspace, demo.id)
    form.interview.widgets["place"].value = "Room 12"
    form.picker.value = "__new__"
    assert form.picker.value == demo.id, "the first attempt keeps the edits on screen"
    assert "unsaved changes" in form.status.value
    assert form.interview.widgets["place"].value == "Room 12"
    form.save_button.click()
    assert workspace.interview(demo.id).place == "Room 12"
    form.picker.value = "__new__"
    assert form.interview.widgets["company"].value == ""


def test_widget_capture_delete_asks_then_removes_the_interview(workspace, demo):
    draft_interview(workspace, demo.id)
    form = CaptureForm(workspace, demo.id)
    form.delete_button.click()
    assert (
        "Press Delete again" in form.status.value
        and "3 letters and contact log" in form.status.value
    )
    assert workspace.interviews() == [demo]
    form.delete_button.click()
    assert workspace.interviews() == [] and workspace.letters() == []
    assert "Deleted Data Analyst at Lumen Harbor Logistics" in form.status.value
    assert form.picker.value == "__new__"


def test_widget_capture_asks_for_an_answer_beside_each_concern(workspace, demo):
    form = CaptureForm(workspace, demo.id)
    form.people.value = 2  # Mei Lin: two concerns, the second marked most important
    concerns = form.person.widgets["concerns"]
    assert [row.text.value for row in concerns.rows] == [
        c.text for c in demo.interviewers[2].concerns
    ]
    assert [row.main.value for row in concerns.rows] == [False, True]
    assert "How would you answer this now?" in concerns.rows[0].children[2].value
    concerns.rows[0].main.value = True
    assert [row.main.value for row in concerns.rows] == [True, False], (
        "only one is the most important"
    )
    concerns.rows[0].answer.value = "i am an EU citizen, so no permit is needed"
    added = concerns.add()
    added.text.value = "whether I drive"
    form.people.value = 0  # switching people keeps what was typed
    form.people.value = 2
    form.save_button.click()
    assert "Saved" in form.status.value
    saved = workspace.interview(demo.id).interviewers[2].concerns
    assert [(c.text, c.answer, c.main) for c in saved] == [
        (demo.interviewers[2].concerns[0].text, "i am an EU citizen, so no permit is needed", True),
        (demo.interviewers[2].concerns[1].text, demo.interviewers[2].concerns[1].answer, False),
        ("whether I drive", "", False),
    ]
    again = CaptureForm(workspace, demo.id)
    again.people.value = 2
    assert again.person.widgets["concerns"].rows[0].answer.value.startswith("i am an EU")
    again.person.widgets["concerns"].rows[2].remove.click()
    assert [r.text.description for r in again.person.widgets["concerns"].rows] == [
        "Concern 1",
        "Concern 2",
    ]


def test_widget_capture_a_too_long_answer_is_named_and_nothing_is_saved(workspace, demo):
    form = CaptureForm(workspace, demo.id)
    form.person.widgets["concerns"].rows[0].answer.value = "I moved dashboards. " * 40
    assert "In concern 1: Your answer is" in form.person.errors["concerns"].value
    form.save_button.click()
    assert "Not saved" in form.status.value and "Priya Raman: Their concerns" in form.status.value
    assert workspace.interview(demo.id) == demo


def test_widget_editor_offers_the_other_concerns_and_inserts_an_answer(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.also_raised.children == ()  # Priya raised one concern: the letter answers it
    editor.select("Mei Lin Chen")
    visa = demo.interviewers[2].concerns[0]
    (button,) = editor.also_raised.buttons
    assert "Also raised by Mei Lin" in editor.also_raised.children[0].value
    assert button.description == "Insert answer" and button.layout.display == ""
    assert "unanswered-concern" in editor.review.rules()  # a note: the visa question
    button.click()
    assert visa.answer in editor.body.value
    assert editor.body.value.index(visa.answer) < editor.body.value.index("I really want this job")
    assert "unanswered-concern" not in editor.review.rules()
    assert "answered in the letter" in editor.also_raised.labels[0].value
    assert button.layout.display == "none"
    editor.save_button.click()
    stored = next(
        x for x in workspace.letters(demo.id) if x.interviewer_id == demo.interviewers[2].id
    )
    assert visa.answer in stored.body


def test_widget_editor_escapes_concerns_in_the_also_raised_list(workspace, demo):
    mei_lin = demo.interviewers[2]
    evil = mei_lin.model_copy(
        update={"concerns": [*mei_lin.concerns, Concern(text="<script>alert(1)</script>")]}
    )
    workspace.save_interview(
        demo.model_copy(update={"interviewers": [*demo.interviewers[:2], evil]})
    )
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.select("Mei Lin Chen")
    shown = "".join(label.value for label in editor.also_raised.labels)
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert editor.also_raised.buttons[-1].description == "Insert question"


def test_the_review_summary_is_green_only_without_errors_or_warnings(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = editor.body.value.replace("\n\nBest", " I think outside the box.\n\nBest")
    editor.review_now()
    assert editor.review.ok and editor.review.count("warning")
    assert '<b class="fk-box fk-warning">Review: 0 errors, 1 warning' in editor.summary.value
