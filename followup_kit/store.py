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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from . import history as _history
from . import settings as _settings
from . import transfer as _transfer
from .errors import StorageError, WorkspaceError
from .model import Contact, Interview, Letter, Profile, Record, now
from .record_cache import RecordCache
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
from .settings import Settings

__all__ = [
    "DB_NAME",
    "HOME_ENV",
    "SCHEMA_VERSION",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "default_home",
    "dumps_export",
]

HOME_ENV = "FOLLOWUP_KIT_HOME"
DB_NAME = "followup-kit.sqlite3"
EXPORT_FORMAT = _transfer.EXPORT_FORMAT
HISTORY = _history.HISTORY

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
        self._depth = 0  # nesting of transaction() blocks on this connection
        self._listeners: list[Callable[[], None]] = []
        self._records = RecordCache()
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
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """Run the block as one transaction: all of it lands, or none of it.

        A write transaction (``BEGIN IMMEDIATE``) holds the file's write lock from the start,
        so what the block reads cannot change under it; ``write=False`` reads one consistent
        snapshot. A block inside another joins it. A database failure (disk full, locked,
        read-only) raises :class:`StorageError` after rolling everything back.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._db
                finally:
                    self._depth -= 1
                return
            before = self._db.total_changes
            try:
                self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise explain(self.path, exc, writing=write) from None
            self._depth = 1
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    # SQLite may have rolled back on its own already (e.g. after a full disk).
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise explain(self.path, exc, writing=write) from None
                raise
            finally:
                self._depth = 0
            changed = self._db.total_changes != before
        if changed:
            for listener in list(self._listeners):
                listener()

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after each write this workspace object commits."""
        self._listeners.append(listener)

    def change_stamp(self) -> tuple[int, int]:
        """A value that changes whenever anything is committed, here or by another process."""
        with self._lock:
            try:
                version = self._db.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:
                raise explain(self.path, exc, writing=False) from None
            return version, self._db.total_changes

    def _rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise explain(self.path, exc, writing=False) from None

    def _load(self, cls: type[R], rows: list[tuple[Any, ...]]) -> list[R]:
        # Each stored text is validated once (see record_cache); a damaged row raises.
        records = []
        for data, *revision in rows:
            record = self._records.build(cls, data, self.path)
            record._revision = revision[0] if revision else None
            records.append(record)
        return records

    # --- the candidate

    def profile(self) -> Profile | None:
        """Return the candidate's profile, or None before one is saved."""
        found = self._load(Profile, self._rows("SELECT data, revision FROM profile"))
        return found[0] if found else None

    def save_profile(self, profile: Profile) -> Profile:
        """Store the candidate's profile; a loaded copy is merged with changes made since."""
        return _history.write(self, "profile", profile)

    # --- interviews

    def interviews(self) -> list[Interview]:
        """Return every interview, in the order they were first saved."""
        return self._load(
            Interview, self._rows("SELECT data, revision FROM interviews ORDER BY rowid")
        )

    def interview(self, interview_id: str) -> Interview:
        """Return one interview, or raise KeyError naming the id."""
        found = self._load(
            Interview,
            self._rows("SELECT data, revision FROM interviews WHERE id = ?", interview_id),
        )
        if not found:
            raise KeyError(f"no interview {interview_id!r} in {self.path}")
        return found[0]

    def save_interview(self, interview: Interview) -> Interview:
        """Store an interview and return it as stored.

        A copy loaded earlier is merged field by field (person by person) with what was
        stored since; the same field changed on both sides raises :class:`RecordConflict`.
        """
        return _history.write(self, "interview", interview)

    def delete_interview(self, interview_id: str) -> None:
        """Remove an interview with its letters, contact log and ignored findings."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM ignored WHERE letter_id IN "
                "(SELECT id FROM letters WHERE interview_id = ?)",
                (interview_id,),
            )
            letters = db.execute("SELECT id FROM letters WHERE interview_id = ?", (interview_id,))
            _history.delete(self, "letter", [letter_id for (letter_id,) in letters.fetchall()])
            db.execute("DELETE FROM contacts WHERE interview_id = ?", (interview_id,))
            _history.delete(self, "interview", [interview_id])

    # --- letters

    def _of_interview(self, table: str, interview_id: str | None) -> list[tuple[Any, ...]]:
        """The rows of ``table`` for one interview (or all), in the order first saved."""
        extra = ", revision" if table == "letters" else ""
        if interview_id is None:
            return self._rows(f"SELECT data{extra} FROM {table} ORDER BY rowid")
        return self._rows(
            f"SELECT data{extra} FROM {table} WHERE interview_id = ? ORDER BY rowid", interview_id
        )

    def letters(self, interview_id: str | None = None) -> list[Letter]:
        """Return the letters of one interview (or all), in the order they were first saved."""
        return self._load(Letter, self._of_interview("letters", interview_id))

    def letter(self, letter_id: str) -> Letter:
        """Return one letter, or raise KeyError naming the id."""
        found = self._load(
            Letter, self._rows("SELECT data, revision FROM letters WHERE id = ?", letter_id)
        )
        if not found:
            raise KeyError(f"no letter {letter_id!r} in {self.path}")
        return found[0]

    def save_letter(self, letter: Letter) -> Letter:
        """Store a letter, stamp its update time, and return it as stored (merged with
        changes stored since it was loaded; see :meth:`save_interview`)."""
        return _history.write(self, "letter", letter.model_copy(update={"updated": now()}))

    def delete_letter(self, letter_id: str) -> None:
        """Remove a letter and its ignored findings."""
        with self.transaction() as db:
            db.execute("DELETE FROM ignored WHERE letter_id = ?", (letter_id,))
            _history.delete(self, "letter", [letter_id])

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

    # --- review settings (see followup_kit.settings)

    def settings(self) -> Settings:
        """Your word list and switched-off rules, as one record with its revision."""
        return _settings.load_settings(self)

    def save_settings(self, settings: Settings) -> Settings:
        """Store the settings, merged with changes stored since they were loaded."""
        return _settings.save_settings(self, settings)

    def disabled_rules(self) -> list[str]:
        """Return the rule names or codes the user switched off."""
        return _settings.disabled_rules(self)

    def set_disabled_rules(self, rules: Iterable[str]) -> None:
        """Switch rules off by name or code (an empty list switches all back on)."""
        _settings.set_disabled_rules(self, rules)

    def words(self) -> list[str]:
        """Return the user's own word list: words the spelling check accepts."""
        return _settings.words(self)

    def add_words(self, *words: str) -> None:
        """Add words to the user's word list (one transaction: no other kernel's word is lost)."""
        _settings.add_words(self, *words)

    def ignored(self, letter_id: str) -> set[str]:
        """Return the keys of the findings the user chose to ignore on this letter."""
        return _settings.ignored(self, letter_id)

    def ignore(self, letter_id: str, finding_key: str) -> None:
        """Ignore one finding on one letter (see ``Finding.key``)."""
        _settings.ignore(self, letter_id, finding_key)

    def unignore(self, letter_id: str, finding_key: str) -> None:
        """Show an ignored finding again."""
        _settings.unignore(self, letter_id, finding_key)

    # --- the whole workspace as JSON (see followup_kit.transfer)

    def is_empty(self) -> bool:
        """True when nothing has been captured yet."""
        rows = self._rows(
            "SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM profile)"
        )
        return rows[0][0] == 0

    def export_data(self) -> dict[str, Any]:
        """Return everything in the workspace as plain JSON-ready data."""
        return _transfer.export_data(self)

    def import_data(self, data: dict[str, Any], *, replace: bool = False) -> Path | None:
        """Load an export (checked whole, then one transaction); see :mod:`.transfer`."""
        return _transfer.import_data(self, data, replace=replace)

    def export_json(self, path: str | os.PathLike[str]) -> Path:
        """Write the whole workspace to a JSON file (written whole, then moved into place)."""
        return _transfer.export_json(self, path)

    def import_json(self, path: str | os.PathLike[str], *, replace: bool = False) -> Path | None:
        """Load a JSON export written by :meth:`export_json`; return the backup, if one was made."""
        return _transfer.import_json(self, path, replace=replace)


dumps_export = _transfer.dumps_export


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _dump(record: Record) -> str:
    return _dumps(record.to_data())
