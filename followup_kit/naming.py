"""File names for exports: readable in every script, and never the same for two letters.

One slug serves the CLI, notebook 03 and the editor's downloads. It keeps letters as they are
written ("José Núñez" -> "josé-núñez", "李明" -> "李明"): dropping accents would make
"jos-nez" of some names and nothing at all of names in other scripts, and every current file
system, browser and mail program handles Unicode names. Two letters whose names give the same
slug ("Anne-Marie Li" and "Anne Marie Li") both get a short piece of their id added, so neither
overwrites the other. Names are decided from all the letters in the workspace, so every export
of the same letters gives the same names, in any folder.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Interview, Letter
    from .store import Workspace

__all__ = ["interview_file_stems", "letter_file_name", "letter_file_stems", "slug"]

SLUG_MAX = 40  # characters; with a prefix and an id it stays far below 255 bytes


def slug(text: str) -> str:
    """A file-name part: lower case, letters and digits of any script, words joined by '-'."""
    text = unicodedata.normalize("NFC", text).lower()
    kept = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in text)
    joined = "-".join(kept.split())
    return joined[:SLUG_MAX].strip("-")


def _unique(stems: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(key, stem) pairs -> key: a stem no other key shares (a short id added on a clash)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key, stem in stems:
        groups[stem].append(key)
    names: dict[str, str] = {}
    for stem, keys in groups.items():
        if len(keys) == 1:
            names[keys[0]] = stem
            continue
        short = {key: f"{stem}-{key[:6]}" for key in keys}
        clash = len(set(short.values())) < len(keys)
        names.update({key: f"{stem}-{key}" if clash else short[key] for key in keys})
    return names


def letter_file_stems(interviews: Iterable[Interview], letters: Iterable[Letter]) -> dict[str, str]:
    """Letter id -> its export name without extension ('thank-you-josé-núñez'), unique."""
    people = {
        (interview.id, person.id): person.name
        for interview in interviews
        for person in interview.interviewers
    }
    stems = []
    for letter in letters:
        name = people.get((letter.interview_id, letter.interviewer_id), "")
        stems.append((letter.id, f"{letter.kind}-{slug(name) or letter.interviewer_id}"))
    return _unique(stems)


def interview_file_stems(interviews: Iterable[Interview]) -> dict[str, str]:
    """Interview id -> its company's slug, unique (two interviews at one company differ)."""
    return _unique((i.id, slug(i.company) or i.id) for i in interviews)


def letter_file_name(workspace: Workspace, letter: Letter) -> str:
    """The file a letter exports to: '<kind>-<name>.eml' for email, '...-card.html' for a card."""
    interviews = workspace.interviews()
    letters = {x.id: x for x in workspace.letters()}
    letters[letter.id] = letter
    stem = letter_file_stems(interviews, letters.values())[letter.id]
    return f"{stem}.eml" if letter.medium == "email" else f"{stem}-card.html"
