"""The workspace: one SQLite file in a folder, shared safely by every open notebook.

The file runs in WAL mode and every write is one ``BEGIN IMMEDIATE`` transaction, so several
kernels can write at once without losing anything, and a process killed mid-write leaves every
committed record in place. A file that is not ours, or was made by a newer version, is refused
before anything is written to it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from .errors import WorkspaceError
from .model import Contact, Interview, InvalidRecord, Letter, Profile, Record, now
from .schema import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    explain,
    inspect_file,
    read_only,
    tables_of,
)

__all__ = [
    "DB_NAME",
    "HOME_ENV",
    "SCHEMA_VERSION",
    "Workspace",
    "WorkspaceError",
    "default_home",
]

HOME_ENV = "FOLLOWUP_KIT_HOME"
DB_NAME = "followup-kit.sqlite3"
EXPORT_FORMAT = "followup-kit"

R = TypeVar("R", bound=Record)


def default_home() -> Path:
    """Return the workspace folder: ``$FOLLOWUP_KIT_HOME`` or ``~/followup-kit-data``."""
    configured = os.environ.get(HOME_ENV, "").strip()
    return Path(configured).expanduser() if configured else Path.home() / "followup-kit-data"


class Workspace:
    """One folder holding the SQLite file with everything the user captured and wrote."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder).expanduser() if folder is not None else default_home()
        if self.folder.exists() and not self.folder.is_dir():
            raise WorkspaceError(
                f"{self.folder} is a file, not a folder; give the folder that should hold "
                f"{DB_NAME} (it is created if missing)"
            )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"cannot create the workspace folder {self.folder}: {exc}"
            ) from None
        self.path = self.folder / DB_NAME
        self._refuse_if_read_only()
        if self.path.exists() and self.path.stat().st_size > 0:
            self._refuse_if_foreign()
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._use_wal()
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            raise explain(self.path, exc) from None

    def __repr__(self) -> str:
        return f"Workspace({str(self.folder)!r})"

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    # --- opening and migrating

    def _refuse_if_read_only(self) -> None:
        # SQLite needs to write the file and, for its write-ahead log, the folder beside it.
        if not os.access(self.folder, os.W_OK) or (
            self.path.exists() and not os.access(self.path, os.W_OK)
        ):
            raise read_only(self.path)

    def _refuse_if_foreign(self) -> None:
        app_id, version, tables = inspect_file(self.path)
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise WorkspaceError(
                f"{self.path} is an SQLite file made by another program, not a followup-kit "
                "workspace. It was left untouched; choose another folder."
            )
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path} was written by a newer followup-kit (schema {version}; this one "
                f"reads up to {SCHEMA_VERSION}). It was left untouched; upgrade followup-kit "
                "with 'pip install -U followup-kit' to open it."
            )
        missing = tables_of(version) - tables if app_id == APPLICATION_ID else set()
        if missing:
            raise WorkspaceError(
                f"{self.path} is damaged: its table(s) {', '.join(sorted(missing))} are missing. "
                "It was left as it is; restore your data from your last export into a new "
                "folder ('followup-kit import FILE --workspace NEW_FOLDER')."
            )

    def _use_wal(self) -> None:
        """Switch the file to WAL mode, waiting while another process creating it holds it.

        Changing the journal mode needs the file to itself, and SQLite may answer 'locked' at
        once instead of waiting when several processes open a new workspace together.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.001
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.05)

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # another process upgraded it while we were opening
                raise WorkspaceError(f"{self.path} was upgraded by a newer followup-kit meanwhile")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {step}")
            if version == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        return self._rows("PRAGMA user_version")[0][0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: all of it lands, or none of it.

        An SQLite failure (a full disk, a damaged file) rolls it back and becomes a
        WorkspaceError that says what happened and what to do.
        """
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise explain(self.path, exc) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    # SQLite may have rolled back on its own already (e.g. after a full disk).
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise explain(self.path, exc) from None
                raise

    def _rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise explain(self.path, exc) from None

    def _load(self, cls: Callable[..., R], rows: list[tuple[Any, ...]]) -> list[R]:
        records = []
        for (data,) in rows:
            try:
                fields = json.loads(data)
                if not isinstance(fields, dict):
                    shown = f"{fields!r:.40}"
                    raise ValueError(f"{cls.__name__} stored as {shown} instead of its fields")
                records.append(cls(**fields))
            except (InvalidRecord, ValueError, TypeError) as exc:
                raise WorkspaceError(f"{self.path} holds a damaged record: {exc}") from None
        return records

    # --- the candidate

    def profile(self) -> Profile | None:
        """Return the candidate's profile, or None before one is saved."""
        found = self._load(Profile, self._rows("SELECT data FROM profile"))
        return found[0] if found else None

    def save_profile(self, profile: Profile) -> Profile:
        """Store the candidate's profile, replacing the previous one."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO profile (id, data) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                (_dump(profile),),
            )
        return profile

    # --- interviews

    def interviews(self) -> list[Interview]:
        """Return every interview, in the order they were first saved."""
        return self._load(Interview, self._rows("SELECT data FROM interviews ORDER BY rowid"))

    def interview(self, interview_id: str) -> Interview:
        """Return one interview, or raise KeyError naming the id."""
        found = self._load(
            Interview, self._rows("SELECT data FROM interviews WHERE id = ?", interview_id)
        )
        if not found:
            raise KeyError(f"no interview {interview_id!r} in {self.path}")
        return found[0]

    def save_interview(self, interview: Interview) -> Interview:
        """Store an interview; saving one that exists updates it in place."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO interviews (id, data) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                (interview.id, _dump(interview)),
            )
        return interview

    def delete_interview(self, interview_id: str) -> None:
        """Remove an interview with its letters, contact log and ignored findings."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM ignored WHERE letter_id IN "
                "(SELECT id FROM letters WHERE interview_id = ?)",
                (interview_id,),
            )
            for table in ("letters", "contacts"):
                db.execute(f"DELETE FROM {table} WHERE interview_id = ?", (interview_id,))
            db.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))

    # --- letters

    def _of_interview(self, table: str, interview_id: str | None) -> list[tuple[Any, ...]]:
        """The rows of ``table`` for one interview (or all), in the order first saved."""
        if interview_id is None:
            return self._rows(f"SELECT data FROM {table} ORDER BY rowid")
        return self._rows(
            f"SELECT data FROM {table} WHERE interview_id = ? ORDER BY rowid", interview_id
        )

    def letters(self, interview_id: str | None = None) -> list[Letter]:
        """Return the letters of one interview (or all), in the order they were first saved."""
        return self._load(Letter, self._of_interview("letters", interview_id))

    def letter(self, letter_id: str) -> Letter:
        """Return one letter, or raise KeyError naming the id."""
        found = self._load(Letter, self._rows("SELECT data FROM letters WHERE id = ?", letter_id))
        if not found:
            raise KeyError(f"no letter {letter_id!r} in {self.path}")
        return found[0]

    def save_letter(self, letter: Letter) -> Letter:
        """Store a letter (updating it if it exists) and stamp its update time."""
        letter = letter.model_copy(update={"updated": now()})
        with self.transaction() as db:
            db.execute(
                "INSERT INTO letters (id, interview_id, interviewer_id, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data, "
                "interviewer_id = excluded.interviewer_id",
                (letter.id, letter.interview_id, letter.interviewer_id, _dump(letter)),
            )
        return letter

    def delete_letter(self, letter_id: str) -> None:
        """Remove a letter and its ignored findings."""
        with self.transaction() as db:
            db.execute("DELETE FROM ignored WHERE letter_id = ?", (letter_id,))
            db.execute("DELETE FROM letters WHERE id = ?", (letter_id,))

    # --- the contact log

    def contacts(self, interview_id: str | None = None) -> list[Contact]:
        """Return the messages actually sent, oldest first."""
        contacts = self._load(Contact, self._of_interview("contacts", interview_id))
        return sorted(contacts, key=lambda contact: contact.sent_at)

    def log_contact(self, contact: Contact) -> Contact:
        """Record a message as sent."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO contacts (id, interview_id, data) VALUES (?, ?, ?)",
                (contact.id, contact.interview_id, _dump(contact)),
            )
        return contact

    # --- review settings

    def setting(self, key: str, default: Any = None) -> Any:
        """Return a stored setting (JSON value), or ``default``."""
        rows = self._rows("SELECT value FROM settings WHERE key = ?", key)
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting as JSON."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
            )

    def disabled_rules(self) -> list[str]:
        """Return the rule names or codes the user switched off."""
        return list(self.setting("disabled_rules", []))

    def set_disabled_rules(self, rules: list[str]) -> None:
        """Switch rules off by name or code (an empty list switches all back on)."""
        self.set_setting("disabled_rules", sorted({r.strip() for r in rules if r.strip()}))

    def words(self) -> list[str]:
        """Return the user's own word list: words the spelling check accepts."""
        return list(self.setting("words", []))

    def add_words(self, *words: str) -> None:
        """Add words to the user's word list (one transaction: no other kernel's word is lost)."""
        with self.transaction() as db:
            row = db.execute("SELECT value FROM settings WHERE key = 'words'").fetchone()
            merged = set(json.loads(row[0]) if row else []) | {
                w.strip() for w in words if w.strip()
            }
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('words', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (json.dumps(sorted(merged), ensure_ascii=False),),
            )

    def ignored(self, letter_id: str) -> set[str]:
        """Return the keys of the findings the user chose to ignore on this letter."""
        rows = self._rows("SELECT finding FROM ignored WHERE letter_id = ?", letter_id)
        return {finding for (finding,) in rows}

    def ignore(self, letter_id: str, finding_key: str) -> None:
        """Ignore one finding on one letter (see ``Finding.key``)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO ignored (letter_id, finding) VALUES (?, ?)",
                (letter_id, finding_key),
            )

    def unignore(self, letter_id: str, finding_key: str) -> None:
        """Show an ignored finding again."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM ignored WHERE letter_id = ? AND finding = ?", (letter_id, finding_key)
            )

    # --- the whole workspace as JSON

    def is_empty(self) -> bool:
        """True when nothing has been captured yet."""
        rows = self._rows(
            "SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM profile)"
        )
        return rows[0][0] == 0

    def export_data(self) -> dict[str, Any]:
        """Return everything in the workspace as plain JSON-ready data."""
        profile = self.profile()
        ignored = self._rows("SELECT letter_id, finding FROM ignored ORDER BY letter_id, finding")
        settings = self._rows("SELECT key, value FROM settings ORDER BY key")
        return {
            "format": EXPORT_FORMAT,
            "schema": SCHEMA_VERSION,
            "profile": profile.to_data() if profile else None,
            "interviews": [i.to_data() for i in self.interviews()],
            "letters": [letter.to_data() for letter in self.letters()],
            "contacts": [c.to_data() for c in self.contacts()],
            "settings": {key: json.loads(value) for key, value in settings},
            "ignored": [[letter_id, finding] for letter_id, finding in ignored],
        }

    def import_data(self, data: dict[str, Any], *, replace: bool = False) -> Path | None:
        """Load an export; into a workspace with data only with ``replace=True``.

        Everything is validated before anything is written, and the import is one transaction:
        a bad file leaves the workspace as it was. Replacing data first saves a backup export
        in the workspace folder, whose path is returned.
        """
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise WorkspaceError("this is not a followup-kit export (its 'format' is missing)")
        if not isinstance(data.get("schema"), int) or data["schema"] > SCHEMA_VERSION:
            raise WorkspaceError(
                f"this export was made by a newer followup-kit (schema {data.get('schema')!r}); "
                "upgrade followup-kit to import it"
            )
        if not replace and not self.is_empty():
            raise WorkspaceError(
                f"{self.folder} already holds data; import into an empty folder, or replace "
                "what is there (export it first to keep a copy)"
            )
        try:
            profile = Profile(**data["profile"]) if data.get("profile") else None
            interviews = [Interview(**item) for item in data.get("interviews", [])]
            letters = [Letter(**item) for item in data.get("letters", [])]
            contacts = [Contact(**item) for item in data.get("contacts", [])]
            settings = dict(data.get("settings", {}))
            ignored = [(str(a), str(b)) for a, b in data.get("ignored", [])]
        except (InvalidRecord, TypeError, ValueError) as exc:
            raise WorkspaceError(
                f"the export holds an invalid record, nothing was imported:\n{exc}"
            ) from None
        backup = None
        if not self.is_empty():
            stamp = now().strftime("%Y%m%d-%H%M%S")
            backup = self.export_json(self.folder / f"backup-before-import-{stamp}.json")
        with self.transaction() as db:
            for table in ("profile", "interviews", "letters", "contacts", "settings", "ignored"):
                db.execute(f"DELETE FROM {table}")
            if profile:
                db.execute("INSERT INTO profile (id, data) VALUES (1, ?)", (_dump(profile),))
            db.executemany(
                "INSERT INTO interviews (id, data) VALUES (?, ?)",
                [(i.id, _dump(i)) for i in interviews],
            )
            db.executemany(
                "INSERT INTO letters (id, interview_id, interviewer_id, data) VALUES (?, ?, ?, ?)",
                [(x.id, x.interview_id, x.interviewer_id, _dump(x)) for x in letters],
            )
            db.executemany(
                "INSERT INTO contacts (id, interview_id, data) VALUES (?, ?, ?)",
                [(c.id, c.interview_id, _dump(c)) for c in contacts],
            )
            db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [
                    (k, json.dumps(v, ensure_ascii=False, sort_keys=True))
                    for k, v in settings.items()
                ],
            )
            db.executemany("INSERT INTO ignored (letter_id, finding) VALUES (?, ?)", ignored)
        return backup

    def export_json(self, path: str | os.PathLike[str]) -> Path:
        """Write the whole workspace to a JSON file (written whole, then moved into place)."""
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(dumps_export(self.export_data()), encoding="utf-8")
        partial.replace(target)
        return target

    def import_json(self, path: str | os.PathLike[str], *, replace: bool = False) -> Path | None:
        """Load a JSON export written by :meth:`export_json`; return the backup, if one was made."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise WorkspaceError(f"cannot read {path} as a followup-kit export: {exc}") from None
        return self.import_data(data, replace=replace)


def dumps_export(data: dict[str, Any]) -> str:
    """Serialise export data the same way every time (stable keys, readable Unicode)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _dump(record: Record) -> str:
    return json.dumps(record.to_data(), ensure_ascii=False, sort_keys=True)
