"""The user's text on the timeline picture is shown as typed: '$' is a dollar sign, never the
start of a matplotlib formula that could break the picture and the schedule view with it."""

from __future__ import annotations

from datetime import datetime

import pytest

from followup_kit.schedule import plan
from followup_kit.timeline import timeline_figure, write_timeline

NAMES = ["$\\frac{$ Ana Souza", "Bo $x^{$ Chen", "Cy $$ Dee"]


@pytest.fixture
def dollars(workspace, demo):
    people = [
        p.model_copy(update={"name": n}) for p, n in zip(demo.interviewers, NAMES, strict=True)
    ]
    interview = demo.model_copy(
        update={"interviewers": people, "role": "$\\sqrt{$ Analyst", "company": "Co $_$"}
    )
    return workspace.save_interview(interview)


def test_dollar_signs_in_names_draw_as_typed(tmp_path, dollars):
    steps = plan(dollars, at=datetime(2026, 11, 27, 8, tzinfo=dollars.zone))
    figure = timeline_figure(dollars, steps)
    figure.canvas.draw()
    axes = figure.axes[0]
    assert [label.get_text() for label in axes.get_yticklabels()] == NAMES
    assert "$\\sqrt{$ Analyst at Co $_$" in axes.get_title()
    data = write_timeline(dollars, steps, tmp_path / "t.png").read_bytes()
    assert data.startswith(b"\x89PNG")


def test_the_schedule_view_shows_the_picture(workspace, dollars):
    from followup_kit.widgets import ScheduleView

    view = ScheduleView(workspace, dollars.id)
    assert bytes(view.image.value).startswith(b"\x89PNG")  # set only once the picture drew
    assert "Bo $x^{$ Chen" in view.plan_table.value
