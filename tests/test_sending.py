"""Marking letters as sent: the real time is kept and shown, the calendar stops reminding,
and two kernels racing for the one allowed check-in record exactly one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import icalendar
import pytest

from followup_kit.demo import load_demo
from followup_kit.drafting import draft_interview
from followup_kit.exports import calendar_ics
from followup_kit.model import LetterKind
from followup_kit.schedule import mark_sent, plan
from followup_kit.store import Workspace

from .conftest import DEMO_DAY


def _events(ics: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}


def test_a_sent_letter_shows_when_it_was_sent_and_the_calendar_stops_reminding(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    morning = datetime(2026, 11, 27, 8, tzinfo=demo.zone)
    before = _events(calendar_ics(demo, plan(demo, letters=letters, at=morning)))
    sent_at = datetime(2026, 11, 27, 15, 40, tzinfo=demo.zone)  # planned for 9:00
    mark_sent(workspace, letters[0], at=sent_at)
    steps = plan(
        demo,
        letters=workspace.letters(demo.id),
        contacts=workspace.contacts(demo.id),
        at=sent_at + timedelta(minutes=5),
    )
    priya = next(s for s in steps if s.interviewer_id == demo.interviewers[0].id)
    assert priya.state == "done" and priya.when == sent_at and "15:40" in priya.note
    after = _events(calendar_ics(demo, steps))
    assert set(after) == set(before), "the same UIDs: a re-import updates, never duplicates"
    done = after[f"{demo.id}-thank-you-{demo.interviewers[0].id}@followup-kit"]
    assert str(done["SUMMARY"]).startswith("Sent: the thank-you email to Priya Raman")
    assert done.decoded("DTSTART") == sent_at
    assert not done.walk("VALARM"), "no reminder to send what was sent"
    assert int(done["SEQUENCE"]) > 0
    tomas = after[f"{demo.id}-thank-you-{demo.interviewers[1].id}@followup-kit"]
    assert tomas.walk("VALARM") and not str(tomas["SUMMARY"]).startswith("Sent")


def test_the_check_in_made_is_marked_done_at_its_time(workspace, demo):
    (check_in,) = draft_interview(workspace, demo.id, kind="check-in")
    at = datetime.combine(demo.decision_date + timedelta(days=3), datetime.min.time())
    at = at.replace(hour=10, tzinfo=demo.zone)
    mark_sent(workspace, check_in, at=at)
    steps = plan(
        workspace.interview(demo.id),
        letters=workspace.letters(demo.id),
        contacts=workspace.contacts(demo.id),
        at=at,
    )
    step = next(s for s in steps if s.action == "check-in")
    assert step.state == "done" and step.when == at
    event = _events(calendar_ics(demo, steps))[
        f"{demo.id}-check-in-{step.interviewer_id}@followup-kit"
    ]
    assert not event.walk("VALARM") and str(event["SUMMARY"]).startswith("Done:")


RACER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from followup_kit.schedule import ContactRefused, mark_sent
    from followup_kit.store import Workspace

    folder, letter_id, at, go = sys.argv[1:5]
    original = Workspace.contacts

    def slow_contacts(self, *args):
        found = original(self, *args)
        time.sleep(0.5)  # widen the window between reading the log and writing to it
        return found

    Workspace.contacts = slow_contacts
    with Workspace(folder) as ws:
        letter = ws.letter(letter_id)
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.005)
        try:
            mark_sent(ws, letter, at=datetime.fromisoformat(at))
            print("recorded", flush=True)
        except ContactRefused as refused:
            print("refused:", refused, flush=True)
    """
)


@pytest.mark.slow
def test_two_kernels_racing_for_the_one_check_in_record_exactly_one(tmp_path):
    with Workspace(tmp_path / "ws") as ws:
        demo = load_demo(ws, today=DEMO_DAY)
        (check_in,) = draft_interview(ws, demo.id, kind="check-in")
    at = datetime.combine(demo.decision_date + timedelta(days=3), datetime.min.time())
    at = at.replace(hour=10, tzinfo=demo.zone)
    go = tmp_path / "go"
    racers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                RACER,
                str(tmp_path / "ws"),
                check_in.id,
                at.isoformat(),
                str(go),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
    go.touch()
    outcomes = sorted(racer.communicate(timeout=120)[0].strip() for racer in racers)
    assert outcomes[0] == "recorded"
    assert outcomes[1].startswith("refused:") and "already checked in" in outcomes[1]
    with Workspace(tmp_path / "ws") as ws:
        check_ins = [c for c in ws.contacts(demo.id) if c.kind == LetterKind.CHECK_IN]
    assert len(check_ins) == 1
