"""After the decision: the outcome record, the five replies, their timing and their exports."""

from __future__ import annotations

import email
import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from email import policy

import icalendar
import pytest
import vobject

from followup_kit import review
from followup_kit.demo import decide, load_demo
from followup_kit.drafting import (
    draft_interview,
    draft_letter,
    draft_reply,
    reply_contact,
    reply_contact_reason,
)
from followup_kit.errors import InvalidRecord, RecordConflict
from followup_kit.exports import calendar_ics, export_interview
from followup_kit.kinds import OUTCOME_REPLIES, REPLIES_TO
from followup_kit.model import (
    Interview,
    InterviewStatus,
    Letter,
    LetterKind,
    Medium,
)
from followup_kit.outcomes import with_outcome
from followup_kit.reply_timing import reply_due
from followup_kit.reviewing import review_letter
from followup_kit.rules.base import Severity
from followup_kit.schedule import ContactRefused, Policy, check_contact, mark_sent, plan
from followup_kit.store import DB_NAME, SCHEMA_VERSION, Workspace

from .conftest import DEMO_DAY

HEARD = date(2026, 12, 2)  # a Wednesday, a week after the demo interview
WEEK = [date(2026, 11, 27) + timedelta(days=n) for n in range(7)]  # Friday to Thursday


def at(interview: Interview, day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=interview.zone)


# --- the record


@pytest.mark.parametrize(
    ("details", "field", "words"),
    [
        ({"pay": "competitive"}, "outcome.pay", "has no amount"),
        ({"heard_on": "2026-11-01"}, "outcome.heard_on", "before the interview"),
        (
            {"heard_on": "2026-12-02", "start_date": "2026-12-01"},
            "outcome.start_date",
            "before the day you heard",
        ),
        (
            {"heard_on": "2026-12-02", "answer_by": "2026-11-30"},
            "outcome.answer_by",
            "before the day you heard",
        ),
        ({"start_date": "soon"}, "outcome.start_date", "not a date we can read"),
        ({"reason": "because " * 30}, "outcome.reason", "one short sentence"),
        ({"other_terms": "x" * 400}, "outcome.other_terms", "keep it to one sentence"),
        ({"told_by": "not an id!"}, "outcome.told_by", "not a record id"),
        ({"colour": "red"}, "outcome.colour", "not a field"),
    ],
)
def test_a_bad_outcome_is_refused_naming_its_field(demo, details, field, words):
    with pytest.raises(InvalidRecord) as refused:
        Interview.parse({**demo.to_data(), "outcome": details})
    assert isinstance(refused.value, ValueError)
    assert field in refused.value.problems, refused.value.problems
    assert words in refused.value.problems[field]


def test_an_interview_without_outcome_is_stored_as_before(workspace, demo):
    assert "outcome" not in demo.to_data()
    stored = json.loads(
        sqlite3.connect(workspace.path).execute("SELECT data FROM interviews").fetchone()[0]
    )
    assert "outcome" not in stored, "old versions' records keep their exact shape"


def test_a_reply_goes_by_email_only():
    with pytest.raises(InvalidRecord, match="goes by email"):
        Letter(interview_id="a", interviewer_id="b", kind="offer-accept", medium="card")
    assert Letter(interview_id="a", interviewer_id="b", kind="withdraw").medium is Medium.EMAIL


def test_the_outcome_goes_through_export_and_import(workspace, demo, tmp_path):
    decided = decide(workspace, "offer", today=HEARD)
    path = workspace.export_json(tmp_path / "backup.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA_VERSION == 3
    assert data["interviews"][0]["outcome"]["pay"] == "€4,300 a month"
    with Workspace(tmp_path / "other") as other:
        other.import_json(path)
        restored = other.interview(demo.id)
        assert restored.outcome == decided.outcome and restored.status is InterviewStatus.OFFER
        assert [x.kind for x in other.letters(demo.id)] == [LetterKind.OFFER_ACCEPT]


def test_a_schema_2_workspace_opens_unchanged_as_schema_3(tmp_path):
    with Workspace(tmp_path) as ws:
        interview = load_demo(ws, today=DEMO_DAY)
        draft_interview(ws, interview.id)
        before = ws.export_data()
    raw = sqlite3.connect(tmp_path / DB_NAME)
    raw.execute("PRAGMA user_version = 2")  # what a schema 2 file says; its tables are the same
    raw.commit()
    raw.close()
    with Workspace(tmp_path) as ws:
        assert ws.schema_version == 3
        after = ws.export_data()
    assert {k: v for k, v in after.items() if k != "schema"} == {
        k: v for k, v in before.items() if k != "schema"
    }


def test_a_workspace_from_a_newer_version_is_refused_untouched(tmp_path):
    Workspace(tmp_path).close()
    raw = sqlite3.connect(tmp_path / DB_NAME)
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    raw.close()
    with pytest.raises(Exception, match="newer followup-kit"):
        Workspace(tmp_path)


def test_two_windows_editing_different_details_merge(workspace, demo):
    decided = decide(workspace, "offer", today=HEARD)
    first, second = workspace.interview(demo.id), workspace.interview(demo.id)
    workspace.save_interview(with_outcome(first, "offer", pay="€4,500 a month"))
    workspace.save_interview(with_outcome(second, "offer", written_offer=True))
    merged = workspace.interview(demo.id).outcome
    assert merged.pay == "€4,500 a month" and merged.written_offer
    assert merged.start_date == decided.outcome.start_date
    clash = with_outcome(second, "offer", pay="€4,100 a month")
    with pytest.raises(RecordConflict) as refused:
        workspace.save_interview(clash)
    assert refused.value.fields == ["Salary or pay"]


def test_an_outcome_noted_in_one_window_meets_an_older_copy_without_one(workspace, demo):
    old = workspace.interview(demo.id)
    decide(workspace, "rejected", today=HEARD)
    workspace.save_interview(old.model_copy(update={"place": "Room 4"}))
    stored = workspace.interview(demo.id)
    assert stored.place == "Room 4" and stored.status is InterviewStatus.REJECTED
    assert stored.outcome is not None and stored.outcome.ask_feedback


def test_moving_to_an_outcome_notes_the_day_and_going_back_keeps_the_details(demo):
    moved = with_outcome(demo, "offer", today=HEARD, pay="$32 an hour")
    assert moved.outcome.heard_on == HEARD
    back = with_outcome(moved, "awaiting reply")
    assert back.status is InterviewStatus.AWAITING_REPLY and back.outcome.pay == "$32 an hour"
    assert with_outcome(demo, "checked in").outcome is None


# --- drafting


@pytest.mark.parametrize("today", WEEK, ids=[f"{d:%A}" for d in WEEK])
def test_every_reply_to_the_demo_drafts_clean_in_each_wording(workspace, today):
    interview = load_demo(workspace, today=DEMO_DAY)
    profile = workspace.profile()
    for status, kinds in REPLIES_TO.items():
        interview = decide(workspace, status, today=today)
        for kind in kinds:
            for person in interview.interviewers:  # each person gets another wording
                letter = draft_letter(interview, person, profile, kind=kind)
                assert letter.medium is Medium.EMAIL and letter.subject
                found = review_letter(workspace, letter)
                serious = [f for f in found.findings if f.severity is not Severity.INFO]
                assert serious == [], f"{kind} to {person.name}:\n{found}"


def test_the_acceptance_states_the_terms_and_asks_for_the_written_offer(workspace, demo):
    interview = decide(workspace, "offer", today=HEARD)
    start = interview.outcome.start_date
    letter = draft_letter(interview, demo.interviewers[0], workspace.profile(), kind="offer-accept")
    assert f"{start:%A} {start.day} {start:%B %Y}" in letter.body
    assert "€4,300 a month" in letter.body and "Data Analyst" in letter.body
    assert "25 days of paid leave" in letter.body and "written offer" in letter.body
    signed = with_outcome(interview, "offer", written_offer=True)
    again = draft_letter(signed, demo.interviewers[0], workspace.profile(), kind="offer-accept")
    assert "I have received the written offer" in again.body


def test_an_acceptance_with_terms_missing_leaves_gaps_the_review_blocks(workspace, demo):
    interview = workspace.save_interview(with_outcome(demo, "offer", today=HEARD))
    letter = draft_letter(interview, demo.interviewers[0], workspace.profile(), kind="offer-accept")
    assert "[the start date you agreed]" in letter.body
    assert "placeholder" in {f.rule for f in review_letter(workspace, letter).errors}


def test_the_request_for_time_names_the_day_and_the_reason(workspace, demo):
    interview = workspace.save_interview(
        with_outcome(
            demo, "offer", today=HEARD, answer_by="2026-12-09", reason="I am moving house."
        )
    )
    letter = draft_letter(interview, demo.interviewers[1], workspace.profile(), kind="offer-time")
    assert "Wednesday 9 December" in letter.body and "I am moving house." in letter.body
    without = with_outcome(interview, "offer", answer_by=None)
    gap = draft_letter(without, demo.interviewers[1], workspace.profile(), kind="offer-time")
    assert "[the day you will answer by]" in gap.body


def test_the_answer_to_a_rejection_asks_for_feedback_only_if_wanted(workspace, demo):
    interview = decide(workspace, "rejected", today=HEARD)
    person = reply_contact(interview)
    asking = draft_letter(interview, person, workspace.profile(), kind="rejection-reply")
    assert "feedback" in asking.body
    quiet = with_outcome(interview, "rejected", ask_feedback=False)
    assert (
        "feedback"
        not in draft_letter(quiet, person, workspace.profile(), kind="rejection-reply").body
    )


def test_the_reply_goes_to_who_told_you_else_the_contact_named_else_the_recruiter(demo):
    priya, tomas, mei_lin = demo.interviewers
    told = with_outcome(demo, "offer", today=HEARD, told_by=tomas.id)
    assert reply_contact(told) == tomas
    assert reply_contact(with_outcome(demo, "offer", today=HEARD)) == mei_lin  # named
    unnamed = demo.model_copy(update={"follow_up_instructions": ""})
    assert reply_contact(unnamed) == mei_lin  # the Talent Partner
    plain = [p.model_copy(update={"title": ""}) for p in demo.interviewers]
    assert reply_contact(unnamed.model_copy(update={"interviewers": plain})) == plain[0]
    gone = told.model_copy(update={"interviewers": [priya, mei_lin]})
    assert reply_contact(gone) == mei_lin, "the person who told you was removed"


def test_one_reply_per_interview_and_the_users_recipient_is_kept(workspace, demo):
    interview = decide(workspace, "rejected", today=HEARD)
    (reply,) = [x for x in workspace.letters(demo.id) if x.kind.is_reply]
    assert reply.interviewer_id == interview.outcome.told_by
    moved = workspace.save_letter(
        reply.model_copy(update={"interviewer_id": demo.interviewers[1].id})
    )
    again = draft_interview(workspace, demo.id, kind="rejection-reply", replace=True)
    assert [x.id for x in again] == [moved.id]
    assert again[0].interviewer_id == demo.interviewers[1].id
    assert len([x for x in workspace.letters(demo.id) if x.kind.is_reply]) == 1


def test_an_untouched_reply_is_drafted_again_with_new_details_an_edited_one_kept(workspace, demo):
    before = workspace.save_interview(with_outcome(demo, "offer", today=HEARD))
    reply = draft_reply(workspace, demo.id)
    assert "[the pay you were offered]" in reply.body
    after = workspace.save_interview(with_outcome(before, "offer", pay="€4,400 a month"))
    redrafted = draft_reply(workspace, demo.id, previous=before)
    assert redrafted.id == reply.id and "€4,400 a month" in redrafted.body
    edited = workspace.save_letter(redrafted.model_copy(update={"body": redrafted.body + "P.S."}))
    workspace.save_interview(with_outcome(after, "offer", pay="€4,600 a month"))
    kept = draft_reply(workspace, demo.id, previous=after)
    assert kept.body == edited.body


def test_decide_moves_only_the_demo(workspace, demo):
    own = workspace.save_interview(
        Interview(company="Northwind", role="Analyst", when="2026-11-24T10:00")
    )
    with pytest.raises(ValueError, match="only the invented demo"):
        decide(workspace, "offer", own.id)
    assert workspace.interview(own.id).status is InterviewStatus.AWAITING_REPLY
    assert decide(workspace, "withdrawn").status is InterviewStatus.WITHDRAWN
    back = decide(workspace, "awaiting reply")
    assert back.status is InterviewStatus.AWAITING_REPLY and back.outcome is None


# --- timing and the guard


def test_the_reply_is_due_the_next_working_morning_and_the_ics_has_it(demo):
    friday = date(2026, 12, 4)
    offer = with_outcome(demo, "offer", today=friday)
    due = reply_due(offer)
    assert (due.date(), due.hour) == (date(2026, 12, 7), 9)  # Monday, 9:00 their time
    dutch = reply_due(
        with_outcome(demo, "offer", today=date(2026, 12, 24)), policy=Policy(country="NL")
    )
    assert dutch.date() == date(2026, 12, 28), "Christmas and Boxing Day are skipped"
    steps = plan(offer, at=at(offer, friday, 16))
    (reply,) = [s for s in steps if s.action == "reply"]
    assert reply.state == "due" and reply.when == due and reply.person == "Mei Lin Chen"
    ics = calendar_ics(offer, steps)
    event = next(
        e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT") if "reply" in str(e["UID"])
    )
    assert "Reply to Mei Lin Chen" in str(event["SUMMARY"]) and event.walk("VALARM")
    parsed = vobject.readOne(ics.decode())
    assert any("Reply to Mei Lin Chen" in e.summary.value for e in parsed.vevent_list)


def test_one_reply_per_outcome_and_no_check_in_after_it(workspace, demo):
    draft_interview(workspace, demo.id, kind="check-in")
    interview = decide(workspace, "rejected", today=HEARD)
    (reply,) = [x for x in workspace.letters(demo.id) if x.kind.is_reply]
    check_in = next(x for x in workspace.letters(demo.id) if x.kind == "check-in")
    with pytest.raises(ContactRefused, match="no check-in after the decision"):
        mark_sent(workspace, check_in, at=at(interview, HEARD + timedelta(days=10)))
    mark_sent(workspace, reply, at=at(interview, HEARD, 15))
    with pytest.raises(ContactRefused, match="one reply per outcome"):
        mark_sent(workspace, reply, at=at(interview, HEARD, 16))
    assert len(workspace.contacts(demo.id)) == 1
    steps = plan(
        interview, letters=workspace.letters(demo.id), contacts=workspace.contacts(demo.id)
    )
    (step,) = [s for s in steps if s.action == "reply"]
    assert step.state == "done" and "nothing more to send" in step.note
    check = next(s for s in steps if s.action == "check-in")
    assert "no check-in after the decision" in check.note and check.findings
    decision = next(s for s in steps if s.action == "decision")
    assert decision.state == "done" and "they chose another candidate" in decision.note
    ics = icalendar.Calendar.from_ical(calendar_ics(interview, steps))
    done = next(e for e in ics.walk("VEVENT") if str(e["UID"]).endswith("-reply@followup-kit"))
    assert not done.walk("VALARM"), "what was sent keeps its event, without a reminder"


def test_asking_for_time_is_followed_by_one_answer_by_the_day_named(workspace, demo):
    interview = decide(workspace, "offer", today=HEARD)
    person = reply_contact(interview)
    profile = workspace.profile()
    asking = workspace.save_letter(draft_letter(interview, person, profile, kind="offer-time"))
    mark_sent(workspace, asking, at=at(interview, HEARD, 16))
    with pytest.raises(ContactRefused, match="already asked for time"):
        mark_sent(workspace, asking, at=at(interview, HEARD, 17))
    named = interview.outcome.answer_by
    steps = plan(
        interview, letters=workspace.letters(demo.id), contacts=workspace.contacts(demo.id)
    )
    answer = next(s for s in steps if s.action == "answer")
    assert answer.when.date() == named and answer.state == "planned"
    late = check_contact(
        interview,
        workspace.contacts(demo.id),
        kind="offer-decline",
        at=at(interview, named + timedelta(days=1)),
        person=person,
    )
    assert [f.rule for f in late] == ["reply-late"] and late[0].severity is Severity.WARNING
    declining = workspace.save_letter(
        draft_letter(interview, person, profile, kind="offer-decline")
    )
    mark_sent(workspace, declining, at=at(interview, named))
    with pytest.raises(ContactRefused, match="one reply per outcome"):
        mark_sent(workspace, declining, at=at(interview, named, 12))


def test_a_late_reply_is_a_warning_not_a_refusal(workspace, demo):
    interview = decide(workspace, "withdrawn", today=HEARD)
    (reply,) = [x for x in workspace.letters(demo.id) if x.kind.is_reply]
    later = at(interview, HEARD + timedelta(days=6))
    findings = check_contact(interview, [], kind="withdraw", at=later)
    assert [f.rule for f in findings] == ["reply-late"] and "Thursday 03 December" not in findings[
        0
    ].message
    mark_sent(workspace, reply, at=later)  # not refused: a late reply beats none
    assert workspace.contacts(demo.id)[0].kind is LetterKind.WITHDRAW


# --- everywhere


def test_the_reply_exports_as_an_email_named_after_it(workspace, demo, tmp_path):
    decide(workspace, "offer", today=HEARD)
    written = export_interview(workspace, demo.id, tmp_path)  # the reply reviews clean
    path = tmp_path / "offer-accept-priya-raman.eml"
    assert path in written
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    reply = next(x for x in workspace.letters(demo.id) if x.kind == "offer-accept")
    assert message["To"].addresses[0].addr_spec == "priya.raman@lumenharbor.example"
    assert (
        message["Subject"]
        == reply.subject
        == "Accepting your offer: Data Analyst at Lumen Harbor Logistics"
    )
    assert message.get_content().replace("\r\n", "\n") == reply.body


@pytest.mark.parametrize("kind", OUTCOME_REPLIES)
def test_review_accepts_every_reply_kind(kind):
    found = review("Dear Priya,\n\nThank you. It is your loss.\n", kind=kind, to="Priya Raman")
    assert "bitterness" in found.rules()
    assert "missing-specific" not in found.rules() and "missing-value" not in found.rules()


def test_review_names_the_kinds_when_one_is_unknown():
    with pytest.raises(ValueError, match="rejection-reply"):
        review("Dear Priya,", kind="reply")


def test_cli_reviews_a_reply_and_lists_the_kinds(tmp_path):
    letter = tmp_path / "reply.txt"
    letter.write_text(
        "Dear Priya,\n\nThank you for letting me know. Please reconsider my application.\n\n"
        "Best regards,\nJordan\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "followup_kit.cli", "review", str(letter)]
    result = subprocess.run(
        [*command, "--kind", "rejection-reply", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    rows = json.loads(result.stdout)
    dispute = next(r for r in rows if r["rule"] == "disputes-decision")
    text = letter.read_text(encoding="utf-8")
    assert (
        dispute["code"] == "FK308"
        and text[dispute["start"] : dispute["end"]] == "Please reconsider"
    )
    wrong = subprocess.run(
        [*command, "--kind", "reply"], capture_output=True, text=True, timeout=120
    )
    assert wrong.returncode == 2 and "offer-accept" in wrong.stderr


def test_reply_reviews_drafts_every_reply_the_outcome_allows(workspace, demo):
    from followup_kit.flow import reply_reviews

    assert reply_reviews(workspace, demo.id) == {}, "no reply while they have not decided"
    decide(workspace, "offer", today=HEARD)
    reviews = reply_reviews(workspace, demo.id)
    assert list(reviews) == ["offer-accept", "offer-time", "offer-decline"]
    assert all(found.ok and not found.count("warning") for found in reviews.values())
    assert len(replies := [x for x in workspace.letters(demo.id) if x.kind.is_reply]) == 1
    assert replies[0].kind is LetterKind.OFFER_ACCEPT, "reviewing drafts nothing new"


def test_the_reply_goes_to_the_contact_the_next_steps_name(demo):
    _, tomas, mei_lin = demo.interviewers
    unnamed = demo.model_copy(update={"follow_up_instructions": ""})
    named = unnamed.model_copy(update={"next_steps": "Tomás will send the case study."})
    assert reply_contact(named) == tomas
    assert reply_contact_reason(named) == (tomas, "the next steps name them")
    # A name inside another word names nobody ('Priyanka' is not Priya).
    other = unnamed.model_copy(update={"next_steps": "Priyanka from finance calls you."})
    assert reply_contact(other) == mei_lin


def test_draft_reply_to_someone_else_drafts_it_again_for_them(workspace, demo):
    priya, _, mei_lin = demo.interviewers
    interview = decide(workspace, "rejected", today=HEARD)
    (reply,) = [x for x in workspace.letters(demo.id) if x.kind.is_reply]
    assert reply.interviewer_id == interview.outcome.told_by == mei_lin.id
    moved = draft_reply(workspace, demo.id, to=priya.id)
    assert moved.id == reply.id and moved.interviewer_id == priya.id
    assert moved.body.startswith("Dear Priya,")
    assert len([x for x in workspace.letters(demo.id) if x.kind.is_reply]) == 1
