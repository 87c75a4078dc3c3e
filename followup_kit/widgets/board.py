"""The review board: every letter with its counts, how alike they are, and what blocks sending."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import combinations
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..reviewing import review
from ..rules.base import fold
from ..rules.labels import rule_label
from ..rules.tone import SIMILAR_WARNING, similarity
from ..snapshot import InterviewSummary, Snapshot, snapshot
from ..store import Workspace
from ..wording import counted
from ._common import guarded, html, message, place, root, set_html

__all__ = ["ReviewBoard"]


PAGE = 10  # interviews shown at first, and added by each "Show more"


class ReviewBoard(w.VBox):
    """Every letter of one interview (or of all) with its review; Refresh after editing.

    Over many interviews it shows the open applications first (newest first), ``page`` at a
    time: *Show more* reviews the next ones.
    """

    def __init__(
        self, workspace: Workspace, interview_id: str | None = None, *, page: int = PAGE
    ) -> None:
        self.workspace = workspace
        self.interview_id = interview_id
        self.page = max(1, page)
        self.showing = self.page  # how many interviews the board shows
        self.hidden = 0  # how many more there are
        self.rows: list[dict[str, Any]] = []
        self.pairs: list[dict[str, Any]] = []
        # Per interview, what was reviewed for the snapshot it was read in: Show more reuses it.
        self._done: dict[str, tuple[Any, list[dict[str, Any]], list[dict[str, Any]], Markup]] = {}
        self.table = html("")
        self.status = html("")
        self.refresh_button = w.Button(description="Refresh", icon="refresh")
        self.refresh_button.on_click(guarded(self.status)(lambda _: self.refresh()))
        self.more_button = w.Button(
            description=f"Show {self.page} more", icon="chevron-down", layout={"display": "none"}
        )
        self.more_button.on_click(guarded(self.status)(lambda _: self.show_more()))
        super().__init__([self.refresh_button, self.table, self.more_button, self.status])
        root(self)
        self.refresh()

    def refresh(self) -> None:
        """Review the shown letters again and redraw the board."""
        self._done.clear()
        self._draw()

    def show_more(self) -> None:
        """Show the next interviews too (only they are reviewed now)."""
        self.showing += self.page
        self._draw()

    def _order(self, summaries: list[InterviewSummary]) -> list[InterviewSummary]:
        """Open applications first, then the others; the newest first in each."""
        if self.interview_id:
            return [s for s in summaries if s.id == self.interview_id]
        oldest = datetime.min.replace(tzinfo=UTC)

        def newest_first(s: InterviewSummary) -> datetime:
            return s.when if s.when is not None and s.when.tzinfo else oldest

        return sorted(
            reversed(summaries),  # among equal times, the one saved last first
            key=lambda s: (not s.open, -newest_first(s).timestamp()),
        )

    def _draw(self) -> None:
        found = snapshot(self.workspace)
        order = self._order(found.summaries)
        shown = order[: self.showing]
        self.hidden = len(order) - len(shown)
        self.rows, self.pairs = [], []
        parts: list[Markup] = []
        for summary in shown:
            done = self._done.get(summary.id)
            if done is None or done[0] is not found:
                done = (found, *self._review(found, summary.id))
                self._done[summary.id] = done
            _, rows, pairs, part = done
            self.rows += rows
            self.pairs += pairs
            parts.append(part)
        if self.hidden:
            parts.append(
                Markup(
                    '<p class="fk-muted">Showing {} of {} interviews: the open applications '
                    "first, the newest first.</p>"
                ).format(len(shown), len(order))
            )
        self.more_button.description = f"Show {min(self.page, self.hidden)} more"
        self.more_button.layout.display = "" if self.hidden else "none"
        if not order:
            message(
                self.status, f"No interview yet: capture one in {place('capture')} first.", "info"
            )
        else:
            blocked = sum(1 for r in self.rows if r["errors"])
            text = (
                f"{counted(blocked, 'letter')} still {'have' if blocked != 1 else 'has'} errors: "
                "fix them before sending."
                if blocked
                else "Nothing blocks sending. Ask a friend to read them too."
            )
            message(self.status, text, "error" if blocked else "ok")
        set_html(self.table, Markup("").join(parts))

    def _review(
        self, found: Snapshot, interview_id: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Markup]:
        """Review one interview's letters: its rows, its pairs of letters, its table."""
        interview = found.interview(interview_id)
        letters = found.letters(interview.id)
        rows = []
        for letter in letters:
            person = interview.interviewer(letter.interviewer_id)
            outcome = review(letter.body, **found.context(letter))
            rows.append(
                {
                    "interview": f"{interview.role} at {interview.company}",
                    "person": person.name,
                    "kind": str(letter.kind),
                    "medium": str(letter.medium),
                    "status": str(letter.status),
                    "errors": outcome.count("error"),
                    "warnings": outcome.count("warning"),
                    "blocking": [
                        f"{f.rule} · {rule_label(f.rule)}: {f.message}" for f in outcome.errors
                    ],
                    "letter": letter,
                }
            )
        names = frozenset(fold(part) for p in interview.interviewers for part in p.name.split())
        pairs = [
            {
                "a": interview.interviewer(a.interviewer_id).name,
                "b": interview.interviewer(b.interviewer_id).name,
                "kind": str(a.kind),
                "similarity": similarity(a.body, b.body, names),
            }
            for a, b in combinations(letters, 2)
            if a.kind == b.kind
        ]
        return rows, pairs, self._render(interview.role, interview.company, rows, pairs)

    @staticmethod
    def _render(
        role: str, company: str, rows: list[dict[str, Any]], pairs: list[dict[str, Any]]
    ) -> Markup:
        head = Markup('<h4 class="fk-box">{} at {}</h4>').format(role, company)
        if not rows:
            return head + Markup(
                '<p class="fk-muted">No letters yet: draft them in {}.</p>'
            ).format(place("draft"))
        cells = Markup("").join(
            Markup(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class='fk-{}'>{}</td>"
                "<td class='fk-{}'>{}</td><td>{}</td></tr>"
            ).format(
                r["person"],
                r["kind"],
                r["medium"],
                r["status"],
                "error" if r["errors"] else "ok",
                r["errors"],
                "warning" if r["warnings"] else "ok",
                r["warnings"],
                Markup("<br>").join(r["blocking"]) or "nothing",
            )
            for r in rows
        )
        table = Markup(
            '<table class="fk-table fk-box"><tr><th>To</th><th>Letter</th><th>Medium</th>'
            "<th>Status</th><th>Errors</th><th>Warnings</th><th>Blocks sending</th></tr>{}"
            "</table>"
        ).format(cells)
        alike = Markup("").join(
            Markup("<li class='fk-{}'>{} and {} ({}): {:.0%} alike</li>").format(
                "warning" if p["similarity"] >= SIMILAR_WARNING else "ok",
                p["a"],
                p["b"],
                p["kind"],
                p["similarity"],
            )
            for p in pairs
        )
        return (
            head
            + table
            + (
                Markup(
                    '<p class="fk-box">How alike the letters read:</p><ul class="fk-box">{}</ul>'
                ).format(alike)
                if pairs
                else Markup("")
            )
        )
