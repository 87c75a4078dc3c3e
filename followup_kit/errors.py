"""The errors a user can cause; each message says what was wrong and how to fix it.

They live apart from the modules that raise them so that catching them costs no imports.
"""

from __future__ import annotations

from typing import Any

__all__ = ["InvalidRecord", "RecordConflict", "StorageError", "UsageError", "WorkspaceError"]


class InvalidRecord(ValueError):
    """A record failed validation; ``problems`` maps each field to its message."""

    def __init__(self, record: str, problems: dict[str, str]) -> None:
        self.record = record
        self.problems = problems
        lines = [f"{record}.{field}: {message}" for field, message in problems.items()]
        super().__init__("\n".join(lines))


class WorkspaceError(RuntimeError):
    """The workspace cannot be used as asked; the message says why and what to do."""


class RecordConflict(WorkspaceError):
    """A save from an older copy clashes with a change stored since it was loaded.

    ``fields`` are the labels the user sees (e.g. "Place"), ``changed_at`` when the stored
    version was saved, ``deleted`` whether it was deleted meanwhile. Nothing was written.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str,
        what: str,
        fields: list[str],
        changed_at: Any,
        deleted: bool = False,
    ) -> None:
        self.kind = kind  # "profile", "interview", "letter" or "settings"
        self.what = what
        self.fields = fields
        self.changed_at = changed_at
        self.deleted = deleted
        super().__init__(message)


class StorageError(WorkspaceError):
    """The database refused a read or write (disk full, locked, read-only); nothing changed.

    ``writing`` is True when the refused step was a save, so nothing of it was stored.
    """

    def __init__(self, message: str, *, writing: bool) -> None:
        self.writing = writing
        super().__init__(message)


class UsageError(ValueError):
    """Something asked of followup-kit cannot be done; the message says what to change."""
