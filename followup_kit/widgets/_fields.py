"""The capture form's parts: a text or time-zone field per record field, each with its own
message, checked as the user types."""

from __future__ import annotations

from functools import cache
from typing import Any
from zoneinfo import available_timezones

import ipywidgets as w

from ..model import field_problem
from ._common import FULL, LABEL, html, message, set_html
from .concerns import ConcernList

__all__ = ["LIST_FIELDS", "Fields", "text_field", "zone_field"]

LIST_FIELDS = ("remarks", "topics")  # one per line; concerns have a list widget of their own


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def text_field(label: str, placeholder: str = "", *, area: bool = False, rows: int = 2) -> w.Widget:
    """A labelled text field the width of the form; ``area`` for several lines (``rows`` high)."""
    if area:
        return w.Textarea(
            description=label,
            placeholder=placeholder,
            style=LABEL,
            layout=FULL,
            continuous_update=True,
            rows=rows,
        )
    return w.Text(
        description=label, placeholder=placeholder, style=LABEL, layout=FULL, continuous_update=True
    )


def zone_field(label: str, placeholder: str) -> w.Combobox:
    """A time zone field that suggests IANA names as you type ('Europe/Berlin')."""
    return w.Combobox(
        description=label,
        options=_zones(),
        placeholder=placeholder,
        ensure_option=False,
        style=LABEL,
        layout=FULL,
    )


@cache
def _zones() -> list[str]:
    return sorted(available_timezones())


class Fields:
    """Widgets for some fields of one record kind, each with its error label beside it."""

    def __init__(self, record: type, widgets: dict[str, w.Widget]) -> None:
        self.record = record
        self.widgets = widgets
        self.errors = {name: html("") for name in widgets}
        for name, widget in widgets.items():
            widget.observe(lambda change, name=name: self.check(name), names="value")

    def value(self, name: str) -> Any:
        """The field's value as the record expects it (a list for one-per-line fields)."""
        raw = self.widgets[name].value
        if name in LIST_FIELDS or name == "value_points":
            return _lines(raw)
        if isinstance(raw, str):
            return raw.strip()
        return raw

    def values(self) -> dict[str, Any]:
        """Every field's value."""
        return {name: self.value(name) for name in self.widgets}

    def check(self, name: str) -> str | None:
        """Validate one field and show its message (or clear it)."""
        problem = field_problem(self.record, name, self.value(name))
        self.show(name, problem)
        return problem

    def show(self, name: str, problem: str | None) -> None:
        """Show a message beside a field, or clear it."""
        if problem:
            message(self.errors[name], problem, "error")
        else:
            set_html(self.errors[name], "")

    def clear(self) -> None:
        """Clear every message."""
        for name in self.widgets:
            self.show(name, None)

    def load(self, values: dict[str, Any]) -> None:
        """Put stored values into the widgets (messages cleared)."""
        for name, widget in self.widgets.items():
            value = values.get(name)
            if name in LIST_FIELDS or name == "value_points":
                widget.value = "\n".join(value or [])
            elif isinstance(widget, ConcernList):
                widget.value = list(value or [])
            elif isinstance(widget, w.DatePicker):
                widget.value = value
            elif value is None:
                widget.value = ""
            else:
                widget.value = str(value)
        self.clear()

    def rows(self) -> list[w.Widget]:
        """Each widget stacked over its message."""
        return [w.VBox([widget, self.errors[name]]) for name, widget in self.widgets.items()]
