"""Schedule: next-morning sends, one polite check-in, no pestering, calendar and timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from followup_kit.drafting import draft_interview
from followup_kit.errors import UsageError
from followup_kit.exports import calendar_ics
from followup_kit.model import Contact, Interview, Interviewer, InterviewStatus, LetterKind
from followup_kit.schedule import (
    ContactRefused,
    Policy,
    check_contact,
    check_in_date,
    mark_sent,
    next_send_time,
    plan,
)
from followup_kit.timeline import write_timeline

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def interview_at(when: str, zone: str = "Europe/Berlin", **extra) -> Interview:
    return Interview(
        company="Northwind",
        role="Analyst",
        when=when,
        timezone=zone,
        interviewers=[Interviewer(name="Ana Souza")],
        **extra,
    )


def test_friday_interview_sends_monday_morning():
    send = next_send_time(interview_at("2026-11-27T15:00"))  # a Friday
    assert send == datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    assert send.strftime("%A") == "Monday"


def test_weekday_interview_sends_the_next_morning_at_the_chosen_hour():
    send = next_send_time(interview_at("2026-11-24T10:00"), policy=Policy(send_hour=8))
    assert send == datetime(2026, 11, 25, 8, 0, tzinfo=BERLIN)


def test_late_sunday_interview_in_another_time_zone():
    # Sunday 23:00 in New York is already Monday 05:00 in Berlin: the recipient in Berlin gets
    # it on Tuesday morning, their time, never in the middle of their night.
    interview = interview_at("2026-11-29T23:00", zone="America/New_York")
    person = Interviewer(name="Ana Souza", timezone="Europe/Berlin")
    assert next_send_time(interview, person) == datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)
    # With no zone of their own, the interview's zone is theirs: Monday 9:00 New York.
    assert next_send_time(interview) == datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK)


def test_public_holidays_when_a_country_is_named():
    # Wednesday 23 December 2026; 24 Dec is a workday in NL, 25 and 26 Dec are holidays.
    interview = interview_at("2026-12-24T10:00", zone="Europe/Amsterdam")
    plain = next_send_time(interview)
    dutch = next_send_time(interview, policy=Policy(country="NL"))
    assert plain.date() == date(2026, 12, 25)
    assert dutch.date() == date(2026, 12, 28)
    us = interview_at("2026-11-25T10:00", zone="America/New_York")  # day before Thanksgiving
    assert next_send_time(us, policy=Policy(country="US")).date() == date(2026, 11, 27)


def test_unknown_country_is_a_clear_error():
    with pytest.raises(UsageError, match="two-letter ISO code"):
        Policy(country="Narnia")


@pytest.mark.parametrize(
    ("held", "zone", "expected_utc"),
    [
        # Friday before clocks go forward (Sunday 29 March): Monday 9:00 CEST is 7:00 UTC.
        ("2026-03-27T10:00", "Europe/Berlin", datetime(2026, 3, 30, 7, tzinfo=UTC)),
        # Friday before clocks go back (Sunday 25 October): Monday 9:00 CET is 8:00 UTC.
        ("2026-10-23T10:00", "Europe/Berlin", datetime(2026, 10, 26, 8, tzinfo=UTC)),
        # New York: DST starts Sunday 8 March, Monday 9:00 EDT is 13:00 UTC.
        ("2026-03-06T10:00", "America/New_York", datetime(2026, 3, 9, 13, tzinfo=UTC)),
        # New York: DST ends Sunday 1 November, Monday 9:00 EST is 14:00 UTC.
        ("2026-10-30T10:00", "America/New_York", datetime(2026, 11, 2, 14, tzinfo=UTC)),
    ],
)
def test_daylight_saving_transitions_keep_nine_local(held, zone, expected_utc):
    send = next_send_time(interview_at(held, zone=zone))
    assert (send.hour, send.minute) == (9, 0)
    assert send == expected_utc


def test_check_in_is_the_first_working_day_after_the_decision_date():
    day, assumed = check_in_date(interview_at("2026-11-24T10:00", decision_date="2026-12-04"))
    assert (day, assumed) == (date(2026, 12, 7), False)  # 4 Dec is a Friday


def test_missing_decision_date_assumes_seven_working_days_and_says_so():
    interview = interview_at("2026-11-24T10:00")
    day, assumed = check_in_date(interview)
    assert assumed and day == date(2026, 12, 4)
    check_in = next(s for s in plan(interview) if s.action == "check-in")
    assert "no decision date" in check_in.note and "ask when" in check_in.note


def contact(interview: Interview, kind: str, at: datetime) -> Contact:
    return Contact(
        interview_id=interview.id,
        interviewer_id=interview.interviewers[0].id,
        kind=kind,
        sent_at=at,
    )


def test_check_in_before_the_decision_date_is_too_soon_and_says_when():
    interview = interview_at("2026-11-24T10:00", decision_date="2026-12-04")
    early = datetime(2026, 12, 2, 10, tzinfo=BERLIN)
    (finding,) = check_contact(interview, [], kind="check-in", at=early)
    assert finding.rule == "check-in-too-soon" and finding.severity == "error"
    assert "Monday 07 December" in finding.message
    assert check_contact(interview, [], kind="check-in", at=early + timedelta(days=5)) == []


def test_second_check_in_refused_then_allowed_after_the_gap():
    interview = interview_at("2026-11-24T10:00", decision_date="2026-12-04")
    first = contact(interview, "check-in", datetime(2026, 12, 7, 9, tzinfo=BERLIN))
    default = check_contact(
        interview, [first], kind="check-in", at=datetime(2026, 12, 30, 9, tzinfo=BERLIN)
    )
    assert [f.rule for f in default] == ["too-many-contacts"]
    assert "07 December" in default[0].message
    two = Policy(max_check_ins=2, min_gap_days=7)
    soon = check_contact(
        interview, [first], kind="check-in", at=datetime(2026, 12, 10, 9, tzinfo=BERLIN), policy=two
    )
    assert [f.rule for f in soon] == ["check-in-too-soon"]
    assert "Monday 14 December" in soon[0].message and "7 days after" in soon[0].message
    later = check_contact(
        interview, [first], kind="check-in", at=datetime(2026, 12, 14, 9, tzinfo=BERLIN), policy=two
    )
    assert later == []
    second = contact(interview, "check-in", datetime(2026, 12, 14, 9, tzinfo=BERLIN))
    third = check_contact(
        interview,
        [first, second],
        kind="check-in",
        at=datetime(2027, 1, 30, 9, tzinfo=BERLIN),
        policy=two,
    )
    assert [f.rule for f in third] == ["too-many-contacts"]


def test_late_thank_you_is_a_warning_not_a_refusal():
    interview = interview_at("2026-11-24T10:00")
    (late,) = check_contact(
        interview, [], kind="thank-you", at=datetime(2026, 11, 27, 9, tzinfo=BERLIN)
    )
    assert late.rule == "send-late" and late.severity == "warning"
    on_time = check_contact(
        interview, [], kind="thank-you", at=datetime(2026, 11, 25, 11, tzinfo=BERLIN)
    )
    assert on_time == []


def test_mark_sent_updates_the_log_the_status_and_the_guard(workspace, demo):
    letters = draft_interview(workspace, demo.id) + draft_interview(
        workspace, demo.id, kind="check-in"
    )
    thank_you = letters[0]
    at = datetime(2026, 11, 27, 9, tzinfo=demo.zone)
    mark_sent(workspace, thank_you, at=at)
    assert [c.letter_id for c in workspace.contacts(demo.id)] == [thank_you.id]
    assert workspace.letter(thank_you.id).status == "sent"
    steps = plan(
        demo, letters=workspace.letters(demo.id), contacts=workspace.contacts(demo.id), at=at
    )
    assert next(s for s in steps if s.interviewer_id == thank_you.interviewer_id).state == "done"
    check_in = letters[-1]
    with pytest.raises(ContactRefused, match="too soon"):
        mark_sent(workspace, check_in, at=at)
    assert len(workspace.contacts(demo.id)) == 1
    after = datetime.combine(
        demo.decision_date + timedelta(days=3), datetime.min.time(), tzinfo=demo.zone
    ).replace(hour=10)
    mark_sent(workspace, check_in, at=after)
    assert workspace.interview(demo.id).status is InterviewStatus.CHECKED_IN
    with pytest.raises(ContactRefused, match="already checked in"):
        mark_sent(workspace, check_in, at=after + timedelta(days=30))


def test_plan_follows_the_status(demo):
    offer = demo.model_copy(update={"status": InterviewStatus.OFFER})
    check_in = next(s for s in plan(offer) if s.action == "check-in")
    assert check_in.state == "not needed" and "offer" in check_in.note


def _events(ics: bytes) -> dict[str, object]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_ics_parses_back_with_icalendar_and_vobject(demo):
    steps = plan(demo, at=datetime(2026, 11, 27, 8, tzinfo=demo.zone))
    ics = calendar_ics(demo, steps)
    assert ics.startswith(b"BEGIN:VCALENDAR") and b"\r\n" in ics
    events = _events(ics)
    assert len(events) == len(steps) == 5
    for event in events.values():
        assert event.walk("VALARM"), "every event has a reminder"
    priya = events[f"{demo.id}-thank-you-{demo.interviewers[0].id}@followup-kit"]
    start = priya.decoded("DTSTART")
    assert start == datetime(2026, 11, 27, 9, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert start.tzinfo is not None
    assert b"BEGIN:VTIMEZONE" in ics and b"TZID:Europe/Amsterdam" in ics
    parsed = vobject.readOne(ics.decode())
    summaries = sorted(e.summary.value for e in parsed.vevent_list)
    assert any("Priya Raman" in s for s in summaries)
    starts = {e.uid.value: e.dtstart.value for e in parsed.vevent_list}
    assert starts[str(priya["UID"])] == start


def test_re_export_keeps_uids(workspace, demo):
    at = datetime(2026, 11, 27, 8, tzinfo=demo.zone)
    first = _events(calendar_ics(demo, plan(demo, at=at)))
    draft_interview(workspace, demo.id)
    later = plan(demo, letters=workspace.letters(demo.id), at=at + timedelta(days=1))
    second = _events(calendar_ics(demo, later))
    assert set(first) == set(second)


def test_timeline_picture_is_written_headless(tmp_path, demo):
    steps = plan(demo, at=datetime(2026, 11, 27, 8, tzinfo=demo.zone))
    path = write_timeline(demo, steps, tmp_path / "timeline.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_contact_kinds_are_the_letter_kinds():
    from followup_kit.kinds import LETTER_KINDS, OUTCOME_REPLIES

    assert [k.value for k in LetterKind] == list(LETTER_KINDS)
    assert {"thank-you", "check-in", "linkedin", "offer-accept", "withdraw"} <= set(LETTER_KINDS)
    assert all(LetterKind(kind).is_reply for kind in OUTCOME_REPLIES)


def test_recipient_zone_defaults_to_the_candidates_own(workspace, demo):
    from followup_kit.schedule import policy_for

    remote = demo.model_copy(update={"timezone": "America/New_York"})
    profile = workspace.profile().model_copy(update={"timezone": "Asia/Tokyo"})
    workspace.save_profile(profile)
    policy = policy_for(workspace)
    send = next_send_time(remote, remote.interviewers[0], policy)
    assert send.tzinfo == ZoneInfo("Asia/Tokyo") and send.hour == 9
    own = remote.interviewers[0].model_copy(update={"timezone": "Europe/Berlin"})
    assert next_send_time(remote, own, policy).tzinfo == BERLIN


@pytest.mark.parametrize("heard_after", [-3, 0, 4], ids=["earlier", "on the day", "later"])
def test_the_decision_sits_on_the_day_they_decided(demo, heard_after):
    from followup_kit.outcomes import with_outcome

    heard = demo.decision_date + timedelta(days=heard_after)
    decided = with_outcome(demo, "rejected", today=heard)
    (step,) = [s for s in plan(decided, at=decided.when) if s.action == "decision"]
    assert step.when.astimezone(demo.zone).date() == heard and step.state == "done"
    assert step.note.startswith("decided: they chose another candidate")
    if heard_after:
        said = f"{demo.decision_date:%a %d %b}"
        assert f"{'earlier' if heard_after < 0 else 'later'} than the {said}" in step.note
    waiting = [s for s in plan(demo, at=demo.when) if s.action == "decision"]
    assert [s.when.astimezone(demo.zone).date() for s in waiting] == [demo.decision_date]


def test_a_decision_without_a_promised_date_is_on_the_plan_and_timeline(demo):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from followup_kit.outcomes import with_outcome
    from followup_kit.timeline import DECIDED, timeline_figure

    unsaid = demo.model_copy(update={"decision_date": None})
    assert not [s for s in plan(unsaid, at=demo.when) if s.action == "decision"]
    heard = demo.local_when.date() + timedelta(days=6)
    decided = with_outcome(unsaid, "offer", today=heard)
    steps = plan(decided, at=decided.when)
    (step,) = [s for s in steps if s.action == "decision"]
    assert step.when.astimezone(demo.zone).date() == heard
    figure = timeline_figure(decided, steps, today=decided.when)
    FigureCanvasAgg(figure).draw()
    (legend,) = figure.legends
    texts = [t.get_text() for t in legend.get_texts()]
    assert DECIDED in texts and "decision expected" not in texts
