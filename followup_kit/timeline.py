"""The timeline picture: interview, sends, check-in and decision date on one time axis.

Drawn with matplotlib's object API on the Agg canvas: no display, no network, no pyplot state.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Interview, now

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .schedule import Step

__all__ = ["timeline_figure", "write_timeline"]

STYLE = {  # action: (marker, colour, label)
    "interview": ("*", "#6e40c9", "interview"),
    "thank-you": ("o", "#1a7f37", "thank-you"),
    "decision": ("s", "#9a6700", "decision expected"),
    "check-in": ("D", "#0969da", "check-in"),
    "reply": ("^", "#bf3989", "reply to their decision"),
    "answer": ("v", "#8250df", "your answer on the offer"),
}
DECIDED = "their decision"  # the decision line once they have decided, on that day
MAX_DATE_LABELS = 9  # across the 9-inch picture: about 100 pixels for each
STATE_FILL = {
    "done": True,
    "due": True,
    "planned": False,
    "waiting": False,
    "blocked": False,
    "not needed": False,
}


def timeline_figure(
    interview: Interview, steps: Sequence[Step], *, today: datetime | None = None
) -> Figure:
    """Draw the interview's plan on a time axis, one row per person."""
    from matplotlib.figure import Figure

    zone = interview.zone
    rows = [p.name for p in interview.interviewers] or ["(nobody yet)"]
    figure = Figure(figsize=(9, 1.4 + 0.45 * len(rows)), layout="constrained")
    axes = figure.add_subplot()
    y_of = {name: len(rows) - i for i, name in enumerate(rows)}
    marker, colour, label = STYLE["interview"]
    held = interview.when.astimezone(zone).replace(tzinfo=None)
    axes.axvline(held, color=colour, linestyle=":", linewidth=1)
    axes.plot(
        [held] * len(rows),
        list(y_of.values()),
        marker,
        color=colour,
        markersize=12,
        linestyle="none",
        label=label,
    )
    seen: set[str] = {"interview"}
    for step in steps:
        marker, colour, label = STYLE[step.action]
        when = step.when.astimezone(zone).replace(tzinfo=None)
        if step.action == "decision":
            axes.axvline(
                when,
                color=colour,
                linestyle="-" if step.state == "done" else "--",
                linewidth=1.2,
                label=None if step.action in seen else DECIDED if step.state == "done" else label,
            )
            seen.add(step.action)
            continue
        filled = STATE_FILL.get(step.state, False)
        axes.plot(
            when,
            y_of.get(step.person, 0.5),
            marker,
            color=colour,
            markersize=9,
            markerfacecolor=colour if filled else "white",
            markeredgewidth=2,
            linestyle="none",
            label=None if step.action in seen else label,
        )
        seen.add(step.action)
    current = (today or now()).astimezone(zone).replace(tzinfo=None)
    times = [held, *(s.when.astimezone(zone).replace(tzinfo=None) for s in steps)]
    start, end = min(times), max(times)
    span = max(end - start, timedelta(hours=12))
    if start - span / 2 <= current <= end + span / 2:
        axes.axvline(current, color="#cf222e", linewidth=1, alpha=0.6, label="now")
        start, end = min(start, current), max(end, current)
    else:  # an old plan looked at today: the line would squeeze the plan into a corner
        axes.plot(
            [], [], color="#cf222e", alpha=0.6, label=f"now: {current:%d %b %Y}, off the chart"
        )
    axes.set_xlim(start - span * 0.06, end + span * 0.06)
    # Names, roles and companies are the user's text: '$' in them is a dollar sign, not the
    # start of a formula, so matplotlib's mathtext is off for every label that shows them.
    axes.set_yticks(list(y_of.values()), list(y_of), parse_math=False)
    axes.set_ylim(0.3, len(rows) + 0.7)
    _date_axis(axes)
    axes.grid(axis="x", alpha=0.25)
    axes.set_title(
        f"{interview.role} at {interview.company}: follow-up plan "
        "(filled = done or due, hollow = later)",
        fontsize=10,
        parse_math=False,
    )
    # Below the picture, in the room the layout keeps for it: a second row is never cut off.
    handles, labels = axes.get_legend_handles_labels()
    figure.legend(
        handles, labels, loc="outside lower center", ncol=len(labels), frameon=False, fontsize=8
    )
    return figure


def _date_axis(axes: Axes) -> None:
    """Dates that never overlap, whatever the plan spans (a day, two weeks, three months):
    matplotlib picks the tick spacing; each label says only what changed since the last one."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=5, maxticks=MAX_DATE_LABELS)
    formatter = ConciseDateFormatter(
        locator,
        formats=["%Y", "%b", "%a %d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "%b", "%a %d %b", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%B %Y", "%a %d %B %Y", "%a %d %B %Y", "%a %d %B %Y %H:%M"],
    )
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(formatter)


def write_timeline(
    interview: Interview,
    steps: Sequence[Step],
    path: str | os.PathLike[str],
    *,
    today: datetime | None = None,
) -> Path:
    """Save the timeline picture as a PNG file."""
    target = Path(path)
    timeline_figure(interview, steps, today=today).savefig(target, dpi=110)
    return target
