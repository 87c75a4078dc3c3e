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
