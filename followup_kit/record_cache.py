"""Records read back from the workspace file, validated once per stored text.

Validating a record checks every field (an email address costs as much as the rest together),
and a long job search reads the same rows again and again. A row is validated the first time
its exact stored text is read; reading the same text again hands out a fresh copy of that
record. The key is the text itself, not an id or revision, so a row changed by any means
(another notebook, another program, a damaged disk) is validated anew: a damaged row is
caught every time it is read, never remembered.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any, TypeVar

from .errors import InvalidRecord, WorkspaceError
from .model import Record

__all__ = ["RecordCache", "fresh_copy"]

R = TypeVar("R", bound=Record)

CACHE_SIZE = 16_384  # rows; a search of 1,000 interviews with 3 letters each holds 4,000


def fresh_copy(record: R) -> R:
    """A copy of ``record`` that shares nothing changeable with it (nested records and lists
    are copied too; text, numbers, dates and choices are immutable and shared)."""
    copy = record.model_copy()
    fields = copy.__dict__
    for name, value in fields.items():
        if isinstance(value, list | dict | Record):
            fields[name] = _fresh(value)
    return copy


def _fresh(value: Any) -> Any:
    if isinstance(value, Record):
        return fresh_copy(value)
    if isinstance(value, list):
        return [_fresh(item) for item in value]
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    return value


class RecordCache:
    """Validated records by (record class, stored text), the least recently read dropped."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._built: OrderedDict[tuple[type, str], Record] = OrderedDict()
        self._lock = threading.Lock()

    def build(self, cls: type[R], data: str, where: object) -> R:
        """The record stored as ``data``: validated the first time, then copied.

        A row that is not a record of ``cls`` raises :class:`WorkspaceError` naming ``where``
        (the file) and the problem.
        """
        key = (cls, data)
        with self._lock:
            found = self._built.get(key)
            if found is not None:
                self._built.move_to_end(key)
        if found is None:
            found = _validated(cls, data, where)
            with self._lock:
                self._built[key] = found
                while len(self._built) > self.size:
                    self._built.popitem(last=False)
        return fresh_copy(found)  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget every record (the next read validates again)."""
        with self._lock:
            self._built.clear()

    def __len__(self) -> int:
        return len(self._built)


def _validated(cls: type[R], data: str, where: object) -> R:
    try:
        fields = json.loads(data)
        if not isinstance(fields, dict):
            shown = f"{fields!r:.40}"
            raise ValueError(f"{cls.__name__} stored as {shown} instead of its fields")
        return cls(**fields)
    except (InvalidRecord, ValueError, TypeError, RecursionError) as exc:
        raise WorkspaceError(f"{where} holds a damaged record: {exc}") from None
