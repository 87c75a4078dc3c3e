"""The review board: every letter with its counts, how alike they are, and what blocks sending."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..reviewing import review_letter
from ..rules.base import fold
from ..rules.tone import SIMILAR_WARNING, similarity
from ..store import Workspace
from ._common import guarded, html, message, place, root, set_html

__all__ = ["ReviewBoard"]


class ReviewBoard(w.VBox):
    """Every letter of one interview (or of all) with its review; Refresh after editing."""

    def __init__(self, workspace: Workspace, interview_id: str | None = None) -> None:
        self.workspace = workspace
        self.interview_id = interview_id
        self.rows: list[dict[str, Any]] = []
        self.pairs: list[dict[str, Any]] = []
        self.table = html("")
        self.status = html("")
        self.refresh_button = w.Button(description="Refresh", icon="refresh")
        self.refresh_button.on_click(guarded(self.status)(lambda _: self.refresh()))
        super().__init__([self.refresh_button, self.table, self.status])
        root(self)
        self.refresh()

    def refresh(self) -> None:
        """Review every letter again and redraw the board."""
        interviews = self.workspace.interviews()
        if self.interview_id:
            interviews = [i for i in interviews if i.id == self.interview_id]
        self.rows, self.pairs = [], []
        parts: list[Markup] = []
        for interview in interviews:
            letters = self.workspace.letters(interview.id)
            rows = []
            for letter in letters:
                person = interview.interviewer(letter.interviewer_id)
                outcome = review_letter(self.workspace, letter)
                rows.append(
                    {
                        "interview": f"{interview.role} at {interview.company}",
                        "person": person.name,
                        "kind": str(letter.kind),
                        "medium": str(letter.medium),
                        "status": str(letter.status),
                        "errors": outcome.count("error"),
                        "warnings": outcome.count("warning"),
                        "blocking": [f"{f.rule}: {f.message}" for f in outcome.errors],
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
            self.rows += rows
            self.pairs += pairs
            parts.append(self._render(interview.role, interview.company, rows, pairs))
        if not interviews:
            message(
                self.status, f"No interview yet: capture one in {place('capture')} first.", "info"
            )
        else:
            blocked = sum(1 for r in self.rows if r["errors"])
            text = (
                f"{blocked} letter(s) still have errors: fix them before sending."
                if blocked
                else "Nothing blocks sending. Ask a friend to read them too."
            )
            message(self.status, text, "error" if blocked else "ok")
        set_html(self.table, Markup("").join(parts))

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
