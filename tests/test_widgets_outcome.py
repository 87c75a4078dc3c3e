"""The widgets after the decision, headless: the outcome form, the editor and the schedule view
offer the right reply when the status changes, here or in another kernel."""

from __future__ import annotations

import re
from datetime import date, datetime

from followup_kit.demo import decide
from followup_kit.drafting import draft_interview
from followup_kit.model import InterviewStatus, LetterKind
from followup_kit.revisions import LABELS
from followup_kit.store import Workspace
from followup_kit.widgets import LetterEditor, OutcomeForm, ScheduleView

HEARD = date(2026, 12, 2)  # a Wednesday


def text(widget) -> str:
    """What an HTML widget says, without its styles and tags."""
    return re.sub(r"<[^>]+>", "", widget.value.split("</style>")[-1])


def clock(demo):
    return lambda: datetime(2026, 12, 2, 10, tzinfo=demo.zone)


def replies(workspace, demo):
    return [x for x in workspace.letters(demo.id) if x.kind.is_reply]


def test_outcome_form_labels_are_the_labels_of_conflicts(workspace, demo):
    form = OutcomeForm(workspace, demo.id)
    for name, widget in form.details.widgets.items():
        assert LABELS["outcome"][name] == widget.description
    assert LABELS["outcome"]["written_offer"] == form.written_offer.description
    assert LABELS["outcome"]["ask_feedback"] == form.ask_feedback.description
    assert LABELS["interview"]["status"] == form.state.description


def test_outcome_form_shows_what_each_outcome_needs(workspace, demo):
    form = OutcomeForm(workspace, demo.id)
    shown = lambda: {n for n, row in form._rows.items() if row.layout.display != "none"}  # noqa: E731
    assert shown() == set() and "No decision yet" in text(form.hint)
    form.state.value = "offer"
    assert {"start_date", "pay", "written_offer", "answer_by"} <= shown()
    form.state.value = "rejected"
    assert shown() == {"heard_on", "told_by", "ask_feedback"}
    form.state.value = "withdrawn"
    assert shown() == {"heard_on", "reason"}


def test_outcome_form_refuses_a_bad_detail_by_its_label_and_saves_nothing(workspace, demo):
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    form.state.value = "offer"
    form.details.widgets["pay"].value = "to be discussed"
    assert "has no amount" in text(form.details.errors["pay"])  # as you type
    form.save_button.click()
    assert text(form.status) == (
        "Not saved. Fix these fields (each says what is wrong), then Save again: Salary or pay."
    )
    form.details.widgets["pay"].value = "€4,300 a month"
    form.details.widgets["answer_by"].value = date(2026, 11, 30)
    form.save_button.click()
    assert text(form.status).endswith("then Save again: Your answer by.")
    assert "before the day you heard" in text(form.details.errors["answer_by"])
    stored = workspace.interview(demo.id)
    assert stored.status is InterviewStatus.AWAITING_REPLY and stored.outcome is None
    assert form.details.widgets["pay"].value == "€4,300 a month", "what was typed stays"


def test_outcome_form_checks_its_dates_against_each_other_as_you_type(workspace, demo):
    """Issue 13: a date before the interview, or before the day you heard, is said beside the
    date as it is chosen, not only on Save."""
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    form.state.value = "offer"
    errors = form.details.errors
    interview_day = demo.local_when.date()
    form.details.widgets["heard_on"].value = date(2026, 11, 20)
    assert f"2026-11-20 is before the interview on {interview_day}" in text(errors["heard_on"])
    form.details.widgets["heard_on"].value = HEARD
    assert text(errors["heard_on"]) == ""
    form.details.widgets["start_date"].value = date(2026, 11, 30)
    assert "2026-11-30 is before the day you heard from them (2026-12-02)" in text(
        errors["start_date"]
    )
    form.details.widgets["answer_by"].value = date(2026, 12, 1)
    assert "before the day you heard" in text(errors["answer_by"])
    form.details.widgets["heard_on"].value = date(2026, 11, 27)  # heard earlier: both fine
    assert text(errors["start_date"]) == "" and text(errors["answer_by"]) == ""
    form.details.widgets["heard_on"].value = HEARD  # and back: both wrong again
    assert "before the day you heard" in text(errors["start_date"])
    assert "before the day you heard" in text(errors["answer_by"])
    assert workspace.interview(demo.id).outcome is None, "nothing is saved by checking"


def test_outcome_form_saves_drafts_the_reply_and_says_when_it_is_due(workspace, demo):
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    priya = demo.interviewers[0]
    form.state.value = "offer"
    form.details.widgets["told_by"].value = priya.id
    form.details.widgets["start_date"].value = date(2027, 1, 4)
    form.details.widgets["pay"].value = "€4,300 a month"
    form.save_button.click()
    stored = workspace.interview(demo.id)
    assert stored.status is InterviewStatus.OFFER
    assert stored.outcome.heard_on == HEARD and stored.outcome.told_by == priya.id
    (reply,) = replies(workspace, demo)
    assert reply.kind is LetterKind.OFFER_ACCEPT and reply.interviewer_id == priya.id
    assert "Monday 4 January 2027" in reply.body and "€4,300 a month" in reply.body
    assert "send it by Thursday 3 December" in text(form.status)


def test_outcome_form_follows_a_save_from_another_kernel(workspace, demo):
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    with Workspace(workspace.folder) as other:  # another notebook's kernel
        decide(other, "rejected", today=HEARD)
    form.watch.check()
    assert form.state.value == "rejected" and form.ask_feedback.value


def test_editor_opens_the_acceptance_when_the_schedule_view_sets_offer(workspace, demo):
    draft_interview(workspace, demo.id)
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.kind.value == "thank-you"
    view = ScheduleView(workspace, demo.id, clock=clock(demo))
    view.state.value = "offer"
    assert editor.kind.value == "offer-accept"
    assert editor.person.value == demo.interviewers[2].id  # Mei Lin, named in the notes
    assert "I gladly accept your offer" in editor.body.value
    assert "They made you an offer" in text(editor.status)
    assert "“Ask for time to decide” or “Decline the offer”" in text(editor.status)
    assert editor.medium.layout.display == "none", "a reply goes by email: no choice to make"
    assert editor.letter.revision is not None, "the editor shows the reply the view saved"
    editor.body.value += "\nP.S. Thank you again."
    editor.save_button.click()
    assert len(replies(workspace, demo)) == 1, "editing the reply never makes a second one"


def test_editor_follows_a_decision_made_in_another_kernel(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    with Workspace(workspace.folder) as other:
        decide(other, "withdrawn", today=HEARD)
    editor.watch.check()
    assert editor.kind.value == "withdraw"
    assert "withdrawing my application" in editor.body.value
    assert editor.subject.value == "Withdrawing my application: Data Analyst"
    assert text(editor.summary) == "Review: 0 errors, 0 warnings, 0 notes"


def test_editor_opened_after_the_decision_shows_the_reply(workspace, demo):
    decide(workspace, "rejected", today=HEARD)
    editor = LetterEditor(workspace, demo.id, debounce=0)
    assert editor.kind.value == "rejection-reply"
    assert editor.person.value == workspace.interview(demo.id).outcome.told_by
    editor.kind.value = "thank-you"  # the user can still open any other letter
    assert editor.letter.kind is LetterKind.THANK_YOU
    assert "for meeting me on Thursday" in editor.body.value


def test_schedule_view_offers_the_reply_and_refuses_a_check_in_after_it(workspace, demo):
    draft_interview(workspace, demo.id, kind="check-in")
    view = ScheduleView(workspace, demo.id, clock=clock(demo))
    view.state.value = "rejected"
    assert "Your reply to Mei Lin Chen is drafted" in text(view.status)
    assert view.letter.label == "reply to Mei Lin Chen"
    assert "no check-in after the decision" in text(view.guard)
    reply_step = next(s for s in view.steps if s.action == "reply")
    assert reply_step.state == "due" and "within a working day" in reply_step.note
    view.sent_button.click()
    assert [c.kind for c in workspace.contacts(demo.id)] == [LetterKind.REJECTION_REPLY]
    view.letter.value = next(v for label, v in view.letter.options if "check-in" in label)
    view.sent_button.click()
    assert "Not marked as sent" in text(view.status)
    assert "no check-in after the decision" in text(view.status)
    assert len(workspace.contacts(demo.id)) == 1


def test_the_capture_form_keeps_the_outcome_it_does_not_show(workspace, demo):
    from followup_kit.widgets import CaptureForm

    decided = decide(workspace, "offer", today=HEARD)
    form = CaptureForm(workspace, demo.id)
    form.interview.widgets["place"].value = "Room 4"
    form.save_button.click()
    stored = workspace.interview(demo.id)
    assert stored.place == "Room 4" and stored.outcome == decided.outcome


def test_an_outcome_set_in_the_capture_form_notes_the_day(workspace, demo):
    from followup_kit.widgets import CaptureForm

    form = CaptureForm(workspace, demo.id)
    form.interview.widgets["status"].value = "rejected"
    form.save_button.click()
    stored = workspace.interview(demo.id)
    assert stored.status is InterviewStatus.REJECTED and stored.outcome.heard_on is not None


def test_not_noted_stays_not_noted_and_the_reply_goes_to_the_contact(workspace, demo):
    priya, _, mei_lin = demo.interviewers
    decide(workspace, "offer", today=HEARD)  # Priya told you: the acceptance is to her
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    assert form.reply_to.value == priya.id and "they told you" in text(form.reply_why)
    form.details.widgets["told_by"].value = ""  # who told you: not noted
    assert form.reply_to.value == mei_lin.id, "the contact the notes name, not the first person"
    assert "your notes on how to follow up name them" in text(form.reply_why)
    form.save_button.click()
    assert workspace.interview(demo.id).outcome.told_by == ""
    assert form.details.widgets["told_by"].label == "not noted"
    (reply,) = replies(workspace, demo)
    assert reply.interviewer_id == mei_lin.id and reply.body.startswith("Dear Mei Lin,")
    assert "Your acceptance to Mei Lin Chen is drafted" in text(form.status)
    assert form.reply_to.value == mei_lin.id


def test_the_user_sees_and_changes_who_the_reply_goes_to(workspace, demo):
    priya, tomas, mei_lin = demo.interviewers
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    assert form._reply_row.layout.display == "none", "no reply before they decide"
    form.state.value = "rejected"
    assert form._reply_row.layout.display == ""
    assert form.reply_to.value == mei_lin.id and "Mei Lin Chen:" in text(form.reply_why)
    form.reply_to.value = tomas.id
    assert "you chose them" in text(form.reply_why)
    form.details.widgets["told_by"].value = priya.id  # a choice made stays made
    assert form.reply_to.value == tomas.id
    form.save_button.click()
    (reply,) = replies(workspace, demo)
    assert reply.interviewer_id == tomas.id and reply.body.startswith("Dear Tomás,")
    assert workspace.interview(demo.id).outcome.told_by == priya.id
    again = OutcomeForm(workspace, demo.id, clock=clock(demo))  # opened later, elsewhere
    assert again.reply_to.value == tomas.id and "you chose them" in text(again.reply_why)
    assert again.details.widgets["told_by"].value == priya.id


def test_moving_an_edited_reply_keeps_its_text_and_says_so(workspace, demo):
    tomas = demo.interviewers[1]
    decide(workspace, "offer", today=HEARD)
    (reply,) = replies(workspace, demo)
    edited = reply.body.replace("Thank you", "Thank you so much", 1)
    workspace.save_letter(reply.model_copy(update={"body": edited}))
    form = OutcomeForm(workspace, demo.id, clock=clock(demo))
    form.reply_to.value = tomas.id
    form.save_button.click()
    (moved,) = replies(workspace, demo)
    assert moved.id == reply.id and moved.interviewer_id == tomas.id and moved.body == edited
    assert "It keeps the text you wrote: make sure it greets Tomás." in text(form.status)
