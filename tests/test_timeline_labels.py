"""The timeline's date labels can be read: none overlaps another, whatever the plan spans.

Drawn on matplotlib's Agg canvas; each tick label's box is measured in pixels as drawn.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from followup_kit.demo import decide, demo_interview
from followup_kit.schedule import plan
from followup_kit.timeline import timeline_figure

HELD = demo_interview(date(2026, 11, 27))  # Thursday 26 November, 14:00 in Amsterdam


def _steps(decide_after: int | None, *, only_thanks: bool = False):
    interview = HELD.model_copy(
        update={
            "decision_date": None
            if decide_after is None
            else HELD.local_when.date() + timedelta(days=decide_after)
        }
    )
    steps = plan(interview, at=HELD.when + timedelta(hours=1))
    if only_thanks:
        steps = [s for s in steps if s.action == "thank-you"]
    return interview, steps


SPANS = {
    "one day": dict(decide_after=None, only_thanks=True, today=HELD.when + timedelta(hours=3)),
    "two weeks": dict(decide_after=10, today=HELD.when + timedelta(days=1)),
    "three months": dict(decide_after=85, today=HELD.when + timedelta(days=1)),
    "looked at two years later": dict(decide_after=10, today=datetime(2028, 11, 30, 9, tzinfo=UTC)),
}


def _overlaps(boxes):
    return [
        (a, b)
        for i, (a, box_a) in enumerate(boxes)
        for b, box_b in boxes[i + 1 :]
        if box_a.overlaps(box_b)
    ]


@pytest.mark.parametrize("span", SPANS)
def test_date_labels_never_overlap(span):
    setting = SPANS[span]
    interview, steps = _steps(
        setting["decide_after"], only_thanks=setting.get("only_thanks", False)
    )
    figure = timeline_figure(interview, steps, today=setting["today"])
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = figure.axes[0]
    labels = [t for t in axes.get_xticklabels() if t.get_visible() and t.get_text().strip()]
    assert len(labels) >= 3, f"{span}: too few dates to read the axis ({len(labels)})"
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels]
    offset = axes.xaxis.get_offset_text()
    if offset.get_visible() and offset.get_text():
        boxes.append((offset.get_text(), offset.get_window_extent(renderer)))
    overlapping = _overlaps(boxes)
    assert not overlapping, f"{span}: {len(overlapping)} overlaps, e.g. {overlapping[:3]}"
    width = figure.bbox.width
    for text, box in boxes:  # and every label is inside the picture
        assert box.x0 >= 0 and box.x1 <= width, f"{span}: {text!r} is cut off"


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
