"""Cues of the tone family: word classes that, together in one sentence, mark a needy or pushy tone.

The phrase tables (tone_phrases) catch known ways of saying a thing, with a precise span. People
find other ways, so this second layer looks at a sentence's words in any order: a sentence
that names both "any"/"whatever" and "pay"/"salary" offers to take any terms; one that holds
"scared"/"worried" and "blew"/"ruined" frets about the interview. Each cue is a list of word
sets that must all meet the sentence, an optional set that excuses it, and whether the
sentence must speak in the first person. A cue only speaks for a sentence the phrase tables
left alone, and its message says "may read as": it is the less certain of the two layers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .base import Severity

__all__ = ["DESPERATE_CUES", "FIRST_PERSON", "PUSHY_CUES", "PUSHY_DEADLINE", "Cue"]


class Cue(NamedTuple):
    """Word sets that must all occur in one sentence, and what that says."""

    needs: tuple[frozenset[str], ...]
    message: str
    severity: Severity
    unless: frozenset[str] = frozenset()
    first_person: bool = True


def _cue(
    *needs: str,
    message: str,
    severity: Severity = Severity.WARNING,
    unless: str = "",
    me: bool = True,
) -> Cue:
    return Cue(
        tuple(frozenset(words.split()) for words in needs),
        message,
        severity,
        frozenset(unless.split()),
        me,
    )


FIRST_PERSON = frozenset("i i'm im i've ive i'd id i'll ill me my myself mine".split())

# A turn to the positive takes the worry out of a sentence: "I was nervous at first, but I
# enjoyed it".
_POSITIVE_TURN = "enjoyed enjoy loved liked ease glad fun happy excited great relieved"

NEEDY = "may read as needy; say what you want and what you bring instead"
ANXIOUS = "may read as anxious about the outcome; leave the worry out of the letter"
ANY_TERMS = "may read as taking any terms; leave pay and conditions for the offer stage"
HARDSHIP = (
    "may read as asking for help rather than offering a fit; keep personal hardship out of "
    "the letter"
)
SELF_DOUBT = "may read as running yourself down; lead with one thing you did well instead"
OVER_SORRY = "may read as apologising for writing; a follow-up needs no apology"

DESPERATE_CUES: tuple[Cue, ...] = (
    # Begging in other words.
    _cue("please pls plz", "yes hire pick choose", message=NEEDY),
    _cue("give gave grant", "chance shot break", message=NEEDY),
    _cue("grateful", "eternally forever", message=NEEDY),
    _cue("prayers prayer pray praying", message=NEEDY),
    _cue("nobody noone", "turn else", message=NEEDY),
    _cue("swear", "best anything hard harder chance promise", message=NEEDY),
    # Any terms.
    _cue(
        "any whatever anything",
        "pay salary wage wages money terms conditions compensation",
        message=ANY_TERMS,
        unless="details information questions range band",
    ),
    _cue("any whatever", "shift shifts", "take accept give", message=ANY_TERMS),
    _cue("unpaid", message=ANY_TERMS),
    # Hardship.
    _cue(
        "bills rent debt debts mortgage evicted eviction bankrupt broke savings income",
        "pay need struggle struggling afford overdue due behind support losing lose",
        message=HARDSHIP,
        unless="lading",
    ),
    # A landlord is hardship only when pressing: "agree dates with my landlord" is planning.
    _cue(
        "landlord",
        "threatening threatened evict evicting chasing behind overdue owe arrears",
        message=HARDSHIP,
    ),
    _cue("support feed provide", "family kids children", "need must have", message=HARDSHIP),
    _cue("financially", "struggling struggle struggled difficult hard tough", message=HARDSHIP),
    _cue("afford", "picky choosy fussy selective", message=NEEDY),
    _cue(
        "lost losing",
        "job work",
        "since difficult hard tough struggle struggling",
        message=HARDSHIP,
    ),
    # Anxiety.
    _cue(
        "scared terrified afraid worried anxious nervous panicking stressed frightened",
        "blown blew ruined messed failed chances wrong mistake bombed",
        message=ANXIOUS,
        unless=_POSITIVE_TURN,
    ),
    _cue("losing", "mind", message=ANXIOUS),
    _cue(
        "checking refreshing refresh check checked refreshed",
        "emails email inbox phone mail",
        "stop keep constantly every again hour minute times",
        message=ANXIOUS,
    ),
    _cue(
        "anxious anxiety panicking panicked terrified petrified dreading sleepless",
        message=ANXIOUS,
        unless=_POSITIVE_TURN,
    ),
    # Running oneself down.
    _cue(
        "failure useless hopeless worthless idiot stupid",
        "feel felt such total complete am i'm was",
        message=SELF_DOUBT,
    ),
    _cue("embarrassed embarrassing humiliated ashamed", message=SELF_DOUBT, unless=_POSITIVE_TURN),
    _cue(
        "cv resume experience english skills background",
        "isn't isnt not weak poor lacking limited",
        "great good much enough strong",
        "know realise realize sorry aware",
        message=SELF_DOUBT,
    ),
    _cue(
        "better stronger smarter",
        "than",
        "me",
        "candidates others people everyone",
        message=SELF_DOUBT,
    ),
    _cue("depth", "out", message=SELF_DOUBT),
    _cue(
        "nerves nervousness nervous",
        "past overlook forgive excuse sorry ignore",
        message=SELF_DOUBT,
    ),
    _cue(
        "badly poorly terribly awfully",
        "came come did went performed answered interview",
        message=SELF_DOUBT,
    ),
    # Apologising for writing.
    _cue(
        "sorry apologize apologise apologies apologizing apologising excuse forgive pardon",
        "often again writing emailing contacting messaging bothering chasing",
        message=OVER_SORRY,
    ),
)

PRESSURE = "may read as pressure on their timeline; ask when they expect to decide instead"
REPROACH = "may read as a reproach for the wait; ask politely for an update instead"

PUSHY_CUES: tuple[Cue, ...] = (
    _cue(
        "ridiculous unacceptable unprofessional disrespectful rude outrageous insulting",
        "wait waiting answer reply response delay weeks days still heard",
        message=REPROACH,
        me=False,
    ),
    _cue("why", "delay delays", message=REPROACH, me=False),
    _cue(
        "expected",
        "answer reply decision call response",
        "last already ago yesterday",
        message=REPROACH,
    ),
    _cue(
        "promised said",
        "never didn't didnt",
        "call reply answer email back",
        message=REPROACH,
        me=False,
    ),
    _cue(
        "until", "every checking calling emailing", "hear answer something back", message=PRESSURE
    ),
    _cue("interested offers companies employers", "hurry quickly fast", message=PRESSURE, me=False),
)
# A sentence that asks for their answer and names a deadline: "Please advise on the outcome by
# Monday". The words of an answer, and of a person asked for it.
PUSHY_DEADLINE = Cue(
    (
        frozenset(
            "answer decision outcome reply respond response hear confirm confirmation news "
            "update advise know tell call offer yes".split()
        ),
        frozenset("you your please kindly let tell advise give send just".split()),
    ),
    PRESSURE,
    Severity.WARNING,
    frozenset(),
    False,
)
# The candidate's own deadline, or another employer's, not theirs: "I will send the slides by
# Friday", "I need to decide on another offer by Friday", "they asked me to reply by Monday".
OWN_ACTION = re.compile(
    r"\bI(?:'ll|\s+will|\s+can|\s+could|'d|\s+would|\s+am\s+going\s+to|'m\s+going\s+to)\s+"
    r"(?:\w+\s+)?(?:send|bring|drop|share|finish|be|come|call|forward|post|deliver|have|get|let"
    r"|tell|inform|update|notify|keep|reply|respond|confirm|check|follow|return|make|start"
    r"|wait|look)\b"
    r"|\bI\s+(?:need|have|must|'ve\s+got)\s+to\s+(?:\w+\s+)?(?:make|give|decide|respond|reply|answer"
    r"|confirm|tell|let)\b|\b(?:asked|told|given|gave)\s+me\s+(?:to|until)\b"
    r"|\b(?:another|other)\s+(?:company|firm|employer|offer|organisation|organization)\b",
    re.IGNORECASE,
)
