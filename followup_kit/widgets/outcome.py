"""When they decide: the outcome and what they told you, saved with the interview; the reply
is drafted and planned at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..drafting import draft_reply, reply_contact_reason
from ..errors import InvalidRecord, RecordConflict, UsageError
from ..kinds import kind_words
from ..model import Interview, InterviewStatus, Letter, Outcome, fields_problems, now
from ..outcomes import reply_kinds, with_outcome
from ..reply_timing import reply_due
from ..revisions import LABELS, merge
from ..schedule import policy_for
from ._common import (
    LABEL,
    conflict_message,
    fill_interview_picker,
    guarded,
    html,
    message,
    place,
    root,
    set_html,
)
from ._fields import Fields, text_field
from ._sync import Watch

__all__ = ["OutcomeForm"]

# Which details each outcome needs, in the order the form shows them.
SHOWN = {
    "offer": (
        "heard_on",
        "told_by",
        "job_title",
        "start_date",
        "pay",
        "other_terms",
        "written_offer",
        "answer_by",
        "reason",
    ),
    "rejected": ("heard_on", "told_by", "ask_feedback"),
    "withdrawn": ("heard_on", "reason"),
}
# The dates checked against each other (and against the interview) as you type.
DATES = ("heard_on", "start_date", "answer_by")
REASON_HINT = {
    "offer": "Only if you ask for time: why, in one sentence (e.g. I would like to talk it over "
    "with my family)",
    "withdrawn": "Optional, one sentence: e.g. I have accepted another offer",
}
WAITING = (
    "No decision yet. When they tell you, choose offer or rejected (or withdrawn, if you decide "
    "to withdraw), note what they said, and Save: the reply is drafted and put in the plan."
)
DECIDED = {
    "offer": "they made you an offer",
    "rejected": "they chose another candidate",
    "withdrawn": "you withdraw",
}


class OutcomeForm(w.VBox):
    """What they decided and what they told you; Save stores it and drafts the reply.

    ``OutcomeForm(workspace)`` opens the most recent interview. The status is the same as the
    schedule view's; the details are those the reply needs (an offer's terms, the day you
    would answer by, whether to ask for feedback).
    """

    def __init__(
        self,
        workspace: Any,
        interview_id: str | None = None,
        *,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.workspace = workspace
        self.clock = clock
        self.picker = w.Dropdown(
            description="Interview", style=LABEL, layout=w.Layout(width="100%")
        )
        self.state = w.Dropdown(
            description="Status", style=LABEL, options=[s.value for s in InterviewStatus]
        )
        labels = LABELS["outcome"]
        self.details = Fields(
            Outcome,
            {
                "heard_on": w.DatePicker(description=labels["heard_on"], style=LABEL),
                "told_by": w.Dropdown(description=labels["told_by"], style=LABEL),
                "job_title": text_field(labels["job_title"], "As they said it (else the role)"),
                "start_date": w.DatePicker(description=labels["start_date"], style=LABEL),
                "pay": text_field(labels["pay"], "As they told it, e.g. €58,000 a year"),
                "other_terms": text_field(
                    labels["other_terms"], "e.g. 25 days of leave and three office days a week"
                ),
                "answer_by": w.DatePicker(description=labels["answer_by"], style=LABEL),
                "reason": text_field(labels["reason"]),
            },
        )
        self.written_offer = w.Checkbox(description=labels["written_offer"], indent=False)
        self.ask_feedback = w.Checkbox(description=labels["ask_feedback"], indent=False)
        # Who the reply goes to: the person who told you, else the contact your notes name;
        # shown, with why, and yours to change. It is the reply letter's recipient, never
        # written into "Who told you".
        self.reply_to = w.Dropdown(description="Your reply goes to", style=LABEL)
        self.reply_why = html("")
        self._reply_chosen = False  # the user picked the recipient: it no longer follows
        self._placing = False  # the form itself is setting the recipient
        self._loaded_reply_to: str | None = None  # as loaded: moving it is an edit
        self._rows: dict[str, w.Widget] = {
            name: w.VBox([widget, self.details.errors[name]])
            for name, widget in self.details.widgets.items()
        }
        self._rows |= {"written_offer": self.written_offer, "ask_feedback": self.ask_feedback}
        self._reply_row = w.VBox([self.reply_to, self.reply_why])
        self.hint = html("")
        self.save_button = w.Button(description="Save", button_style="primary", icon="save")
        self.reload_button = w.Button(
            description="Reload",
            icon="refresh",
            tooltip="Take in the changes saved elsewhere; your edits stay on screen",
            layout=w.Layout(display="none"),
        )
        self.status = html("")
        self._base: Interview | None = None  # the interview as loaded: a save merges with it
        safe = guarded(self.status, self._offer_reload)
        self.picker.observe(lambda c: safe(self._open)(c["new"]), "value")
        self.state.observe(lambda c: self._show_fields(c["new"]), "value")
        for name in DATES:
            self.details.widgets[name].observe(lambda _: self._check_dates(), names="value")
        self.details.widgets["told_by"].observe(lambda _: self._follow_told_by(), names="value")
        self.reply_to.observe(lambda _: self._reply_to_chosen(), names="value")
        self.save_button.on_click(safe(lambda _: self.save()))
        self.reload_button.on_click(safe(lambda _: self.reload()))
        super().__init__(
            [
                self.picker,
                self.state,
                self.hint,
                *(self._rows[name] for name in SHOWN["offer"]),
                self.ask_feedback,
                self._reply_row,
                w.HBox([self.save_button, self.reload_button]),
                self.status,
            ]
        )
        root(self)  # our layout rules: rows stay inside the cell, as in the other forms
        fill_interview_picker(
            self.picker, workspace, interview_id, self.status, lambda: self._open(self.picker.value)
        )
        self.watch = Watch(workspace, safe(self._workspace_changed))

    def close(self) -> None:
        """Stop following the workspace, then close the widget."""
        self.watch.stop()
        super().close()

    # --- showing

    def _open(self, interview_id: str | None) -> None:
        if not interview_id:
            return
        self._fill(self.workspace.interview(interview_id))
        self.reload_button.layout.display = "none"

    def _fill(self, interview: Interview) -> None:
        """Show an interview's status and outcome, and take it as the base of the next save."""
        self._base = interview
        people = [(p.name, p.id) for p in interview.interviewers]
        self._placing = True
        try:
            self.reply_to.options = people
        finally:
            self._placing = False
        self._reply_chosen = False
        self.details.widgets["told_by"].options = [("not noted", ""), *people]
        self._put(interview.status, interview.outcome or Outcome())
        self._follow_told_by()  # told_by may be unchanged on screen: no event to follow
        letter = self._reply_letter(interview)
        if letter is not None:  # the reply drafted already goes where it goes
            person, why = reply_contact_reason(interview)
            self._reply_chosen = letter.interviewer_id != person.id
            self._place_reply(
                letter.interviewer_id, "you chose them" if self._reply_chosen else why
            )
        self._loaded_reply_to = self.reply_to.value

    def _reply_letter(self, interview: Interview) -> Letter | None:
        """The unsent or sent reply to the interview's outcome, if one is drafted."""
        people = {p.id for p in interview.interviewers}
        kinds = reply_kinds(interview.status)
        letters = self.workspace.letters(interview.id) if kinds else []
        return next((x for x in letters if x.kind in kinds and x.interviewer_id in people), None)

    def _on_screen(self) -> Interview | None:
        """The loaded interview with the person who told you as chosen on screen."""
        base = self._base
        if base is None:
            return None
        told = self.details.value("told_by") or ""
        return base.model_copy(
            update={"outcome": (base.outcome or Outcome()).model_copy(update={"told_by": told})}
        )

    def _follow_told_by(self) -> None:
        """Point the reply at the person who told you (else the contact your notes name),
        unless the user chose its recipient."""
        shown = self._on_screen()
        if shown is None or not shown.interviewers or self._reply_chosen:
            return
        person, why = reply_contact_reason(shown)
        self._place_reply(person.id, why)

    def _place_reply(self, person_id: str, why: str = "you chose them") -> None:
        self._placing = True
        try:
            self.reply_to.value = person_id
        finally:
            self._placing = False
        self._explain_reply(why)

    def _explain_reply(self, why: str) -> None:
        name = self.reply_to.label or ""
        set_html(
            self.reply_why,
            Markup(
                '<span class="fk-muted">{}: {}. Choose someone else here if your reply should '
                "go to them.</span>"
            ).format(name, why),
        )

    def _reply_to_chosen(self) -> None:
        if self._placing or self.reply_to.value is None:
            return
        self._reply_chosen = True
        self._explain_reply("you chose them")

    def _put(self, status: InterviewStatus, outcome: Outcome) -> None:
        data = outcome.to_data()
        data["heard_on"], data["start_date"] = outcome.heard_on, outcome.start_date
        data["answer_by"] = outcome.answer_by
        if data["told_by"] not in {value for _, value in self.details.widgets["told_by"].options}:
            data["told_by"] = ""  # that person was removed from the interview
        self.details.load(data)
        self.written_offer.value = outcome.written_offer
        self.ask_feedback.value = outcome.ask_feedback
        self.state.value = str(status)
        self._show_fields(str(status))

    def _show_fields(self, status: str) -> None:
        shown = SHOWN.get(status, ())
        for name, row in self._rows.items():
            row.layout.display = "" if name in shown else "none"
        self._reply_row.layout.display = "" if shown and self.reply_to.options else "none"
        self.details.widgets["reason"].placeholder = REASON_HINT.get(status, "")
        self.hint.value = html(
            f'<span class="fk-muted">{WAITING if not shown else _help(status)}</span>'
        ).value

    def _check_dates(self) -> None:
        """Say beside a date when it comes before the interview or the day you heard, as you
        type (the same checks Save makes)."""
        dates = {name: self.details.value(name) for name in DATES}
        problems: dict[str, str] = {}
        for name in ("start_date", "answer_by"):  # each on its own: Save stops at the first
            problems |= fields_problems(Outcome, {"heard_on": dates["heard_on"], name: dates[name]})
        base = self._base
        if base is not None and dates["heard_on"] is not None:
            interview = {"when": base.when, "timezone": base.timezone}
            interview["outcome"] = {"heard_on": dates["heard_on"]}
            found = fields_problems(Interview, interview)
            problems |= {name.removeprefix("outcome."): text for name, text in found.items()}
        for name in DATES:
            if problems.get(name):
                self.details.show(name, problems[name])
            else:
                self.details.check(name)

    def _values(self) -> dict[str, Any]:
        values = self.details.values()
        values["written_offer"] = self.written_offer.value
        values["ask_feedback"] = self.ask_feedback.value
        return values

    def dirty(self) -> bool:
        """True when the status or a detail on screen differs from what was loaded."""
        base = self._base
        if base is None:
            return False
        outcome = (base.outcome or Outcome()).to_data()
        shown = Outcome.parse({**outcome, **_blanks_as_none(self._values())}).to_data()
        moved = self.reply_to.value != self._loaded_reply_to
        return self.state.value != str(base.status) or shown != outcome or moved

    # --- saving

    def save(self) -> Interview | None:
        """Store the status and the details (merged with changes saved elsewhere); once they
        have decided, draft the reply (kept if one is drafted already) and say when it is due."""
        base = self._base
        if base is None:
            raise ValueError(f"capture the interview in {place('capture')} first")
        status = InterviewStatus(self.state.value)
        details = _blanks_as_none(self._values())
        if not status.is_outcome and base.outcome is None:
            details = {}  # nothing decided and nothing noted: keep the interview as it was
        today = self.clock().astimezone(base.zone).date()
        try:
            changed = with_outcome(base, status, today=today, **details)
        except InvalidRecord as exc:
            self._show_problems(exc)
            return None
        problem: UsageError | None = None
        with self.workspace.transaction():  # one change: other widgets see both at once
            stored = self.workspace.save_interview(changed)
            try:
                to = self.reply_to.value if status.is_outcome else None
                reply = draft_reply(self.workspace, stored.id, previous=base, to=to)
            except UsageError as exc:  # no profile yet, or nobody to write to
                reply, problem = None, exc
        self.watch.seen()
        self._fill(stored)
        self.reload_button.layout.display = "none"
        if not status.is_outcome:
            message(self.status, f"Saved: {status}.")
            return stored
        if problem is not None:
            message(self.status, f"Saved: {DECIDED[str(status)]}. To draft the reply: {problem}.")
            return stored
        assert reply is not None
        person = stored.interviewer(reply.interviewer_id)
        due = reply_due(stored, person, policy_for(self.workspace), at=self.clock())
        kept = (
            f" It keeps the text you wrote: make sure it greets {person.greeting_name}."
            if person.greeting_name not in reply.body
            else ""
        )
        message(
            self.status,
            f"Saved: {DECIDED[str(status)]}. Your {kind_words(reply.kind)} to {person.name} is "
            f"drafted; send it by {due:%A} {due.day} {due:%B} (within a working day). Read and "
            f"edit it in {place('reply')}.{kept}",
        )
        return stored

    def _show_problems(self, error: InvalidRecord) -> None:
        named = []
        for field, problem in error.problems.items():
            name = field.removeprefix("outcome.")
            if name in self.details.errors:
                self.details.show(name, problem)
            named.append(LABELS["outcome"].get(name, LABELS["interview"].get(name, name)))
        message(
            self.status,
            "Not saved. Fix these fields (each says what is wrong), then Save again: "
            f"{'; '.join(named)}.",
            "error",
        )

    # --- changes saved elsewhere

    def _workspace_changed(self) -> None:
        """Another widget or notebook saved: show it, unless the user has edits on screen."""
        if not self.picker.value or self.dirty():
            return
        self._fill(self.workspace.interview(self.picker.value))

    def _offer_reload(self, conflict: RecordConflict) -> None:
        self.reload_button.layout.display = ""
        message(self.status, conflict_message(conflict), "error")

    def reload(self) -> None:
        """Take in what was saved elsewhere, keeping the user's own edits on screen."""
        base = self._base
        if base is None:
            return
        stored = self.workspace.interview(base.id)
        mine = {"status": self.state.value, **_blanks_as_none(self._values())}
        before = {"status": str(base.status), **(base.outcome or Outcome()).to_data()}
        theirs = {"status": str(stored.status), **(stored.outcome or Outcome()).to_data()}
        merged, clashes = merge(_json(before), _json(mine), _json(theirs), prefer_mine=True)
        chosen = self.reply_to.value if self._reply_chosen else None
        self._fill(stored)
        status = merged.pop("status")
        self._put(InterviewStatus(status), Outcome.parse(merged))
        if chosen in {value for _, value in self.reply_to.options}:  # the user's pick stays
            self._reply_chosen = True
            self._place_reply(chosen)
        self.reload_button.layout.display = "none"
        kept = " Where you both changed it, your version is on screen." if clashes else ""
        message(self.status, f"Reloaded the changes saved elsewhere.{kept} Save to keep yours.")


def _help(status: str) -> str:
    """What to note for this outcome."""
    return {
        "offer": "Note the offer as they told it: the acceptance confirms these terms in "
        "writing. If you ask for time, set the day you will answer by.",
        "rejected": "Note who told you; the reply thanks them and asks to be kept in mind.",
        "withdrawn": "The reply tells them you withdraw; a reason is optional.",
    }[status]


def _blanks_as_none(values: dict[str, Any]) -> dict[str, Any]:
    """Empty date pickers give None, which is what an unset date is."""
    return {
        k: (None if v == "" and k in ("heard_on", "start_date", "answer_by") else v)
        for k, v in values.items()
    }


def _json(data: dict[str, Any]) -> dict[str, Any]:
    """Dates as the strings a record stores, so that versions compare as stored."""
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in data.items()}
