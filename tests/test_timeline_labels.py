"""The timeline's date labels can be read: they never overlap, whether the plan on screen spans
a day, two weeks or three months (a follow-up looked at long after the interview)."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num

from followup_kit.demo import decide
from followup_kit.schedule import plan
from followup_kit.timeline import timeline_figure

SPANS = {  # name: (now, after the interview; steps kept, by how long after it they come)
    "one day": (timedelta(hours=3), timedelta(0)),
    "two weeks": (timedelta(days=14), timedelta(days=30)),
    "three months": (timedelta(days=90), timedelta(days=30)),
}


@pytest.mark.parametrize("span", SPANS)
def test_date_labels_never_overlap(workspace, demo, span):
    later, kept = SPANS[span]
    steps = plan(demo, letters=workspace.letters(demo.id), at=demo.when)
    steps = [s for s in steps if s.when - demo.when <= kept]
    figure = timeline_figure(demo, steps, today=demo.when + later)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = figure.axes[0]
    labels = [t for t in axes.get_xticklabels() if t.get_visible() and t.get_text()]
    shown = [t.get_text() for t in labels]
    assert 3 <= len(labels) <= 12, shown
    boxes = [t.get_window_extent(renderer) for t in labels]
    clashes = [
        (shown[i], shown[j])
        for i, j in combinations(range(len(boxes)), 2)
        if boxes[i].overlaps(boxes[j])
    ]
    assert clashes == [], clashes
    # Every label lies inside the picture, and the axis shows the whole plan and today.
    width = figure.bbox.width
    assert all(b.x0 >= 0 and b.x1 <= width for b in boxes), shown
    low, high = axes.get_xlim()
    zone = demo.zone
    for moment in [demo.when, demo.when + later, *(s.when for s in steps)]:
        assert low <= date2num(moment.astimezone(zone).replace(tzinfo=None)) <= high, span


def test_the_legend_shows_every_entry_inside_the_picture(workspace, demo):
    decided = decide(workspace, "offer", demo.id)
    steps = plan(decided, letters=workspace.letters(decided.id), at=decided.when)
    figure = timeline_figure(decided, steps, today=decided.when + timedelta(days=3))
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    (legend,) = [x for x in [*figure.legends, figure.axes[0].get_legend()] if x is not None]
    texts = [t.get_text() for t in legend.get_texts()]
    assert {"interview", "thank-you", "reply to their decision", "now"} <= set(texts), texts
    inside = figure.bbox
    for box in [
        legend.get_window_extent(renderer),
        *(t.get_window_extent(renderer) for t in legend.get_texts()),
    ]:
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1, texts
        assert inside.y0 <= box.y0 and box.y1 <= inside.y1, texts
    # Nothing of the axis sits under the legend.
    axis_labels = [t.get_window_extent(renderer) for t in figure.axes[0].get_xticklabels()]
    assert not any(legend.get_window_extent(renderer).overlaps(b) for b in axis_labels)
