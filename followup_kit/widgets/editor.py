"""The letter editor: draft, edit with a live review, apply fixes, ignore, save, export."""

from __future__ import annotations

import os
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from .. import grammar
from ..drafting import Drafter, also_asked, draft_letter, reply_contact
from ..errors import RecordConflict
from ..exports import highlight_html
from ..kinds import KIND_LABELS, kind_words
from ..model import Concern, Interview, InterviewStatus, Letter, LetterKind, Medium
from ..outcomes import proposed_reply, reply_kinds
from ..phrasing import insert_paragraph_sentence
from ..reviewing import Review, letter_context, review
from ..revisions import merge
from ..rules.base import Finding
from ..rules.labels import rule_label
from ..store import Workspace
from ..wording import counted
from ._common import (
    FULL,
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
from ._findings import FindingRows, finding_row
from ._links import ExportLinks, editable
from ._medium import MediumChoice
from ._sync import Watch, kernel_loop
from .also_raised import AlsoRaised

__all__ = ["LetterEditor"]

# The review follows the typing within about 0.1 s of a pause (a review takes a few ms, the
# browser's round trip some more), and at least every 0.4 s while the typing goes on.
DEBOUNCE = 0.06
MAX_WAIT = 0.4

_DECIDED = {"offer": "They made you an offer", "rejected": "They chose another candidate"}
_DECIDED["withdrawn"] = "You are withdrawing"


class LetterEditor(w.VBox):
    """Pick a person and a kind of letter, edit it, and watch the review follow your typing."""

    def __init__(
        self,
        workspace: Workspace,
        interview_id: str | None = None,
        *,
        debounce: float = DEBOUNCE,
        max_wait: float = MAX_WAIT,
        template_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        grammar.warm_up()  # the grammar checker takes a second to build: start it now
        self.workspace = workspace
        self.debounce = debounce  # seconds of quiet before the review follows the typing
        self.max_wait = max_wait  # while typing goes on, the review runs at least this often
        self._typing_since: float | None = None  # when the text first changed since a review
        self.drafter = Drafter(template_dir)
        self.letter: Letter | None = None
        self._context: dict[str, Any] | None = None  # review() keywords for this letter
        self.review: Review | None = None
        self._pending: Any = None
        self.status = html("")
        safe = guarded(self.status, self._offer_reload)
        self.interview_picker = w.Dropdown(description="Interview", style=LABEL, layout=FULL)
        self.person = w.Dropdown(
            description="To", style=LABEL, layout=w.Layout(flex="1 1 360px", width="auto")
        )
        self.kind = w.Dropdown(
            description="Letter",
            style=LABEL,
            options=[(KIND_LABELS[k.value], k.value) for k in LetterKind],
        )
        self.redraft_button = w.Button(
            description="Draft again", icon="refresh", tooltip="Replace the text with a fresh draft"
        )
        self.medium_choice = MediumChoice(lambda medium: safe(self.change_medium)(medium))
        self.medium, self.medium_note = self.medium_choice.toggle, self.medium_choice.note
        # Its own layout: it is hidden for cards, and FULL is shared by other widgets.
        self.subject = w.Text(description="Subject", style=LABEL, layout=w.Layout(width="100%"))
        self.body = w.Textarea(
            description="Text",
            style=LABEL,
            continuous_update=True,
            layout=w.Layout(width="100%"),
            rows=14,
        )
        self.summary = html("")
        self.preview = html("")
        self.findings = w.VBox()
        self._finding_rows = FindingRows(self._row)
        self.also_raised = AlsoRaised(
            lambda concern: guarded(self.status)(self.insert_answer)(concern)
        )
        self.save_button = w.Button(description="Save", button_style="primary", icon="save")
        self.export_button = w.Button(
            description="Export", icon="download", tooltip=".eml for email, card sheet for cards"
        )
        self.allow_errors = w.Checkbox(description="export even with errors", indent=False)
        self.links = ExportLinks()
        self.downloads = self.links.widget
        self.reload_button = w.Button(
            description="Reload",
            icon="refresh",
            tooltip="Take in the changes saved elsewhere; your edits stay on screen",
            layout=w.Layout(display="none"),
        )
        self.other_version = html("")
        self._base: dict[str, Any] | None = None  # the letter as stored when loaded
        self._status: InterviewStatus | None = None  # the interview's status last seen
        self._showing = False  # _show() is filling the fields: not the user's edits
        self.interview_picker.observe(lambda c: safe(self._pick_interview)(c["new"]), "value")
        self._choosing = False  # select() sets person and kind together, then loads once
        self.person.observe(lambda c: self._choosing or safe(self.load)(), "value")
        self.kind.observe(lambda c: self._choosing or safe(self.load)(), "value")
        self.redraft_button.on_click(safe(lambda _: self.redraft()))
        self.body.observe(lambda c: self._edited(), "value")
        self.subject.observe(lambda c: self._edited(), "value")
        self.save_button.on_click(safe(lambda _: self.save()))
        self.export_button.on_click(safe(lambda _: self.export()))
        self.reload_button.on_click(safe(lambda _: self.reload()))
        super().__init__(
            [
                self.interview_picker,
                w.HBox([self.person, self.kind, self.redraft_button]),
                self.medium,
                self.medium_note,
                self.subject,
                self.body,
                self.also_raised,
                self.summary,
                self.findings,
                html('<div class="fk-muted">Preview with the review marks:</div>'),
                self.preview,
                w.HBox([self.save_button, self.export_button, self.allow_errors]),
                self.downloads,
                self.status,
                self.reload_button,
                self.other_version,
            ]
        )
        root(self)
        self.watch = Watch(workspace, safe(self._workspace_changed))
        fill_interview_picker(
            self.interview_picker,
            workspace,
            interview_id,
            self.status,
            lambda: self._pick_interview(self.interview_picker.value),
        )

    # --- loading and drafting

    def _pick_interview(self, interview_id: str | None) -> None:
        if not interview_id:
            return
        interview = self.workspace.interview(interview_id)
        self._status = interview.status
        options = _people_options(interview)
        self._choosing = True  # the options change the person; load once, below
        try:
            self.person.options = options
        finally:
            self._choosing = False
        if interview.status.is_outcome and options:
            self.open_reply(interview)  # after their decision, the reply is the letter to write
            return
        if options and self.person.value == options[0][1]:
            self.load()
        self.person.value = options[0][1] if options else None

    def open_reply(self, interview: Interview | None = None) -> None:
        """Show the reply to the interview's outcome: the one drafted or saved already, else
        the one proposed (an acceptance for an offer), to the person it goes to."""
        interview = interview or self.workspace.interview(self.interview_picker.value)
        kinds = reply_kinds(interview.status)
        if not kinds or not interview.interviewers:
            return
        people = {p.id for p in interview.interviewers}
        stored = [
            x
            for x in self.workspace.letters(interview.id)
            if x.kind in kinds and x.interviewer_id in people
        ]
        kind = str(stored[0].kind) if stored else proposed_reply(interview.status)
        person = stored[0].interviewer_id if stored else reply_contact(interview).id
        self._choosing = True
        try:
            self.kind.value = kind
            self.person.value = person
        finally:
            self._choosing = False
        self.load()
        others = [k for k in kinds if k != kind]
        choose = (
            f" (or choose {' or '.join(f'“{KIND_LABELS[k]}”' for k in others)} under Letter)"
            if others
            else ""
        )
        message(
            self.status,
            f"{_DECIDED[str(interview.status)]}: here is your {kind_words(kind)} to "
            f"{interview.interviewer(person).name}{choose}. Send it within a working day.",
            "info",
        )

    def _follow_status(self) -> bool:
        """Open the reply when the interview's status has just become an outcome."""
        if not self.interview_picker.value:
            return False
        interview = self.workspace.interview(self.interview_picker.value)
        seen, self._status = self._status, interview.status
        if seen is None or seen is interview.status or not interview.status.is_outcome:
            return False
        self.open_reply(interview)
        return True

    def select(self, name: str, kind: str = "thank-you") -> None:
        """Show the letter of ``kind`` to the person called ``name``."""
        matches = [pid for label, pid in self.person.options if label.split(",")[0] == name]
        if not matches:
            raise KeyError(f"no one called {name!r} in this interview")
        self._choosing = True
        try:
            self.kind.value = kind
            self.person.value = matches[0]
        finally:
            self._choosing = False
        self.load()

    def close(self) -> None:
        """Stop following the workspace, then close the widget."""
        self.watch.stop()
        super().close()

    def load(self) -> None:
        """Show the stored letter for the chosen person and kind, or a fresh draft."""
        if not self.interview_picker.value or not self.person.value:
            return
        try:
            kept = self._keep_edits()
        except Exception:
            self._point_at_shown_letter()  # the edits were not saved: stay on their letter
            raise
        stored = [
            x
            for x in self.workspace.letters(self.interview_picker.value)
            if x.interviewer_id == self.person.value and x.kind == self.kind.value
        ]
        if stored:
            self._show(stored[0], f"{kept}Opened your saved {self.kind.value}.")
        else:
            self._show(self._draft(), f"{kept}A fresh draft: edit it, then Save.")

    def _point_at_shown_letter(self) -> None:
        """Set the person and kind pickers back to the letter on screen."""
        if self.letter is None:
            return
        self._choosing = True
        try:
            self.person.value = self.letter.interviewer_id
            self.kind.value = str(self.letter.kind)
        finally:
            self._choosing = False

    def _values(self) -> dict[str, Any]:
        """The editable fields as they are on screen."""
        medium = self.medium.value
        if not self._medium_applies():
            medium = str(self.letter.medium) if self.letter is not None else "email"
        return {"subject": self.subject.value.strip(), "body": self.body.value, "medium": medium}

    def _medium_applies(self) -> bool:
        # A LinkedIn note has its own medium; a reply to an outcome always goes by email.
        return (
            self.letter is not None
            and self.letter.kind is not LetterKind.LINKEDIN
            and not self.letter.kind.is_reply
        )

    def dirty(self) -> bool:
        """True when the text, subject or medium on screen differ from the letter shown."""
        letter = self.letter
        if letter is None:
            return False
        shown = {"subject": letter.subject, "body": letter.body, "medium": str(letter.medium)}
        return self._values() != shown

    def _keep_edits(self) -> str:
        """Save what the user typed into the letter being left, so switching never loses it."""
        if not self.dirty():
            return ""
        self.save()
        return "Your edits to the previous letter were saved. "

    def _draft(self, medium: str | None = None) -> Letter:
        interview = self.workspace.interview(self.interview_picker.value)
        profile = self.workspace.profile()
        if profile is None:
            raise ValueError(
                f"save your profile in {place('capture')} first: letters are signed with it"
            )
        person = interview.interviewer(self.person.value)
        return draft_letter(
            interview,
            person,
            profile,
            kind=self.kind.value,
            medium=medium if self.kind.value != LetterKind.LINKEDIN else None,
            drafter=self.drafter,
        )

    def redraft(self) -> None:
        """Replace the text with a new draft (kept only if you Save); your edits are saved first."""
        medium = self._values()["medium"] if self.letter is not None else None
        self._keep_edits()
        fresh = self._draft(medium)
        if self.letter is not None:
            fresh = self.letter.model_copy(
                update={"subject": fresh.subject, "body": fresh.body, "medium": fresh.medium}
            )
        self._show(
            fresh, "Redrafted: Save to keep it, or pick the letter again to undo.", base=self._base
        )

    def change_medium(self, medium: str) -> None:
        """Send the letter as an email or a card: an untouched draft is drafted again for the
        new medium; text you edited is kept (press Draft again for the other wording)."""
        letter = self.letter
        if letter is None or not self._medium_applies():
            return
        before = self._values() | {"medium": str(letter.medium)}
        previous = self._draft(before["medium"])
        untouched = before["body"] == previous.body and before["subject"] == previous.subject
        redrafted = untouched and before["body"] == letter.body
        if redrafted:
            fresh = self._draft(medium)
            self._fill(subject=fresh.subject, body=fresh.body)
        self._show_medium(medium)
        self.review_now()
        message(self.status, MediumChoice.changed(medium, redrafted=redrafted), "info")

    def _show_medium(self, medium: str) -> None:
        """Show the medium (and why it was proposed) and the subject line for email."""
        letter = self.letter
        interview = person = None
        if letter is not None and self._medium_applies():
            interview = self.workspace.interview(letter.interview_id)
            if letter.kind is LetterKind.THANK_YOU:
                person = interview.interviewer(letter.interviewer_id)
        self.medium_choice.show(medium, interview=interview, person=person)
        self.subject.layout.display = "" if medium == Medium.EMAIL else "none"

    def _fill(self, **values: str) -> None:
        """Put values into the fields without counting it as the user's edit."""
        self._showing = True
        try:
            if "subject" in values:
                self.subject.value = values["subject"]
            if "body" in values:
                self.body.value = values["body"]
        finally:
            self._showing = False

    def _show(self, letter: Letter, note: str, *, base: dict[str, Any] | None = None) -> None:
        self.letter = letter
        self._base = base if base is not None else editable(letter) if letter.revision else None
        self._context = None
        self._withdraw_links()
        self.reload_button.layout.display = "none"
        set_html(self.other_version, "")
        self._show_other_concerns(letter)
        self._fill(subject=letter.subject, body=letter.body)
        self._show_medium(str(letter.medium))
        self.review_now()
        message(self.status, note, "info")

    def _show_other_concerns(self, letter: Letter) -> None:
        """Offer the concerns the draft leaves out (a thank-you answers the main one)."""
        interview = self.workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        others = person.other_concerns if letter.kind is LetterKind.THANK_YOU else []
        profile = self.workspace.profile()
        names = tuple(p.name for p in interview.interviewers) + ((profile.name,) if profile else ())
        self.also_raised.show(
            person.greeting_name, others, names, (interview.company, interview.role)
        )

    def insert_answer(self, concern: Concern) -> None:
        """Add sentences answering one more of their concerns (kept when you Save)."""
        if self.letter is None:
            return
        interview = self.workspace.interview(self.letter.interview_id)
        profile = self.workspace.profile()
        if profile is None:
            raise ValueError(
                f"save your profile in {place('capture')} first: letters are signed with it"
            )
        person = interview.interviewer(self.letter.interviewer_id)
        sentences = also_asked(interview, person, profile, concern, drafter=self.drafter)
        self.body.value = insert_paragraph_sentence(self.body.value, sentences)
        self.review_now()
        message(self.status, "Added your answer to the letter: Save to keep it.", "info")

    # --- keeping the links honest

    def _withdraw_links(self, why: str = "") -> None:
        """Take the export links away (they would hand out an older version)."""
        if self.links.withdraw() and why:
            message(self.status, why, "warning")

    def _edited(self) -> None:
        if self._showing:
            return
        self._withdraw_links(
            "You changed the letter after exporting it: press Export again for a file with "
            "this text."
        )
        self._schedule_review()

    def _workspace_changed(self) -> None:
        """Something was saved (here or in another notebook): check the links, review again."""
        self._context = None  # words, ignored findings and the other letters may have changed
        if self._follow_status():
            return  # their decision came in: the reply is on screen now, reviewed
        if self._follow_store():
            return  # the letter on screen was replaced by its stored version, and reviewed
        if self._follow_people():
            return  # a fresh draft was written again to the renamed person, and reviewed
        if self.links.outdated(self.workspace):
            self._withdraw_links(
                "The letter, its reader or your profile changed since the export (here or "
                "in another notebook): press Export again for a fresh file."
            )
        if self.letter is not None:
            self.review_now()

    def _follow_people(self) -> bool:
        """List the interview's people as stored now (renamed, added or removed elsewhere);
        True when the letter on screen was drafted again for that reason."""
        if not self.interview_picker.value:
            return False
        interview = self.workspace.interview(self.interview_picker.value)
        options = _people_options(interview)
        if list(self.person.options) == options:
            return False
        shown = self.person.value
        self._choosing = True
        try:
            self.person.options = options
            if shown in {pid for _, pid in options}:
                self.person.value = shown
        finally:
            self._choosing = False
        letter = self.letter
        if self.person.value != shown or (
            letter is not None and letter.revision is None and not self.dirty()
        ):
            self.load()  # their person is gone, or an untouched draft greets the old name
            return True
        return False

    def _follow_store(self) -> bool:
        """Show the stored version of the letter on screen when the user has not edited it: a
        draft not saved yet that was saved elsewhere meanwhile (so that a Save never makes a
        second copy), or a reply drafted again from new details of the outcome."""
        letter = self.letter
        if letter is None or self.dirty():
            return False
        if letter.revision is None:
            stored = [
                x
                for x in self.workspace.letters(letter.interview_id)
                if x.interviewer_id == letter.interviewer_id and x.kind == letter.kind
            ]
            if not stored:
                return False
            self._show(stored[0], "Opened the version saved elsewhere just now.")
            return True
        if not letter.kind.is_reply:
            return False  # other letters merge on Save (see save())
        try:
            stored_letter = self.workspace.letter(letter.id)
        except KeyError:
            return False
        if stored_letter.revision == letter.revision:
            return False
        outdated = self.links.outdated(self.workspace)
        self._show(stored_letter, "Updated with the version saved elsewhere just now.")
        if outdated:
            message(
                self.status,
                "The reply was drafted again with the details saved elsewhere; press Export "
                "again for a file with this text.",
                "warning",
            )
        return True

    # --- when someone else saved the same letter

    def _offer_reload(self, conflict: RecordConflict) -> None:
        if conflict.deleted and self.letter is not None:
            self.letter = self.letter.based_on(None)  # Save again stores it anew
            self._base = None
        else:
            self.reload_button.layout.display = ""
        message(self.status, conflict_message(conflict), "error")
        if self.letter is not None and "Text" in conflict.fields:
            stored = self.workspace.letter(self.letter.id)
            set_html(
                self.other_version,
                Markup(
                    '<div class="fk-muted">The text saved elsewhere, to compare or copy from:</div>'
                    '<div class="fk-letter">{}</div>'
                ).format(stored.body),
            )

    def reload(self) -> None:
        """Take in what was saved elsewhere, keeping the user's own edits on screen."""
        if self.letter is None:
            return
        stored = self.workspace.letter(self.letter.id)
        mine = self._values()
        merged, clashes = merge(self._base, mine, editable(stored), prefer_mine=True)
        self.letter = stored
        self._base = editable(stored)
        self._context = None
        self._fill(subject=merged["subject"], body=merged["body"])
        self._show_medium(merged["medium"])
        self.reload_button.layout.display = "none"
        set_html(self.other_version, "")
        self.review_now()
        kept = " Where you both changed it, your version is on screen." if clashes else ""
        message(
            self.status, f"Reloaded the changes saved elsewhere.{kept} Save to keep yours.", "info"
        )

    # --- the live review

    def _schedule_review(self) -> None:
        """Review once typing pauses for ``debounce`` seconds, and at least every ``max_wait``
        seconds while it goes on (a throttle: the findings follow a long burst of typing)."""
        if self.debounce <= 0:
            self.review_now()
            return
        if self._pending is not None:
            self._pending.cancel()
        loop = kernel_loop()
        if loop is None:  # plain Python: nothing would run a timer
            self.review_now()
            return
        now = loop.time()
        if self._typing_since is None:
            self._typing_since = now  # the first change since the last review
        due = min(now + self.debounce, self._typing_since + max(self.max_wait, self.debounce))
        self._pending = loop.call_at(due, self.review_now)

    def review_now(self) -> Review | None:
        """Review the text in the editor now and show the findings."""
        return guarded(self.status)(self._review_now)()

    def _review_now(self) -> Review | None:
        if self._pending is not None:
            self._pending.cancel()
        self._pending = None
        self._typing_since = None
        if self.letter is None:
            return None
        if self._context is None:  # read the workspace once per letter, not on every keystroke
            self._context = letter_context(self.workspace, self.letter)
        outcome = review(self.body.value, **{**self._context, "medium": self._values()["medium"]})
        self.review = outcome
        kind = "error" if not outcome.ok else "warning" if outcome.count("warning") else "ok"
        set_html(
            self.summary,
            Markup('<b class="fk-box fk-{}">Review: {}</b>').format(kind, outcome.summary()),
        )
        set_html(
            self.preview,
            Markup('<div class="fk-letter">{}</div>').format(
                highlight_html(outcome.text, outcome.findings)
            ),
        )
        self.findings.children = self._finding_rows(outcome.findings)
        self.also_raised.follow(outcome.text)
        return outcome

    def _row(self, finding: Finding) -> w.Widget:
        return finding_row(
            finding,
            safe=guarded(self.status),
            apply=self.apply,
            add_word=self.add_word,
            ignore=self.ignore,
        )

    def apply(self, finding: Finding) -> None:
        """Replace the finding's text with its suggestion."""
        text = self.body.value
        if finding.suggestion is None or text[finding.start : finding.end] != finding.excerpt:
            message(self.status, "The text changed since the review; try again.", "warning")
            return
        self.body.value = text[: finding.start] + finding.suggestion + text[finding.end :]
        self.review_now()

    def ignore(self, finding: Finding) -> None:
        """Ignore this finding on this letter from now on (the letter is saved first)."""
        letter = self.save()
        self.workspace.ignore(letter.id, finding.key)
        self._context = None
        self.review_now()
        label = f"{finding.rule} ({rule_label(finding.rule)})"
        message(self.status, f"Ignored {label} on this letter.", "info")

    def add_word(self, word: str) -> None:
        """Add a word to your word list: the spelling check accepts it from now on."""
        self.workspace.add_words(word)
        self._context = None
        self.review_now()
        message(self.status, f"Added {word!r} to your words.", "info")

    # --- saving and exporting

    def save(self) -> Letter:
        """Store the letter as it is in the editor (merged with changes saved elsewhere to
        fields you did not touch; a clash is refused and offers Reload)."""
        if self.letter is None:
            raise ValueError("choose a person first")
        values = self._values()
        # Validated before anything is written; based on the letter as loaded, so a save
        # merges with what another notebook stored since.
        updated = Letter.parse({**self.letter.to_data(), **values}).based_on(self.letter)
        stored = self.workspace.save_letter(updated)
        self.letter = stored
        self._base = editable(stored)
        self._context = None  # other kernels may have changed the interview's letters meanwhile
        self.reload_button.layout.display = "none"
        set_html(self.other_version, "")
        merged = editable(stored) != values
        if merged:  # other changes came in: show the letter as stored
            self._fill(subject=stored.subject, body=stored.body)
            self._show_medium(str(stored.medium))
        note = " (with the changes saved elsewhere meanwhile)" if merged else ""
        message(self.status, f"Saved to {self.workspace.path}{note}")
        return self.letter

    def export(self) -> Markup:
        """Offer the letter as an .eml file and a mailto: link (email) or a card sheet."""
        letter = self.save()
        outcome = self.review_now()
        if outcome is not None and not outcome.ok and not self.allow_errors.value:
            message(
                self.status,
                f"Not exported: {counted(len(outcome.errors), 'error')} left. Fix "
                f"{'it' if len(outcome.errors) == 1 else 'them'}, or tick 'export even with "
                "errors'.",
                "error",
            )
            return Markup("")
        if letter.medium is Medium.LINKEDIN:
            message(
                self.status,
                f"Copy the note into LinkedIn's invitation box "
                f"({len(letter.body.strip())} of 300 characters).",
            )
            return Markup("")
        links = self.links.offer(self.workspace, letter)
        self.watch.seen()
        person = self.workspace.interview(letter.interview_id).interviewer(letter.interviewer_id)
        message(self.status, f"Ready: use the link below ({person.name}, as saved just now).")
        return links


def _people_options(interview: Interview) -> list[tuple[str, str]]:
    """The interview's people as the To list shows them: name and title, by id."""
    return [(f"{p.name}{f', {p.title}' if p.title else ''}", p.id) for p in interview.interviewers]
