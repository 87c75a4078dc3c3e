"""The workspace file's schema: its tables, how older files are upgraded, and how a file is
recognised as ours without writing to it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

from .errors import StorageError, WorkspaceError

__all__ = [
    "APPLICATION_ID",
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FileFacts",
    "explain",
    "inspect_file",
    "read_only",
    "tables_of",
]

APPLICATION_ID = 0x464B4954  # "FKIT": marks the file as ours.
BUSY_TIMEOUT_MS = 30_000

# Each entry brings the schema from the previous version to this one. Never edit a released
# step: add a new one, so that every older file can be brought up to date.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
        "CREATE TABLE interviews (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
        """CREATE TABLE letters (
            id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL,
            interviewer_id TEXT NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX letters_by_interview ON letters (interview_id)",
        """CREATE TABLE contacts (
            id TEXT PRIMARY KEY, interview_id TEXT NOT NULL, data TEXT NOT NULL)""",
        "CREATE INDEX contacts_by_interview ON contacts (interview_id)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE ignored (
            letter_id TEXT NOT NULL, finding TEXT NOT NULL, PRIMARY KEY (letter_id, finding))""",
    ),
    # Revisions: each record row names the revision of its content, and `revisions` keeps the
    # content of recent revisions (NULL data: deleted), so a save from an older copy can be
    # merged field by field with what was stored since. Settings become one record (they were
    # one row per key); what a file already holds becomes its first revision.
    2: (
        "ALTER TABLE profile ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE interviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE letters ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE revisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            data TEXT,
            saved_at TEXT NOT NULL)""",
        "CREATE INDEX revisions_by_record ON revisions (kind, record_id, seq)",
        """CREATE TABLE settings_record (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            data TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0)""",
        """INSERT INTO settings_record (id, data)
            SELECT 1, json_group_object(key, json(value)) FROM settings
            WHERE json_valid(value) HAVING count(*) > 0""",
        "DROP TABLE settings",
        "ALTER TABLE settings_record RENAME TO settings",
        """INSERT INTO revisions (kind, record_id, data, saved_at)
            SELECT 'profile', '1', data, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM profile""",
        """INSERT INTO revisions (kind, record_id, data, saved_at)
            SELECT 'interview', id, data, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM interviews ORDER BY rowid""",
        """INSERT INTO revisions (kind, record_id, data, saved_at)
            SELECT 'letter', id, data, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM letters ORDER BY rowid""",
        """INSERT INTO revisions (kind, record_id, data, saved_at)
            SELECT 'settings', '1', data, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM settings""",
        """UPDATE profile SET revision =
            (SELECT max(seq) FROM revisions WHERE kind = 'profile')""",
        """UPDATE interviews SET revision = (SELECT max(seq) FROM revisions
            WHERE kind = 'interview' AND record_id = interviews.id)""",
        """UPDATE letters SET revision = (SELECT max(seq) FROM revisions
            WHERE kind = 'letter' AND record_id = letters.id)""",
        """UPDATE settings SET revision =
            (SELECT max(seq) FROM revisions WHERE kind = 'settings')""",
    ),
    # Outcomes: an interview may hold what they told you when they decided ("outcome"), and
    # letters and contacts may be replies to it ("offer-accept", "rejection-reply", ...). Both
    # live in the records' JSON, so no table changes; the number goes up so that an older
    # followup-kit, which cannot read them, refuses the file as newer (and says to upgrade)
    # instead of calling its records damaged.
    3: (),
}
SCHEMA_VERSION = max(MIGRATIONS)


class FileFacts(NamedTuple):
    """What a look at the file found, without writing to it."""

    app_id: int  # APPLICATION_ID when the file is ours, 0 when unset
    version: int  # the schema version (PRAGMA user_version)
    tables: frozenset[str]  # the names of its tables


def tables_of(version: int) -> frozenset[str]:
    """The tables a file of this schema version has."""
    tables: set[str] = set()
    for step in range(1, version + 1):
        for sql in MIGRATIONS.get(step, ()):  # in order: a table may be made, renamed, dropped
            if made := re.match(r"\s*CREATE TABLE (\w+)", sql):
                tables.add(made.group(1))
            elif dropped := re.match(r"\s*DROP TABLE (\w+)", sql):
                tables.discard(dropped.group(1))
            elif renamed := re.match(r"\s*ALTER TABLE (\w+) RENAME TO (\w+)", sql):
                tables.discard(renamed.group(1))
                tables.add(renamed.group(2))
    return frozenset(tables)


def inspect_file(path: Path) -> FileFacts:
    """Read (application id, schema version, table names) without writing to the file.

    All three come from one statement, so one read transaction: a process creating the file
    at the same moment is seen either before it started or after it finished, never half way.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        probe = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id, version, names = probe.execute(
                "SELECT (SELECT application_id FROM pragma_application_id()),"
                " (SELECT user_version FROM pragma_user_version()),"
                " (SELECT json_group_array(name) FROM sqlite_master WHERE type = 'table')"
            ).fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        if _kind(exc) in ("busy", "full", "readonly", "open"):
            raise explain(path, exc) from None
        raise WorkspaceError(
            f"{path} is not a followup-kit workspace: it is not an SQLite database or it is "
            f"damaged ({exc}). It was left untouched; move it away or choose another folder."
        ) from None
    return FileFacts(app_id, version, frozenset(json.loads(names)))


def _kind(exc: sqlite3.Error) -> str:
    """What kind of trouble an SQLite error is, from its error code (or its message)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    message = str(exc).lower()
    kinds = {5: "busy", 6: "busy", 8: "readonly", 10: "io", 11: "damaged", 13: "full", 14: "open"}
    kinds |= {26: "damaged"}  # SQLITE_NOTADB
    if code in kinds:
        return kinds[code]
    if "no such table" in message or "no such column" in message:
        return "missing"
    if "malformed" in message or "not a database" in message:
        return "damaged"
    if "disk is full" in message or "file too large" in message:
        return "full"
    if "readonly" in message or "read-only" in message:
        return "readonly"
    return "other"


def explain(path: Path, exc: sqlite3.Error, *, writing: bool = True) -> StorageError:
    """Turn an SQLite error into plain sentences: what happened, that nothing changed, what to do.

    ``writing`` says whether the failed step was a save: then the message says that nothing
    of it was saved (what was saved before is intact), so a form can keep the user's edits.
    """
    kind = _kind(exc)
    doing = f"Could not save to {path}" if writing else f"Could not read {path}"
    nothing = " Nothing was saved; what was saved before is intact." if writing else ""
    if kind == "damaged":
        return StorageError(
            f"{path} is damaged ({exc}); it was left as it is. Keep a copy of it, then restore "
            "your data from your last export into a new folder ('followup-kit import FILE "
            "--workspace NEW_FOLDER'), or try 'sqlite3 FILE .recover'.",
            writing=writing,
        )
    if kind == "missing":
        return StorageError(
            f"{path} is damaged: part of it is missing ({exc}); it was left as it is. Keep a "
            "copy of it, then restore your data from your last export into a new folder.",
            writing=writing,
        )
    reasons = {
        "full": ("the disk is full", "free some disk space, then try again"),
        "io": ("the disk reported an error", "check the disk and its free space, then try again"),
        "readonly": (
            "the file or its folder is read-only",
            f"make both writable (e.g. 'chmod u+w {path.parent}'), or use a copy of the folder "
            "somewhere writable (--workspace DIR), then try again",
        ),
        "busy": (
            "another program or notebook keeps the file locked "
            f"(for more than {BUSY_TIMEOUT_MS // 1000} s)",
            "close other notebooks or programs that use it, then try again",
        ),
        "open": ("the file cannot be opened", "check that the folder still exists, then try again"),
    }
    reason, fix = reasons.get(kind, ("the database refused", "check the disk and try again"))
    return StorageError(f"{doing}: {reason} ({exc}).{nothing} To fix it: {fix}.", writing=writing)


def read_only(path: Path) -> WorkspaceError:
    """The message for a workspace that is intact but cannot be written."""
    return WorkspaceError(
        f"{path} is read-only: followup-kit saves every change, so it needs to write to it and "
        f"to its folder {path.parent}. Make both writable (e.g. 'chmod u+w' on them), or copy "
        "the folder somewhere writable and use that copy (--workspace DIR)."
    )
