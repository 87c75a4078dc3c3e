"""Revisions on disk: every save of a record is numbered and its content kept for a while.

A record's row names the revision of its content; the ``revisions`` table keeps the content of
the last :data:`HISTORY` revisions of each record (``NULL`` for a deletion). Writing a copy
loaded at an older revision looks up that revision (the base) and merges field by field
(:func:`followup_kit.revisions.merge`); a clash raises :class:`RecordConflict` and writes
nothing. A base no longer kept counts as unknown: every difference is then a clash, never a
silent overwrite.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import RecordConflict, WorkspaceError
from .model import Interview, Letter, Profile, Record, now
from .revisions import describe, labels, merge
from .settings import Settings

if TYPE_CHECKING:
    from .store import Workspace

__all__ = ["HISTORY", "delete", "log", "write"]

HISTORY = 50  # revisions of each record kept for merging saves from older copies

R = TypeVar("R", bound=Record)

# kind -> (table, record class); the profile and the settings are the single row with id 1.
KINDS: dict[str, tuple[str, Callable[..., Record]]] = {
    "profile": ("profile", Profile),
    "interview": ("interviews", Interview),
    "letter": ("letters", Letter),
    "settings": ("settings", Settings),
}


def log(workspace: Workspace, kind: str, record_id: str, data: dict[str, Any] | None) -> int:
    """Keep a revision's content (None: deleted) and return its number."""
    stored = None if data is None else _dumps(data)
    with workspace.transaction() as db:
        seq = db.execute(
            "INSERT INTO revisions (kind, record_id, data, saved_at) VALUES (?, ?, ?, ?)",
            (kind, record_id, stored, now().isoformat()),
        ).lastrowid
        db.execute(
            "DELETE FROM revisions WHERE kind = ? AND record_id = ? AND seq <= "
            "(SELECT seq FROM revisions WHERE kind = ? AND record_id = ? "
            "ORDER BY seq DESC LIMIT 1 OFFSET ?)",
            (kind, record_id, kind, record_id, HISTORY),
        )
    assert seq is not None
    return seq


def _revision(workspace: Workspace, seq: int) -> tuple[str, str, dict[str, Any] | None, datetime]:
    """(kind, record id, content, saved at) of a kept revision; blanks once forgotten."""
    rows = workspace._rows(
        "SELECT kind, record_id, data, saved_at FROM revisions WHERE seq = ?", seq
    )
    if not rows:
        return "", "", None, now()
    kind, record_id, data, saved_at = rows[0]
    content = json.loads(data) if data else None
    return kind, record_id, content, datetime.fromisoformat(saved_at)


def write(workspace: Workspace, kind: str, record: R) -> R:
    """Store a record and return it as stored.

    A copy loaded at an older revision is merged with what was stored since; a change to the
    same field on both sides raises :class:`RecordConflict`. A record that was never stored
    (no revision) is written as it is.
    """
    table, cls = KINDS[kind]
    row_id = str(getattr(record, "id", 1))
    mine = record.to_data()
    with workspace.transaction() as db:
        row = db.execute(f"SELECT revision, data FROM {table} WHERE id = ?", (row_id,)).fetchone()
        theirs = json.loads(row[1]) if row else None
        data = mine
        if record.revision is not None and (row is None or row[0] != record.revision):
            data = _merged(workspace, kind, row_id, record.revision, mine, row, theirs)
        if row is not None and data == theirs:
            seq = row[0]  # nothing new: no revision
        else:
            seq = log(workspace, kind, row_id, data)
            columns = {"id": row_id, "data": _dumps(data), "revision": seq}
            if kind == "letter":
                columns["interview_id"] = data["interview_id"]
                columns["interviewer_id"] = data["interviewer_id"]
            names = ", ".join(columns)
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
            db.execute(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                tuple(columns.values()),
            )
    stored = cls(**data) if data is not mine else record.model_copy()
    stored._revision = seq
    if data == mine:
        record._revision = seq  # the caller's copy is what is stored now
    return stored  # type: ignore[return-value]


def delete(workspace: Workspace, kind: str, record_ids: Iterable[str]) -> None:
    """Delete records, keeping a note of when (a later save from an old copy is refused)."""
    table, _ = KINDS[kind]
    with workspace.transaction() as db:
        for record_id in record_ids:
            if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
                log(workspace, kind, record_id, None)
                db.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))


def _merged(
    workspace: Workspace,
    kind: str,
    row_id: str,
    base_revision: int,
    mine: dict[str, Any],
    row: tuple[Any, ...] | None,
    theirs: dict[str, Any] | None,
) -> dict[str, Any]:
    base_kind, base_id, base, _ = _revision(workspace, base_revision)
    if (base_kind, base_id) != (kind, row_id):
        base = None  # a revision of something else: nothing known about the base
    if row is None or theirs is None:
        deleted = workspace._rows(
            "SELECT saved_at FROM revisions WHERE kind = ? AND record_id = ? AND seq > ? "
            "AND data IS NULL ORDER BY seq DESC LIMIT 1",
            kind,
            row_id,
            base_revision,
        )
        if not deleted:
            return mine
        what = describe(kind, mine, _person_name(workspace, kind, mine))
        when = datetime.fromisoformat(deleted[0][0])
        raise RecordConflict(
            f"Not saved: {what} was deleted elsewhere on {_when(when)}. Nothing was saved; to "
            "keep your version, save it again as a new record.",
            kind=kind,
            what=what,
            fields=[],
            changed_at=when,
            deleted=True,
        )
    merged, conflicts = merge(base, mine, theirs)
    if not conflicts:
        return merged
    _, _, _, when = _revision(workspace, row[0])
    fields = labels(kind, conflicts, mine, theirs)
    what = describe(kind, theirs, _person_name(workspace, kind, theirs))
    raise RecordConflict(
        f"Not saved: {what} was changed elsewhere on {_when(when)}, and {_join(fields)} "
        f"{'was' if len(fields) == 1 else 'were'} changed there too. Nothing was saved; load "
        "it again to see the other version, then make your change again.",
        kind=kind,
        what=what,
        fields=fields,
        changed_at=when,
    )


def _person_name(workspace: Workspace, kind: str, data: dict[str, Any]) -> str:
    if kind != "letter":
        return ""
    try:
        interview = workspace.interview(str(data.get("interview_id")))
        return interview.interviewer(str(data.get("interviewer_id"))).name
    except (KeyError, WorkspaceError):
        return ""


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _when(moment: datetime) -> str:
    """A moment in the machine's local time, the way a person reads it."""
    return f"{moment.astimezone():%a %d %b %Y at %H:%M:%S %Z}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
