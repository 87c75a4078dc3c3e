"""Email or handwritten card: the editor's choice, with a note saying why it was proposed."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
from markupsafe import Markup

from ..drafting import choose_medium, medium_reason
from ..model import Interview, Interviewer
from ._common import LABEL, html, set_html

__all__ = ["MediumChoice"]


def _named(medium: str) -> str:
    return "a card" if medium == "card" else "an email"


class MediumChoice:
    """The toggle between email and card, and the note that explains the proposal."""

    def __init__(self, on_change: Callable[[str], None]) -> None:
        self.toggle = w.ToggleButtons(
            description="Send as",
            options=[("email", "email"), ("handwritten card", "card")],
            style=LABEL,
            tooltips=["An email they can answer", "A card you write by hand and post"],
        )
        self.note = html("")
        self._quiet = False  # set by show(): not the user's choice
        self.toggle.observe(lambda c: self._quiet or on_change(c["new"]), "value")

    def show(
        self,
        medium: str,
        *,
        interview: Interview | None = None,
        person: Interviewer | None = None,
    ) -> None:
        """Show ``medium`` (hidden without an interview: LinkedIn notes have no choice); for a
        thank-you, say why it was proposed and whether the user chose otherwise."""
        self._quiet = True
        try:
            if interview is not None:
                self.toggle.value = medium
        finally:
            self._quiet = False
        self.toggle.layout.display = "" if interview is not None else "none"
        text = ""
        if interview is not None and person is not None:
            text = medium_reason(interview, person)
            if medium != choose_medium(interview, person):
                text += f" You chose {_named(medium)} here."
        set_html(self.note, Markup('<div class="fk-muted">{}</div>').format(text))

    @staticmethod
    def changed(medium: str, *, redrafted: bool) -> str:
        """What the editor says after the user switched the medium."""
        if redrafted:
            return f"Drafted again as {_named(medium)}: Save to keep it."
        return (
            f"This letter now goes as {_named(medium)}; your text is kept (Draft again gives "
            "the wording for it). Save to keep the change."
        )
