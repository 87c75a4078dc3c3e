"""The letter editor: draft, edit with a live review, apply fixes, ignore, save, export."""

from __future__ import annotations

import asyncio
import os
from email.policy import SMTP
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from .. import grammar
from ..drafting import Drafter, also_asked, draft_letter
from ..exports import build_email, card_sheet_html, highlight_html, mailto_link
from ..model import Concern, Letter, LetterKind, Medium
from ..phrasing import insert_paragraph_sentence
from ..reviewing import Review, letter_context, review
from ..rules.base import Finding
from ..store import Workspace
from ._common import (
    FULL,
    LABEL,
    download_link,
    fill_interview_picker,
    guarded,
    html,
    message,
    set_html,
)
from .also_raised import AlsoRaised

__all__ = ["LetterEditor"]

SEVERITY_ICON = {"error": "●", "warning": "▲", "info": "ℹ"}


class LetterEditor(w.VBox):
    """Pick a person and a kind of letter, edit it, and watch the review follow your typing."""

    def __init__(
        self,
        workspace: Workspace,
        interview_id: str | None = None,
        *,
        debounce: float = 0.4,
        template_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        grammar.warm_up()  # the grammar checker takes a second to build: start it now
        self.workspace = workspace
        self.debounce = debounce
        self.drafter = Drafter(template_dir)
        self.letter: Letter | None = None
        self._context: dict[str, Any] | None = None  # review() keywords for this letter
        self.review: Review | None = None
        self._pending: Any = None
        self.interview_picker = w.Dropdown(description="Interview", style=LABEL, layout=FULL)
        self.person = w.Dropdown(description="To", style=LABEL, layout=w.Layout(width="55%"))
        self.kind = w.Dropdown(
            description="Letter", style=LABEL, options=[k.value for k in LetterKind]
        )
        self.redraft_button = w.Button(
            description="Draft again", icon="refresh", tooltip="Replace the text with a fresh draft"
        )
        self.subject = w.Text(description="Subject", style=LABEL, layout=FULL)
        self.body = w.Textarea(
            description="Text",
            style=LABEL,
            continuous_update=True,
            layout=w.Layout(width="100%", height="260px"),
        )
        self.summary = html("")
        self.preview = html("")
        self.findings = w.VBox()
        self.also_raised = AlsoRaised(
            lambda concern: guarded(self.status)(self.insert_answer)(concern)
        )
        self.save_button = w.Button(description="Save", button_style="primary", icon="save")
        self.export_button = w.Button(
            description="Export", icon="download", tooltip=".eml for email, card sheet for cards"
        )
        self.allow_errors = w.Checkbox(description="export even with errors", indent=False)
        self.downloads = html("")
        self.status = html("")
        safe = guarded(self.status)
        self.interview_picker.observe(lambda c: safe(self._pick_interview)(c["new"]), "value")
        self._choosing = False  # select() sets person and kind together, then loads once
        self.person.observe(lambda c: self._choosing or safe(self.load)(), "value")
        self.kind.observe(lambda c: self._choosing or safe(self.load)(), "value")
        self.redraft_button.on_click(safe(lambda _: self.redraft()))
        self.body.observe(lambda c: self._schedule_review(), "value")
        self.save_button.on_click(safe(lambda _: self.save()))
        self.export_button.on_click(safe(lambda _: self.export()))
        super().__init__(
            [
                self.interview_picker,
                w.HBox([self.person, self.kind, self.redraft_button]),
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
            ]
        )
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
        options = [
            (f"{p.name}{f', {p.title}' if p.title else ''}", p.id) for p in interview.interviewers
        ]
        self.person.options = options
        if options and self.person.value == options[0][1]:
            self.load()
        self.person.value = options[0][1] if options else None

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

    def load(self) -> None:
        """Show the stored letter for the chosen person and kind, or a fresh draft."""
        if not self.interview_picker.value or not self.person.value:
            return
        kept = self._keep_edits()
        stored = [
            x
            for x in self.workspace.letters(self.interview_picker.value)
            if x.interviewer_id == self.person.value and x.kind == self.kind.value
        ]
        if stored:
            self._show(stored[0], f"{kept}Opened your saved {self.kind.value}.")
        else:
            self._show(self._draft(), f"{kept}A fresh draft: edit it, then Save.")

    def _keep_edits(self) -> str:
        """Save what the user typed into the letter being left, so switching never loses it."""
        letter = self.letter
        if letter is None:
            return ""
        if self.body.value == letter.body and self.subject.value.strip() == letter.subject:
            return ""
        self.save()
        return "Your edits to the previous letter were saved. "

    def _draft(self) -> Letter:
        interview = self.workspace.interview(self.interview_picker.value)
        profile = self.workspace.profile()
        if profile is None:
            raise ValueError("save your profile in notebook 01 first: letters are signed with it")
        person = interview.interviewer(self.person.value)
        return draft_letter(interview, person, profile, kind=self.kind.value, drafter=self.drafter)

    def redraft(self) -> None:
        """Replace the text with a new draft (kept only if you Save); your edits are saved first."""
        self._keep_edits()
        fresh = self._draft()
        if self.letter is not None:
            fresh = fresh.model_copy(update={"id": self.letter.id})
        self._show(fresh, "Redrafted: Save to keep it, or pick the letter again to undo.")

    def _show(self, letter: Letter, note: str) -> None:
        self.letter = letter
        self._context = None
        self.subject.value = letter.subject
        self.subject.layout.display = "" if letter.medium is Medium.EMAIL else "none"
        self._show_other_concerns(letter)
        self.body.value = letter.body
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
            raise ValueError("save your profile in notebook 01 first: letters are signed with it")
        person = interview.interviewer(self.letter.interviewer_id)
        sentences = also_asked(interview, person, profile, concern, drafter=self.drafter)
        self.body.value = insert_paragraph_sentence(self.body.value, sentences)
        self.review_now()
        message(self.status, "Added your answer to the letter: Save to keep it.", "info")

    # --- the live review

    def _schedule_review(self) -> None:
        if self.debounce <= 0:
            self.review_now()
            return
        if self._pending is not None:
            self._pending.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                loop = asyncio.get_event_loop()
            except RuntimeError:
                self.review_now()
                return
        self._pending = loop.call_later(self.debounce, self.review_now)

    def review_now(self) -> Review | None:
        """Review the text in the editor now and show the findings."""
        self._pending = None
        if self.letter is None:
            return None
        if self._context is None:  # read the workspace once per letter, not on every keystroke
            self._context = letter_context(self.workspace, self.letter)
        outcome = review(self.body.value, **self._context)
        self.review = outcome
        kind = "ok" if outcome.ok else "error"
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
        self.findings.children = [self._row(f) for f in outcome.findings]
        self.also_raised.follow(outcome.text)
        return outcome

    def _row(self, finding: Finding) -> w.Widget:
        label = html(
            Markup('<span class="fk-box fk-{}">{} {} line {}: {}</span>').format(
                finding.severity,
                SEVERITY_ICON[finding.severity],
                finding.rule,
                finding.line,
                finding.message,
            )
        )
        buttons: list[w.Widget] = []
        safe = guarded(self.status)
        if finding.suggestion is not None and finding.end > finding.start:
            fix = w.Button(
                description=f"Use “{finding.suggestion}”"[:40],
                icon="check",
                layout=w.Layout(width="auto"),
            )
            fix.on_click(safe(lambda _, f=finding: self.apply(f)))
            buttons.append(fix)
        if finding.rule == "spelling" and finding.excerpt:
            learn = w.Button(
                description="Add to my words",
                icon="book",
                layout=w.Layout(width="auto"),
                tooltip="Never flag this word again, in any letter",
            )
            learn.on_click(safe(lambda _, f=finding: self.add_word(f.excerpt)))
            buttons.append(learn)
        ignore = w.Button(
            description="Ignore",
            icon="eye-slash",
            layout=w.Layout(width="auto"),
            tooltip="Hide this finding on this letter (remembered)",
        )
        ignore.on_click(safe(lambda _, f=finding: self.ignore(f)))
        buttons.append(ignore)
        return w.HBox([label, *buttons])

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
        message(self.status, f"Ignored {finding.rule} on this letter.", "info")

    def add_word(self, word: str) -> None:
        """Add a word to your word list: the spelling check accepts it from now on."""
        self.workspace.add_words(word)
        self._context = None
        self.review_now()
        message(self.status, f"Added {word!r} to your words.", "info")

    # --- saving and exporting

    def save(self) -> Letter:
        """Store the letter as it is in the editor."""
        if self.letter is None:
            raise ValueError("choose a person first")
        subject = self.subject.value.strip()
        updated = self.letter.model_copy(update={"subject": subject, "body": self.body.value})
        type(updated).parse(updated.to_data())  # validate before writing anything
        self.letter = self.workspace.save_letter(updated)
        self._context = None  # other kernels may have changed the interview's letters meanwhile
        message(self.status, f"Saved to {self.workspace.path}")
        return self.letter

    def export(self) -> Markup:
        """Offer the letter as an .eml file and a mailto: link (email) or a card sheet."""
        letter = self.save()
        outcome = self.review_now()
        if outcome is not None and not outcome.ok and not self.allow_errors.value:
            message(
                self.status,
                f"Not exported: {len(outcome.errors)} error(s) left. Fix them, "
                "or tick 'export even with errors'.",
                "error",
            )
            return Markup("")
        interview = self.workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        if letter.medium is Medium.EMAIL:
            profile = self.workspace.profile()
            if profile is None:
                raise ValueError("save your profile first: the email is sent from your address")
            data = build_email(letter, sender=profile, recipient=person).as_bytes(policy=SMTP)
            slug = person.name.lower().replace(" ", "-")
            links = download_link(
                f"{letter.kind}-{slug}.eml", data, "message/rfc822", "Download the .eml draft"
            ) + Markup(' · <a href="{}" class="fk-box">Open in your mail program</a>').format(
                mailto_link(letter, person)
            )
        elif letter.medium is Medium.LINKEDIN:
            message(
                self.status,
                f"Copy the note into LinkedIn's invitation box "
                f"({len(letter.body.strip())} of 300 characters).",
            )
            return Markup("")
        else:
            sheet = card_sheet_html(interview, [letter]).encode()
            links = download_link("card.html", sheet, "text/html", "Download the card to copy")
        set_html(self.downloads, links)
        message(self.status, "Ready: use the link below.")
        return links
