"""A record's problems in the user's words.

Each problem is a full sentence that names the field as its form labels it ("Business email",
"Person 2's Name"), says what is wrong and shows an example in the format of the form's
placeholder. Our own checks (in :mod:`followup_kit.model`) start their message with
:data:`FIELD` where the label belongs; pydantic's own checks (a missing field, a wrong type,
a date it cannot read) are put into our words here, so nothing of its English reaches a user.
"""

from __future__ import annotations

from typing import Any

import pydantic

from .errors import InvalidRecord
from .revisions import label

__all__ = ["EXAMPLES", "FIELD", "example", "field_label", "invalid", "named", "shown"]

# A message that starts with FIELD names its field there: the record puts in the label the
# user sees ("Your name", "Business email"), so the message is a full sentence wherever it
# is shown.
FIELD = "{field}"

# Record classes as the forms' labels know them (revisions.LABELS).
_KINDS = {"Profile": "profile", "Interview": "interview", "Interviewer": "person"}
_KINDS |= {"Letter": "letter", "Concern": "concern", "Settings": "settings"}
_KINDS |= {"Outcome": "outcome"}

# Examples in the format of the form's placeholders (tests/test_messages.py checks they match).
EXAMPLES = {
    ("Profile", "name"): "Jordan Avery",
    ("Interviewer", "name"): "Priya Raman",
    ("Profile", "email"): "jordan.avery@example.com",
    ("Interviewer", "email"): "priya.raman@company.example",
    ("Profile", "phone"): "+31 20 555 0142",
    ("Interviewer", "phone"): "+31 20 555 0100",
    ("Profile", "timezone"): "Europe/Amsterdam",
    ("Interview", "timezone"): "Europe/Berlin",
    ("Interviewer", "timezone"): "Europe/Berlin",
    ("Interview", "company"): "Northwind Traders",
    ("Interview", "role"): "Data Analyst",
    ("Interview", "when"): "2026-11-26 14:00",
    ("Interviewer", "title"): "Head of Analytics",
    ("Interviewer", "goes_by"): "Priya",
    ("Interviewer", "linkedin"): "https://www.linkedin.com/in/priya-raman",
    ("Interview", "place"): "Office, room 4",
}


def example(info: Any, default: str) -> str:
    """The example for the field being checked, as its form's placeholder shows it."""
    record = (info.config or {}).get("title", "") if info is not None else ""
    field = getattr(info, "field_name", None) or ""
    return EXAMPLES.get((record, field), default)


def field_label(record: str, field: str) -> str:
    """A field as the form labels it: ``field_label("Interviewer", "email")`` is
    'Business email'; a field of the outcome inside an interview ("outcome.pay") by the
    outcome form's label."""
    if record == "Interview" and field.startswith("outcome."):
        return label("outcome", field.removeprefix("outcome."))
    return label(_KINDS.get(record, ""), field)


def named(message: str, field_name: str) -> str:
    """Put the field's label into a message that starts with FIELD, as a full sentence."""
    if message.startswith(FIELD):
        message = field_name + message[len(FIELD) :]
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "?", "!", ")")) else message + "."


def shown(value: str, limit: int = 40) -> str:
    """The value as quoted in a message: escaped, and cut short when long."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r} (and {len(value) - limit} more characters)"


# What a value of each kind looks like, for pydantic's own checks (in our words).
_KIND_EXAMPLES = {
    "datetime": "'2026-11-26 14:00'",  # as the form's placeholder shows it; the zone is apart
    "date": "'2026-12-04'",
}
_TYPE_NAMES = {
    "string_type": "text",
    "list_type": "a list",
    "bool_type": "yes or no (true or false)",
    "bool_parsing": "yes or no (true or false)",
    "dict_type": "a record (a mapping of fields)",
    "model_type": "a record (a mapping of fields)",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
}


def _loc_label(record: str, loc: tuple[Any, ...]) -> str:
    """The label of a field at ``loc`` ('Business email', "Person 2's Business email")."""
    if not loc:
        return "This record"
    if len(loc) >= 3 and loc[0] == "interviewers" and isinstance(loc[1], int):
        return f"Person {loc[1] + 1}'s {field_label('Interviewer', str(loc[2]))}"
    if len(loc) >= 2 and loc[0] == "outcome":
        return field_label("Outcome", str(loc[1]))
    if len(loc) >= 2 and isinstance(loc[1], int):
        return f"{field_label(record, str(loc[0]))}, entry {loc[1] + 1}"
    return field_label(record, str(loc[0]))


def _given(value: Any) -> str:
    """A value as a message quotes it: text escaped and cut short, anything else as Python."""
    return shown(value) if isinstance(value, str) else f"{value!r:.40}"


def _pydantic_message(error: Any, kind: str, given: Any) -> str:
    """A message in our words for one of pydantic's own checks (never its English)."""
    if kind.startswith("datetime") or kind.startswith("date"):
        example = _KIND_EXAMPLES["datetime" if kind.startswith("datetime") else "date"]
        return f"{_given(given)} is not a date we can read: write it like {example}."
    if kind == "enum":
        choices = error.get("ctx", {}).get("expected", "")
        return f"{_given(given)} is not one of the choices: choose {choices}."
    if kind == "missing":
        return f"{FIELD} is missing: it is needed."
    if kind == "extra_forbidden":
        return f"{FIELD} is not a field of this record: check the spelling."
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length", "")
        return f"{FIELD} is {len(str(given)):,} characters long: keep it under {limit:,}."
    if kind in _TYPE_NAMES:
        return f"{FIELD} must be {_TYPE_NAMES[kind]}, not {_given(given)}."
    return f"{FIELD} holds a value that cannot be used here ({_given(given)})."


def _friendly(exc: pydantic.ValidationError, record: str = "") -> dict[str, str]:
    """Turn pydantic's errors into one full sentence per field, naming it by its label."""
    problems: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        field = ".".join(str(part) for part in loc)
        kind = error["type"]
        given = error.get("input")
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, InvalidRecord) and hasattr(cause, "unnamed"):
            # A record inside this one (a person of an interview): its problems, by place.
            for inner, message in cause.unnamed.items():
                where = _loc_label(record, (*loc, inner))
                problems.setdefault(f"{field}.{inner}", named(message, where))
            continue
        if kind == "value_error":
            message = str(cause) if cause is not None else error["msg"]
            if not field:
                # Checks across fields name their field at the start of the message.
                field, _, message = message.partition(": ")
                loc = tuple(field.split("."))
        else:
            message = _pydantic_message(error, kind, given)
        problems.setdefault(field, named(message, _loc_label(record, loc)))
    return problems


def _unnamed(exc: pydantic.ValidationError) -> dict[str, str]:
    """The problems with FIELD still in place (for a record that holds this one)."""
    found: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        cause = error.get("ctx", {}).get("error")
        field = ".".join(str(part) for part in error["loc"])
        if error["type"] == "value_error":
            message = str(cause) if cause is not None else error["msg"]
            if not field:
                field, _, message = message.partition(": ")
        else:
            message = _pydantic_message(error, error["type"], error.get("input"))
        found.setdefault(field, message)
    return found


def invalid(record: str, exc: pydantic.ValidationError) -> InvalidRecord:
    """The InvalidRecord for pydantic's errors: one full sentence per field, by its label."""
    error = InvalidRecord(record, _friendly(exc, record))
    error.unnamed = _unnamed(exc)  # type: ignore[attr-defined]
    return error
