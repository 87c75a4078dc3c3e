"""Timing: reported by the schedule (followup_kit.schedule), not by reading the text."""

from __future__ import annotations

from .base import Rule, Severity

SEND_LATE = Rule(
    "send-late",
    "FK501",
    "timing",
    Severity.WARNING,
    "The thank-you goes out later than the morning after the interview.",
)
CHECK_IN_TOO_SOON = Rule(
    "check-in-too-soon",
    "FK502",
    "timing",
    Severity.ERROR,
    "A check-in before the date they promised an answer, or too soon after the last contact.",
)
TOO_MANY_CONTACTS = Rule(
    "too-many-contacts",
    "FK503",
    "timing",
    Severity.ERROR,
    "More check-ins than the limit: one polite check-in per interview.",
)

REPLY_LATE = Rule(
    "reply-late",
    "FK504",
    "timing",
    Severity.WARNING,
    "A reply to an outcome goes out later than one working day after you heard.",
)

RULES = (SEND_LATE, CHECK_IN_TOO_SOON, TOO_MANY_CONTACTS, REPLY_LATE)
