"""Plain labels for the rule names, shown beside them where a newcomer reads findings.

The names (``grammar``, ``text-speak``) are a fixed contract of the CLI, the settings and the
JSON output, and stay first; the label says in everyday words what the name means.
"""

from __future__ import annotations

__all__ = ["RULE_LABELS", "rule_label"]

RULE_LABELS = {
    # content
    "missing-thanks": "No thanks",
    "missing-interest": "No sign you want the job",
    "missing-specific": "Nothing from your talk",
    "missing-value": "Nothing new about you",
    "missing-greeting": "No greeting by name",
    "wrong-name": "The wrong name",
    "wrong-company": "The wrong company",
    "placeholder": "Unfinished text",
    "unanswered-concern": "Their concern is not answered",
    "terms-unconfirmed": "Terms not confirmed",
    "answer-date-missing": "No day for your answer",
    "feedback-asked-twice": "Feedback asked for twice",
    # language
    "spelling": "A spelling mistake",
    "grammar": "A grammar slip",
    "text-speak": "Chat shorthand",
    "repeated-word": "A word written twice",
    "capitalization": "A missing capital",
    "long-sentence": "A very long sentence",
    "length": "Too long or too short",
    # tone
    "generic-phrase": "A stock phrase",
    "informal": "Too casual",
    "shouting": "Shouting",
    "pushy": "Pressure to answer",
    "desperate": "Sounds desperate",
    "similar-letters": "Letters read alike",
    "bitterness": "Sounds bitter",
    "disputes-decision": "Argues with their decision",
    "ultimatum": "An ultimatum",
    "bridge-burning": "Criticises them",
    # etiquette
    "gift": "A gift",
    "social-media": "A social media contact",
    "personal-contact": "A private contact",
    # timing
    "send-late": "Sent late",
    "check-in-too-soon": "A check-in too soon",
    "too-many-contacts": "Too many messages",
    "reply-late": "A late reply",
}


def rule_label(name: str) -> str:
    """The plain label of a rule ('A grammar slip'); the name itself for one without."""
    return RULE_LABELS.get(name, name)
