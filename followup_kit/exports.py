"""Exports that take letters into the user's own tools: .eml drafts, mailto: links, a printable
card sheet and a review packet for a trusted friend.

Every header value is checked twice: for newlines and control characters as given, and again as
a mail program would read the written message (RFC 2047 encoded words decoded), so that nothing
can smuggle a header in. Every piece of user text in HTML is escaped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import Parser
from email.policy import SMTP, SMTPUTF8, Policy
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .errors import UsageError
from .model import Interview, Interviewer, Letter, Medium, Profile, now
from .naming import interview_file_stems, letter_file_stems
from .reviewing import Review, review_letter
from .rules.base import Finding
from .schedule import NOT_NEEDED
from .store import Workspace

__all__ = [
    "ExportBlocked",
    "HeaderError",
    "build_email",
    "calendar_ics",
    "card_sheet_html",
    "export_interview",
    "highlight_html",
    "mailto_link",
    "review_packet_html",
    "write_eml",
    "write_ics",
]

_UNSAFE_HEADER = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
MESSAGE_ID_DOMAIN = "followup-kit.invalid"  # never the machine's host name


class HeaderError(ValueError):
    """A value meant for a mail header holds a newline or control character."""


class ExportBlocked(UsageError):
    """A draft still has error-level findings; exporting it needs an explicit override."""


def _header(field: str, value: str) -> str:
    if _UNSAFE_HEADER.search(value):
        raise HeaderError(
            f"the {field} contains a line break or control character ({value!r}); "
            "headers must be one line, so remove it and try again"
        )
    return value


def _address(field: str, name: str, email: str) -> Address:
    from email_validator import EmailNotValidError, validate_email

    _header(f"{field} name", name)
    _header(f"{field} address", email)
    if not email or "@" not in email:
        raise UsageError(f"the {field} address is missing; add an email address to export")
    try:
        valid = validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise HeaderError(f"the {field} address {email!r} is not valid ({exc})") from None
    # An internationalised domain goes into the header in its ASCII (IDNA) form.
    return Address(display_name=name, username=valid.local_part, domain=valid.ascii_domain)


def _same(a: str, b: str) -> bool:
    """Equal once runs of spaces are collapsed, as header folding may change them."""
    return " ".join(a.split()) == " ".join(b.split())


def _policy(message: EmailMessage) -> Policy:
    """7-bit SMTP, unless an address has letters beyond ASCII before the @ (RFC 6532)."""
    for name in ("From", "To"):
        for address in getattr(message[name], "addresses", ()):
            if not address.username.isascii():
                return SMTPUTF8
    return SMTP


def _check_as_read(message: EmailMessage, meant: dict[str, tuple[str, str, str]]) -> None:
    """Parse the message as a mail program would and compare each header with what was meant.

    ``meant`` maps a header to (the field as the user knows it, its value, and for an address
    header the address). Decoding may reveal a line break hidden in an encoded word.
    """
    try:
        raw = message.as_bytes(policy=_policy(message))
    except (UnicodeError, ValueError) as exc:
        raise HeaderError(f"the message cannot be written as an email ({exc})") from None
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", errors="replace")  # 7-bit or RFC 6532
    read = Parser(policy=default_policy).parsestr(head + "\r\n\r\n", headersonly=True)
    for header, (field, value, address) in meant.items():
        found = read.get_all(header) or []
        shown = [str(v) for v in found]
        if len(found) == 1 and address:
            addresses = found[0].addresses
            ok = len(addresses) == 1 and _same(addresses[0].display_name, value)
            if ok and addresses[0].addr_spec.lower() != address.lower():
                ok, field, value = False, field.replace("name", "address"), address
        else:
            ok = len(found) == 1 and _same(shown[0], value)
        if not ok or any(_UNSAFE_HEADER.search(v) for v in shown):
            raise HeaderError(
                f"the {field} {value!r} would reach the mail header as {shown!r}; remove any "
                "'=?...?=' or unusual characters from it and export again"
            )
    expected = [name.lower() for name in message]
    if [name.lower() for name in read] != expected:
        extra = sorted({name.lower() for name in read} - set(expected))
        raise HeaderError(
            f"the written message would carry headers nobody asked for ({', '.join(extra)}); "
            "check the names and the subject for '=?...?=' and export again"
        )


def build_email(letter: Letter, *, sender: Profile, recipient: Interviewer) -> EmailMessage:
    """Build the email draft of a letter (From the candidate, To the interviewer)."""
    if letter.medium is not Medium.EMAIL:
        raise UsageError(f"the letter to {recipient.name} is a {letter.medium}, not an email")
    message = EmailMessage()
    message["From"] = source = _address("sender", sender.name, sender.email)
    message["To"] = target = _address("recipient", recipient.name, recipient.email)
    message["Subject"] = _header("subject", letter.subject)
    message["Date"] = format_datetime(now())
    message["Message-ID"] = make_msgid(domain=source.domain or MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"  # mail clients open it as a draft, ready to send
    # Quoted-printable keeps the file 7-bit clean, so any mail client or relay accepts it.
    message.set_content(letter.body.replace("\r\n", "\n"), cte="quoted-printable")
    _check_as_read(
        message,
        {
            "From": ("sender name", sender.name, source.addr_spec),
            "To": ("recipient name", recipient.name, target.addr_spec),
            "Subject": ("subject", letter.subject, ""),
        },
    )
    return message


def write_eml(message: EmailMessage, path: str | os.PathLike[str]) -> Path:
    """Write a message as an .eml file with CRLF line endings."""
    target = Path(path)
    target.write_bytes(message.as_bytes(policy=_policy(message)))
    return target


def mailto_link(letter: Letter, recipient: Interviewer) -> str:
    """A mailto: link (RFC 6068) that opens the letter in the user's mail program."""
    _header("recipient address", recipient.email)
    _header("subject", letter.subject)
    body = letter.body.replace("\r\n", "\n").replace("\n", "\r\n")
    to = quote(recipient.email, safe="@")
    return f"mailto:{to}?subject={quote(letter.subject, safe='')}&body={quote(body, safe='')}"


_HTML = Environment(
    loader=PackageLoader("followup_kit", "templates"),
    autoescape=select_autoescape(["html.j2"], default=True),
)


def highlight_html(text: str, findings: Iterable[Finding]) -> Markup:
    """The letter as escaped HTML, each finding's span marked with its severity and message."""
    parts: list[str] = []
    cursor = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.end <= f.start or f.start < cursor or (f.start == 0 and f.end >= len(text)):
            continue  # whole-letter findings and overlaps are listed, not marked
        parts.append(escape(text[cursor : f.start]))
        parts.append(
            Markup('<mark class="{}" title="{}">{}</mark>').format(
                f.severity, f"{f.rule}: {f.message}", text[f.start : f.end]
            )
        )
        cursor = f.end
    parts.append(escape(text[cursor:]))
    return Markup("").join(parts)


def card_sheet_html(interview: Interview, letters: Iterable[Letter]) -> str:
    """A printable sheet with one card per handwritten note (all user text escaped)."""
    cards = [
        {"name": p.name, "title": p.title, "body": letter.body}
        for letter in letters
        if letter.medium is Medium.CARD
        for p in [interview.interviewer(letter.interviewer_id)]
    ]
    template = _HTML.get_template("card_sheet.html.j2")
    return template.render(company=interview.company, cards=cards)


def review_packet_html(interview: Interview, reviewed: Iterable[tuple[Letter, Review]]) -> str:
    """All letters of an interview with their review, for a trusted friend to read."""
    items = []
    for letter, outcome in reviewed:
        person = interview.interviewer(letter.interviewer_id)
        items.append(
            {
                "name": person.name,
                "title": person.title,
                "medium": letter.medium,
                "subject": letter.subject,
                "notes": person.notes,
                "highlighted": highlight_html(outcome.text, outcome.findings),
                "findings": outcome.findings,
                "summary": outcome.summary(),
                "ok": outcome.ok,
            }
        )
    template = _HTML.get_template("review_packet.html.j2")
    return template.render(company=interview.company, role=interview.role, letters=items)


def export_interview(
    workspace: Workspace,
    interview_id: str,
    folder: str | os.PathLike[str],
    *,
    allow_errors: bool = False,
) -> list[Path]:
    """Write an interview's .eml drafts, card sheet and review packet into ``folder``.

    Letters with error-level findings block the export unless ``allow_errors`` is true;
    the review packet is always written, since it is how a friend helps fix them.
    """
    interview = workspace.interview(interview_id)
    profile = workspace.profile()
    if profile is None:
        raise UsageError("save your profile first: the emails are sent from your address")
    letters = [x for x in workspace.letters(interview.id) if x.kind != "linkedin"]
    reviewed = [(letter, review_letter(workspace, letter)) for letter in letters]
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    # Names unique across the workspace, so exports of several interviews share a folder.
    everything = workspace.interviews()
    company = interview_file_stems(everything)[interview.id]
    stems = letter_file_stems(everything, workspace.letters())
    packet = target / f"review-{company}.html"
    packet.write_text(review_packet_html(interview, reviewed), encoding="utf-8")
    blocked = [
        f"{interview.interviewer(letter.interviewer_id).name} ({len(outcome.errors)} errors)"
        for letter, outcome in reviewed
        if not outcome.ok
    ]
    if blocked and not allow_errors:
        raise ExportBlocked(
            f"not exported: the letters to {', '.join(blocked)} still have errors; fix them, "
            f"or export anyway with the override (see {packet})"
        )
    written = [packet]
    for letter, _ in reviewed:
        person = interview.interviewer(letter.interviewer_id)
        if letter.medium is Medium.EMAIL:
            message = build_email(letter, sender=profile, recipient=person)
            written.append(write_eml(message, target / f"{stems[letter.id]}.eml"))
    if any(letter.medium is Medium.CARD for letter, _ in reviewed):
        sheet = target / f"cards-{company}.html"
        sheet.write_text(card_sheet_html(interview, letters), encoding="utf-8")
        written.append(sheet)
    return written


def calendar_ics(interview: Interview, steps: Iterable[Any]) -> bytes:
    """An iCalendar file with an event and a reminder for each planned send and check-in.

    UIDs are stable (interview id + action + person), so importing a newer export updates
    the events in the user's calendar instead of adding copies. What is already done (a letter
    sent, the check-in made or no longer needed) keeps its UID but moves to when it happened,
    says so, and has no reminder, so the calendar stops asking you to send it.
    """
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//followup-kit//followup-kit//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Follow-up: {interview.role} at {interview.company}")
    stamp = now()
    for step in steps:
        event = Event()
        event.add("uid", f"{interview.id}-{step.uid}@followup-kit")
        event.add("dtstamp", stamp)
        what = {
            "thank-you": f"Send the thank-you {step.medium} to {step.person}",
            "check-in": f"Check in once with {step.person} (only if no news)",
            "decision": f"{interview.company} expects to decide",
            "reply": f"Reply to {step.person} about their decision (within a working day)",
            "answer": f"Give {step.person} your answer on the offer (the day you named)",
        }[step.action]
        done = step.state == "done"
        dropped = step.state == NOT_NEEDED
        if dropped:
            what = f"Not needed: {step.note}"
        elif done:
            what = {
                "thank-you": f"Sent: the thank-you {step.medium} to {step.person}",
                "check-in": f"Done: {step.note}",
                "decision": f"{interview.company} decided",
                "reply": f"Done: your reply to {step.person} ({step.note})",
                "answer": f"Sent: your answer on the offer to {step.person}",
            }.get(step.action, what)
        event.add("summary", f"{what} ({interview.role}, {interview.company})")
        # A later SEQUENCE makes calendars replace the reminder they imported before.
        event.add("sequence", 1 if done or dropped else 0)
        if done or dropped:
            # A reminder imported before is replaced: kept as sent, or cancelled.
            event.add("status", "CANCELLED" if dropped else "CONFIRMED")
            event.add("transp", "TRANSPARENT")
        if step.action == "decision":
            event.add("dtstart", step.when.date())
            event.add("dtend", step.when.date() + timedelta(days=1))
        else:
            event.add("dtstart", step.when)
            event.add("duration", timedelta(minutes=15))
        event.add("description", step.note or what)
        if not (done or dropped):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", what)
            alarm.add("trigger", timedelta(minutes=-15 if step.action != "decision" else -9 * 60))
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def write_ics(interview: Interview, steps: Iterable[Any], path: str | os.PathLike[str]) -> Path:
    """Write the calendar of an interview's plan to an .ics file."""
    target = Path(path)
    target.write_bytes(calendar_ics(interview, steps))
    return target
