"""The editor's list of the other concerns a person raised, each with a button that answers it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
from markupsafe import Markup

from ..model import Concern
from ..rules.answers import assess
from ..rules.base import Text
from ._common import html, place, set_html

__all__ = ["AlsoRaised"]


class AlsoRaised(w.VBox):
    """ "Also raised: ... [Insert answer]" for every concern but the one the letter answers.

    ``insert(concern)`` is called when a button is pressed; :meth:`follow` marks the concerns
    the text already answers, so a button is only offered where it helps.
    """

    def __init__(self, insert: Callable[[Concern], None]) -> None:
        self.insert = insert
        self.concerns: list[Concern] = []
        self.names: tuple[str, ...] = ()
        self.phrases: tuple[str, ...] = ()
        self.buttons: list[w.Button] = []
        self.labels: list[w.HTML] = []
        super().__init__()

    def show(
        self,
        who: str,
        concerns: list[Concern],
        names: tuple[str, ...] = (),
        phrases: tuple[str, ...] = (),
    ) -> None:
        """List ``concerns`` raised by ``who`` (an empty list hides the box); ``names`` and
        ``phrases`` are the people and the company and role, as the review sees them."""
        self.concerns, self.names, self.phrases = list(concerns), names, phrases
        self.buttons, self.labels, rows = [], [], []
        for concern in self.concerns:
            button = w.Button(
                description="Insert answer" if concern.answer else "Insert question",
                icon="plus",
                layout=w.Layout(width="auto"),
                tooltip="Add a sentence that answers it, in your words"
                if concern.answer
                else "Add the question with a placeholder for your answer",
            )
            button.on_click(lambda _, concern=concern: self.insert(concern))
            label = html("")
            self.buttons.append(button)
            self.labels.append(label)
            rows.append(w.HBox([label, button]))
        heading = html(
            Markup('<div class="fk-box fk-muted">Also raised by {}:</div>').format(who)
            if concerns
            else ""
        )
        self.children = [heading, *rows] if concerns else []

    def follow(self, text: str) -> None:
        """Mark each concern the letter now answers, and offer the button for the others."""
        analysed = Text(text)
        for concern, button, label in zip(self.concerns, self.buttons, self.labels, strict=True):
            done = assess(analysed, concern.text, names=self.names, phrases=self.phrases).answered
            answer = (
                Markup("your answer: {}").format(concern.answer)
                if concern.answer
                else Markup("no answer noted yet (add it in {})").format(place("capture"))
            )
            state = Markup(" <b>✓ answered in the letter</b>") if done else Markup("")
            set_html(
                label,
                Markup(
                    '<span class="fk-box">{}</span> <span class="fk-box fk-muted">({})</span>{}'
                ).format(concern.text, answer, state),
            )
            button.layout.display = "none" if done else ""
