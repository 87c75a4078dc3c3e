"""The timeline's date labels can be read: they never overlap, whether the plan on screen spans
a day, two weeks or three months (a follow-up looked at long after the interview)."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num

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
