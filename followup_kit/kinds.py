"""The kinds of letter and which ones answer each outcome: plain names, no dependencies.

The command line, the review and the rules read these without importing the records (pydantic),
so ``followup-kit review`` keeps starting fast; :class:`followup_kit.model.LetterKind` holds the
same names as an enum.
"""

from __future__ import annotations

__all__ = [
    "FINAL_REPLIES",
    "INTEREST_KINDS",
    "KIND_LABELS",
    "KIND_WORDS",
    "LETTER_KINDS",
    "OUTCOME_REPLIES",
    "OUTCOME_STATUSES",
    "REPLIES_TO",
    "THANKS_KINDS",
    "kind_words",
]

# Replies to the employer's decision (or to your own, when you withdraw).
OUTCOME_REPLIES = ("offer-accept", "offer-time", "offer-decline", "rejection-reply", "withdraw")
LETTER_KINDS = ("thank-you", "check-in", "linkedin", *OUTCOME_REPLIES)

# The statuses that end the wait, and the replies each one calls for (the first is proposed).
REPLIES_TO: dict[str, tuple[str, ...]] = {
    "offer": ("offer-accept", "offer-time", "offer-decline"),
    "rejected": ("rejection-reply",),
    "withdrawn": ("withdraw",),
}
OUTCOME_STATUSES = tuple(REPLIES_TO)

# A reply that closes the exchange: after it, nothing more is sent. Asking for time to decide
# on an offer is not final: the answer by the date you named follows it.
FINAL_REPLIES = ("offer-accept", "offer-decline", "rejection-reply", "withdraw")

# Letters that must thank the reader, and letters that must say you want the job.
THANKS_KINDS = ("thank-you", "linkedin", *OUTCOME_REPLIES)
INTEREST_KINDS = ("thank-you", "check-in", "offer-time")

# How the editor lists each kind: what the letter does, in words.
KIND_LABELS = {
    "thank-you": "Thank-you note",
    "check-in": "Check-in",
    "linkedin": "LinkedIn message",
    "offer-accept": "Accept the offer",
    "offer-time": "Ask for time to decide",
    "offer-decline": "Decline the offer",
    "rejection-reply": "Answer their no",
    "withdraw": "Withdraw your application",
}
# How a sentence names each kind ("your acceptance to Priya Raman"): never the internal name.
KIND_WORDS = {
    "thank-you": "thank-you note",
    "check-in": "check-in",
    "linkedin": "LinkedIn message",
    "offer-accept": "acceptance",
    "offer-time": "request for time",
    "offer-decline": "refusal",
    "rejection-reply": "reply",
    "withdraw": "withdrawal",
}


def kind_words(kind: object) -> str:
    """The words a message uses for a kind of letter (``str(kind)`` names it)."""
    return KIND_WORDS.get(str(kind), str(kind))
