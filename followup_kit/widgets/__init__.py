"""ipywidgets front end: thin forms over the core, one or two lines each in any notebook.

from followup_kit import open_workspace
from followup_kit.widgets import CaptureForm, LetterEditor, ReviewBoard, ScheduleView

ws = open_workspace()
CaptureForm(ws)

``App()`` is all four steps on one page (``make app``).
"""

from __future__ import annotations

from .app import App
from .board import ReviewBoard
from .capture import CaptureForm
from .data_box import DataBox
from .editor import LetterEditor
from .outcome import OutcomeForm
from .schedule_view import ScheduleView

__all__ = [
    "App",
    "CaptureForm",
    "DataBox",
    "LetterEditor",
    "OutcomeForm",
    "ReviewBoard",
    "ScheduleView",
]
