"""Small pieces of English the messages share: a count with its noun, a full sentence."""

from __future__ import annotations

__all__ = ["counted", "sentence"]


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 person', '3 people', '0 letters': the number with its noun in the right form."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def sentence(text: str) -> str:
    """The text as a full sentence: a capital first letter and an end mark."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ")", "”", '"')) else text + "."
