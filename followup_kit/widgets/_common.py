"""Small pieces every widget shares: theme-aware styles, escaped HTML, downloads, messages."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import ipywidgets as w
from markupsafe import Markup, escape

from ..errors import InvalidRecord, RecordConflict
from ..snapshot import summaries
from ..wording import sentence

# JupyterLab's CSS variables make every colour follow the light or dark theme. The theme's own
# status colours are too pale on white (orange: 2.7 : 1) and its pale mark backgrounds carry
# white text in the dark theme (1.3 : 1), so text colours are mixed towards the theme's
# strongest text colour (darker on Light, lighter on Dark) and marks get a tint of the status
# colour over the page, with an underline so the mark does not rely on colour alone: every
# pair meets WCAG AA (4.5 : 1) in both themes (checked by axe-core in the browser test).
# Layout rules apply inside ``.fk-root`` (each of our widgets): rows wrap instead of running past
# the cell, buttons are as wide as their label, and a width of 100% leaves room for the margin.
STYLE = Markup(
    """<style>
.fk-box { color: var(--jp-ui-font-color1); font-family: var(--jp-ui-font-family); }
a.fk-box { color: var(--jp-content-link-color); text-decoration: underline; }
.fk-muted { color: var(--jp-ui-font-color1); opacity: 0.85; font-size: var(--jp-ui-font-size1); }
.fk-error { color: color-mix(in srgb, var(--jp-error-color1) 70%, var(--jp-ui-font-color0)); }
.fk-warning { color: color-mix(in srgb, var(--jp-warn-color1) 70%, var(--jp-ui-font-color0)); }
.fk-info { color: color-mix(in srgb, var(--jp-info-color1) 70%, var(--jp-ui-font-color0)); }
.fk-ok { color: color-mix(in srgb, var(--jp-success-color1) 70%, var(--jp-ui-font-color0)); }
.fk-letter { white-space: pre-wrap; font-family: var(--jp-content-font-family);
  color: var(--jp-content-font-color1); background: var(--jp-layout-color1);
  border: 1px solid var(--jp-border-color2); padding: 8px 12px; border-radius: 4px;
  line-height: 1.5; overflow-wrap: anywhere; }
.fk-letter mark { color: inherit; border-radius: 2px; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; }
.fk-letter mark.error { background: color-mix(in srgb, var(--jp-error-color1) 25%, transparent);
  text-decoration-color: var(--jp-error-color1); text-decoration-style: wavy; }
.fk-letter mark.warning { background: color-mix(in srgb, var(--jp-warn-color1) 25%, transparent);
  text-decoration-color: var(--jp-warn-color1); }
.fk-letter mark.info { background: color-mix(in srgb, var(--jp-info-color1) 20%, transparent);
  text-decoration-color: var(--jp-info-color1); text-decoration-style: dotted; }
.fk-table { border-collapse: collapse; }
.fk-table th, .fk-table td { border-bottom: 1px solid var(--jp-border-color2);
  padding: 3px 10px; text-align: left; vertical-align: top; }
a.fk-button { display: inline-block; padding: 4px 12px; margin: 2px 0; border-radius: 2px;
  font-family: var(--jp-ui-font-family); font-size: var(--jp-widgets-font-size, 13px);
  line-height: 20px; text-decoration: none; color: var(--jp-ui-font-color1);
  background: var(--jp-layout-color2); border: 1px solid var(--jp-border-color1); }
a.fk-button:hover { background: var(--jp-layout-color3); }
a.fk-button:focus-visible { outline: 2px solid var(--jp-brand-color1); outline-offset: 1px; }
.fk-root { max-width: 100%; box-sizing: border-box; }
.fk-root .jupyter-widgets { max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); }
.fk-root .widget-hbox { flex-wrap: wrap; }
.fk-root .jupyter-button { flex: 0 0 auto; width: auto; padding: 0 12px; }
.fk-root .widget-toggle-buttons { display: flex; flex-wrap: wrap; align-items: baseline; }
.fk-root .widget-toggle-buttons > .widget-label { flex: 0 0 auto; text-align: right;
  margin-right: 8px; }
.fk-root .jupyter-button.mod-success { background-color:
  color-mix(in srgb, var(--jp-success-color1) 80%, var(--jp-ui-font-color0)); }
.fk-root .jupyter-button.mod-primary { background-color:
  color-mix(in srgb, var(--jp-brand-color1) 85%, var(--jp-ui-font-color0)); }
.fk-root .jupyter-widgets.widget-tab .lm-TabBar .lm-TabBar-tab { color: var(--jp-ui-font-color1); }
.fk-root textarea { line-height: 18px; padding-top: 4px; padding-bottom: 4px;
  field-sizing: content; min-height: calc(2 * 18px + 10px); max-height: calc(20 * 18px + 10px); }
.fk-root .widget-vbox > .jupyter-button { align-self: flex-start; }
.fk-root .widget-html-content { white-space: normal; line-height: 1.45; align-self: center; }
.fk-root .widget-upload { font-size: 0; }
.fk-root .widget-upload .fa { font-size: var(--jp-widgets-font-size, 13px); }
.fk-root .widget-upload::after { content: "Restore from a file" / "";
  font-size: var(--jp-widgets-font-size, 13px); margin-left: 4px; }
</style>"""
)

W = TypeVar("W", bound=w.DOMWidget)

FULL = w.Layout(width="100%")

# Where each step is done, as messages name it: the notebooks, unless the one-page App (which
# has no notebooks to name) calls :func:`name_places` with its own steps.
PLACES = {
    "capture": "notebook 01",
    "draft": "notebook 02",
    "reply": "the letter editor",
    "restored": "Re-run the other notebooks to see it.",
}


def place(step: str) -> str:
    """Where ``step`` is done ("notebook 01"), for a message that sends the user there."""
    return PLACES[step]


def name_places(**places: str) -> None:
    """Name the steps in messages from now on (the App: "step 1, Notes")."""
    PLACES.update(places)


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
    """A link that downloads ``data`` from the notebook itself (works on Binder too), shaped
    like a button so it reads as something to press."""
    encoded = base64.b64encode(data).decode("ascii")
    return Markup('<a download="{}" href="data:{};base64,{}" class="fk-button">{}</a>').format(
        filename, mime, encoded, label
    )


def root(widget: W) -> W:
    """Mark one of our top-level widgets, so the layout rules of STYLE apply inside it."""
    widget.add_class("fk-root")
    return widget


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
        message(status, f"No interview yet: capture one in {place('capture')} first.", "info")
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
    "name_places",
    "place",
    "root",
    "size_label",
]
