"""The errors a user can cause; each message says what was wrong and how to fix it.

They live apart from the modules that raise them so that catching them costs no imports.
"""

from __future__ import annotations

__all__ = ["InvalidRecord", "UsageError", "WorkspaceError"]


class InvalidRecord(ValueError):
    """A record failed validation; ``problems`` maps each field to its message."""

    def __init__(self, record: str, problems: dict[str, str]) -> None:
        self.record = record
        self.problems = problems
        lines = [f"{record}.{field}: {message}" for field, message in problems.items()]
        super().__init__("\n".join(lines))


class WorkspaceError(RuntimeError):
    """The workspace cannot be used as asked; the message says why and what to do."""


class UsageError(ValueError):
    """Something asked of followup-kit cannot be done; the message says what to change."""
