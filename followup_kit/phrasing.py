"""Your notes as sentences that fit a letter: an answer to a concern, and where to add one.

Kept apart from the templates' rendering (:mod:`followup_kit.drafting`): this is plain text
work, used by the drafts and by the editor's "Insert answer".
"""

from __future__ import annotations

import re

from .rules.answer_words import IRREGULAR
from .rules.base import Text

__all__ = ["answer_sentences", "insert_paragraph_sentence"]

# An answer noted without its subject ("moved 40 dashboards ...") starts with one of these.
VERB_FIRST = frozenset(
    {*IRREGULAR, "have", "had", "am", "was", "can", "could", "did", "do", "also", "once"}
)
# A sentence that opens a point of its own ("One thing I did not get to mention: ...") closes
# its paragraph; an inserted answer goes before it, beside the answer already there.
NEW_POINT = re.compile(
    r"^\W*(?:one (?:more )?thing\b|something I did(?: not|n't) mention|also\b|I also\b"
    r"|in addition\b|besides\b|another\b|by the way\b)",
    re.IGNORECASE,
)


def answer_sentences(answer: str) -> str:
    """Your answer as sentences that can follow 'You asked ...': a capital, a subject, a stop.

    'moved 40 dashboards to Snowflake in 2024' becomes 'I moved 40 dashboards to Snowflake in
    2024.'; 'i led four analysts' becomes 'I led four analysts.'.
    """
    text = " ".join(answer.split())
    if not text:
        return ""
    text = re.sub(r"(?<![\w'’-])i(?=$|[\s'’,;:.!?])", "I", text)
    first = text.split()[0]
    if first.islower() and (first in VERB_FIRST or (first.endswith("ed") and len(first) > 4)):
        text = f"I {text}"
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" or text.endswith(('."', '!"', '?"')) else f"{text}."


def insert_paragraph_sentence(body: str, sentences: str) -> str:
    """Add ``sentences`` where a letter answers questions and leave the rest as it was.

    That is the paragraph before the last one (the default letters' concern paragraph), or
    the one paragraph of a card, where the last sentence (the wish to join) stays last. A
    sentence opening a point of its own ("One thing I did not get to mention: ...") stays
    after the inserted answer. The greeting and the closing stay where they are.
    """
    text = Text(body)
    end = text.closing_start
    line_end = body.find("\n", text.body_start)
    start = line_end + 1 if text.greeting and line_end >= 0 else text.body_start  # "Dear Ana,"
    paragraphs = list(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", body[start:end]))
    if not paragraphs:
        return body[:end].rstrip() + f"\n\n{sentences}\n\n" + body[end:].lstrip()
    target = paragraphs[-2] if len(paragraphs) >= 2 else paragraphs[-1]
    chunk = target.group().rstrip()
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.!?])\s+", chunk))]
    keep = len(starts) if len(paragraphs) >= 2 else max(1, len(starts) - 1)
    while keep > 1 and NEW_POINT.search(chunk[starts[keep - 1] :]):
        keep -= 1
    at = start + target.start()
    if keep == len(starts):
        at += len(chunk)
        return f"{body[:at]} {sentences}{body[at:]}"
    at += starts[keep]
    return f"{body[:at]}{sentences} {body[at:]}"
