"""The whole workspace as JSON: export it, and import it back (e.g. into a new Binder session).

An import is checked whole before anything is written, then runs in one write transaction:
the "is the workspace empty?" check, the backup of what it holds and the replacement happen
together, so a record another notebook saves meanwhile either lands in the backup or waits and
lands after the import; it is never lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import history
from .errors import InvalidRecord, WorkspaceError
from .model import Contact, Interview, Letter, Profile, Record, now
from .schema import SCHEMA_VERSION
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .store import Workspace

__all__ = [
    "EXPORT_FORMAT",
    "dumps_export",
    "export_data",
    "export_json",
    "import_data",
    "import_json",
    "parse_export",
]

EXPORT_FORMAT = "followup-kit"


def export_data(workspace: Workspace) -> dict[str, Any]:
    """Everything in the workspace as plain JSON-ready data (read in one transaction)."""
    with workspace.transaction(write=False):
        profile = workspace.profile()
        ignored = workspace._rows(
            "SELECT letter_id, finding FROM ignored ORDER BY letter_id, finding"
        )
        return {
            "format": EXPORT_FORMAT,
            "schema": SCHEMA_VERSION,
            "profile": profile.to_data() if profile else None,
            "interviews": [i.to_data() for i in workspace.interviews()],
            "letters": [letter.to_data() for letter in workspace.letters()],
            "contacts": [c.to_data() for c in workspace.contacts()],
            "settings": load_settings(workspace).to_data(),
            "ignored": [[letter_id, finding] for letter_id, finding in ignored],
        }


def dumps_export(data: dict[str, Any]) -> str:
    """Serialise export data the same way every time (stable keys, readable Unicode)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def parse_export(raw: bytes | str, source: str = "the file") -> dict[str, Any]:
    """Read the text of an export; a file that is not one gets a clear WorkspaceError."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError:
        problem = "it is not UTF-8 text"
    except json.JSONDecodeError as exc:
        problem = f"it is not valid JSON: line {exc.lineno}, column {exc.colno} is wrong"
    except RecursionError:
        problem = "its JSON is nested too deeply to read"
    else:
        problem = ""
    if problem:
        raise WorkspaceError(
            f"cannot read {source}: it is not a followup-kit export ({problem}). Nothing was "
            "imported; choose the .json file that 'Download all your data' or "
            "'followup-kit export' wrote."
        )
    if not isinstance(data, dict):
        raise WorkspaceError(f"{source} is not a followup-kit export (its 'format' is missing)")
    return data


def _items(data: dict[str, Any], key: str, what: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"'{key}' must be a list of {what}, not {type(value).__name__}")
    return value


def _record(cls: Callable[..., Record], item: Any, where: str) -> Any:
    if not isinstance(item, dict):
        raise ValueError(f"{where} must be an object with fields, not {type(item).__name__}")
    return cls(**item)


def _unique(records: list[Any], what: str, name: Callable[[Any], str]) -> None:
    seen: dict[str, Any] = {}
    for record in records:
        if record.id in seen:
            raise ValueError(
                f"the id {record.id!r} is used twice among the {what} ({name(seen[record.id])} "
                f"and {name(record)}); ids must be unique, so remove or renumber one of them"
            )
        seen[record.id] = record


def _validated(data: Any) -> dict[str, Any]:
    """Check an export whole and return its records; raise WorkspaceError, writing nothing."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise WorkspaceError("this is not a followup-kit export (its 'format' is missing)")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema > SCHEMA_VERSION:
        raise WorkspaceError(
            f"this export was made by a newer followup-kit (schema {schema!r}); "
            "upgrade followup-kit to import it"
        )
    try:
        profile = data.get("profile")
        interviews = [
            _record(Interview, item, f"interview {n}")
            for n, item in enumerate(_items(data, "interviews", "interviews"), 1)
        ]
        letters = [
            _record(Letter, item, f"letter {n}")
            for n, item in enumerate(_items(data, "letters", "letters"), 1)
        ]
        contacts = [
            _record(Contact, item, f"contact {n}")
            for n, item in enumerate(_items(data, "contacts", "contacts"), 1)
        ]
        settings = data.get("settings") or {}
        if not isinstance(settings, dict):
            raise ValueError(f"'settings' must be an object, not {type(settings).__name__}")
        unknown = sorted(set(settings) - set(Settings.model_fields))
        if unknown:
            raise ValueError(
                f"settings: {', '.join(map(repr, unknown))} is not a setting; "
                f"the settings are {', '.join(Settings.model_fields)}"
            )
        ignored: set[tuple[str, str]] = set()
        for pair in _items(data, "ignored", "[letter id, finding] pairs"):
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
            ):
                raise ValueError(f"'ignored' holds {pair!r}; each entry is [letter id, finding]")
            ignored.add((pair[0], pair[1]))
        records = {
            "profile": _record(Profile, profile, "the profile") if profile else None,
            "interviews": interviews,
            "letters": letters,
            "contacts": contacts,
            "settings": Settings(**settings),
            "ignored": sorted(ignored),
        }
        _unique(interviews, "interviews", lambda i: f"{i.role} at {i.company}")
        _unique(letters, "letters", lambda x: f"a {x.kind}")
        _unique(contacts, "contacts", lambda c: f"a {c.kind} sent {c.sent_at:%d %b %Y}")
        for interview in interviews:
            _unique(
                interview.interviewers,
                f"people of {interview.role} at {interview.company}",
                lambda p: p.name,
            )
    except (InvalidRecord, TypeError, ValueError) as exc:
        raise WorkspaceError(
            f"the export holds an invalid record, nothing was imported:\n{exc}"
        ) from None
    except RecursionError:
        raise WorkspaceError(
            "the export is nested too deeply to be a followup-kit export; nothing was imported"
        ) from None
    return records


def import_data(workspace: Workspace, data: Any, *, replace: bool = False) -> Path | None:
    """Load an export; into a workspace with data only with ``replace=True``.

    Everything is validated before anything is written, and the import is one transaction:
    a bad file leaves the workspace as it was. Replacing data first saves a backup export of
    what the workspace holds at that moment in its folder; its path is returned.
    """
    records = _validated(data)
    backup = None
    with workspace.transaction() as db:
        if not workspace.is_empty():
            if not replace:
                raise WorkspaceError(
                    f"{workspace.folder} already holds data; import into an empty folder, or "
                    "replace what is there (export it first to keep a copy)"
                )
            stamp = now().strftime("%Y%m%d-%H%M%S")
            backup = _write(
                workspace.folder / f"backup-before-import-{stamp}.json", workspace.export_data()
            )
        for kind, table in (("profile", "profile"), ("interview", "interviews")):
            for (record_id,) in db.execute(f"SELECT id FROM {table}").fetchall():
                history.log(workspace, kind, str(record_id), None)
        for (record_id,) in db.execute("SELECT id FROM letters").fetchall():
            history.log(workspace, "letter", record_id, None)
        for table in ("profile", "interviews", "letters", "contacts", "settings", "ignored"):
            db.execute(f"DELETE FROM {table}")
        if records["profile"] is not None:
            history.write(workspace, "profile", records["profile"])
        for interview in records["interviews"]:
            history.write(workspace, "interview", interview)
        for letter in records["letters"]:
            history.write(workspace, "letter", letter)
        db.executemany(
            "INSERT INTO contacts (id, interview_id, data) VALUES (?, ?, ?)",
            [(c.id, c.interview_id, _dump(c)) for c in records["contacts"]],
        )
        if records["settings"] != Settings():
            history.write(workspace, "settings", records["settings"])
        db.executemany("INSERT INTO ignored (letter_id, finding) VALUES (?, ?)", records["ignored"])
    return backup


def _write(target: Path, data: dict[str, Any]) -> Path:
    """Write export data whole, then move it into place (never a half-written file)."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(dumps_export(data), encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WorkspaceError(
            f"cannot write {target}: {exc.strerror or exc}. Nothing was changed; free some "
            "space or choose another place, then try again."
        ) from None
    return target


def export_json(workspace: Workspace, path: str | os.PathLike[str]) -> Path:
    """Write the whole workspace to a JSON file (written whole, then moved into place)."""
    return _write(Path(path), workspace.export_data())


def import_json(
    workspace: Workspace, path: str | os.PathLike[str], *, replace: bool = False
) -> Path | None:
    """Load a JSON export written by :func:`export_json`; return the backup, if one was made."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise WorkspaceError(
            f"cannot read {path} as a followup-kit export: {exc.strerror or exc}"
        ) from None
    return import_data(workspace, parse_export(raw, str(path)), replace=replace)


def _dump(record: Record) -> str:
    return json.dumps(record.to_data(), ensure_ascii=False, sort_keys=True)
