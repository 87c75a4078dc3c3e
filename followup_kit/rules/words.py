"""Word lists and light text helpers shared by the rules (data apart from logic)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["COMMON_WORDS", "TEXT_SPEAK", "content_words", "stem"]

# Function words and the vocabulary every follow-up letter shares: matching on these proves
# nothing about a particular conversation.
COMMON_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves i'm i've
    i'd i'll you're it's that's don't didn't can't won't let's us may might must shall
    really much many well still even thank thanks thanked thanking grateful appreciate
    appreciated time today yesterday tomorrow week day days morning afternoon interview
    interviewed interviewing meet meeting met talk talked talking speak spoke conversation
    chat discuss discussed discussion mention mentioned opportunity opportunities role
    position job company team work working worked join joining look looking forward hear
    hearing learn learned learning know knowing let please kind best regards sincerely dear
    hello hi great good excited exciting enjoyed enjoy new next step steps question
    questions answer answers asked ask said say told tell think thought feel felt sure want
    wanted like love hope hoped way part make made take took get got give gave one two
    three first second last lot things thing something anything everything
    """.split()
)

# Chat shorthand and what to write instead. Single letters are matched in lowercase only:
# "R" (the language) and "U.S." are never flagged.
TEXT_SPEAK = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "thx": "thanks",
    "thanx": "thanks",
    "tx": "thanks",
    "ty": "thank you",
    "tysm": "thank you so much",
    "pls": "please",
    "plz": "please",
    "b4": "before",
    "gr8": "great",
    "l8r": "later",
    "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "msg": "message",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "btw": "by the way",
    "lol": "",
    "omg": "",
    "idk": "I don't know",
    "imo": "in my opinion",
    "imho": "in my opinion",
    "fyi": "for your information",
    "ppl": "people",
    "abt": "about",
    "w/": "with",
    "w/o": "without",
    "yr": "your",
    "cya": "see you",
    "k": "okay",
    "kk": "okay",
    "nvm": "never mind",
    "rly": "really",
    "sry": "sorry",
    "np": "no problem",
    "xoxo": "",
    "luv": "love",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """Reduce a lowercase word to a rough stem so 'dashboards' meets 'dashboard'."""
    word = word.replace("’", "'").removesuffix("'s")
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)] + replacement
    return word


def content_words(text: str) -> set[str]:
    """The stems of a text's meaningful words (no function words, none shorter than 3)."""
    words = (m.group().lower() for m in _WORD.finditer(text))
    return {stem(w) for w in words if len(w) >= 3 and w not in COMMON_WORDS}
