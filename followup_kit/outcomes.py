"""After the decision: which reply each outcome calls for, and what the reply draws on.

An interview's ``status`` says where it stands; once it is ``offer``, ``rejected`` or
``withdrawn`` the wait is over, and ``Interview.outcome`` holds what the reply needs (see
:class:`followup_kit.model.Outcome`). Whatever the answer, one reply goes out within a working
day (see :mod:`followup_kit.schedule`): an offer is accepted with its terms confirmed in
writing, or answered with a request for a few days and a date, or declined warmly; a rejection
is answered with thanks and a wish to be considered again; a withdrawal is said plainly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .kinds import REPLIES_TO
from .model import Interview, InterviewStatus, Outcome

__all__ = ["long_date", "proposed_reply", "reply_fields", "reply_kinds", "with_outcome"]


def reply_kinds(status: InterviewStatus | str) -> tuple[str, ...]:
    """The letters that answer this status ('offer': accept, ask for time, decline); none
    while the decision is still open."""
    return REPLIES_TO.get(str(status), ())


def proposed_reply(status: InterviewStatus | str) -> str | None:
    """The reply drafted first for this status (an acceptance for an offer), or None."""
    kinds = reply_kinds(status)
    return kinds[0] if kinds else None


def with_outcome(
    interview: Interview,
    status: InterviewStatus | str,
    *,
    today: date | None = None,
    **details: Any,
) -> Interview:
    """The interview moved to ``status``, with ``details`` noted in its outcome.

    Moving to an outcome notes the day you heard (today, on the interview's clock) unless it
    was noted already; every detail is validated (:class:`InvalidRecord` names the field).
    The outcome already noted is kept when the status goes back, so nothing typed is lost.
    """
    status = InterviewStatus(status)
    outcome = interview.outcome or Outcome()
    if details:
        outcome = Outcome.parse({**outcome.to_data(), **details})
    if status.is_outcome and outcome.heard_on is None:
        heard = today or datetime.now(interview.zone).date()
        outcome = outcome.model_copy(update={"heard_on": max(heard, interview.local_when.date())})
    keep = status.is_outcome or interview.outcome is not None or bool(details)
    changed = interview.model_copy(update={"status": status, "outcome": outcome if keep else None})
    # Copies skip validation; parse the result so a bad detail is refused here, by name.
    return Interview.parse(changed.to_data()).based_on(interview)


def long_date(day: date, *, year: bool = True) -> str:
    """'Monday 4 January 2027' (or without the year): a date nobody can misread."""
    return f"{day:%A} {day.day} {day:%B}" + (f" {day.year}" if year else "")


def _sentence(text: str) -> str:
    """A phrase typed by the user, as the start of a sentence (its end left to the template)."""
    text = " ".join(text.split()).rstrip(" .")
    return text[:1].upper() + text[1:]


def reply_fields(interview: Interview) -> dict[str, Any]:
    """The template fields of a reply to an outcome (optional ones left out when not noted)."""
    outcome = interview.outcome or Outcome()
    title = outcome.job_title or interview.role
    fields: dict[str, Any] = {
        "job_title": title,
        "job_title_with_article": f"{'an' if title[:1].lower() in 'aeiou' else 'a'} {title}",
        "written_offer": outcome.written_offer,
        "ask_feedback": outcome.ask_feedback,
    }
    optional = {
        "start_date": long_date(outcome.start_date) if outcome.start_date else "",
        "pay": outcome.pay,
        "other_terms": " ".join(outcome.other_terms.split()).rstrip(" ."),
        "answer_by": long_date(outcome.answer_by, year=False) if outcome.answer_by else "",
        "reason": _sentence(outcome.reason),
    }
    fields.update({key: value for key, value in optional.items() if value})
    return fields
