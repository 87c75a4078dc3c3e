"""Schedule: send the thank-yous the next morning, check in once after the decision date, reply
to their decision within a working day, and never pester.

Times are timezone-aware throughout: a send time is 9:00 in the recipient's zone, moved past
weekends and (when a country is named) public holidays. The guard reports in the review's
Finding form, with the timing rules ``send-late``, ``check-in-too-soon``,
``too-many-contacts`` and ``reply-late``. Once they have decided (an offer, a rejection, or
your withdrawal) one reply goes out within a working day of hearing, and no check-in follows
(see :mod:`followup_kit.reply_timing`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from .errors import UsageError
from .kinds import OUTCOME_REPLIES
from .model import (
    Contact,
    Interview,
    Interviewer,
    InterviewStatus,
    Letter,
    LetterKind,
    LetterStatus,
    Medium,
    now,
)
from .rules.base import Finding, Severity
from .rules.timing import CHECK_IN_TOO_SOON, SEND_LATE, TOO_MANY_CONTACTS
from .store import Workspace

__all__ = [
    "NOT_NEEDED",
    "ContactRefused",
    "Policy",
    "Step",
    "check_contact",
    "check_in_date",
    "mark_sent",
    "next_send_time",
    "plan",
    "policy_for",
    "working_day",
]

# The state of a step that no longer applies: the check-in once they have decided. Never "done",
# which would say it was sent.
NOT_NEEDED = "not needed"


@dataclass(frozen=True)
class Policy:
    """The user's timing preferences; the defaults follow common advice."""

    send_hour: int = 9
    send_minute: int = 0
    country: str | None = None  # ISO code ('NL', 'US') for public holidays
    subdivision: str | None = None  # a state or province ('CA', 'BY')
    default_wait_days: int = 7  # working days to wait when no decision date was given
    max_check_ins: int = 1
    min_gap_days: int = 7  # between two contacts about the same interview
    home_timezone: str | None = None  # the candidate's; default for recipients without one

    def __post_init__(self) -> None:
        if not (0 <= self.send_hour <= 23 and 0 <= self.send_minute <= 59):
            raise UsageError(
                f"send time {self.send_hour}:{self.send_minute:02d} is not a time of day; "
                "use an hour from 0 to 23, e.g. 9"
            )
        if self.country:
            _holidays(self.country.upper(), self.subdivision, date.today().year)


class ContactRefused(UsageError):
    """Marking this contact as sent would break the no-pestering rules."""


@lru_cache(maxsize=32)
def _holidays(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    import holidays

    try:
        found = holidays.country_holidays(country, subdiv=subdivision, years=[year, year + 1])
    except NotImplementedError:
        raise UsageError(
            f"no holiday calendar for country {country!r}; use a two-letter ISO code such as "
            "'NL', 'US' or 'GB'"
        ) from None
    return frozenset(found)


def working_day(day: date, policy: Policy = Policy()) -> bool:
    """True on a weekday that is not a public holiday in the policy's country."""
    if day.weekday() >= 5:
        return False
    if policy.country:
        return day not in _holidays(policy.country.upper(), policy.subdivision, day.year)
    return True


def next_working_day(day: date, policy: Policy = Policy()) -> date:
    """The first working day strictly after ``day``."""
    day += timedelta(days=1)
    while not working_day(day, policy):
        day += timedelta(days=1)
    return day


def policy_for(workspace: Workspace, **preferences: Any) -> Policy:
    """The policy with the candidate's own time zone (from their profile) as the default."""
    profile = workspace.profile()
    home = profile.timezone if profile is not None and profile.timezone else None
    return Policy(**{"home_timezone": home, **preferences})


def recipient_zone(
    interview: Interview, person: Interviewer | None = None, policy: Policy = Policy()
) -> ZoneInfo:
    """The recipient's time zone: theirs if noted, else the candidate's, else the interview's."""
    if person is not None and person.timezone:
        return ZoneInfo(person.timezone)
    if policy.home_timezone:
        return ZoneInfo(policy.home_timezone)
    return interview.zone


def next_send_time(
    interview: Interview, person: Interviewer | None = None, policy: Policy = Policy()
) -> datetime:
    """When to send a thank-you: the first working morning after the interview, their time."""
    zone = recipient_zone(interview, person, policy)
    held = interview.when.astimezone(zone).date()
    day = next_working_day(held, policy)
    return datetime.combine(day, time(policy.send_hour, policy.send_minute), tzinfo=zone)


def check_in_date(interview: Interview, policy: Policy = Policy()) -> tuple[date, bool]:
    """The first working day after the promised decision date, and whether it was assumed.

    With no decision date, ``policy.default_wait_days`` working days after the interview.
    """
    if interview.decision_date is not None:
        return next_working_day(interview.decision_date, policy), False
    day = interview.local_when.date()
    for _ in range(policy.default_wait_days):
        day = next_working_day(day, policy)
    return next_working_day(day, policy), True


def _check_in_time(interview: Interview, person: Interviewer | None, policy: Policy) -> datetime:
    day, _ = check_in_date(interview, policy)
    zone = recipient_zone(interview, person, policy)
    return datetime.combine(day, time(policy.send_hour, policy.send_minute), tzinfo=zone)


def check_contact(
    interview: Interview,
    contacts: Iterable[Contact],
    *,
    kind: str,
    at: datetime,
    person: Interviewer | None = None,
    policy: Policy = Policy(),
) -> list[Finding]:
    """Check a contact about to happen against the timing rules; an error means don't send."""
    if at.tzinfo is None:
        raise UsageError("give the time with its time zone (e.g. datetime.now(UTC))")
    history = sorted(contacts, key=lambda c: c.sent_at)
    findings: list[Finding] = []

    def report(rule: Any, message: str, severity: Severity | None = None) -> None:
        findings.append(Finding(rule.name, rule.code, severity or rule.severity, message, 0, 0))

    if kind == LetterKind.THANK_YOU:
        planned = next_send_time(interview, person, policy)
        if at.astimezone(planned.tzinfo).date() > planned.date():
            report(
                SEND_LATE,
                f"the thank-you was due on the morning of {planned:%A %d %B}; send it now all "
                "the same, a late note is better than none",
            )
        return findings
    if kind in OUTCOME_REPLIES:
        from .reply_timing import check_reply  # it builds on this module

        return check_reply(interview, history, kind, at, person, policy)
    if kind != LetterKind.CHECK_IN:
        return findings
    from .reply_timing import decided_in_words

    decided = decided_in_words(interview, history)
    if decided:
        report(
            TOO_MANY_CONTACTS,
            f"no check-in after the decision: {decided}. Reply to it instead (one reply, "
            "within a working day), or leave it there",
        )
        return findings
    check_ins = [c for c in history if c.kind == LetterKind.CHECK_IN]
    if len(check_ins) >= policy.max_check_ins:
        last = check_ins[-1].sent_at.astimezone(interview.zone)
        report(
            TOO_MANY_CONTACTS,
            f"you already checked in on {last:%d %B} ({len(check_ins)} of "
            f"{policy.max_check_ins} allowed); another message now reads as pestering. "
            "Wait for their reply, and put your energy into other applications meanwhile",
        )
    earliest = _check_in_time(interview, person, policy)
    reason = "the first working day after their decision date"
    if history:
        gap_end = history[-1].sent_at + timedelta(days=policy.min_gap_days)
        if gap_end > earliest:
            earliest = gap_end.astimezone(earliest.tzinfo)
            reason = f"{policy.min_gap_days} days after your last message"
    if at < earliest:
        report(
            CHECK_IN_TOO_SOON,
            f"too soon to check in: it is fine from {earliest:%A %d %B} ({reason}). "
            "Before then, a message reads as impatience",
        )
    return findings


@dataclass(frozen=True)
class Step:
    """One thing to do: send a letter (or check in) to someone at a time."""

    action: str  # 'thank-you', 'check-in', 'decision', 'reply', 'answer'
    when: datetime
    person: str
    interviewer_id: str
    medium: str
    state: str  # 'done', 'due', 'planned', 'blocked', 'waiting', 'not needed'
    note: str = ""
    letter_id: str = ""
    findings: tuple[Finding, ...] = field(default=())

    @property
    def uid(self) -> str:
        """A stable identifier: re-exporting the calendar updates events, never duplicates."""
        if self.action in ("reply", "answer"):
            return self.action  # one per interview, whoever it goes to
        return f"{self.action}-{self.interviewer_id or 'all'}"


def plan(
    interview: Interview,
    *,
    letters: Sequence[Letter] = (),
    contacts: Sequence[Contact] = (),
    policy: Policy = Policy(),
    at: datetime | None = None,
) -> list[Step]:
    """What to send when, given what was already sent and where the application stands."""
    at = at or now()
    # When each letter really went out (the latest send, if logged more than once).
    sent = {(c.interviewer_id, c.kind): c.sent_at for c in sorted(contacts, key=_sent_at)}
    by_person = {(x.interviewer_id, x.kind): x for x in letters}
    steps: list[Step] = []
    for person in interview.interviewers:
        when = next_send_time(interview, person, policy)
        letter = by_person.get((person.id, LetterKind.THANK_YOU))
        sent_at = sent.get((person.id, LetterKind.THANK_YOU))
        done = sent_at is not None or (letter is not None and letter.status is LetterStatus.SENT)
        if sent_at is not None:
            when = sent_at.astimezone(when.tzinfo)
        findings = (
            ()
            if done
            else tuple(
                check_contact(
                    interview, contacts, kind="thank-you", at=at, person=person, policy=policy
                )
            )
        )
        state = "done" if done else ("due" if when <= at else "planned")
        medium = str(letter.medium) if letter else str(person.medium)
        note = (
            f"sent {when:%a %d %b %H:%M}" if sent_at is not None else "sent" if done else ""
        ) or ("send it now" if state == "due" else "")
        if findings:
            note = "late: send it now all the same, a late note beats none"
        if not done and medium == Medium.CARD:
            note = (note + "; " if note else "") + "post the card that morning"
        steps.append(
            Step(
                "thank-you",
                when,
                person.name,
                person.id,
                medium,
                state,
                note,
                letter.id if letter else "",
                findings,
            )
        )
    from .reply_timing import decided_in_words, reply_steps  # they build on this module

    expected = interview.decision_date
    # Once they have decided, the step sits on the day you heard, not the day they expected.
    heard = interview.outcome.heard_on if interview.outcome is not None else None
    if interview.status.is_outcome and heard is not None:
        note = f"decided: {decided_in_words(interview, contacts)}"
        if expected is not None and expected != heard:
            note += f" ({'earlier' if heard < expected else 'later'} than the {expected:%a %d %b} "
            note += "they had said)"
        decided = datetime.combine(heard, time(12), tzinfo=interview.zone)
        steps.append(Step("decision", decided, "", "", "", "done", note))
    elif expected is not None:
        decided = datetime.combine(expected, time(12), tzinfo=interview.zone)
        step = Step(
            "decision", decided, "", "", "", "waiting", "the date they said they would decide"
        )
        if interview.status.is_outcome:
            note = f"decided: {decided_in_words(interview, contacts)}"
            step = replace(step, state="done", note=note)
        steps.append(step)
    steps.append(_check_in_step(interview, letters, contacts, policy, at))
    steps += reply_steps(interview, letters, contacts, policy, at)
    return sorted(steps, key=lambda s: s.when)


def _check_in_step(
    interview: Interview,
    letters: Sequence[Letter],
    contacts: Sequence[Contact],
    policy: Policy,
    at: datetime,
) -> Step:
    from .drafting import check_in_contact

    person = check_in_contact(interview) if interview.interviewers else None
    when = _check_in_time(interview, person, policy)
    name, pid = (person.name, person.id) if person else ("", "")
    letter = next((x for x in letters if x.kind == LetterKind.CHECK_IN), None)
    letter_id = letter.id if letter else ""
    checked = sorted((c for c in contacts if c.kind == LetterKind.CHECK_IN), key=_sent_at)
    if checked:
        sent_at = checked[-1].sent_at.astimezone(when.tzinfo)
        note = f"checked in {sent_at:%a %d %b %H:%M}; now wait"
        return Step("check-in", sent_at, name, pid, "email", "done", note, letter_id)
    if interview.status.is_outcome:
        refused = check_contact(
            interview, contacts, kind="check-in", at=at, person=person, policy=policy
        )
        from .reply_timing import decided_in_words

        note = f"no check-in after the decision: {decided_in_words(interview, contacts)}"
        return Step(
            "check-in", when, name, pid, "email", NOT_NEEDED, note, letter_id, tuple(refused)
        )
    if interview.status is not InterviewStatus.AWAITING_REPLY:
        return Step(
            "check-in",
            when,
            name,
            pid,
            "email",
            NOT_NEEDED,
            f"no check-in needed: {interview.status}",
            letter_id,
        )
    _, assumed = check_in_date(interview, policy)
    findings = tuple(
        check_contact(interview, contacts, kind="check-in", at=at, person=person, policy=policy)
    )
    blocked = any(f.severity is Severity.ERROR for f in findings)
    note = (
        f"no decision date was given: {policy.default_wait_days} working days assumed; "
        "next time, ask when they expect to decide"
        if assumed
        else "one polite check-in, only if you have not heard back"
    )
    state = "planned" if blocked else "due"
    return Step("check-in", when, name, pid, "email", state, note, letter_id, findings)


def mark_sent(
    workspace: Workspace,
    letter: Letter,
    *,
    at: datetime | None = None,
    policy: Policy | None = None,
    force: bool = False,
) -> Contact:
    """Log a letter as sent (now, unless ``at`` says when); a check-in that breaks the timing
    rules is refused unless forced.

    The guard and the log are one write transaction, so two notebooks marking the one allowed
    check-in at the same moment record it once; the other is refused.
    """
    at = at or now()
    policy = policy or policy_for(workspace)
    with workspace.transaction():
        interview = workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        findings = check_contact(
            interview,
            workspace.contacts(interview.id),
            kind=str(letter.kind),
            at=at,
            person=person,
            policy=policy,
        )
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors and not force:
            raise ContactRefused("; ".join(f.message for f in errors))
        contact = workspace.log_contact(
            Contact(
                interview_id=interview.id,
                interviewer_id=person.id,
                letter_id=letter.id,
                kind=letter.kind,
                medium=letter.medium,
                sent_at=at,
            )
        )
        try:  # the stored letter: edits saved elsewhere since it was loaded are kept
            stored = workspace.letter(letter.id)
        except KeyError:
            stored = letter
        workspace.save_letter(stored.model_copy(update={"status": LetterStatus.SENT}))
        if letter.kind is LetterKind.CHECK_IN:
            workspace.save_interview(
                interview.model_copy(update={"status": InterviewStatus.CHECKED_IN})
            )
    return contact


def _sent_at(contact: Contact) -> datetime:
    return contact.sent_at
