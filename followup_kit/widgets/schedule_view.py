"""The schedule view: the timeline, what to send when, "mark as sent", and the calendar."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from datetime import datetime
from typing import Any

import ipywidgets as w
import traitlets
from markupsafe import Markup

from ..drafting import draft_reply
from ..errors import UsageError
from ..exports import calendar_ics
from ..kinds import kind_words
from ..model import Interview, InterviewStatus, LetterStatus, now
from ..outcomes import reply_kinds, with_outcome
from ..reviewing import review_letter
from ..rules.labels import rule_label
from ..schedule import ContactRefused, Policy, Step, check_contact, mark_sent, plan, policy_for
from ..store import Workspace
from ..timeline import timeline_figure
from ..wording import counted
from ._common import (
    FULL,
    LABEL,
    download_link,
    fill_interview_picker,
    guarded,
    html,
    message,
    place,
    root,
    set_html,
)
from ._sync import Watch, kernel_loop

__all__ = ["Picture", "ScheduleView"]


class Picture(w.Image):
    """An image whose tooltip is its text alternative (a screen reader reads it).

    ipywidgets' image view writes the tooltip as the title only beside an empty description,
    which an image does not have (the view then fails to draw); this one has an empty one.
    """

    description = traitlets.Unicode("").tag(sync=True)


class ScheduleView(w.VBox):
    """The follow-up plan of one interview, with the no-pestering guard."""

    def __init__(
        self,
        workspace: Workspace,
        interview_id: str | None = None,
        *,
        policy: Policy | None = None,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.workspace = workspace
        self.policy = policy or policy_for(workspace)
        self.clock = clock
        self.steps: list[Step] = []
        self.picker = w.Dropdown(description="Interview", style=LABEL, layout=FULL)
        self.state = w.Dropdown(
            description="Status", style=LABEL, options=[s.value for s in InterviewStatus]
        )
        self.image = Picture(
            format="png",
            layout=w.Layout(max_width="100%"),
            tooltip="Timeline of the plan in the table below",
        )
        self.plan_table = html("")
        self.letter = w.Dropdown(description="Letter", style=LABEL, layout=FULL)
        self.sent_button = w.Button(
            description="Mark as sent", icon="paper-plane", button_style="success"
        )
        self.guard = html("")
        self.downloads = html("")
        self.status = html("")
        self._confirming = ""  # the letter whose errors the user was asked about
        self._drawing: asyncio.Handle | None = None  # the timeline, drawn once the view shows
        self._drawn: Any = None  # what the picture on screen shows
        self._status: InterviewStatus | None = None  # the status the letter list was made for
        safe = guarded(self.status)
        self.picker.observe(lambda c: safe(self.refresh)(), "value")
        self.state.observe(lambda c: safe(self._set_state)(c["new"]), "value")
        self.letter.observe(lambda c: self._forget_question(), "value")
        self.sent_button.on_click(safe(lambda _: self.mark_sent()))
        super().__init__(
            [
                self.picker,
                self.state,
                self.image,
                self.plan_table,
                html('<b class="fk-box">Sent something?</b>'),
                w.HBox([self.letter, self.sent_button]),
                self.guard,
                self.downloads,
                self.status,
            ]
        )
        root(self)
        fill_interview_picker(self.picker, workspace, interview_id, self.status, self.refresh)
        # The plan and its calendar follow every change, from this notebook or another.
        self.watch = Watch(workspace, safe(self.refresh))

    def close(self) -> None:
        """Stop following the workspace, then close the widget."""
        self.watch.stop()
        if self._drawing is not None:
            self._drawing.cancel()
        super().close()

    def _forget_question(self) -> None:
        if self._confirming:
            self._confirming = ""
            self.sent_button.description = "Mark as sent"

    def refresh(self) -> None:
        """Recompute the plan, the picture, the guard and the calendar."""
        if getattr(self, "watch", None) is not None:
            self.watch.seen()
        if not self.picker.value:
            return
        interview = self.workspace.interview(self.picker.value)
        letters = self.workspace.letters(interview.id)
        contacts = self.workspace.contacts(interview.id)
        at = self.clock()
        self.steps = plan(interview, letters=letters, contacts=contacts, policy=self.policy, at=at)
        self.state.value = str(interview.status)
        self._draw_soon(interview, at)
        rows = Markup("").join(
            Markup(
                "<tr><td>{:%a %d %b %H:%M}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
            ).format(s.when, s.action, s.person, s.state, s.note)
            for s in self.steps
        )
        set_html(
            self.plan_table,
            Markup(
                '<table class="fk-table fk-box"><tr><th>When (their time)</th><th>What</th>'
                "<th>To</th><th>State</th><th>Note</th></tr>{}</table>"
            ).format(rows),
        )
        unsent = [
            x
            for x in letters
            if x.status is not LetterStatus.SENT
            and any(p.id == x.interviewer_id for p in interview.interviewers)
        ]
        chosen = self.letter.value
        self.letter.options = [
            (f"{kind_words(x.kind)} to {interview.interviewer(x.interviewer_id).name}", x.id)
            for x in unsent
        ]
        replies = [x.id for x in unsent if x.kind in reply_kinds(interview.status)]
        if self._status is not interview.status and (replies or not interview.status.is_outcome):
            # They just decided: the reply is what to send next (once it is drafted).
            chosen = replies[0] if replies else chosen
            self._status = interview.status
        if unsent:
            self.letter.value = chosen if chosen in {x.id for x in unsent} else unsent[0].id
        self.sent_button.disabled = not unsent
        person = next(
            (
                interview.interviewer(s.interviewer_id)
                for s in self.steps
                if s.action == "check-in" and s.interviewer_id
            ),
            None,
        )
        answer = check_contact(
            interview, contacts, kind="check-in", at=at, person=person, policy=self.policy
        )
        if answer:
            text = Markup("<br>").join(
                Markup("<span class='fk-{}'>{}</span>").format(f.severity, f.message)
                for f in answer
            )
        else:
            text = Markup(
                "<span class='fk-ok'>A check-in today is fine, if you have not "
                "heard back: one, polite.</span>"
            )
        set_html(
            self.guard, Markup('<div class="fk-box"><b>Check-in guard:</b> {}</div>').format(text)
        )
        ics = calendar_ics(interview, self.steps)
        set_html(
            self.downloads,
            download_link("follow-up.ics", ics, "text/calendar", "Download the calendar (.ics)"),
        )

    def _draw_soon(self, interview: Interview, at: datetime) -> None:
        """Draw the timeline just after the rest of the view is on screen: matplotlib takes
        most of a second to start and a few tenths to draw. Outside a kernel, draw at once."""
        if self._drawing is not None:
            self._drawing.cancel()
            self._drawing = None
        # The same plan, seen within the same hour, is the same picture.
        key = (interview.id, interview.revision, tuple(self.steps), f"{at:%Y%m%d%H}")
        if key == self._drawn:
            return
        loop = kernel_loop()
        if loop is None:
            self._draw(interview, self.steps, at, key)
        else:
            self._drawing = loop.call_soon(
                guarded(self.status)(self._draw), interview, self.steps, at, key
            )

    def _draw(self, interview: Interview, steps: list[Step], at: datetime, key: Any) -> None:
        self._drawing = None
        buffer = io.BytesIO()
        timeline_figure(interview, steps, today=at).savefig(buffer, format="png", dpi=100)
        self.image.value = buffer.getvalue()
        self._drawn = key

    def _set_state(self, value: str) -> None:
        """Store the status; once they have decided, draft the reply (kept if drafted)."""
        if not self.picker.value:
            return
        interview = self.workspace.interview(self.picker.value)
        if str(interview.status) == value:
            return
        status = InterviewStatus(value)
        problem: UsageError | None = None
        with self.workspace.transaction():  # one change: other widgets see both at once
            today = self.clock().astimezone(interview.zone).date()
            stored = self.workspace.save_interview(with_outcome(interview, status, today=today))
            try:
                reply = draft_reply(self.workspace, stored.id, previous=interview)
            except UsageError as exc:  # no profile or nobody to write to yet
                reply, problem = None, exc
        if problem is not None:
            message(self.status, f"Status set to {value}. To draft the reply: {problem}.", "info")
            return
        if not status.is_outcome:
            message(self.status, f"Status set to {value}.")
            return
        if reply is None:
            return
        if reply.id in {value for _, value in self.letter.options}:
            self.letter.value = reply.id
        person = stored.interviewer(reply.interviewer_id).name
        message(
            self.status,
            f"Status set to {value}. Your {kind_words(reply.kind)} to {person} is drafted: read it "
            "in the letter editor, then send it within a working day and mark it as sent here.",
        )

    def mark_sent(self) -> None:
        """Log the chosen letter as sent now; the guard may refuse a check-in.

        A letter that still has error-level findings is logged only after a second click:
        the first says which errors it has and asks.
        """
        if not self.letter.value:
            message(self.status, "Nothing left to send.", "info")
            return
        letter = self.workspace.letter(self.letter.value)
        interview = self.workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        errors = review_letter(self.workspace, letter).errors
        if errors and self._confirming != letter.id:
            self._confirming = letter.id
            self.sent_button.description = "Yes, I sent it"
            rules = ", ".join(
                f"{r} · {rule_label(r)}" for r in dict.fromkeys(f.rule for f in errors)
            )
            message(
                self.status,
                f"The {kind_words(letter.kind)} to {person.name} still has "
                f"{counted(len(errors), 'error')} ({rules}). Fix "
                f"{'it' if len(errors) == 1 else 'them'} in {place('draft')} before sending if you "
                "can. If you already sent it as it is, press “Yes, I sent it” to log it.",
                "warning",
            )
            return
        self._forget_question()
        at = self.clock()
        try:
            mark_sent(self.workspace, letter, at=at, policy=self.policy)
        except ContactRefused as refused:
            message(self.status, f"Not marked as sent: {refused}", "error")
            return
        # No refresh here: the watch redraws the plan as soon as the log is committed.
        local = at.astimezone(interview.zone)
        message(
            self.status,
            f"Logged: the {kind_words(letter.kind)} to {person.name}, sent "
            f"{local:%a %d %b at %H:%M} ({interview.timezone} time).",
        )
