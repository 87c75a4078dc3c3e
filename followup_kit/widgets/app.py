"""The whole follow-up on one page, for a person who has never seen a notebook.

``App()`` is five tabs built from the widgets of the four notebooks: your notes (with the
backup), the letters, the review, the schedule and, from notebook 04, what they decided (the
reply to it is then a letter of step 2, reviewed and planned like the others). A tab's widget
is made when the tab is first opened, for the interview open in the notes; opening it again
later follows the interview the notes show then. ``make app`` serves ``app/followup.ipynb``
(two lines) with Voila."""

from __future__ import annotations

import os
from urllib.parse import parse_qs, quote

import ipywidgets as w
from markupsafe import Markup

from ..demo import load_demo
from ..drafting import draft_interview
from ..store import Workspace
from ._common import fill_interview_picker, guarded, html, message, name_places, root, set_html
from .board import ReviewBoard
from .capture import CaptureForm
from .data_box import DataBox
from .editor import LetterEditor
from .outcome import OutcomeForm
from .schedule_view import ScheduleView

__all__ = ["STEPS", "App", "theme_hint"]

# (tab title, heading, what to do there): the advice of the notebooks, in short.
STEPS = (
    (
        "1. Notes",
        "Capture your notes",
        "Right after the interview, while you still remember: your own details once, then the "
        "interview and every person you met, with what each of them said and worried about. "
        "Beside each concern, write how you would answer it now: one or two sentences on what "
        "you did, with a number if you have one. Save stores everything, or tells you what to "
        "fix.",
    ),
    (
        "2. Letters",
        "Draft a letter to each person",
        "Everyone you met gets their own short note, by email or as a handwritten card: thanks, "
        "that you want the job, something from your talk with that person, your answer to their "
        "concern, and one thing about you they did not hear. Edit it and watch the review follow "
        "your typing; Save keeps your version, Export gives you the file to send.",
    ),
    (
        "3. Review",
        "Review before you send",
        "Every letter side by side: errors block sending, warnings are worth a second look, and "
        "letters to people of one interview must not read alike. Ask a friend to read them too.",
    ),
    (
        "4. Send",
        "Send at the right time, check in once",
        "Send the thank-you notes the next morning. Then wait: when the day they said they would "
        "decide has passed and you have heard nothing, check in once, politely. Mark each letter "
        "as sent when you send it; the calendar file puts the plan into your own calendar.",
    ),
    (
        "5. Decision",
        "When they decide",
        "Once they tell you, reply within one working day and keep it warm, whatever the news. "
        "Choose what they decided, note what they told you (for an offer: the title, start, pay "
        "and any other terms, so your acceptance can confirm them in writing) and Save: your "
        "reply is drafted in step 2 for you to read and edit, and put in the plan of step 4.",
    ),
)


class App(w.VBox):
    """Capture, draft and edit, review, schedule, decision: the steps as tabs of one page."""

    def __init__(self, workspace: Workspace | None = None) -> None:
        name_places(
            capture=f"step {STEPS[0][0]}",
            draft=f"step {STEPS[1][0]}",
            reply=f"step {STEPS[1][0]}",
            restored="The other steps show it when you open them.",
        )
        note = ""
        if workspace is None:
            workspace = Workspace()
            if workspace.is_empty():
                demo = load_demo(workspace)
                note = (
                    f" It was empty, so an invented interview ({demo.role} at {demo.company}) "
                    "shows how everything works: replace it with your own in step 1."
                )
        self.workspace = workspace
        self.status = html("")
        self.capture = CaptureForm(workspace)
        self.data = DataBox(workspace)
        self.editor: LetterEditor | None = None
        self.board: ReviewBoard | None = None
        self.schedule: ScheduleView | None = None
        self.outcome: OutcomeForm | None = None
        self.pages = [w.VBox() for _ in STEPS]
        self.next_buttons = [
            w.Button(description=f"Next: {STEPS[n + 1][1].lower()}", icon="arrow-right")
            for n in range(len(STEPS) - 1)
        ]
        for number, button in enumerate(self.next_buttons, start=1):
            button.on_click(lambda _, number=number: self.go(number))
        # After a decision, the reply is a letter like the others: back to step 2 to read it.
        self.reply_button = w.Button(
            description="Read your reply", icon="arrow-left", layout=w.Layout(display="none")
        )
        self.reply_button.on_click(lambda _: self.go(1))
        self._fill(0, [self.capture, html('<h3 class="fk-box">Your data</h3>'), self.data])
        self.steps = w.Tab(children=self.pages, titles=[title for title, _, _ in STEPS])
        self.steps.observe(lambda change: self._open(change["new"]), names="selected_index")
        super().__init__(
            [
                html(
                    Markup(
                        '<h2 class="fk-box">Follow up after your interview</h2>'
                        '<div class="fk-muted">One tab for each step. Everything you type is '
                        "stored in {}.{}</div>{}"
                    ).format(workspace.path, note, theme_hint(os.environ.get("QUERY_STRING", "")))
                ),
                self.steps,
                self.status,
            ]
        )
        root(self)

    def go(self, step: int) -> None:
        """Show step ``step`` (0 to 4), as choosing its tab does (again: brought up to date)."""
        if self.steps.selected_index == step:
            self._open(step)
        else:
            self.steps.selected_index = step

    def interview_id(self) -> str | None:
        """The interview the notes show, once saved; else the latest one."""
        stored = [i.id for i in self.workspace.interviews()]
        shown = self.capture.picker.value
        if shown in stored:
            return shown
        return stored[-1] if stored else None

    def _fill(self, step: int, widgets: list[w.Widget]) -> None:
        _, heading, advice = STEPS[step]
        intro = html(
            Markup('<h3 class="fk-box">{}</h3><p class="fk-box">{}</p>').format(heading, advice)
        )
        more = [self.next_buttons[step]] if step < len(self.next_buttons) else [self.reply_button]
        self.pages[step].children = [intro, *widgets, *more]

    def _open(self, step: int | None) -> None:
        guarded(self.status)(self._prepare)(step)

    def _prepare(self, step: int | None) -> None:
        """Make (or point at the current interview) the widget of the step being opened."""
        set_html(self.status, "")
        if not step:  # the notes are always there
            return
        interview_id = self.interview_id()
        if interview_id is None:
            message(self.status, "No interview yet: capture one in step 1 first.", "info")
            return
        if step == 1:
            draft_interview(self.workspace, interview_id)  # keeps every letter you edited
            if self.editor is None:
                self.editor = LetterEditor(self.workspace, interview_id)
                self._fill(1, [self.editor])
            else:
                self._follow(self.editor.interview_picker, self.editor.status, interview_id)
        elif step == 2:
            if self.board is None:
                self.board = ReviewBoard(self.workspace, interview_id)
                self._fill(2, [self.board])
            else:
                self.board.interview_id = interview_id
                self.board.refresh()
        elif step == 3:
            draft_interview(self.workspace, interview_id, kind="check-in")  # the one check-in
            if self.schedule is None:
                self.schedule = ScheduleView(self.workspace, interview_id)
                self._fill(3, [self.schedule])
            else:
                self._follow(self.schedule.picker, self.schedule.status, interview_id)
                self.schedule.refresh()
        elif step == 4:
            if self.outcome is None:
                self.outcome = OutcomeForm(self.workspace, interview_id)
                self.outcome.save_button.on_click(lambda _: self._offer_reply())
                self.outcome.picker.observe(lambda _: self._offer_reply(), "value")
                self._fill(4, [self.outcome])
            else:
                self._follow(self.outcome.picker, self.outcome.status, interview_id)
            self._offer_reply()

    def _offer_reply(self) -> None:
        """Show "Read your reply" once the interview in step 5 is decided (as stored)."""
        chosen = self.outcome.picker.value if self.outcome is not None else None
        decided = bool(chosen) and self.workspace.interview(chosen).status.is_outcome
        self.reply_button.layout.display = "" if decided else "none"

    def _follow(self, picker: w.Dropdown, status: w.HTML, interview_id: str) -> None:
        """List the interviews as stored now in a step's picker and choose ``interview_id``."""
        fill_interview_picker(picker, self.workspace, interview_id, status, lambda: None)

    def close(self) -> None:
        """Close every step's widget (they stop following the workspace)."""
        widgets = (self.capture, self.data, self.editor, self.board, self.schedule, self.outcome)
        for widget in widgets:
            if widget is not None:
                widget.close()
        super().close()


def theme_hint(query: str) -> Markup:
    """A note with a working link when the page was asked for a theme the old way.

    Voila reads the theme from the page address as ``?theme=dark`` (``make app THEME=dark``
    makes it the default); the ``?voila-theme=dark`` of older Voila versions is ignored, and
    the page would stay light without a word. Voila hands the address's query to the kernel
    as ``QUERY_STRING``.
    """
    asked = parse_qs(query)
    wanted = (asked.get("voila-theme") or [""])[0]
    if not wanted or "theme" in asked:
        return Markup("")
    return Markup(
        '<div class="fk-box fk-info">This page takes its theme from <code>?theme={}</code> in '
        'its address, not <code>?voila-theme</code>: <a class="fk-box" href="?theme={}">open '
        "it in the {} theme</a>.</div>"
    ).format(wanted, quote(wanted), wanted)
