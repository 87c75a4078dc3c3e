"""Revisions: how a save made from an older copy meets the changes stored since.

Every stored record (profile, interview, letter, settings) has a revision, and the workspace
keeps the content of recent revisions. A copy remembers the revision it was loaded at (its
*base*). Saving it compares three versions field by field: the base, the copy (*mine*) and
what is stored now (*theirs*). A field only one side changed takes that side's value; a field
both changed to different values is a conflict, and the save is refused naming it in the words
the user sees (the form's label). People in an interview are matched by id, so two windows can
edit different people of one interview. Word lists merge as sets: additions and removals from
both sides are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["LABELS", "describe", "labels", "merge"]

# The labels of the forms (CaptureForm, LetterEditor), so that a conflict names a field the
# way the user sees it. tests/test_revisions.py checks they match the widgets.
LABELS: dict[str, dict[str, str]] = {
    "profile": {
        "name": "Your name",
        "email": "Your email",
        "phone": "Your phone",
        "timezone": "Your time zone",
        "signature": "Signature",
        "value_points": "Strengths to mention",
    },
    "interview": {
        "company": "Company",
        "role": "Role",
        "when": "Date and time",
        "timezone": "Time zone",
        "format": "Format",
        "place": "Place",
        "next_steps": "Next steps",
        "decision_date": "They decide by",
        "follow_up_instructions": "How to follow up",
        "status": "Status",
        "interviewers": "People you met",
        "outcome": "What they told you",
    },
    "outcome": {
        "heard_on": "When you heard",
        "told_by": "Who told you",
        "job_title": "Job title offered",
        "start_date": "Start date",
        "pay": "Salary or pay",
        "other_terms": "Anything else agreed",
        "written_offer": "The written offer has arrived",
        "answer_by": "Your answer by",
        "reason": "Your reason",
        "ask_feedback": "Ask for brief feedback",
    },
    "person": {
        "name": "Name",
        "goes_by": "Greet as",
        "title": "Title",
        "email": "Business email",
        "phone": "Business phone",
        "linkedin": "LinkedIn",
        "timezone": "Their time zone",
        "medium": "Prefers",
        "remarks": "What they said",
        "concerns": "Their concerns",
        "topics": "Topics",
    },
    "letter": {
        "subject": "Subject",
        "body": "Text",
        "medium": "Send as",
        "kind": "Letter",
        "status": "Status",
        "interviewer_id": "To",
    },
    "settings": {"words": "Your words", "disabled_rules": "Rules switched off"},
}

# Fields merged as sets (order does not matter, both sides' additions and removals are kept).
SET_FIELDS = frozenset({"words", "disabled_rules"})
# Bookkeeping the store sets on every save: never a conflict, the saving side wins.
STAMP_FIELDS = frozenset({"updated"})
# Lists of records matched by their "id".
RECORD_LISTS = frozenset({"interviewers"})
# Records inside a record, merged field by field (an interview's outcome).
NESTED_RECORDS = frozenset({"outcome"})

_UNKNOWN = object()  # the base version is no longer known: every difference is a conflict
_ABSENT = object()  # the field or person is not there


def merge(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    prefer_mine: bool = False,
) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
    """Merge two edits of one record; return the merged data and the conflicting paths.

    A path is ``(field,)``, ``("interviewers", person_id, field)``, or
    ``("interviewers", person_id)`` when one side removed a person the other changed. On a
    conflict the merged data keeps ``theirs`` (what is stored), or ``mine`` with
    ``prefer_mine`` (a form taking in other changes while keeping its user's edits).
    """
    conflicts: list[tuple[str, ...]] = []
    merged = _merge_dict(base, mine, theirs, (), conflicts, prefer_mine)
    return merged, conflicts


def _merge_dict(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    path: tuple[str, ...],
    conflicts: list[tuple[str, ...]],
    prefer_mine: bool,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in [*theirs, *(k for k in mine if k not in theirs)]:
        old = _UNKNOWN if base is None else base.get(key, _ABSENT)
        value = _merge_value(
            key, old, mine.get(key, _ABSENT), theirs.get(key, _ABSENT), path, conflicts, prefer_mine
        )
        if value is not _ABSENT:
            out[key] = value
    return out


def _merge_value(
    key: str,
    old: Any,
    mine: Any,
    theirs: Any,
    path: tuple[str, ...],
    conflicts: list[tuple[str, ...]],
    prefer_mine: bool,
) -> Any:
    if mine == theirs:
        return mine
    if key in STAMP_FIELDS and not path:
        return mine if mine is not _ABSENT else theirs
    if key in SET_FIELDS and not path and _all_lists(mine, theirs):
        return _merge_set(old, mine, theirs)
    if old is not _UNKNOWN:
        if mine == old:
            return theirs
        if theirs == old:
            return mine
    if key in RECORD_LISTS and not path and _all_lists(mine, theirs):
        return _merge_records(old, mine, theirs, (key,), conflicts, prefer_mine)
    if key in NESTED_RECORDS and not path and _all_dicts(mine, theirs):
        base = None if old is _UNKNOWN else old if isinstance(old, Mapping) else _blank(key)
        return _merge_dict(base, mine, theirs, (key,), conflicts, prefer_mine)
    conflicts.append((*path, key))
    return mine if prefer_mine else theirs


def _all_lists(*values: Any) -> bool:
    return all(isinstance(v, list) for v in values)


def _all_dicts(*values: Any) -> bool:
    return all(isinstance(v, Mapping) for v in values)


def _blank(key: str) -> dict[str, Any]:
    """A nested record as first made, the base when neither side had one before."""
    from .model import Outcome  # only when merging an outcome: keeps this module light

    return Outcome().to_data() if key == "outcome" else {}


def _merge_set(old: Any, mine: list[Any], theirs: list[Any]) -> list[Any]:
    if not isinstance(old, list):  # unknown base: keep everything either side has
        return sorted(set(mine) | set(theirs))
    added, removed = set(mine) - set(old), set(old) - set(mine)
    return sorted((set(theirs) | added) - removed)


def _by_id(items: Any) -> dict[str, Any]:
    if not isinstance(items, list):
        return {}
    return {str(item.get("id")): item for item in items if isinstance(item, Mapping)}


def _merge_records(
    old: Any,
    mine: list[Any],
    theirs: list[Any],
    path: tuple[str, ...],
    conflicts: list[tuple[str, ...]],
    prefer_mine: bool,
) -> list[Any]:
    known = old is not _UNKNOWN
    before, ours, stored = _by_id(old) if known else {}, _by_id(mine), _by_id(theirs)
    out: list[Any] = []
    for pid, person in stored.items():
        if pid in ours:
            base = before.get(pid) if known else None
            out.append(_merge_dict(base, ours[pid], person, (*path, pid), conflicts, prefer_mine))
        elif known and pid in before and person == before[pid]:
            continue  # removed here, untouched there: removed
        elif known and pid not in before:
            out.append(person)  # added there
        else:  # removed here but changed there (or the base is unknown)
            conflicts.append((*path, pid))
            if not prefer_mine:
                out.append(person)
    for pid, person in ours.items():
        if pid in stored:
            continue
        if known and pid in before:
            if person != before[pid]:  # removed there but changed here
                conflicts.append((*path, pid))
                if prefer_mine:
                    out.append(person)
            continue
        out.append(person)  # added here (or unknown base: kept rather than lost)
    return out


def labels(
    kind: str, paths: Iterable[Sequence[str]], *versions: Mapping[str, Any] | None
) -> list[str]:
    """The conflicting fields as the user sees them ("Place", "Tomás Okafor's Title")."""
    names: dict[str, str] = {}
    for version in versions:
        for person in (version or {}).get("interviewers", []) or []:
            if isinstance(person, Mapping) and person.get("name"):
                names.setdefault(str(person.get("id")), str(person["name"]))
    found: list[str] = []
    for path in paths:
        if len(path) == 1:
            text = LABELS.get(kind, {}).get(path[0], path[0])
        elif path[0] in NESTED_RECORDS:
            text = LABELS.get(path[0], {}).get(path[-1], path[-1])
        else:
            who = names.get(path[1], "a person")
            if len(path) == 2:
                text = f"{who} (removed in one version, changed in the other)"
            else:
                text = f"{who}'s {LABELS['person'].get(path[2], path[2])}"
        if text not in found:
            found.append(text)
    return found


def describe(kind: str, data: Mapping[str, Any] | None, person: str = "") -> str:
    """Name a record for a message: 'the interview Data Analyst at Northwind'."""
    data = data or {}
    if kind == "interview":
        return f"the interview {data.get('role', '')} at {data.get('company', '')}".strip()
    if kind == "letter":
        to = f" to {person}" if person else ""
        return f"the {data.get('kind', 'letter')}{to}"
    if kind == "profile":
        return "your profile"
    return "your review settings"
