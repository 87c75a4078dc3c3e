"""One row per review finding in the letter editor: what is wrong, and buttons to act on it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..rules.base import Finding
from ..rules.labels import rule_label
from ._common import html, set_html

__all__ = ["SEVERITY_ICON", "FindingRows", "finding_row"]

SEVERITY_ICON = {"error": "●", "warning": "▲", "info": "ℹ"}


def finding_row(
    finding: Finding,
    *,
    safe: Callable[[Callable[..., Any]], Callable[..., Any]],
    apply: Callable[[Finding], None],
    add_word: Callable[[str], None],
    ignore: Callable[[Finding], None],
) -> w.Widget:
    """The finding's message, with Use (its suggestion), Add to my words and Ignore.

    The buttons act on ``row.finding``: a row kept for a later review acts on that review's
    finding (its place in the text may have moved).
    """
    label = html(_label(finding))
    row = w.HBox()
    row.finding = finding
    buttons: list[w.Widget] = []
    if finding.suggestion is not None and finding.end > finding.start:
        fix = w.Button(
            description=f"Use “{finding.suggestion}”"[:40],
            icon="check",
            layout=w.Layout(width="auto"),
        )
        fix.on_click(safe(lambda _: apply(row.finding)))
        buttons.append(fix)
    if finding.rule == "spelling" and finding.excerpt:
        learn = w.Button(
            description="Add to my words",
            icon="book",
            layout=w.Layout(width="auto"),
            tooltip="Never flag this word again, in any letter",
        )
        learn.on_click(safe(lambda _: add_word(row.finding.excerpt)))
        buttons.append(learn)
    hide = w.Button(
        description="Ignore",
        icon="eye-slash",
        layout=w.Layout(width="auto"),
        tooltip="Hide this finding on this letter (remembered)",
    )
    hide.on_click(safe(lambda _: ignore(row.finding)))
    buttons.append(hide)
    row.children = [label, *buttons]
    return row


def _label(finding: Finding) -> Markup:
    # The rule's name stays first (it is what settings and the CLI use); its plain label
    # beside it says what it means.
    return Markup('<span class="fk-box fk-{}">{} {} · {}, line {}: {}</span>').format(
        finding.severity,
        SEVERITY_ICON[finding.severity],
        finding.rule,
        rule_label(finding.rule),
        finding.line,
        finding.message,
    )


class FindingRows:
    """The rows of one editor's findings, kept from review to review.

    Typing re-reviews the letter every few keystrokes; building every row again would send a
    dozen new widgets to the browser each time (and leave the old ones behind). A finding that
    is still there keeps its row (its line number and target updated); only new findings get
    a row, and the rows of findings that went away are closed.
    """

    def __init__(self, build: Callable[[Finding], w.HBox]) -> None:
        self.build = build
        self.rows: dict[tuple[Any, ...], w.HBox] = {}

    def __call__(self, findings: tuple[Finding, ...]) -> list[w.HBox]:
        """The rows for these findings, in their order."""
        kept: dict[tuple[Any, ...], w.HBox] = {}
        shown: list[w.HBox] = []
        seen: Counter[tuple[Any, ...]] = Counter()
        for finding in findings:
            same = (finding.rule, finding.severity, finding.message, finding.excerpt)
            same += (finding.suggestion,)
            key = (*same, seen[same])  # the second 'teh' is another finding than the first
            seen[same] += 1
            row = self.rows.pop(key, None)
            if row is None:
                row = self.build(finding)
            else:
                row.finding = finding
                set_html(row.children[0], _label(finding))  # sent only if the line changed
            kept[key] = row
            shown.append(row)
        for gone in self.rows.values():
            for part in gone.children:
                part.close()
            gone.close()
        self.rows = kept
        return shown
