"""The workspace file's schema: its tables, how older files are upgraded, and how a file is
recognised as ours without writing to it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

from .errors import WorkspaceError

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
}
SCHEMA_VERSION = max(MIGRATIONS)


class FileFacts(NamedTuple):
    """What a look at the file found, without writing to it."""

    app_id: int  # APPLICATION_ID when the file is ours, 0 when unset
    version: int  # the schema version (PRAGMA user_version)
    tables: frozenset[str]  # the names of its tables


def tables_of(version: int) -> frozenset[str]:
    """The tables a file of this schema version has."""
    statements = [sql for step in range(1, version + 1) for sql in MIGRATIONS.get(step, ())]
    created = {m.group(1) for sql in statements for m in re.finditer(r"CREATE TABLE (\w+)", sql)}
    dropped = {m.group(1) for sql in statements for m in re.finditer(r"DROP TABLE (\w+)", sql)}
    return frozenset(created - dropped)


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


def explain(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """Turn an SQLite error into one plain sentence: what happened and what to do."""
    kind = _kind(exc)
    if kind == "full":
        return WorkspaceError(
            f"cannot write to {path}: the disk is full ({exc}). Nothing of this step was "
            "saved and what was saved before is intact; free some space and try again."
        )
    if kind == "io":
        return WorkspaceError(
            f"cannot write to {path} ({exc}): the disk may be full or failing. What was saved "
            "before is intact; free some space, check the disk and try again."
        )
    if kind == "readonly":
        return read_only(path)
    if kind == "busy":
        return WorkspaceError(
            f"{path} is busy: another program has held it for more than "
            f"{BUSY_TIMEOUT_MS // 1000} s ({exc}); close other notebooks and try again."
        )
    if kind in ("damaged", "missing"):
        return WorkspaceError(
            f"{path} is damaged ({exc}); it was left as it is. Keep a copy of it, then restore "
            "your data from your last export into a new folder ('followup-kit import FILE "
            "--workspace NEW_FOLDER'), or try 'sqlite3 FILE .recover'."
        )
    if kind == "open":
        return WorkspaceError(f"cannot open {path} ({exc}); check that the folder exists.")
    return WorkspaceError(f"{path}: {exc}")


def read_only(path: Path) -> WorkspaceError:
    """The message for a workspace that is intact but cannot be written."""
    return WorkspaceError(
        f"{path} is read-only: followup-kit saves every change, so it needs to write to it and "
        f"to its folder {path.parent}. Make both writable (e.g. 'chmod u+w' on them), or copy "
        "the folder somewhere writable and use that copy (--workspace DIR)."
    )
