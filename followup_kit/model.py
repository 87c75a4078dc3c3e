"""Domain records: the candidate, an interview, the people met, letters and the contact log.

Every record validates what the user types and, when something is wrong, raises
:class:`InvalidRecord` with one line per problem: the field, what was wrong, and an example
of what is right.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import pydantic
from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from .errors import InvalidRecord
from .kinds import OUTCOME_REPLIES, OUTCOME_STATUSES

__all__ = [
    "Concern",
    "Contact",
    "Interview",
    "InterviewFormat",
    "InterviewStatus",
    "Interviewer",
    "InvalidRecord",
    "Letter",
    "LetterKind",
    "LetterStatus",
    "Medium",
    "Outcome",
    "Profile",
    "field_problem",
    "new_id",
    "now",
]

# Length limits keep records readable and the database small; they are generous for real use.
NAME_MAX = 100
LINE_MAX = 200
NOTE_MAX = 2_000
LIST_MAX = 30
BODY_MAX = 20_000
ANSWER_MAX = 600  # one or two sentences: the letter quotes the answer whole
OTHER_TERMS_MAX = 300  # one sentence: the acceptance quotes it whole
REASON_MAX = 160  # one short sentence

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# An RFC 2047 "encoded word": mail programs decode it, so it could smuggle a line break into a
# header (a hidden Bcc:); nobody types one by hand.
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[bq]\?.*?\?=", re.IGNORECASE)
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*")
ZONE_MAX = 64
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,25}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
_LINKEDIN = re.compile(
    r"^https://([a-z]{2,3}\.)?linkedin\.com/(in|pub)/[^\s/?#]+/?$", re.IGNORECASE
)


class Medium(StrEnum):
    """How a letter reaches its reader."""

    EMAIL = "email"
    CARD = "card"
    LINKEDIN = "linkedin"


class LetterKind(StrEnum):
    """What a letter is for."""

    THANK_YOU = "thank-you"
    CHECK_IN = "check-in"
    LINKEDIN = "linkedin"
    OFFER_ACCEPT = "offer-accept"
    OFFER_TIME = "offer-time"
    OFFER_DECLINE = "offer-decline"
    REJECTION_REPLY = "rejection-reply"
    WITHDRAW = "withdraw"

    @property
    def is_reply(self) -> bool:
        """True for a reply to an outcome (an offer, a rejection, a withdrawal)."""
        return self.value in OUTCOME_REPLIES


class LetterStatus(StrEnum):
    """Where a letter is on its way out."""

    DRAFT = "draft"
    REVIEWED = "reviewed"
    SENT = "sent"


class InterviewFormat(StrEnum):
    """How the interview took place."""

    IN_PERSON = "in person"
    VIDEO = "video"
    PHONE = "phone"


class InterviewStatus(StrEnum):
    """Where the application stands; it decides what the schedule proposes."""

    AWAITING_REPLY = "awaiting reply"
    CHECKED_IN = "checked in"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def is_outcome(self) -> bool:
        """True once the wait is over: an offer, a rejection, or your withdrawal."""
        return self.value in OUTCOME_STATUSES


def new_id() -> str:
    """Return a short random identifier for a new record."""
    return secrets.token_hex(6)


def now() -> datetime:
    """Return the current time, timezone-aware (UTC)."""
    return datetime.now(UTC).replace(microsecond=0)


# --- field checks: each raises ValueError with what was wrong and an example of what is right.


def _shown(value: str, limit: int = 40) -> str:
    """The value as quoted in a message: escaped, and cut short when long."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r} (and {len(value) - limit} more characters)"


def _storable(value: Any) -> Any:
    """Refuse text that cannot be saved as UTF-8 (a lone surrogate), in a string or a list."""
    for number, item in enumerate(value if isinstance(value, list) else [value], start=1):
        if not isinstance(item, str):
            continue
        try:
            item.encode("utf-8")
        except UnicodeEncodeError as exc:
            where = f"entry {number}, " if isinstance(value, list) else ""
            raise ValueError(
                f"holds a character that cannot be saved ({where}position {exc.start + 1}, "
                f"U+{ord(item[exc.start]):04X}, half of a pair); type or paste that part again"
            ) from None
    return value


def _no_encoded_word(value: str) -> str:
    found = _ENCODED_WORD.search(value)
    if found:
        raise ValueError(
            f"contains {_shown(found.group())}, which mail programs decode as hidden text; "
            "write the text itself"
        )
    return value


def _clean_line(value: str, *, limit: int, example: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if _CONTROL.search(value):
        raise ValueError(f"must be one line without control characters, e.g. {example!r}")
    if len(value) > limit:
        raise ValueError(f"is {len(value)} characters long; keep it under {limit}")
    return _no_encoded_word(value)


def _id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(
            f"{_shown(value)} is not a record id; an id is 1 to 64 letters, digits, '-' or '_' "
            f"(e.g. {new_id()!r})"
        )
    return value


def _optional_id(value: str) -> str:
    return _id(value) if value else value


def _name(value: str) -> str:
    value = _clean_line(value, limit=NAME_MAX, example="Ana Souza")
    if not value:
        raise ValueError("is empty; write the person's name, e.g. 'Ana Souza'")
    if not any(ch.isalpha() for ch in value):
        raise ValueError(f"{value!r} has no letters; write a name, e.g. 'Ana Souza'")
    return value


def _line(value: str) -> str:
    return _clean_line(value, limit=LINE_MAX, example="Head of Data")


def _required_line(value: str) -> str:
    value = _line(value)
    if not value:
        raise ValueError("is empty; it is needed, e.g. 'Northwind Traders'")
    return value


def _note(value: str) -> str:
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value):
        raise ValueError("contains control characters; paste plain text")
    if len(value) > NOTE_MAX:
        raise ValueError(f"is {len(value)} characters long; keep each note under {NOTE_MAX}")
    return value


def _email(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    _no_encoded_word(value)
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(
            f"{value!r} is not an email address ({exc}); "
            "write it like 'ana.souza@northwind.example'"
        ) from None


def _phone(value: str) -> str:
    value = value.strip()
    if value and not _PHONE.match(value):
        raise ValueError(f"{value!r} is not a phone number; write it like '+1 555 010 0199'")
    return value


def _linkedin(value: str) -> str:
    value = value.strip()
    if value and not _LINKEDIN.match(value):
        raise ValueError(
            f"{value!r} is not a LinkedIn profile link; "
            "write it like 'https://www.linkedin.com/in/ana-souza'"
        )
    return value


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _zone_exists(name: str) -> bool:
    # The name is checked before it is looked up: it becomes a path in the zone database,
    # where 'Europe' is a folder and '../x' leaves it.
    if len(name) > ZONE_MAX or not _ZONE_NAME.fullmatch(name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _zone(value: str) -> str:
    value = value.strip()
    if not value:
        return value  # not given: the field's default applies
    if _zone_exists(value):
        return value
    region = sorted(name for name in _zone_names() if name.startswith(f"{value}/"))
    if region:
        raise ValueError(
            f"{value!r} is a region, not a time zone; add the city, e.g. {region[0]!r}"
        )
    raise ValueError(
        f"{_shown(value)} is not a time zone name; write it like 'Europe/Berlin' or 'UTC'"
    )


def _notes(values: list[str]) -> list[str]:
    cleaned = [v for v in (_note(v) for v in values) if v]
    if len(cleaned) > LIST_MAX:
        raise ValueError(f"has {len(cleaned)} entries; keep it under {LIST_MAX}")
    return cleaned


Name = Annotated[str, AfterValidator(_name)]
Line = Annotated[str, AfterValidator(_line)]
RequiredLine = Annotated[str, AfterValidator(_required_line)]
Email = Annotated[str, AfterValidator(_email)]
Phone = Annotated[str, AfterValidator(_phone)]
LinkedIn = Annotated[str, AfterValidator(_linkedin)]
Note = Annotated[str, AfterValidator(_note)]
Notes = Annotated[list[str], AfterValidator(_notes)]
TimeZone = Annotated[str, AfterValidator(_zone)]
Id = Annotated[str, AfterValidator(_id)]
OptionalId = Annotated[str, AfterValidator(_optional_id)]

_EXAMPLES = {
    "datetime": "'2026-11-27T14:00' with a time zone",
    "date": "'2026-12-04'",
    "enum": "one of the listed choices",
}


def _friendly(exc: pydantic.ValidationError) -> dict[str, str]:
    """Turn pydantic's errors into one plain message per field."""
    problems: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"])
        kind = error["type"]
        given = error.get("input")
        inner = error.get("ctx", {}).get("error")
        if kind == "value_error" and isinstance(inner, InvalidRecord) and len(error["loc"]) == 1:
            # A record inside a record (an interview's outcome): name its own fields.
            for sub, message in inner.problems.items():
                problems.setdefault(f"{field}.{sub}", message)
            continue
        if kind == "value_error":
            message = str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
            if not field:
                # Checks across fields name their field at the start of the message.
                field, _, message = message.partition(": ")
        elif kind.startswith("datetime") or kind.startswith("date"):
            example = _EXAMPLES["datetime" if kind.startswith("datetime") else "date"]
            message = f"{given!r} is not a valid date; write it like {example}"
        elif kind == "enum":
            choices = error.get("ctx", {}).get("expected", "")
            message = f"{given!r} is not allowed; choose {choices}"
        elif kind == "missing":
            message = "is missing; it is required"
        elif kind == "extra_forbidden":
            message = "is not a field of this record; check the spelling"
        else:
            message = f"{error['msg']} (got {given!r})"
        problems.setdefault(field, message)
    return problems


class Record(BaseModel):
    """Base of every record: strict about unknown fields, friendly about errors."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)

    @field_validator("*", mode="before")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        return _storable(value)

    # The stored revision this copy was loaded or saved at; None for a record never stored.
    # Copies made with model_copy keep it, so a save knows which version the edit started from.
    _revision: int | None = PrivateAttr(default=None)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except pydantic.ValidationError as exc:
            raise InvalidRecord(type(self).__name__, _friendly(exc)) from None

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as exc:
            raise InvalidRecord(type(self).__name__, _friendly(exc)) from None

    def __eq__(self, other: object) -> bool:
        # Equal content is equal, whichever revision each copy was loaded at.
        if not isinstance(other, Record):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    @property
    def revision(self) -> int | None:
        """The stored revision this copy was loaded or saved at (None if never stored)."""
        return self._revision

    def based_on(self, loaded: Record | None) -> Self:
        """This record as an edit of ``loaded``: saving it merges with changes made since."""
        self._revision = loaded._revision if loaded is not None else None
        return self

    @classmethod
    def parse(cls, data: dict[str, Any]) -> Self:
        """Build a record from plain data (as stored or exported), with friendly errors."""
        return cls(**data)

    def to_data(self) -> dict[str, Any]:
        """Return plain JSON-ready data that :meth:`parse` turns back into an equal record."""
        return self.model_dump(mode="json")


class Profile(Record):
    """The candidate: who signs the letters and what they can offer."""

    name: Name
    email: Email = ""
    phone: Phone = ""
    timezone: TimeZone = ""  # where you live; send times default to it
    signature: Note = ""
    value_points: Notes = Field(default_factory=list)


class Concern(Record):
    """A concern or question an interviewer raised, with your own short answer to it.

    ``answer`` is what you would say now (what you did, with a number if you have one); the
    letter answers the concern in those words. ``main`` marks the concern that matters most.
    """

    text: Note
    answer: Note = ""
    main: bool = False

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: Any) -> Any:
        # Older workspaces and exports hold each concern as plain text.
        return {"text": data} if isinstance(data, str) else data

    @field_validator("text")
    @classmethod
    def _asked_something(cls, value: str) -> str:
        if not value:
            raise ValueError("is empty; write what they asked, e.g. 'whether I have led a team'")
        return value

    @field_validator("answer")
    @classmethod
    def _short_answer(cls, value: str) -> str:
        if len(value) > ANSWER_MAX:
            raise ValueError(
                f"is {len(value)} characters long; keep it to one or two sentences "
                f"(under {ANSWER_MAX})"
            )
        return value

    def __str__(self) -> str:
        return self.text


def _concerns(values: Any) -> Any:
    """Concerns as plain text or records; blank ones dropped, problems named by position."""
    if not isinstance(values, list | tuple):
        return values  # pydantic names the wrong type
    kept: list[Concern] = []
    for number, value in enumerate(values, start=1):
        if isinstance(value, str):
            value = {"text": value}
        if isinstance(value, dict):
            if (
                not str(value.get("text") or "").strip()
                and not str(value.get("answer") or "").strip()
            ):
                continue
            try:
                value = Concern(**value)
            except InvalidRecord as exc:
                field, problem = next(iter(exc.problems.items()))
                part = {"text": "the concern", "answer": "your answer", "main": "the mark"}
                raise ValueError(f"concern {number}, {part.get(field, field)}: {problem}") from None
        kept.append(value)
    if len(kept) > LIST_MAX:
        raise ValueError(f"has {len(kept)} entries; keep it under {LIST_MAX}")
    marked = [n for n, c in enumerate(kept, start=1) if isinstance(c, Concern) and c.main]
    if len(marked) > 1:
        raise ValueError(
            f"concerns {' and '.join(map(str, marked))} are both marked as the most important; "
            "mark only one"
        )
    return kept


Concerns = Annotated[list[Concern], pydantic.BeforeValidator(_concerns)]


class Interviewer(Record):
    """One person met at the interview, with what the candidate noted about them."""

    id: Id = Field(default_factory=new_id)
    name: Name
    goes_by: Line = ""  # how to greet them when it is not the first word of the name
    title: Line = ""
    email: Email = ""
    phone: Phone = ""
    linkedin: LinkedIn = ""
    timezone: TimeZone = ""  # theirs, when it differs from the interview's
    medium: Medium = Medium.EMAIL
    remarks: Notes = Field(default_factory=list)
    concerns: Concerns = Field(default_factory=list)
    topics: Notes = Field(default_factory=list)

    @field_validator("medium")
    @classmethod
    def _letters_go_by_mail_or_card(cls, value: Medium) -> Medium:
        if value is Medium.LINKEDIN:
            raise ValueError("must be 'email' or 'card'; LinkedIn notes are a separate letter kind")
        return value

    @property
    def greeting_name(self) -> str:
        """The name to greet them by: what they go by, else the first word of their name."""
        return self.goes_by or self.name.split()[0]

    @property
    def notes(self) -> list[str]:
        """Everything noted about this person, remarks first (your answers included)."""
        answers = [c.answer for c in self.concerns if c.answer]
        return [*self.remarks, *(c.text for c in self.concerns), *answers, *self.topics]

    @property
    def main_concern(self) -> Concern | None:
        """The concern the letter answers: the one marked most important, else the first."""
        marked = [c for c in self.concerns if c.main]
        return marked[0] if marked else (self.concerns[0] if self.concerns else None)

    @property
    def other_concerns(self) -> list[Concern]:
        """Every concern but the main one, in the order noted."""
        main = self.main_concern
        return [c for c in self.concerns if c is not main]


def _pay(value: str) -> str:
    value = _line(value)
    if value and not any(ch.isdigit() for ch in value):
        raise ValueError(
            f"{_shown(value)} has no amount; write the pay as they told it, e.g. "
            "'€58,000 a year' or '$32 an hour'"
        )
    return value


def _other_terms(value: str) -> str:
    value = _note(value)
    if len(value) > OTHER_TERMS_MAX:
        raise ValueError(
            f"is {len(value)} characters long; keep it to one sentence (under {OTHER_TERMS_MAX}),"
            " e.g. '25 days of leave and three office days a week'"
        )
    return value


def _reason(value: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > REASON_MAX:
        raise ValueError(
            f"is {len(value)} characters long; one short sentence is enough (under "
            f"{REASON_MAX}), e.g. 'I have accepted a role closer to my family'"
        )
    return _line(value).rstrip(" .")


class Outcome(Record):
    """What you were told when they decided (or what you decided, when you withdraw).

    The decision itself is the interview's ``status`` (offer, rejected, withdrawn); this
    record holds what the reply needs: when you heard (``heard_on``) and from whom
    (``told_by``, the id of a person you met), the offer's terms as they told them
    (``job_title``, ``start_date``, ``pay`` as free text, ``other_terms``), whether the
    written offer has arrived, the date you would like to give your answer by (``answer_by``,
    for a request for time), your ``reason`` in one short sentence (asking for time,
    declining, withdrawing), and whether to ask for brief feedback after a rejection.
    """

    heard_on: date | None = None
    told_by: OptionalId = ""
    job_title: Line = ""
    start_date: date | None = None
    pay: Annotated[str, AfterValidator(_pay)] = ""
    other_terms: Annotated[str, AfterValidator(_other_terms)] = ""
    written_offer: bool = False
    answer_by: date | None = None
    reason: Annotated[str, AfterValidator(_reason)] = ""
    ask_feedback: bool = True

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        heard = self.heard_on
        for field, day, what in (
            ("start_date", self.start_date, "you would start"),
            ("answer_by", self.answer_by, "you would give your answer"),
        ):
            if heard is not None and day is not None and day < heard:
                raise ValueError(
                    f"{field}: {day.isoformat()} is before the day you heard from them "
                    f"({heard.isoformat()}); write the day {what}, e.g. "
                    f"{(heard + timedelta(days=7)).isoformat()}"
                )
        return self


class Interview(Record):
    """One interview at one company, and everyone the candidate met there."""

    id: Id = Field(default_factory=new_id)
    company: RequiredLine
    role: RequiredLine
    when: datetime
    timezone: TimeZone = "UTC"
    format: InterviewFormat = InterviewFormat.IN_PERSON
    place: Line = ""
    next_steps: Note = ""
    decision_date: date | None = None
    follow_up_instructions: Note = ""
    status: InterviewStatus = InterviewStatus.AWAITING_REPLY
    interviewers: list[Interviewer] = Field(default_factory=list)
    outcome: Outcome | None = None  # what they told you when they decided

    @model_validator(mode="after")
    def _aware_and_in_order(self) -> Self:
        if not self.timezone:
            object.__setattr__(self, "timezone", "UTC")
        if self.when.tzinfo is None:
            # A time typed without an offset is read in the interview's own time zone.
            object.__setattr__(self, "when", self.when.replace(tzinfo=ZoneInfo(self.timezone)))
        if self.decision_date is not None and self.decision_date < self.local_when.date():
            day = self.local_when.date()
            raise ValueError(
                f"decision_date: {self.decision_date.isoformat()} is before the interview on "
                f"{day.isoformat()}; write the day they said they would decide, "
                f"e.g. {(day + timedelta(days=7)).isoformat()}"
            )
        if len(self.interviewers) > LIST_MAX:
            raise ValueError(f"interviewers: keep the list under {LIST_MAX} people")
        heard = self.outcome.heard_on if self.outcome is not None else None
        if heard is not None and heard < self.local_when.date():
            day = self.local_when.date()
            raise ValueError(
                f"outcome.heard_on: {heard.isoformat()} is before the interview on "
                f"{day.isoformat()}; write the day they told you their decision"
            )
        return self

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-ready data; an interview with no outcome yet is stored as before."""
        data = super().to_data()
        if data.get("outcome") is None:
            data.pop("outcome", None)
        return data

    @property
    def zone(self) -> ZoneInfo:
        """The interview's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def local_when(self) -> datetime:
        """When the interview took place, on the local clock."""
        return self.when.astimezone(self.zone)

    def interviewer(self, interviewer_id: str) -> Interviewer:
        """Return the person with this id, or raise KeyError naming it."""
        for person in self.interviewers:
            if person.id == interviewer_id:
                return person
        raise KeyError(f"no interviewer {interviewer_id!r} in the interview at {self.company}")


class Letter(Record):
    """One letter to one interviewer: a thank-you, a check-in, a LinkedIn note, or a reply to
    an outcome (always by email)."""

    id: Id = Field(default_factory=new_id)
    interview_id: Id
    interviewer_id: Id
    kind: LetterKind = LetterKind.THANK_YOU
    medium: Medium = Medium.EMAIL
    subject: Line = ""
    body: str = Field(default="", max_length=BODY_MAX)
    status: LetterStatus = LetterStatus.DRAFT
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)

    @field_validator("created", "updated")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    @model_validator(mode="after")
    def _replies_go_by_email(self) -> Self:
        if self.kind.is_reply and self.medium is not Medium.EMAIL:
            raise ValueError(
                f"medium: a {self.kind} goes by email, so that it reaches them within a day "
                "(a card would arrive after they have moved on); choose 'email'"
            )
        return self


class Contact(Record):
    """A message actually sent: when, how, and which letter."""

    id: Id = Field(default_factory=new_id)
    interview_id: Id
    interviewer_id: OptionalId = ""
    letter_id: OptionalId = ""
    kind: LetterKind = LetterKind.THANK_YOU
    medium: Medium = Medium.EMAIL
    sent_at: datetime = Field(default_factory=now)
    note: Note = ""

    @field_validator("sent_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)


_PROTOTYPES: dict[type[Record], dict[str, Any]] = {
    Outcome: {},
    Profile: {"name": "Jo"},
    Interviewer: {"name": "Jo"},
    Interview: {"company": "N", "role": "R", "when": "2000-01-01T00:00"},
}


def field_problem(record: type[Record], field: str, value: Any) -> str | None:
    """Check one field as the user types it; return the message, or None when it is fine."""
    probe = record(**_PROTOTYPES[record])
    try:
        setattr(probe, field, value)
    except InvalidRecord as exc:
        return exc.problems.get(field) or next(iter(exc.problems.values()))
    return None
