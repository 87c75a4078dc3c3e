"""Review settings: your own words, the rules you switched off, the findings you ignored.

The words and the switched-off rules are one stored record, :class:`Settings`, with a revision
like every other record: two notebooks changing them at once both keep their change (the lists
merge as sets). Every value is checked before it is stored, by the setters and by an import,
so a review never meets a setting it cannot use.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator

from .errors import InvalidRecord
from .model import Record
from .problems import FIELD, field_label, named

if TYPE_CHECKING:
    from .store import Workspace

__all__ = [
    "Settings",
    "add_words",
    "disabled_rules",
    "ignore",
    "ignored",
    "load_settings",
    "save_settings",
    "set_disabled_rules",
    "unignore",
    "words",
]

WORD_MAX = 100
LIST_MAX = 5_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_EXAMPLES = {
    "words": "['Kubernetes', 'Houthavens']",
    "disabled_rules": "['long-sentence', 'FK204']",
}


def _entries(field: str, value: Any) -> list[str]:
    """Check a list of short one-line texts; return them cleaned, sorted and without repeats."""
    example = _EXAMPLES[field]
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise ValueError(f"{FIELD} must be a list of texts, e.g. {example}, not {value!r:.40}.")
    cleaned: set[str] = set()
    for item in value:
        if not isinstance(item, str):
            raise ValueError(
                f"{FIELD} holds {item!r:.40}, which is not text: write it like {example}."
            )
        item = unicodedata.normalize("NFC", item).strip()
        if _CONTROL.search(item) or len(item) > WORD_MAX:
            raise ValueError(
                f"{FIELD} holds {item[:40]!r}, which is not one short line: "
                f"keep each entry on one line and under {WORD_MAX} characters."
            )
        if item:
            cleaned.add(item)
    if len(cleaned) > LIST_MAX:
        raise ValueError(f"{FIELD} has {len(cleaned)} entries: keep it under {LIST_MAX}.")
    return sorted(cleaned)


class Settings(Record):
    """Your word list (words the spelling check accepts) and the rules you switched off."""

    words: list[str] = Field(default_factory=list)
    disabled_rules: list[str] = Field(default_factory=list)

    @field_validator("words", "disabled_rules", mode="before")
    @classmethod
    def _texts(cls, value: Any, info: Any) -> list[str]:
        return _entries(info.field_name, value)

    @classmethod
    def salvage(cls, data: Any) -> Settings:
        """Read stored settings leniently: an entry an older version let in is dropped."""
        data = data if isinstance(data, dict) else {}
        kept: dict[str, list[str]] = {}
        for field in cls.model_fields:
            value = data.get(field)
            if isinstance(value, list):
                kept[field] = [v for v in value if isinstance(v, str) and len(v) <= WORD_MAX]
        try:
            return cls(**kept)
        except InvalidRecord:
            return cls()


def load_settings(workspace: Workspace) -> Settings:
    """The stored settings (empty ones before anything was set), at their revision."""
    rows = workspace._rows("SELECT data, revision FROM settings WHERE id = 1")
    if not rows:
        return Settings()
    data, revision = rows[0]
    try:
        settings = Settings.salvage(json.loads(data))
    except (TypeError, ValueError, RecursionError):
        settings = Settings()
    settings._revision = revision
    return settings


def save_settings(workspace: Workspace, settings: Settings) -> Settings:
    """Store the settings, merged with any change stored since they were loaded."""
    from .history import write  # the history module reads Settings from here

    return write(workspace, "settings", settings)


def disabled_rules(workspace: Workspace) -> list[str]:
    """The rule names or codes the user switched off."""
    return list(load_settings(workspace).disabled_rules)


def set_disabled_rules(workspace: Workspace, rules: Iterable[str]) -> None:
    """Switch rules off by name or code (an empty list switches all back on)."""
    chosen = _checked("disabled_rules", rules)
    with workspace.transaction():
        current = load_settings(workspace)
        update = Settings(words=current.words, disabled_rules=chosen).based_on(current)
        save_settings(workspace, update)


def words(workspace: Workspace) -> list[str]:
    """The user's own word list: words the spelling check accepts."""
    return list(load_settings(workspace).words)


def add_words(workspace: Workspace, *new: str) -> None:
    """Add words to the word list (one transaction: no other notebook's word is lost)."""
    added = _checked("words", new)
    with workspace.transaction():
        current = load_settings(workspace)
        update = Settings(
            words=[*current.words, *added], disabled_rules=current.disabled_rules
        ).based_on(current)
        save_settings(workspace, update)


def _checked(field: str, values: Any) -> list[str]:
    try:
        return _entries(field, list(values) if isinstance(values, tuple) else values)
    except ValueError as exc:
        raise InvalidRecord(
            "Settings", {field: named(str(exc), field_label("Settings", field))}
        ) from None


def ignored(workspace: Workspace, letter_id: str) -> set[str]:
    """The keys of the findings the user chose to ignore on this letter."""
    rows = workspace._rows("SELECT finding FROM ignored WHERE letter_id = ?", letter_id)
    return {finding for (finding,) in rows}


def ignore(workspace: Workspace, letter_id: str, finding_key: str) -> None:
    """Ignore one finding on one letter (see ``Finding.key``)."""
    with workspace.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO ignored (letter_id, finding) VALUES (?, ?)",
            (letter_id, finding_key),
        )


def unignore(workspace: Workspace, letter_id: str, finding_key: str) -> None:
    """Show an ignored finding again."""
    with workspace.transaction() as db:
        db.execute(
            "DELETE FROM ignored WHERE letter_id = ? AND finding = ?", (letter_id, finding_key)
        )
