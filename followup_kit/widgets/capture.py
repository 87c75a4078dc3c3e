"""The capture form: you, the interview, and each person met, validated as you type."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import ipywidgets as w

from ..errors import InvalidRecord, RecordConflict
from ..model import (
    Interview,
    Interviewer,
    InterviewFormat,
    InterviewStatus,
    Profile,
    field_label,
    fields_problems,
    new_id,
)
from ..outcomes import with_outcome
from ..revisions import merge
from ..store import Workspace
from ..wording import counted
from ._common import FULL, LABEL, conflict_message, guarded, html, message, root
from ._fields import Fields as _Fields
from ._fields import text_field as _text
from ._fields import zone_field as _zone_box
from .concerns import ConcernList

__all__ = ["CaptureForm"]

NEW = "__new__"


class CaptureForm(w.VBox):
    """Capture an interview and the people met; Save writes it to the workspace.

    ``CaptureForm(workspace)`` opens the most recent interview (or a new one when there is
    none); choose another, or "New interview", from the list at the top.
    """

    def __init__(self, workspace: Workspace, interview_id: str | None = None) -> None:
        self.workspace = workspace
        self.profile = _Fields(
            Profile,
            {
                "name": _text("Your name", "Jordan Avery"),
                "email": _text("Your email", "jordan.avery@example.com"),
                "phone": _text("Your phone", "+31 20 555 0142"),
                "timezone": _zone_box("Your time zone", "Europe/Amsterdam"),
                "signature": _text("Signature", "Jordan Avery\n+31 20 555 0142", area=True, rows=3),
                "value_points": _text(
                    "Strengths to mention",
                    "One per line, e.g. I cut a weekly report from four hours to twenty minutes",
                    area=True,
                    rows=4,
                ),
            },
        )
        self.interview = _Fields(
            Interview,
            {
                "company": _text("Company", "Northwind Traders"),
                "role": _text("Role", "Data Analyst"),
                "when": _text("Date and time", "2026-11-26 14:00"),
                "timezone": _zone_box("Time zone", "Europe/Berlin"),
                "format": w.Dropdown(
                    description="Format", options=[f.value for f in InterviewFormat], style=LABEL
                ),
                "place": _text("Place", "Office, room 4 / video call"),
                "next_steps": _text("Next steps", "What they said happens next", area=True),
                "decision_date": w.DatePicker(description="They decide by", style=LABEL),
                "follow_up_instructions": _text(
                    "How to follow up",
                    "Any instruction they gave (e.g. 'email Mei Lin')",
                    area=True,
                ),
                "status": w.Dropdown(
                    description="Status", options=[s.value for s in InterviewStatus], style=LABEL
                ),
            },
        )
        self.person = _Fields(
            Interviewer,
            {
                "name": _text("Name", "Priya Raman"),
                "goes_by": _text("Greet as", "Leave empty to use the first name"),
                "title": _text("Title", "Head of Analytics"),
                "email": _text("Business email", "priya.raman@company.example"),
                "phone": _text("Business phone", "+31 20 555 0100"),
                "linkedin": _text("LinkedIn", "https://www.linkedin.com/in/..."),
                "timezone": _zone_box("Their time zone", "same as the interview"),
                "medium": w.ToggleButtons(
                    description="Prefers",
                    options=["email", "card"],
                    style=LABEL,
                    tooltips=["They prefer an email", "They prefer a handwritten card"],
                ),
                "remarks": _text(
                    "What they said",
                    "One per line: a phrase that completes 'What you said about ...'",
                    area=True,
                    rows=3,
                ),
                "concerns": ConcernList(),
                "topics": _text("Topics", "One per line, e.g. 'forecasting demand'", area=True),
            },
        )
        # The decision date is checked against the interview's day as you type either.
        for name in ("when", "timezone", "decision_date"):
            self.interview.widgets[name].observe(lambda _: self._check_dates(), names="value")
        self.picker = w.Dropdown(description="Interview", style=LABEL, layout=FULL)
        self.people = w.Dropdown(
            description="Person", style=LABEL, layout=w.Layout(flex="1 1 240px", width="auto")
        )
        self.add_button = w.Button(description="Add person", icon="user-plus")
        self.remove_button = w.Button(description="Remove person", icon="user-times")
        self.save_button = w.Button(description="Save", button_style="primary", icon="save")
        self.delete_button = w.Button(
            description="Delete interview",
            icon="trash",
            tooltip="Remove this interview, its letters and its log",
        )
        self.reload_button = w.Button(
            description="Reload",
            icon="refresh",
            tooltip="Take in the changes saved elsewhere; your edits stay on screen",
            layout=w.Layout(display="none"),
        )
        self._delete_armed = ""
        self.status = html("")
        self._people: list[dict[str, Any]] = []
        self._shown = -1
        self._interview_id = ""
        self._saved_state: Any = None
        self._reverting = False
        self._warned = False
        # The records as stored when loaded: a save merges with what was stored since.
        self._profile_base: Profile | None = None
        self._interview_base: Interview | None = None
        safe = guarded(self.status, self._offer_reload)
        self.picker.observe(lambda c: safe(self._switch)(c["old"], c["new"]), names="value")
        self.people.observe(lambda change: self._show_person(change["new"]), names="value")
        self.add_button.on_click(safe(lambda _: self.add_person()))
        self.remove_button.on_click(safe(lambda _: self.remove_person()))
        self.save_button.on_click(safe(lambda _: self.save()))
        self.delete_button.on_click(safe(lambda _: self.delete()))
        self.reload_button.on_click(safe(lambda _: self.reload()))
        super().__init__(
            [
                html('<h3 class="fk-box">You</h3>'),
                *self.profile.rows(),
                html('<h3 class="fk-box">The interview</h3>'),
                self.picker,
                *self.interview.rows(),
                html('<h3 class="fk-box">People you met</h3>'),
                w.HBox([self.people, self.add_button, self.remove_button]),
                *self.person.rows(),
                w.HBox([self.save_button, self.delete_button]),
                self.status,
                self.reload_button,
            ]
        )
        root(self)
        profile = workspace.profile()
        self._profile_base = profile
        if profile is not None:
            self.profile.load(profile.to_data())
        self._refresh_picker(interview_id)

    # --- choosing what to edit

    def _refresh_picker(self, select: str | None = None) -> None:
        interviews = self.workspace.interviews()
        options = [(f"{i.role} at {i.company} ({i.local_when:%d %b %Y})", i.id) for i in interviews]
        options.append(("New interview", NEW))
        chosen = select or (interviews[-1].id if interviews else NEW)
        self.picker.options = options
        if self.picker.value == chosen:
            self._open(chosen)
        self.picker.value = chosen

    def _open(self, interview_id: str | None) -> None:
        record = None if interview_id in (None, NEW) else self.workspace.interview(interview_id)
        self._interview_id = record.id if record is not None else new_id()
        self._interview_base = record
        self._fill(record)
        self._saved_state = self._state()
        self._warned = False
        self.reload_button.layout.display = "none"

    def _fill(self, record: Interview | None) -> None:
        """Show an interview (or an empty one) in the interview and people fields."""
        if record is None:
            self.interview.load({"format": "in person", "status": "awaiting reply"})
            self._people = []
        else:
            data = record.to_data()
            data["when"] = f"{record.local_when:%Y-%m-%d %H:%M}"
            data["decision_date"] = record.decision_date
            self.interview.load(data)
            self._people = [p.to_data() for p in record.interviewers]
        self._shown = -1
        self._refresh_people(0 if self._people else None)

    def _on_screen(self) -> dict[str, Any]:
        """The interview fields and the people as the form holds them now."""
        self._keep_person()
        return {**self.interview.values(), "interviewers": [dict(p) for p in self._people]}

    def _as_shown(self, record: Interview | None) -> dict[str, Any]:
        """A stored interview in the form's own terms (by showing it), to compare edits."""
        self._fill(record)
        return self._on_screen()

    def _state(self) -> Any:
        """Everything the form holds, to tell whether there are unsaved changes."""
        self._keep_person()
        people = [dict(sorted(p.items())) for p in self._people]
        return repr((self.interview.values(), people))

    def _switch(self, old: str | None, new: str | None) -> None:
        """Open another interview; unsaved changes stop the first attempt, never silently."""
        if self._reverting:
            return
        if old is not None and not self._warned and self._state() != self._saved_state:
            self._warned = True
            self._reverting = True
            try:
                self.picker.value = old
            finally:
                self._reverting = False
            message(
                self.status,
                "This interview has unsaved changes: press Save to keep them, "
                "or choose the other interview again to discard them.",
                "warning",
            )
            return
        self._open(new)

    def _refresh_people(self, index: int | None) -> None:
        labels = [(p.get("name") or f"(person {n + 1})", n) for n, p in enumerate(self._people)]
        self._shown = -1
        self.people.options = labels
        self.people.value = index
        if index is None:
            self.person.load({"medium": "email"})
        self._set_person_enabled(index is not None)

    def _set_person_enabled(self, enabled: bool) -> None:
        for widget in self.person.widgets.values():
            widget.disabled = not enabled
        self.remove_button.disabled = not enabled

    def _keep_person(self) -> None:
        if 0 <= self._shown < len(self._people):
            self._people[self._shown].update(self.person.values())

    def _show_person(self, index: int | None) -> None:
        self._keep_person()
        if index is None or index >= len(self._people):
            return
        self.person.load(self._people[index])
        self._shown = index

    def add_person(self) -> None:
        """Add an empty person and show their fields."""
        self._keep_person()
        self._people.append({"id": new_id(), "name": "", "medium": "email"})
        self._refresh_people(len(self._people) - 1)
        self.person.widgets["name"].value = ""
        message(self.status, "Added a person: fill in their name, then Save.", "info")

    def remove_person(self) -> None:
        """Remove the person shown (saved when you press Save)."""
        if self._shown < 0:
            return
        removed = self._people.pop(self._shown)
        self._refresh_people(0 if self._people else None)
        name = removed.get("name") or "the person"
        message(self.status, f"Removed {name}; press Save to keep the change.", "info")

    # --- saving

    def _interview_values(self) -> dict[str, Any]:
        values = self.interview.values()
        # The date and time as typed: the record reads '2026-11-26 14:00' itself, and an error
        # then quotes exactly what the user wrote.
        values["timezone"] = values["timezone"] or "UTC"
        if not isinstance(values["decision_date"], date | datetime):
            values["decision_date"] = None
        return values

    def _check_dates(self) -> None:
        """Say beside 'They decide by' when it comes before the interview, as you type."""
        values = self._interview_values()
        dates = {name: values[name] for name in ("when", "timezone", "decision_date")}
        problem = fields_problems(Interview, dates).get("decision_date")
        if problem:
            self.interview.show("decision_date", problem)
        else:
            self.interview.check("decision_date")

    def save(self) -> Interview | None:
        """Validate everything; save it all, or nothing and say what to fix."""
        self._keep_person()
        problems: list[str] = []  # the fields to fix, as the form labels them
        profile = interview = None
        try:
            profile = Profile(**self.profile.values())
        except InvalidRecord as exc:
            self._mark(self.profile, exc)
            problems += [field_label("Profile", f) for f in exc.problems]
        people: list[Interviewer] = []
        for n, data in enumerate(self._people):
            try:
                people.append(Interviewer(**{k: v for k, v in data.items() if v is not None}))
            except InvalidRecord as exc:
                who = data.get("name") or f"Person {n + 1}"
                problems += [f"{who}: {field_label('Interviewer', f)}" for f in exc.problems]
                if n == self._shown:
                    self._mark(self.person, exc)
        try:
            # What they decided is noted in notebook 04 (OutcomeForm): kept as loaded, and its
            # day noted when the status here becomes an outcome.
            base = self._interview_base
            interview = Interview(
                id=self._interview_id,
                interviewers=people,
                outcome=base.outcome if base is not None else None,
                **self._interview_values(),
            )
            if interview.status.is_outcome:
                interview = with_outcome(interview, interview.status)
        except InvalidRecord as exc:
            self._mark(self.interview, exc)
            problems += [field_label("Interview", f) for f in exc.problems if f != "interviewers"]
        if problems or profile is None or interview is None:
            message(
                self.status,
                "Not saved. Fix these fields (each says what is wrong), then Save again: "
                f"{'; '.join(problems)}.",
                "error",
            )
            return None
        # Both or neither; each merged with what other windows stored since it was loaded.
        with self.workspace.transaction():
            stored_profile = self.workspace.save_profile(profile.based_on(self._profile_base))
            stored = self.workspace.save_interview(interview.based_on(self._interview_base))
        self._profile_base = stored_profile
        merged = stored != interview or stored_profile != profile
        if stored_profile != profile:
            self.profile.load(stored_profile.to_data())
        self._saved_state = self._state()
        count = len(stored.interviewers)
        note = " (together with the changes saved elsewhere meanwhile)" if merged else ""
        message(
            self.status,
            f"Saved {stored.role} at {stored.company} with {count} "
            f"{'person' if count == 1 else 'people'} to {self.workspace.path}{note}",
        )
        shown = self._shown
        self._refresh_picker(stored.id)
        if 0 <= shown < len(self._people):
            self.people.value = shown
        return stored

    # --- when another window saved the same interview

    def _offer_reload(self, conflict: RecordConflict) -> None:
        if conflict.deleted:  # Save again stores what is on screen anew
            if conflict.kind == "profile":
                self._profile_base = None
            else:
                self._interview_base = None
        else:
            self.reload_button.layout.display = ""
        message(self.status, conflict_message(conflict), "error")

    def reload(self) -> None:
        """Take in what other windows saved, keeping this form's unsaved edits on screen."""
        stored_profile = self.workspace.profile()
        mine = self.profile.values()
        base: dict[str, Any] | None = None
        if self._profile_base is not None:
            self.profile.load(self._profile_base.to_data())
            base = self.profile.values()
        theirs: dict[str, Any] = {}
        if stored_profile is not None:
            self.profile.load(stored_profile.to_data())
            theirs = self.profile.values()
        merged_profile, clashes = merge(base, mine, theirs, prefer_mine=True)
        self.profile.load(merged_profile)
        self._profile_base = stored_profile

        shown = self._shown
        ours = self._on_screen()
        known = {i.id: i for i in self.workspace.interviews()}
        stored = known.get(self._interview_id)
        old = self._as_shown(self._interview_base) if self._interview_base is not None else None
        current = self._as_shown(stored) if stored is not None else {}
        self._saved_state = self._state() if stored is not None else None
        merged, more = merge(old, ours, current, prefer_mine=True)
        self._interview_base = stored
        people = merged.pop("interviewers", [])
        self.interview.load(merged)
        self._people = people
        self._shown = -1
        self._refresh_people(min(max(shown, 0), len(people) - 1) if people else None)
        self._warned = False
        self.reload_button.layout.display = "none"
        kept = (
            " Where you both changed a field, your version is on screen." if clashes or more else ""
        )
        message(
            self.status,
            f"Reloaded the changes saved elsewhere.{kept} Press Save to store what you see.",
            "info",
        )

    def delete(self) -> None:
        """Delete the interview shown, with its letters and log; the first click only asks."""
        stored = {i.id: i for i in self.workspace.interviews()}
        record = stored.get(self._interview_id)
        if record is None:
            message(
                self.status, "This interview is not saved, so there is nothing to delete.", "info"
            )
            return
        if self._delete_armed != record.id:
            self._delete_armed = record.id
            letters = len(self.workspace.letters(record.id))
            message(
                self.status,
                f"Delete {record.role} at {record.company} with its {counted(letters, 'letter')} "
                "and contact log? Press Delete again to confirm (export your data first to keep "
                "a copy).",
                "warning",
            )
            return
        self._delete_armed = ""
        self.workspace.delete_interview(record.id)
        self._saved_state = None
        self._warned = True  # the changes on screen belong to the deleted interview
        self._refresh_picker()
        message(self.status, f"Deleted {record.role} at {record.company}.")

    @staticmethod
    def _mark(fields: _Fields, error: InvalidRecord) -> None:
        for field, problem in error.problems.items():
            if field in fields.widgets:
                fields.show(field, problem)
