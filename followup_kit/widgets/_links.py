"""The letter editor's download links, kept honest: each remembers what it was made from and
is withdrawn the moment that changes (the text on screen, the stored letter, its reader, your
profile), so a live link never hands out an older version."""

from __future__ import annotations

from email.policy import SMTP
from typing import Any

from markupsafe import Markup

from ..exports import build_email, card_sheet_html, mailto_link
from ..model import Letter, Medium
from ..naming import letter_file_name
from ..store import Workspace
from ._common import download_link, html, set_html

__all__ = ["EDITABLE", "ExportLinks", "editable"]

EDITABLE = ("subject", "body", "medium")  # the fields the editor changes


def editable(letter: Letter) -> dict[str, Any]:
    """The fields of a letter the editor changes, as plain data."""
    data = letter.to_data()
    return {field: data[field] for field in EDITABLE}


def made_from(workspace: Workspace, letter_id: str) -> Any:
    """Everything an exported file of this letter is made of, as stored now."""
    try:
        letter = workspace.letter(letter_id)
        interview = workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
    except KeyError:
        return None
    profile = workspace.profile()
    return (
        editable(letter),
        str(letter.kind),
        person.name,
        person.email,
        (profile.name, profile.email) if profile else None,
        letter_file_name(workspace, letter),
        interview.company,
    )


class ExportLinks:
    """The download links of one exported letter, and what they were made from."""

    def __init__(self) -> None:
        self.widget = html("")
        self._made_from: tuple[str, Any] | None = None

    @property
    def shown(self) -> bool:
        """True while links are on offer."""
        return self._made_from is not None

    def offer(self, workspace: Workspace, letter: Letter) -> Markup:
        """Make the links for a stored letter: .eml and mailto: for email, a sheet for a card."""
        interview = workspace.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        name = letter_file_name(workspace, letter)
        if letter.medium is Medium.EMAIL:
            profile = workspace.profile()
            if profile is None:
                raise ValueError("save your profile first: the email is sent from your address")
            data = build_email(letter, sender=profile, recipient=person).as_bytes(policy=SMTP)
            links = download_link(name, data, "message/rfc822", "Download the .eml draft") + Markup(
                ' <a href="{}" class="fk-button">Open in your mail program</a>'
            ).format(mailto_link(letter, person))
        else:
            sheet = card_sheet_html(interview, [letter]).encode()
            links = download_link(name, sheet, "text/html", "Download the card to copy")
        set_html(self.widget, links)
        self._made_from = (letter.id, made_from(workspace, letter.id))
        return links

    def withdraw(self) -> bool:
        """Take the links away; True if there were any."""
        if self._made_from is None:
            return False
        self._made_from = None
        set_html(self.widget, "")
        return True

    def outdated(self, workspace: Workspace) -> bool:
        """True when what the links hold no longer matches what is stored."""
        if self._made_from is None:
            return False
        letter_id, basis = self._made_from
        return made_from(workspace, letter_id) != basis
