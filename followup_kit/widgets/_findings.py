"""One row per review finding in the letter editor: what is wrong, and buttons to act on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..rules.base import Finding
from ._common import html

__all__ = ["SEVERITY_ICON", "finding_row"]

SEVERITY_ICON = {"error": "●", "warning": "▲", "info": "ℹ"}


def finding_row(
    finding: Finding,
    *,
    safe: Callable[[Callable[..., Any]], Callable[..., Any]],
    apply: Callable[[Finding], None],
    add_word: Callable[[str], None],
    ignore: Callable[[Finding], None],
) -> w.Widget:
    """The finding's message, with Use (its suggestion), Add to my words and Ignore."""
    label = html(
        Markup('<span class="fk-box fk-{}">{} {} line {}: {}</span>').format(
            finding.severity,
            SEVERITY_ICON[finding.severity],
            finding.rule,
            finding.line,
            finding.message,
        )
    )
    buttons: list[w.Widget] = []
    if finding.suggestion is not None and finding.end > finding.start:
        fix = w.Button(
            description=f"Use “{finding.suggestion}”"[:40],
            icon="check",
            layout=w.Layout(width="auto"),
        )
        fix.on_click(safe(lambda _: apply(finding)))
        buttons.append(fix)
    if finding.rule == "spelling" and finding.excerpt:
        learn = w.Button(
            description="Add to my words",
            icon="book",
            layout=w.Layout(width="auto"),
            tooltip="Never flag this word again, in any letter",
        )
        learn.on_click(safe(lambda _: add_word(finding.excerpt)))
        buttons.append(learn)
    hide = w.Button(
        description="Ignore",
        icon="eye-slash",
        layout=w.Layout(width="auto"),
        tooltip="Hide this finding on this letter (remembered)",
    )
    hide.on_click(safe(lambda _: ignore(finding)))
    buttons.append(hide)
    return w.HBox([label, *buttons])
