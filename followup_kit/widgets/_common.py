"""Small pieces every widget shares: theme-aware styles, escaped HTML, downloads, messages."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable
from typing import Any

import ipywidgets as w
from markupsafe import Markup, escape

from ..errors import InvalidRecord, RecordConflict
from ..snapshot import summaries
from ..wording import sentence

# JupyterLab's CSS variables make every colour follow the light or dark theme.
STYLE = Markup(
    """<style>
.fk-box { color: var(--jp-ui-font-color1); font-family: var(--jp-ui-font-family); }
a.fk-box { color: var(--jp-content-link-color); text-decoration: underline; }
.fk-muted { color: var(--jp-ui-font-color2); font-size: var(--jp-ui-font-size1); }
.fk-error { color: var(--jp-error-color1); }
.fk-warning { color: var(--jp-warn-color1); }
.fk-info { color: var(--jp-info-color1); }
.fk-ok { color: var(--jp-success-color1); }
.fk-letter { white-space: pre-wrap; font-family: var(--jp-content-font-family);
  background: var(--jp-layout-color1); border: 1px solid var(--jp-border-color2);
  padding: 8px 12px; border-radius: 4px; line-height: 1.5; }
.fk-letter mark.error { background: var(--jp-error-color3); color: inherit; }
.fk-letter mark.warning { background: var(--jp-warn-color3); color: inherit; }
.fk-letter mark.info { background: var(--jp-info-color3); color: inherit; }
.fk-table { border-collapse: collapse; }
.fk-table th, .fk-table td { border-bottom: 1px solid var(--jp-border-color2);
  padding: 3px 10px; text-align: left; vertical-align: top; }
</style>"""
)

FULL = w.Layout(width="100%")
LABEL = {"description_width": "150px"}


def html(markup: Markup | str) -> w.HTML:
    """An HTML widget with our theme-aware styles; pass Markup, never raw user text."""
    return w.HTML(value=str(STYLE + Markup(markup)))


def set_html(widget: w.HTML, markup: Markup | str) -> None:
    """Replace an HTML widget's content (styles included)."""
    widget.value = str(STYLE + Markup(markup))


def message(widget: w.HTML, text: str, kind: str = "ok") -> None:
    """Show a one-line message (escaped) styled as ok, error, warning or info."""
    set_html(widget, Markup('<span class="fk-box fk-{}">{}</span>').format(kind, text))


def download_link(filename: str, data: bytes, mime: str, label: str) -> Markup:
    """A link that downloads ``data`` from the notebook itself (works on Binder too)."""
    encoded = base64.b64encode(data).decode("ascii")
    return Markup('<a download="{}" href="data:{};base64,{}" class="fk-box">{}</a>').format(
        filename, mime, encoded, label
    )


def size_label(size: int) -> str:
    """A file size the way people read it: '812 bytes', '3.4 KB', '1.2 MB'."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.1f} KB"
    return f"{size / 1_000_000:.1f} MB"


def fill_interview_picker(
    picker: w.Dropdown,
    workspace: Any,
    interview_id: str | None,
    status: w.HTML,
    show: Callable[[], None],
) -> None:
    """List the interviews in ``picker`` and show one (the latest unless told), or say what
    to do when there is none. ``show`` runs once for the chosen interview."""
    interviews = summaries(workspace)  # the labels only: no record is built for the list
    picker.options = [(i.label, i.id) for i in interviews]
    if not interviews:
        message(status, "No interview yet: capture one in notebook 01 first.", "info")
        return
    chosen = interview_id or interviews[-1].id
    if picker.value == chosen:  # no change event will fire
        show()
    picker.value = chosen


KEPT = " What you typed is still here."


def conflict_message(conflict: RecordConflict) -> str:
    """What a clashing save means for the user, and what to do: Reload, then Save."""
    when = f"{conflict.changed_at.astimezone():%H:%M:%S on %a %d %b}"
    if conflict.deleted:
        return (
            f"Not saved: {conflict.what} was deleted in another window or notebook at {when}."
            f"{KEPT} Press Save again to store it as it is on screen."
        )
    fields = conflict.fields
    named = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
    return (
        f"Not saved: {conflict.what} was changed in another window or notebook at {when}, and "
        f"{named} {'was' if len(fields) == 1 else 'were'} changed there too.{KEPT} Press "
        "Reload to take in the other changes (where you both changed a field, your version "
        "stays on screen), then Save."
    )


def guarded(
    status: w.HTML, on_conflict: Callable[[RecordConflict], None] | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Show any error a button handler raises in ``status`` instead of losing it; a save that
    clashes with a change made elsewhere goes to ``on_conflict`` (which offers a reload)."""

    def wrap(handler: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            try:
                return handler(*args)
            except RecordConflict as conflict:
                if on_conflict is not None:
                    on_conflict(conflict)
                else:
                    message(status, str(conflict) + KEPT, "error")
            except sqlite3.Error as exc:  # a database failure the store did not translate
                message(
                    status,
                    f"The workspace file could not be read or written ({exc}). Nothing was "
                    f"saved.{KEPT} Check the disk and try again.",
                    "error",
                )
            except InvalidRecord as exc:  # each problem is a sentence naming its field's label
                message(status, " ".join(exc.problems.values()), "error")
            except (ValueError, KeyError, RuntimeError, OSError) as exc:
                text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
                text = sentence(text)
                if getattr(exc, "writing", False):  # a save the database refused
                    text += KEPT
                message(status, text.replace("\n", "; "), "error")
            return None

        return run

    return wrap


__all__ = [
    "FULL",
    "KEPT",
    "LABEL",
    "STYLE",
    "conflict_message",
    "download_link",
    "escape",
    "fill_interview_picker",
    "guarded",
    "html",
    "message",
    "size_label",
]
