"""The reply to an outcome: when it is due, the guard that lets one through, and its steps in
the plan.

Once they have decided (an offer, a rejection, or your withdrawal), one reply goes out within a
working day of hearing: the morning of the next working day at the latest, their time. After it
nothing more is sent; a request for time on an offer is followed by one answer, by the day it
named. A reply later than that is a warning (``reply-late``), never a refusal: a late reply
beats none. These build on :mod:`followup_kit.schedule` (working days, time zones, steps).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from .kinds import FINAL_REPLIES, OUTCOME_REPLIES
from .model import Contact, Interview, Interviewer, Letter, now
from .outcomes import long_date, proposed_reply, reply_kinds
from .rules.base import Finding
from .rules.timing import REPLY_LATE, TOO_MANY_CONTACTS
from .schedule import Policy, Step, check_contact, next_working_day, recipient_zone

__all__ = ["REPLY_NOTES", "check_reply", "decided_in_words", "heard_on", "reply_due", "reply_steps"]

DEFAULT_POLICY = Policy()  # the common advice: 9:00 on working days


def heard_on(interview: Interview, at: datetime | None = None) -> date:
    """The day they told you their decision (today, when it was not noted)."""
    noted = interview.outcome.heard_on if interview.outcome is not None else None
    return noted or (at or now()).astimezone(interview.zone).date()


def reply_due(
    interview: Interview,
    person: Interviewer | None = None,
    policy: Policy = DEFAULT_POLICY,
    *,
    at: datetime | None = None,
) -> datetime:
    """When the reply to their decision is due: the morning of the first working day after
    you heard, their time (send it sooner if you can)."""
    zone = recipient_zone(interview, person, policy)
    day = next_working_day(heard_on(interview, at), policy)
    return datetime.combine(day, time(policy.send_hour, policy.send_minute), tzinfo=zone)


def _answer_due(interview: Interview, person: Interviewer | None, policy: Policy) -> datetime:
    """When the answer on an offer is due after asking for time: the day you named."""
    named = interview.outcome.answer_by if interview.outcome is not None else None
    zone = recipient_zone(interview, person, policy)
    day = named or next_working_day(heard_on(interview), policy)
    return datetime.combine(day, time(policy.send_hour, policy.send_minute), tzinfo=zone)


def decided_in_words(interview: Interview, history: Sequence[Contact]) -> str:
    """How the wait ended, in words ('they made an offer'), or '' while it goes on."""
    words = {
        "offer": "they made you an offer",
        "rejected": "they chose another candidate",
        "withdrawn": "you withdrew",
    }
    if interview.status.is_outcome:
        return words[str(interview.status)]
    if any(c.kind in OUTCOME_REPLIES for c in history):
        return "you replied to their decision"
    return ""


def check_reply(
    interview: Interview,
    history: Sequence[Contact],
    kind: str,
    at: datetime,
    person: Interviewer | None,
    policy: Policy,
) -> list[Finding]:
    """The guard for a reply to an outcome: one reply per outcome, within a working day."""
    findings: list[Finding] = []

    def report(rule: Any, message: str) -> None:
        findings.append(Finding(rule.name, rule.code, rule.severity, message, 0, 0))

    replies = [c for c in history if c.kind in OUTCOME_REPLIES]
    final = [c for c in replies if c.kind in FINAL_REPLIES]
    asked_time = [c for c in replies if c.kind == "offer-time"]
    if final:
        last = final[-1]
        report(
            TOO_MANY_CONTACTS,
            f"you already answered their decision on {_day(last.sent_at, interview)} (the "
            f"{last.kind}); one reply per outcome, so another message now reads as pestering",
        )
    elif kind == "offer-time" and asked_time:
        report(
            TOO_MANY_CONTACTS,
            f"you already asked for time on {_day(asked_time[-1].sent_at, interview)}; asking "
            "again reads as stalling: give your answer (accept or decline) by the day you named",
        )
    if asked_time and kind in FINAL_REPLIES:
        due = _answer_due(interview, person, policy)
        what = "the day you named for your answer"
    else:
        due = reply_due(interview, person, policy, at=at)
        what = "one working day after you heard"
    if at.astimezone(due.tzinfo).date() > due.date():
        report(
            REPLY_LATE,
            f"the reply was due by {long_date(due.date(), year=False)} ({what}); send it now all "
            "the same, a late reply is better than none",
        )
    return findings


def _day(moment: datetime, interview: Interview) -> str:
    local = moment.astimezone(interview.zone)
    return f"{local.day} {local:%B}"


# What the reply to each outcome does, for the plan.
REPLY_NOTES = {
    "offer": "accept (confirming the terms), ask for time with a date, or decline",
    "rejected": "thank them, and ask to be considered for future roles",
    "withdrawn": "tell them you withdraw, politely and briefly",
}


def reply_steps(
    interview: Interview,
    letters: Sequence[Letter],
    contacts: Sequence[Contact],
    policy: Policy,
    at: datetime,
) -> list[Step]:
    """The reply to their decision (and, after asking for time, the answer by the day named)."""
    if not interview.status.is_outcome or not interview.interviewers:
        return []
    from .drafting import reply_contact

    kinds = reply_kinds(interview.status)
    people = {p.id: p for p in interview.interviewers}
    letter = next(
        (x for x in letters if x.kind in kinds and x.interviewer_id in people),
        None,
    )
    person = people[letter.interviewer_id] if letter else reply_contact(interview)
    letter_id = letter.id if letter else ""
    sent = sorted((c for c in contacts if c.kind in OUTCOME_REPLIES), key=lambda c: c.sent_at)
    due = reply_due(interview, person, policy, at=at)
    final = [c for c in sent if c.kind in FINAL_REPLIES]
    asked = [c for c in sent if c.kind == "offer-time"]
    if final and not asked:
        last = final[-1]
        when = last.sent_at.astimezone(due.tzinfo)
        note = f"{last.kind} sent {when:%a %d %b %H:%M}; nothing more to send"
        return [Step("reply", when, person.name, person.id, "email", "done", note, letter_id)]
    if asked:
        when = asked[-1].sent_at.astimezone(due.tzinfo)
        named = interview.outcome.answer_by if interview.outcome else None
        until = f" until {long_date(named, year=False)}" if named else ""
        done = Step(
            "reply", when, person.name, person.id, "email", "done", f"asked for time{until}"
        )
        if final:  # and then answered
            last = final[-1]
            when = last.sent_at.astimezone(due.tzinfo)
            note = f"{last.kind} sent {when:%a %d %b %H:%M}; nothing more to send"
            sent_answer = Step(
                "answer", when, person.name, person.id, "email", "done", note, last.letter_id
            )
            return [done, sent_answer]
        answer_letter = next(
            (x for x in letters if x.kind in FINAL_REPLIES and x.interviewer_id in people), None
        )
        answer_due = _answer_due(interview, person, policy)
        findings = tuple(
            check_contact(
                interview, contacts, kind="offer-accept", at=at, person=person, policy=policy
            )
        )
        note = "give your answer (accept or decline) by the day you named"
        if any(f.rule == REPLY_LATE.name for f in findings):
            note = "late: give your answer now all the same"
        answer = Step(
            "answer",
            answer_due,
            person.name,
            person.id,
            "email",
            "due" if answer_due <= at else "planned",
            note,
            answer_letter.id if answer_letter else "",
            findings,
        )
        return [done, answer]
    kind = letter.kind if letter else proposed_reply(interview.status)
    findings = tuple(
        check_contact(interview, contacts, kind=str(kind), at=at, person=person, policy=policy)
    )
    note = f"within a working day of hearing: {REPLY_NOTES[str(interview.status)]}"
    if any(f.rule == REPLY_LATE.name for f in findings):
        note = f"late: reply now all the same ({REPLY_NOTES[str(interview.status)]})"
    return [Step("reply", due, person.name, person.id, "email", "due", note, letter_id, findings)]
