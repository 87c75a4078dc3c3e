"""The workspace file's schema: its tables, how older files are upgraded, and how a file is
recognised as ours without writing to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import WorkspaceError

__all__ = ["APPLICATION_ID", "BUSY_TIMEOUT_MS", "MIGRATIONS", "SCHEMA_VERSION", "inspect_file"]

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


def inspect_file(path: Path) -> tuple[int, int, int]:
    """Read (application id, schema version, table count) without writing to the file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        probe = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"{path} is not a followup-kit workspace: it is not an SQLite database or it is "
            f"damaged ({exc}). It was left untouched; move it away or choose another folder."
        ) from None
    return app_id, version, tables
