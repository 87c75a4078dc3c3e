"""Concerns in the capture form: what each person worried about, and your answer beside it."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import traitlets

from ._common import FULL, LABEL, html

__all__ = ["ConcernList"]

HINT = (
    '<div class="fk-box fk-muted" style="margin-left:154px; line-height:1.4">How would you '
    "answer this now? One or two sentences: what you did, with a number if you have one. The "
    "letter answers the concern marked most important (else the first) in these words.</div>"
)


class _Row(w.VBox):
    """One concern: what they asked, your answer, the most-important mark and a remove button."""

    def __init__(self, number: int, data: dict[str, Any]) -> None:
        self.text = w.Text(
            description=f"Concern {number}",
            placeholder="e.g. whether I have led a team before",
            value=str(data.get("text") or ""),
            style=LABEL,
            layout=w.Layout(flex="1 1 auto", width="auto"),
            continuous_update=True,
        )
        self.answer = w.Textarea(
            description="Your answer",
            placeholder="e.g. For two years I led a team of four analysts at Brightline.",
            value=str(data.get("answer") or ""),
            style=LABEL,
            layout=w.Layout(width="100%"),
            rows=3,
            continuous_update=True,
        )
        self.main = w.Checkbox(
            description="most important",
            value=bool(data.get("main")),
            indent=False,
            layout=w.Layout(width="130px"),
        )
        self.remove = w.Button(
            icon="times", tooltip="Remove this concern", layout=w.Layout(width="36px")
        )
        super().__init__(
            [w.HBox([self.text, self.main, self.remove], layout=FULL), self.answer, html(HINT)],
            layout=w.Layout(margin="0 0 6px 0"),
        )

    def data(self) -> dict[str, Any]:
        """The row as a concern record expects it."""
        return {
            "text": self.text.value.strip(),
            "answer": self.answer.value.strip(),
            "main": self.main.value,
        }


class ConcernList(w.VBox):
    """Each concern an interviewer raised, with your answer and a most-important mark.

    ``value`` is a list of ``{"text", "answer", "main"}`` dicts (blank rows left out); setting
    it shows those concerns. One empty row is always there to type into.
    """

    value = traitlets.List()
    disabled = traitlets.Bool(False)
    description = "Their concerns"  # the label on screen, as messages about this field name it

    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.add_button = w.Button(description="Add concern", icon="plus")
        self.add_button.on_click(lambda _: self.add())
        self.heading = html(
            f'<b class="fk-box">{self.description}</b> <span class="fk-box fk-muted">what they '
            "worried about or asked, e.g. whether you have led a team</span>"
        )
        self._syncing = False
        super().__init__(layout=FULL)
        self.observe(lambda change: self._syncing or self._build(change["new"]), names="value")
        self.observe(lambda change: self._enable(), names="disabled")
        self._build([])

    @traitlets.validate("value")
    def _concerns(self, proposal: dict[str, Any]) -> list[Any]:
        """A list of concerns as dicts or text; plain text is one concern per line."""
        concerns: list[Any] = []
        for item in proposal["value"]:  # traitlets hands a lone string over as [string]
            if isinstance(item, str):
                concerns += [{"text": line.strip()} for line in item.splitlines() if line.strip()]
            else:
                concerns.append(item)
        return concerns

    def add(self, data: dict[str, Any] | None = None) -> _Row:
        """Add a row (empty unless ``data`` is given) and return it."""
        row = _Row(len(self.rows) + 1, data or {})
        for widget in (row.text, row.answer):
            widget.observe(lambda change: self._sync(), names="value")
        row.main.observe(lambda change, row=row: self._marked(row, change["new"]), names="value")
        row.remove.on_click(lambda _, row=row: self._remove(row))
        self.rows.append(row)
        self._layout()
        self._enable()
        return row

    def _build(self, values: list[Any]) -> None:
        self.rows = []
        for value in values:
            self.add(value if isinstance(value, dict) else dict(value))
        if not self.rows:
            self.add()
        self._sync()

    def _layout(self) -> None:
        self.children = [self.heading, *self.rows, self.add_button]

    def _enable(self) -> None:
        for row in self.rows:
            for widget in (row.text, row.answer, row.main, row.remove):
                widget.disabled = self.disabled
        self.add_button.disabled = self.disabled

    def _marked(self, row: _Row, marked: bool) -> None:
        """Only one concern is the most important: marking one unmarks the others."""
        if marked:
            for other in self.rows:
                if other is not row:
                    other.main.value = False
        self._sync()

    def _remove(self, row: _Row) -> None:
        self.rows.remove(row)
        for number, kept in enumerate(self.rows, start=1):
            kept.text.description = f"Concern {number}"
        if not self.rows:
            self.add()
        self._layout()
        self._sync()

    def _sync(self) -> None:
        self._syncing = True
        try:
            rows = [row.data() for row in self.rows]
            self.value = [data for data in rows if data["text"] or data["answer"]]
        finally:
            self._syncing = False
