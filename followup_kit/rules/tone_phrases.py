"""Phrase tables of the tone family: pressure (pushy) and neediness (desperate), as data.

Each table is built from small word classes (intensifiers, modals, deadlines, objects) so that a
pattern covers the family of ways people write a thing, not one wording. Curly apostrophes are
straightened before matching (the same length, so spans stay right), which is why the patterns
only spell "'", and every "'" is optional ("Im", "dont"). Every pattern stays inside one
sentence: gaps are ``[^.!?\\n]`` with a bound.
"""

from __future__ import annotations

import re

from .base import Severity
from .scan import Anchors, Index, LazyPatterns

__all__ = [
    "ASKS_IF_IT_WORKS",
    "CASUAL_BETTER",
    "CASUAL_INDEX",
    "CASUAL_PATTERNS",
    "COMPETING",
    "DEADLINE_PATTERN",
    "DELIVERY_CHECK",
    "DESPERATE",
    "EXCUSED_BY_OFFER",
    "EXPECTATION",
    "INVITED",
    "OFFER_CLAUSE",
    "OWN_ANSWER",
    "OWN_DEADLINE",
    "PATIENCE",
    "PRESUMPTION",
    "PUSHY",
    "SILENCE",
    "STRETCHED",
    "TRIPLED",
    "PhraseTable",
]


class PhraseTable:
    """Compiled phrases with what each one means: message and severity, and their index.

    Built from rows of (anchors, pattern, message, severity); a pattern runs only on a sentence
    that has one of its anchor words (see ``scan``).
    """

    def __init__(self, rows: list[tuple[str, str, str, Severity]]) -> None:
        self.patterns = LazyPatterns([_source(pattern) for _, pattern, _, _ in rows])
        self.messages = [message for _, _, message, _ in rows]
        self.severities = [severity for _, _, _, severity in rows]
        self.anchors = [Anchors.parse(spec) for spec, _, _, _ in rows]
        self.index = Index(self.anchors)


def _source(pattern: str) -> tuple[str, int]:
    # Apostrophes are optional: people in a hurry write "Im", "dont", "Ill".
    return pattern.replace("'", "'?"), re.IGNORECASE | re.MULTILINE | re.VERBOSE


# --- word classes -------------------------------------------------------------------------------

WORD = r"(?:[\w'-]+\s+)"  # any one word and the space after it
GAP = r"[^.!?\n]{0,40}?"  # a short stretch of the same sentence
INTENSE = (
    r"(?:really|truly|so|very|just|honestly|seriously|genuinely|desperately|badly|absolutely"
    r"|totally|completely|literally|simply|sincerely|still|now)"
)
ADVERBS = rf"(?:{INTENSE}[ ,]+){{0,3}}"  # "really, really", "honestly just"
I_AM = r"I(?:'m|\s+am)"
JOB = (
    r"(?:job|role|position|post|opportunity|offer|paycheck|pay\s?cheque|income|money|salary|break)"
)
NOT_A_JOB_THING = (  # "I need the job description", "I need a work permit": not neediness
    r"(?!\s+(?:description|title|letter|details|spec|specification|range|band|number|code"
    r"|reference|ad|advert|posting|listing|permit|visa|sample|interview)\b)"
)
PAY = (
    r"(?:salary|pay|wage|wages|rate|offer|terms|conditions|compensation|amount|contract|job|role"
    r"|position|title)"
)
# Pay and terms that a sentence can offer to take "any" of; no "rate", "package" or "contract",
# which are freight and procurement words too ("happy to check any rate in the tariff").
ANY_OF = r"(?:salary|pay|wage|wages|compensation|terms|conditions|offer|position|role|job)"
DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
)
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
PART_OF_DAY = (
    r"(?:\s+(?:morning|afternoon|evening|night|noon|midday|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?))?"
)
# Each word list appears once: the deadline is embedded in several patterns, and compiling a
# repeated alternation costs milliseconds each time.
WHEN = rf"""(?:
    (?:(?:this|next|the|coming)\s+(?:coming\s+)?)?(?:{DAY}|week(?:end)?|month|today|tonight|tomorrow)
      {PART_OF_DAY}
  | (?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+|next\s+)?
      (?:day|week|month|business|play|today)
  | eod | eow | cob | eob | noon | midday | midnight | then | return(?:\s+of\s+post)?
  | \d{{1,2}}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?:\s+today|\s+tomorrow)?
  | (?:{MONTH}\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{MONTH})?
  | \d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?
)"""
SPAN_OF_TIME = (
    r"(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|few|a\s+few|twenty-four|forty-eight)"
    r"\s+(?:business\s+|working\s+)?(?:hours?|days?|weeks?)"
)
DEADLINE = rf"""(?:
  (?:(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than)\s+{WHEN}
  | within\s+(?:{SPAN_OF_TIME}|(?:the|this)\s+(?:week|day|month|hour))
  | today | tonight | tomorrow{PART_OF_DAY} | this\s+(?:week|afternoon|evening|morning)
  )(?:\s+at\s+the\s+(?:very\s+)?latest)?
  | {DAY}\s+at\s+the\s+(?:very\s+)?latest
)"""
URGENTLY = (
    r"(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+(?:can|get|read|see))|right\s+away"
    r"|straight\s+away|immediately"
    r"|at\s+once|quickly|fast|soon|now|urgently|without\s+delay|without\s+fail)"
)
# Anchor words of a DEADLINE or URGENTLY: every match holds one ("by", "later", "p" of a.s.a.p).
SOON = (
    "by before until till later within today tonight tomorrow week weekend afternoon evening "
    "morning latest asap p possible away immediately once quickly fast soon now urgently delay "
    "fail"
)
# Where an order starts: a sentence start, or a softener such as "please".
ORDER = r"""(?:
    (?:^|(?<=[.!?;:]))[ \t]*(?:(?:so|and|then|now|ok|okay|but)[, ]+)?
      (?:(?:please|pls|plz|kindly|just)[, ]+)*
  | (?<=,)[ \t]*(?:so|then)\s+(?:(?:please|pls|plz|kindly|just)\s+)*
  | \b(?:please|pls|plz|kindly)[, ]+(?:just\s+)?
)"""
# Things they do that answer the candidate: the verb of a demand.
ANSWER_ME = r"""(?:
    (?:call|ring|phone|email|e-mail|text|message|contact|write\s+to|get\s+back\s+to|reply\s+to
      |respond\s+to|answer)\s+me(?:\s+back)?
  | get\s+back | write\s+back | call\s+back | respond | reply | answer | decide | revert
  | (?:get|be)\s+in\s+touch | come\s+back\s+to\s+me | drop\s+me\s+a\s+line
  | confirm(?=[^.!?\n]{0,30}?\b(?:whether|if|my|the\s+(?:decision|offer|outcome))\b)
  | let\s+me\s+know | tell\s+me | inform\s+me | update\s+me | notify\s+me
  | make\s+(?:a|your|the|up\s+your)\s+(?:final\s+)?(?:decision|mind)
  | make\s+(?:me\s+)?(?:an|your|the)\s+offer
  | (?:send|give)\s+(?:me\s+)?(?:your|the|an?)\s+(?:final\s+)?
      (?:decision|answer|offer|reply|response|verdict|contract|update)
  | give\s+me\s+a\s+(?:call|ring|shout)
)"""
# What may sit between the verb and the deadline: "back", "your decision", "whether ...".
ANSWER_OBJECT = r"""(?:\s+(?:
    back | me | to\s+me | to\s+(?:this|my)\s+(?:email|e-mail|message|note|letter)
  | with\s+(?:your|an?|the)\s+(?:final\s+)?(?:answer|decision|reply|response)
  | (?:your|the|a)\s+(?:final\s+)?(?:decision|answer|reply|response|verdict) | yes\s+or\s+no
  | about\s+(?:it|this|the\s+\w+|my\s+\w+) | on\s+(?:it|this|the\s+\w+|my\s+\w+)
  | (?:whether|if)\s+[^.!?\n]{1,40}?
)){0,2}(?:[^.!?\n]{0,40}?(?=\s(?:by|before|until|till|no|not|within)\s))?"""
ANSWER_NOUN = (
    r"(?:answer|decision|reply|response|update|offer|verdict|word|callback|call|confirmation"
    r"|yes\s+or\s+no)"
)

# A sentence with one of these offers something rather than demands it: "let me know by Friday
# if you would like the work sample" is not pressure.
# The candidate promising their own answer: "I will do my best to answer sooner", "I'll reply
# by Friday". Never pressure on them, whatever else the sentence holds.
OWN_ANSWER = re.compile(
    r"\bI(?:'ll|\s+will|\s+can|\s+could|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to)\s+"
    r"(?:(?:do\s+my\s+best|try|aim|be\s+(?:able|glad|happy))\s+to\s+)?"
    r"(?:answer|reply|respond|decide|(?:come|get)\s+back\s+to\s+you)\b",
    re.IGNORECASE,
)
OFFER_CLAUSE = re.compile(
    r"\b(?:if|should|whether)\s+you\s+(?:need|want|would\s+like|'d\s+like|have\s+(?:any\s+)?"
    r"questions|prefer)|\bif\s+(?:there\s+is|there's)\s+anything|\bif\s+(?:that|it|this)\s+"
    r"(?:helps|is\s+easier|suits|works)|\bif\s+I\s+can\b|\bfeel\s+free\b|\bany\s*time\b"
    r"|\bwhenever\b|\bhappy\s+to\b|\bglad\s+to\b"
    # their own timeline, repeated back: "you mentioned a decision by Friday"
    r"|\b(?:you|they|the\s+team)\s+(?:mentioned|said|expected?|hoped?|plan(?:ned)?|told\s+me"
    r"|indicated|aim(?:ed)?|intend(?:ed)?)\b"
    r"|\bas\s+(?:you\s+(?:said|mentioned|suggested|asked|requested|expected|hoped)|promised|agreed"
    r"|discussed)\b"
    # the candidate's own answer, to them or someone else: "give the other company an answer by
    # Friday", "if I gave you my answer by Thursday", "come back to you with my decision by..."
    r"|\b(?:giv(?:e|es|en|ing)|gave|send(?:s|ing)?|sent|owe|provid(?:e|es|ed|ing)"
    r"|(?:come|get|be)\s+back\s+(?:to\s+you\s+)?with|return\s+with)\s+(?:(?!me\b|us\b)[\w']+\s+){0,3}?"
    r"(?:an?|my)\s+(?:final\s+)?(?:answer|decision|reply|response)\b"
    rf"|{OWN_ANSWER.pattern}"
    # someone else waiting for the candidate's answer: "the other company asked for my answer"
    r"|\b(?:ask(?:s|ed)?|want(?:s|ed)?|need(?:s|ed)?|expect(?:s|ed)?)\s+(?:for\s+|me\s+for\s+)?"
    r"my\s+(?:final\s+)?(?:answer|decision|reply|response)\b"
    # a call or message of theirs already received: "so pleased to receive your call this morning"
    r"|\b(?:receiv(?:e|ed|ing)|got|had|enjoyed|thank\s+you\s+for|thanks\s+for)\s+(?:\w+\s+)?"
    r"(?:your|the)\s+(?:call|e-?mail|message|reply|update|news|offer|note|voicemail)\b",
    re.IGNORECASE,
)
# Asking whether a date works for them turns a need into a question: "I'd need a decision by
# June to give notice in time; is that realistic on your side?"
ASKS_IF_IT_WORKS = re.compile(
    r"\b(?:is|would|will)\s+(?:that|this|it)\s+(?:be\s+)?(?:realistic|possible|feasible|workable|"
    r"doable|manageable|reasonable)\b|\b(?:would|does|will|could)\s+(?:that|this)\s+work\b",
    re.IGNORECASE,
)
# The candidate allowing for their pace: "I realise you may not have an update yet". The scorer
# alone reads "update" as pressure; said this way it is patience.
PATIENCE = re.compile(
    r"\b(?:realis|realiz|understand|appreciate|know|recogni[sz])\w*\s+(?:that\s+)?(?:you|the\s+"
    r"(?:team|panel|process)|these\s+things|decisions?|hiring|it)\s+(?:(?:may|might|could|can|will"
    r"|probably|likely)\s+)?(?:not\s+(?:yet\s+)?(?:have|know)|(?:still\s+)?(?:take|takes|be|is|are)"
    r"\s+(?:still\s+)?(?:time|a\s+while|busy|underway|ongoing|in\s+progress|under\s+way))",
    re.IGNORECASE,
)
# The candidate's own deadline to answer someone else: "I have another offer and must reply by
# Friday". Said plainly, another offer is news, not leverage (the rule's docstring).
OWN_DEADLINE = re.compile(
    r"(?<!you )(?<!they )\b(?:must|need\s+to|have\s+to|has\s+to|(?:am|'m)\s+due\s+to"
    r"|(?:am|'m)\s+asked\s+to)\s+(?:reply|respond|answer|decide|give\s+(?:them|the\s+\w+)\s+"
    r"(?:an?\s+|my\s+)?(?:answer|decision))\b",
    re.IGNORECASE,
)

# --- pushy: pressure on the employer to answer --------------------------------------------------

DEMAND = "a demand with a deadline reads as pressure; they decide on their timeline"
EXPECTATION = (
    "stating what you expect of them sets terms for their decision; ask when they expect to "
    "decide instead"
)
ULTIMATUM = (
    "an ultimatum ends the conversation; if you have another offer, say so politely and ask "
    "about their timeline"
)
COMPETING = (
    "using another offer as leverage reads as a threat; mention it politely and ask whether "
    "they can share their timeline"
)
REPROACH = "reproaching them for the wait costs goodwill; ask politely for an update instead"
COUNTING = "counting your messages reads as pressure"
SILENCE = "do not point out the silence; ask politely for an update instead"
URGENCY = "urgency words read as pressure; they decide on their timeline"
PESTER = "repeated follow-ups read as pestering; one check-in after their date is enough"
PRESUMPTION = (
    "deciding the next step for them (a visit, a meeting in their diary, skipping a stage) "
    "reads as presumption; leave the next step and its date to the employer"
)
RUSH = (
    "asking them to rush the process puts your timeline above theirs; ask when they expect "
    "to decide"
)
REMINDER = "reminding them that you are waiting reads as pressure; ask politely for an update"
# Their hiring steps, which a candidate may not skip: "skip the final round", "go straight to
# the offer".
STAGE = (
    r"(?:rounds?|stages?|steps?|interviews?|panel|process|formalities|tests?|assessments?|tasks?"
    r"|exercises?|references?|checks?|offer|contract|paperwork|negotiations?|signing)"
)
STAGE_WORDS = (
    "round rounds stage stages step steps interview interviews panel process formalities test "
    "tests assessment assessments task tasks exercise exercises reference references check checks "
    "offer contract paperwork negotiation negotiations signing"
)

_PUSHY: list[tuple[str, str, str, Severity]] = [
    # Orders with a deadline or urgency: "Pls call me back by Friday", "decide soon".
    (
        "call ring phone email mail text message contact write get reply respond answer decide "
        "revert touch drop confirm let tell inform update notify make send give come be back | "
        + SOON,
        rf"{ORDER}(?:(?:make\s+sure|be\s+sure|remember)\s+(?:to|you)\s+)?\b{ANSWER_ME}"
        rf"{ANSWER_OBJECT}\s+(?:{DEADLINE}|{URGENTLY})\b",
        DEMAND,
        Severity.ERROR,
    ),
    ("hurry", rf"{ORDER}\bhurry(?:\s+up)?\b|\bhurry\s+up\b", DEMAND, Severity.ERROR),
    # Someone of theirs sent to answer by a time: "could you ask Mr Hale to call me by noon".
    (
        "ask get have tell make | call ring phone email mail contact reply respond get write "
        f"decide confirm send sign approve | {SOON}",
        rf"(?:{ORDER}|\b(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?)(?:ask|get|have"
        rf"|tell|make)\s+(?:[\w.']+\s+){{1,3}}?(?:to\s+)?(?:call|ring|phone|e-?mail|contact|reply|"
        rf"respond|get\s+back|write|decide|confirm|send|sign|approve)\b[^.!?\n]{{0,40}}?\b(?:"
        rf"{DEADLINE}|{URGENTLY})\b",
        DEMAND,
        Severity.ERROR,
    ),
    # Their answer next to a deadline: "an answer by the 3rd", "your decision this week".
    (
        "answer decision reply response update offer verdict word callback call hear yes "
        f"confirmation | {SOON}",
        rf"\b(?:an?|your|the|my)\s+(?:final\s+|clear\s+|firm\s+|quick\s+)?{ANSWER_NOUN}\s+"
        rf"(?:from\s+you\s+|back\s+)?{DEADLINE}|\bhear(?:\s+back)?(?:\s+from\s+you)?\s+{DEADLINE}",
        DEMAND,
        Severity.ERROR,
    ),
    # "I need/want/require an answer (by Friday)", "I'll need a decision from you by the 12th".
    (
        "need require must demand deserve",
        rf"\bI(?:'ll|'d|'m\s+going\s+to|\s+am\s+going\s+to|\s+will|\s+would)?\s+{ADVERBS}"
        rf"(?:need|require|must\s+have|demand|deserve)\s+"
        rf"(?:(?:an?|your|the|some)\s+)?(?:final\s+|clear\s+|quick\s+|firm\s+)?{ANSWER_NOUN}\b",
        EXPECTATION,
        Severity.ERROR,
    ),
    (
        f"want like prefer appreciate welcome | {SOON}",
        rf"\bI(?:'d|\s+would)?\s+{ADVERBS}(?:want|like|prefer|appreciate|welcome)\s+(?:an?|your|"
        rf"the)\s+(?:final\s+)?{ANSWER_NOUN}\s+(?:from\s+you\s+)?(?:{DEADLINE}|{URGENTLY})",
        DEMAND,
        Severity.WARNING,
    ),
    # "I expect to hear from you this week", "I'm expecting a decision", "I demand to know".
    (
        "expect expecting demand demanding insist insisting",
        rf"\bI(?:'ll|'m|'d|\s+am|\s+will)?\s+(?:be\s+|fully\s+|really\s+)?(?:expect|expecting|"
        rf"demand|demanding|insist|insisting)\s+(?:on\s+)?(?:to\s+(?:hear|know|receive)\b"
        rf"|(?:an?|the)\s+{ANSWER_NOUN}|your\s+{ANSWER_NOUN}|you\s+to\b|word\b|news\b|that\s+you\b)",
        EXPECTATION,
        Severity.ERROR,
    ),
    (
        f"know hear | {SOON}",
        rf"\bI(?:'ll|'d|'m\s+going\s+to)?\s+(?:\w+\s+)?(?:need|have|must|want)\s+to\s+(?:know|hear(?:\s+back)?"
        rf"(?:\s+from\s+you)?|have\s+(?:an?|your)\s+{ANSWER_NOUN})(?:\s+(?:my|the|your)\s+\w+)?\s+"
        rf"(?:{DEADLINE}|{URGENTLY})",
        DEMAND,
        Severity.ERROR,
    ),
    (
        "trust assume expect",
        rf"\bI\s+(?:trust|assume|expect)\s+(?:that\s+)?you(?:'ll|\s+will|\s+can|\s+would)?\s+"
        rf"{WORD}?{ANSWER_ME}{GAP}\b{DEADLINE}",
        EXPECTATION,
        Severity.ERROR,
    ),
    # "you need to decide by Monday", "you'll have to move quickly", "you had better ...".
    (
        "must need have better | decid* respond reply answer get let tell make move hurry act "
        "call contact confirm send give come",
        # Not "do not feel you need to reply" or "I understand you must decide".
        r"(?<!feel\s)(?<!that\s)(?<!think\s)(?<!not\s)(?<!understand\s)(?<!appreciate\s)"
        r"(?<!know\s)(?<!realise\s)(?<!realize\s)(?<!imagine\s)(?<!see\s)"
        # "everything you need to make a decision" is what they need from me, not an order.
        r"(?<!everything\s)(?<!anything\s)(?<!whatever\s)(?<!what\s)(?<!all\s)(?<!something\s)"
        r"\byou(?:'ll|'d|\s+will|\s+had|\s+would)?\s+(?:really\s+|just\s+)?(?:must|need\s+to|"
        r"have\s+to|better)\s+"
        r"(?:\w+\s+)?(?:decide|respond|reply|answer|get\s+back|let\s+me\s+know|tell\s+me|make\s+"
        r"(?:a|your|an|the|me|up)|move\s+(?:quickly|fast)|hurry|act|call|contact|confirm|send|"
        r"give\s+me|come\s+back|have\s+(?:an?|your)\s+(?:answer|decision))",
        EXPECTATION,
        Severity.ERROR,
    ),
    (
        "should",
        r"\byou\s+should\s+(?:\w+\s+)?(?:have\s+(?:made\s+)?(?:an?|your|the)\s+(?:answer|decision)"
        r"|have\s+decided|decide|respond|reply|get\s+back)",
        EXPECTATION,
        Severity.ERROR,
    ),
    # Ultimatums: "If I don't hear back by Thursday, I will accept the other offer".
    (
        "if unless | i'll ill will i'm im i'd id would am",
        rf"\b(?:if|unless)\s+(?:I\s+(?:don't|do\s+not|haven't|have\s+not|can't|cannot)\s+(?:hear|"
        rf"get|receive|have)|there(?:'s|\s+is)\s+no\s+(?:reply|answer|response|word|news|decision)"
        rf"|you\s+(?:don't|do\s+not|haven't|have\s+not|can't|cannot|won't|will\s+"
        rf"not)\s+(?:\w+\s+)?(?:reply|respond|answer|decide|get\s+back|call|let\s+me\s+know|make|"
        rf"come\s+back|confirm|offer)){GAP}\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|"
        rf"'d|\s+would)"
        r"\s+(?:have\s+to\s+|need\s+to\s+|be\s+forced\s+to\s+)?(?:\w+\s+)?(?:accept|take|assume"
        r"|move\s+on|withdraw|go\s+with|look\s+elsewhere|consider|sign|pursue|call)",
        ULTIMATUM,
        Severity.ERROR,
    ),
    (
        "unless",
        r"\bunless\s+you\s+(?:\w+\s+)?(?:reply|respond|answer|call|make|decide|get\s+back|let\s+me"
        r"\s+know|come\s+back)",
        ULTIMATUM,
        Severity.ERROR,
    ),
    (
        "or otherwise else",
        r"\b(?:or|otherwise|or\s+else)[, ]+I(?:'ll|\s+will|'m\s+going\s+to)\s+"
        r"(?:have\s+to\s+)?(?:\w+\s+)?"
        r"(?:take|accept|assume|go\s+with|withdraw|move\s+on|sign|walk)"
        r"|\b(?:or|otherwise|or\s+else)[, ]+I(?:'m|\s+am)\s+(?:out|gone|done|walking|moving"
        r"\s+on)\b",
        ULTIMATUM,
        Severity.ERROR,
    ),
    (
        "until",
        rf"\b(?:I(?:'m|\s+am)\s+giving\s+you|you(?:'ve|\s+have)(?:\s+got)?|you\s+get)\s+(?:only\s+)?"
        rf"until\s+{WHEN}",
        ULTIMATUM,
        Severity.ERROR,
    ),
    # Another offer used as leverage (a polite mention of one is fine).
    (
        "offer offers offered company employer firm recruiter | another other competing second "
        "rival better | so and means",
        rf"\b(?:another|a\s+competing|a\s+second|a\s+rival|a\s+better|other|an\s+other)\s+"
        rf"(?:\w+\s+)?(?:offers?|offered|company|employer|firm|recruiter)\b{GAP}\b(?:so|and|which\s+"
        rf"means)\s+(?:\w+\s+)?(?:you(?:'ll|'d|\s+will"
        rf"|\s+had)?"
        rf"\s+(?:need|have|must|should|better|'d\s+better)|(?:please\s+)?(?:decide|hurry|respond"
        rf"|reply|move|act|let\s+me\s+know)\s+(?:{DEADLINE}|{URGENTLY}))",
        COMPETING,
        Severity.ERROR,
    ),
    (
        "offer",
        r"\b(?:match|beat|top|better|improve\s+on)\s+(?:their|the\s+other|that|this|my\s+other|my"
        r"\s+current|the\s+competing|a\s+competing|the\s+rival)\s+(?:\w+\s+)?offer\b",
        COMPETING,
        Severity.WARNING,
    ),
    # Reproach for the wait.
    (
        "why what still promised deserve faster quicker quickly promptly said told mentioned how "
        "longer long respond",
        r"\bwhy\s+(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not|won't|can't|don't)\s+"
        r"(?:you|anyone|anybody|I\s+heard|I\s+received)\b"
        r"|\bwhy\s+(?:has|have|did|is|does|do)\s+(?:no\s*one|nobody|no-one|none\s+of\s+you)\b"
        r"|\bwhy\s+(?:still\s+)?(?:no|not\s+(?:a|an|any))\s+(?:answer|reply|response|word|news|"
        r"decision|update|call)\b"
        r"|\bwhat(?:'s|\s+is)\s+(?:going\s+on|happening|the\s+hold[- ]?up|the\s+delay)\b"
        r"|\b(?:and|but)\s+still\s+(?:nothing|no\s+(?:word|answer|reply|news|response))\b"
        r"|\bI\s+was\s+promised\s+(?:an?|your|the)\s+(?:answer|decision|reply|call|update)\b"
        r"|\byou\s+(?:said|told\s+me|promised|mentioned)\s+(?:\w+\s+){0,3}?(?:and|but)\s+(?:it's|it\s+"
        r"has|it\s+is|now\s+it's)\s+(?:been|now)\b"
        r"|\bhow\s+(?:much\s+)?(?:longer|long)\s+(?:do|will|must|should|am)\s+I\s+(?:have\s+to\s+|"
        r"supposed\s+to\s+)?wait\b"
        r"|\brespond\s+to\s+my\s+(?:\w+\s+){0,2}?(?:emails|e-mails|messages|calls|voicemails)\b"
        r"|\b(?:I|we)\s+(?:\w+\s+)?deserve\s+(?:an?|your|some)\s+(?:answer|reply|response|"
        r"decision|update)\b"
        r"|\b(?:reply|respond|answer|get\s+back|decide|move|replied|responded|answered)\s+"
        r"(?:\w+\s+)?(?:faster|quicker|more\s+quickly|more\s+promptly)\b",
        REPROACH,
        Severity.ERROR,
    ),
    (
        "long",
        r"\b(?:why\s+(?:is|has|does|are)\s+(?:this|it|the\s+(?:process|decision|hiring))|what(?:'s|"
        r"\s+is)|why\s+is\s+it)\s+(?:\w+\s+)?(?:taking|take|taken)\s+so\s+long\b",
        REPROACH,
        Severity.ERROR,
    ),
    (
        "surely now",
        rf"\bsurely\s+(?:you|there|the\s+team|a\s+decision|someone)\b|\b(?:should|must|surely|ought"
        rf"\s+to)\b{GAP}\bby\s+now\b",
        REPROACH,
        Severity.WARNING,
    ),
    (
        "said promised told",
        r"\byou\s+(?:said|promised|told\s+me)\s+(?:that\s+)?you(?:'d|\s+would|\s+will)\b[^.!?\n]"
        r"{0,40}?\b(?:and|but)\s+(?:you\s+)?(?:didn't|did\s+not|never|haven't|have\s+not|still)",
        REPROACH,
        Severity.ERROR,
    ),
    (
        "wait* running ticking late chas* ask* drag* draw* string* strung",
        r"\b(?:don't|do\s+not)\s+(?:keep|make|leave)\s+me\s+(?:wait(?:ing)?|chas(?:e|ing))\b"
        r"|\b(?:shouldn't|should\s+not|should\s+never)\s+have\s+to\s+(?:keep\s+)?(?:chas\w*|ask\w*|"
        r"wait\w*)\b"
        r"|\b(?:not\s+(?:willing|prepared)|unwilling|refuse)\s+to\s+wait\b"
        r"|\b(?:drag(?:s|ged|ging)?|draw(?:s|n|ing)?|drew|string(?:s|ing)?|strung)\s+(?:this|it"
        r"|things|the\s+(?:process|decision))\s+out\b"
        r"|\b(?:kept|keeping|left)\s+me\s+waiting\b|\b(?:can't|cannot|can\s+not|won't|will\s+"
        r"not|not\s+going\s+to)\s+(?:be\s+)?wait(?:ing)?\s+(?:around\s+)?(?:forever|much\s+longer|"
        r"any\s+longer|indefinitely|long)\b"
        r"|\btime\s+is\s+running\s+out\b|\bthe\s+clock\s+is\s+ticking\b|\bbefore\s+it's\s+too"
        r"\s+late\b",
        REPROACH,
        Severity.ERROR,
    ),
    # Counting messages, pointing out the silence, repeated follow-ups.
    (
        "last previous earlier other",
        r"\b(?:this|that)\s+(?:one|email|e-mail|message|note)\s*,?\s+and\s+(?:of\s+)?(?:my|the)\s+"
        r"(?:last|previous|earlier|other)\s+(?:two|three|four|five|six|several|\d+)\b",
        COUNTING,
        Severity.ERROR,
    ),
    (
        "second third fourth fifth sixth st nd rd th last final",
        r"\bthis\s+is\s+(?:now\s+)?(?:my|the)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|"
        r"last|final)\s+(?:email|e-mail|message|note|attempt|try|call|follow-up|time)",
        COUNTING,
        Severity.ERROR,
    ),
    (
        "times emails mails messages voicemails",
        r"\bI(?:'ve|\s+have)?\s+(?:already\s+)?(?:sent|written|wrote|emailed|e-mailed|called|"
        r"messaged|phoned|left)(?:\s+(?:to\s+)?you)?\s+(?:\w+\s+)?(?:times|emails|e-mails|messages|"
        r"voicemails)\b",
        COUNTING,
        Severity.ERROR,
    ),
    (
        "until keep every daily each again twice times repeatedly decision answer verdict news "
        "update outcome",
        r"\b(?:every\s+day|daily|every\s+morning|each\s+day|again\s+and\s+again)\s+until\s+I\s+"
        r"(?:get|hear|receive)|\bI(?:'ll|\s+will)\s+keep\s+(?:calling|emailing|writing|"
        r"checking\s+in|following\s+up)"
        # "I'll check in every day" pesters them; "I'll check my email daily" is my availability.
        r"|\bI(?:'ll|\s+will)\s+(?:be\s+)?(?:call|phon|email|e-mail|writ|ring|messag|text|check\w*\s+in)\w*"
        r"\s+(?:[\w']+\s+){0,3}?(?:every\s+(?:day|morning|hour|week)|daily|each\s+day|until|again"
        r"\s+and\s+again)"
        r"|\bI(?:'ve|\s+have)?\s+(?:already\s+)?(?:called|phoned|rung|emailed|e-mailed|written|"
        r"messaged|texted|tried|reached\s+out|followed\s+up)\s+(?:(?:to\s+)?you\s+)?(?:\w+\s+)?"
        r"(?:twice|"
        r"(?:three|four|five|several|many|multiple|a\s+few|\d+)\s+times|repeatedly|again\s+and\s+"
        r"again)\b"
        r"|\bI(?:'ll|\s+will)\s+(?:\w+\s+)?(?:call|phon|ring|email|e-mail|contact|chas)\w*\s+(?:you|"
        r"your\s+(?:office|team))\b[^.!?\n]{0,40}?\b(?:to\s+(?:get|hear|find\s+out|learn|ask\s+for)|"
        r"for)\s+(?:your|the|an?)\s+(?:decision|answer|verdict|news|outcome|update)",
        COUNTING,
        Severity.ERROR,
    ),
    (
        "mentioned said wrote asked",
        r"\bas\s+I\s+(?:mentioned|said|wrote|asked)\s+(?:in|on)\s+my\s+(?:last|previous|earlier|"
        r"first)\s+(?:(?:two|three|four|five|several|\d+)\s+)?(?:email|message|note|call)s?\b",
        "referring to unanswered messages reads as pressure",
        Severity.WARNING,
    ),
    (
        "been heard received got gotten no nobody noone one",
        r"\bit(?:'s|\s+has)\s+been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:[a-z]+|"
        r"\d+)\s+(?:days?|weeks?|months?)\b[^.!?\n]{0,40}?(?:and|but|,)\s+(?:still|nothing|nobody|"
        r"no\s*-?\s*one|no\s+(?:word|answer|reply|news)|I\s+(?:still\s+)?(?:haven't|have\s+not))"
        r"|\b(?:nobody|no\s*-?\s*one)\s+(?:from\s+(?:\w+\s+){1,2})?(?:has|have|had)\s+(?:yet\s+|even\s+"
        r")?(?:contacted|called|replied|responded|answered|got\s+back|gotten\s+back|written|emailed|"
        r"rung|phoned|been\s+in\s+touch|bothered|updated)\b"
        r"|\bI\s+(?:still\s+)?(?:haven't|have\s+not|hadn't|never)\s+(?:yet\s+)?(?:heard|received|got"
        r"|gotten)\s+(?:back|anything|a\s+(?:reply|response|word|thing)|an\s+(?:answer|update)|"
        r"any\s+\w+)|\bI\s+(?:still\s+)?(?:have|got)\s+no\s+(?:answer|reply|response|word|news)\b",
        SILENCE,
        Severity.WARNING,
    ),
    (
        "waiting",
        r"\b(?:still|been|keep|I'm|I\s+am)\s+waiting\s+(?:(?:for|on)\s+(?:your|a|an|any)\s+"
        r"(?:\w+\s+)?(?:reply|response|answer|decision|call|news|word)|to\s+hear\s+(?:back|from\s+"
        r"(?:you|someone|anyone|the\s+team)))"
        r"|\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+still\s+waiting\s*(?:[,;!.]|$|\s+(?:since|"
        r"as\s+I|after|and\s+still|even))"
        r"|\bI(?:'m|\s+am)\s+still\s+waiting(?=\s*[,;!.]|\s*$|\s+(?:since|as\s+I|after))",
        "do not point out the wait; ask politely for an update",
        Severity.WARNING,
    ),
    ("demand", r"\bI\s+demand\b", "demands end conversations; ask politely", Severity.ERROR),
    (
        "need want require",
        rf"\bI(?:'ll|'d)?\s+(?:\w+\s+)?(?:need|want|require)\s+you\s+to\s+(?:\w+\s+)?{ANSWER_ME}",
        EXPECTATION,
        Severity.ERROR,
    ),
    (
        "prioritise prioritize fast track expedite speed hurry rush push chase",
        r"\b(?:prioriti[sz]e|fast[- ]track|expedite|speed\s+up|hurry\s+(?:up|along)|rush|push\s+"
        r"through|chase)\s+(?:my|the)\s+(?:application|candidacy|decision|process|file|case|offer"
        r"|paperwork|references?|reference\s+checks?|background\s+checks?|checks|approval|contract"
        r"|hiring|recruitment|onboarding|panel|committee|start\s+date)\b",
        RUSH,
        Severity.WARNING,
    ),
    # "Please move my application to the top of the pile", "put me at the front of the queue".
    (
        "top front head | pile queue list stack line",
        r"\b(?:move|put|bump|push|get|place|shift|send|pop)\s+(?:me|my\s+(?:\w+\s+)?(?:application"
        r"|file|cv|candidacy|name|paperwork|offer|case|resume|details))\s+(?:up\s+)?(?:to|at|on|"
        r"into)\s+the\s+(?:very\s+)?(?:top|front|head)\s+of\s+(?:the|your)\s+(?:\w+\s+)?(?:pile"
        r"|queue|list|stack|line)\b",
        RUSH,
        Severity.WARNING,
    ),
    # A visit they did not ask for: "I'll be dropping by the office on Wednesday to discuss".
    (
        "drop dropping pop popping come coming stop stopping swing swinging turn turning call "
        "calling | by in into round over up",
        r"\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to|'m\s+planning\s+to"
        r"|\s+am\s+planning\s+to)\s+(?:be\s+)?(?:drop(?:ping)?|pop(?:ping)?|com(?:e|ing)|stop"
        r"(?:ping)?|swing(?:ing)?|turn(?:ing)?|call(?:ing)?)\s+(?:by|in|into|round|over|up)\b"
        r"[^.!?\n]{0,50}?\bto\s+(?:discuss|sign|collect|finalise|finalize|hear|talk|go\s+(?:over|"
        r"through)|get|pick\s+up|agree|settle|sort|see|find\s+out|meet|confirm)\b",
        PRESUMPTION,
        Severity.WARNING,
    ),
    # Their time booked for them: "I have scheduled a call with you for 9 tomorrow".
    (
        "scheduled booked arranged set put blocked reserved sent accept confirm",
        r"\bI(?:'ve|\s+have)?\s+(?:already\s+|just\s+|now\s+|gone\s+ahead\s+and\s+)?(?:scheduled|"
        r"booked|arranged|set\s+up|put|blocked\s+(?:out|off)?|reserved|sent)\s+(?:a|an|the|some)?"
        r"\s*(?:\w+\s+)?(?:call|meeting|interview|slot|time|hour|session|invite|invitation)\s+"
        r"(?:with\s+(?:you|your\s+\w+)|in\s+your\s+(?:calendar|diary)|for\s+(?:us|you|the\s+two\s+"
        r"of\s+us))\b"
        r"|\bplease\s+(?:accept|confirm)\s+(?:the|my)\s+(?:calendar\s+|meeting\s+)?(?:invite|"
        r"invitation|meeting\s+request)\b",
        PRESUMPTION,
        Severity.WARNING,
    ),
    # Skipping their steps: "let's skip ahead to the offer", "I'd expect to skip the final round".
    (
        "skip skipping bypass dispense jump go move cut | " + STAGE_WORDS,
        r"\b(?:let's|let\s+us|please|I(?:'d|\s+would)\s+(?:expect|like|prefer|suggest)\s+(?:to|we|"
        r"that\s+we)|we\s+(?:can|could|should)|I\s+(?:can|could|should))\s+(?:just\s+)?"
        # the step must be theirs: not "I can jump straight into the work", "skip my last email"
        rf"(?:(?:skip|bypass|dispense\s+with)\s+(?:[\w-]+\s+){{0,3}}?{STAGE}"
        rf"|(?:jump|go|move|cut)\s+(?:straight\s+|right\s+)?(?:ahead\s+)?to\s+(?:the\s+|an?\s+)?"
        rf"(?:[\w-]+\s+)?{STAGE})\b",
        PRESUMPTION,
        Severity.WARNING,
    ),
    (
        "experience background record seniority qualifications expertise profile",
        r"\b(?:given|considering|with)\s+my\s+(?:\w+\s+)?(?:experience|background|track\s+record"
        r"|record|seniority|qualifications|expertise|profile)\b[^.!?\n]{0,30}?\bI(?:'d|\s+would|"
        r"'ll|\s+will)?\s+(?:expect|assume|deserve|think\s+I\s+(?:should|deserve)|should(?:n't|\s+not)"
        r"\s+(?:need|have\s+to))\b",
        EXPECTATION,
        Severity.WARNING,
    ),
    # Reminding them that they owe an answer: "May I kindly remind you ...".
    (
        "remind reminder",
        r"\b(?:may|can|might|could)\s+I\s+(?:kindly\s+|gently\s+|just\s+|politely\s+)?remind\s+you"
        r"\b|\bI(?:'d|\s+would)\s+like\s+to\s+(?:kindly\s+|gently\s+|politely\s+)?remind\s+you\b"
        r"|\b(?:let\s+me|allow\s+me\s+to|I\s+must|I'm\s+writing\s+to|I\s+am\s+writing\s+to)\s+"
        r"remind\s+you\b"
        r"|\breminder\s+that\s+(?:I(?:'m|\s+am)\s+still|I\s+(?:still\s+)?(?:need|have\s+not|haven't|"
        r"asked|requested|am\s+waiting|'m\s+waiting)|you\s+(?:still\s+)?(?:owe|promised|said|have\s+"
        r"not|haven't|were\s+going\s+to))\b",
        REMINDER,
        Severity.WARNING,
    ),
    (
        "following checking",
        r"\b(?:following|checking)\s+(?:up|in)\s+(?:again|once\s+more|one\s+more\s+time|yet"
        r"\s+again)\b",
        PESTER,
        Severity.WARNING,
    ),
    # Urgency attached to their answer: "reply ASAP", "an answer urgently", "it is urgent".
    (
        "asap p possible urgently immediately away once delay urgent",
        r"\b(?:reply|respond|answer|decide|decision|get\s+back|let\s+me\s+know|hear(?:ing)?\s+"
        r"(?:back|from\s+you)|call\s+me|contact\s+me|response|news|update)\b[^.!?\n]{0,25}?"
        r"\b(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|urgently|immediately|right\s+away|at"
        r"\s+once|without\s+delay)|\b(?:this|it)\s+is\s+urgent\b|\burgently\s+need",
        URGENCY,
        Severity.WARNING,
    ),
]
PUSHY = PhraseTable(_PUSHY)
# A deadline on its own, for the cue layer: "by Monday", "within the week", "at the latest".
DEADLINE_PATTERN = LazyPatterns(
    [
        _source(
            rf"\b(?:{DEADLINE}|asap|a\.s\.a\.p|immediately|right\s+away|straight\s+away|at\s+once)\b"
        )
    ]
)
# Messages of the phrases an offer in the same sentence excuses ("let me know by Friday if you
# would like the sample"); a threat stays a threat ("if you want me, you had better ...").
EXCUSED_BY_OFFER = frozenset({DEMAND, URGENCY})
# A next step they asked for is no presumption: "I'll come in on Thursday to meet the team, as
# you suggested", "as agreed, I have booked a call with you for Monday".
INVITED = re.compile(
    r"\bas\s+(?:you\s+)?(?:suggested|asked|requested|invited|proposed|agreed|arranged|discussed)\b"
    r"|\byou(?:'d|\s+had)?\s+(?:suggested|asked\s+me|invited\s+me|proposed|offered)\b"
    r"|\b(?:at|per)\s+your\s+(?:invitation|request|suggestion)\b|\byour\s+(?:kind\s+)?invitation\b",
    re.IGNORECASE,
)
# A sentence that only checks a message arrived: "I hadn't heard back, so I wanted to make sure
# my email reached you" mentions the silence without pressing them.
DELIVERY_CHECK = re.compile(
    r"\b(?:reached|arrived|got\s+through|came\s+through|went\s+through|got\s+lost|gone\s+astray"
    r"|went\s+astray|(?:was|were)\s+(?:delivered|received)|(?:spam|junk)(?:\s+folder)?)\b",
    re.IGNORECASE,
)

# --- desperate: begging, any terms, neediness, anxiety, apologies, self-doubt -------------------

# What other employers did, in "every company has turned me down".
REJECTED = r"(?:turned\s+me\s+(?:down|away)|rejected\s+me|said\s+no|passed\s+on\s+me|ignored\s+me)"

BEGGING = (
    "begging casts you as a last resort rather than a strong hire; say plainly that you want "
    "the role and why you fit, e.g. 'I would love to join the team'"
)
ANY_TERMS = (
    "offering to take any pay or terms gives away your position before there is an offer and "
    "reads as desperate; leave pay and terms for the offer stage"
)
DESPERATE_WORD = (
    "'desperate' tells the reader exactly what you do not want them to think; write 'I would "
    "love to join ...' instead"
)
NEED = (
    "saying how much you need the job puts your situation at the centre, not your fit; say why "
    "you want it and what you would bring"
)
STAKES = (
    "personal stakes (bills, months of searching, 'it means everything') make the reader weigh "
    "your need instead of your fit; keep the letter about the role"
)
ANXIETY = (
    "telling them how anxious the wait makes you adds pressure and reads as needy; leave it "
    "out, or ask once when they expect to decide"
)
APOLOGY = (
    "apologising for writing makes a normal follow-up sound like a nuisance; leave the "
    "apology out and say what you came to say"
)
SELF_DOUBT = (
    "running yourself down hands them a reason to say no; lead with what you did well, or "
    "answer the doubt with one result"
)
PROMISE = "pleading promises ('you won't regret it') sound needy; show it with one result instead"

NEG = (
    r"(?:can't|cannot|can\s+not|couldn't|could\s+not|haven't|have\s+not|hadn't|didn't|did\s+not"
    r"|don't|do\s+not|won't|barely|hardly|never)"
)
NUISANCE = r"""(?:
    bother\w* | disturb\w* | pester\w* | bug | bugging | troubl\w* | annoy\w* | intru\w*
  | interrupt\w* | impos\w* | hassl\w* | nag\w* | spam\w* | clutter\w* | clog\w*
  | flood(?:ing)?\s+(?:you|your) | (?:the|this)\s+flood\s+of
  | harass\w*
  | chas\w*
  | (?:tak|wast|us)\w*\s+(?:up\s+)?(?:more\s+(?:of\s+)?|so\s+much\s+(?:of\s+)?)?your\s+time
  | (?:writ|email|e-mail|messag|contact|reach|follow|check|ping)\w*\s+(?:\w+\s+)?
      (?:again|once\s+more)
  | another\s+(?:email|e-mail|message|note|follow-up|reminder)
  | (?:so\s+many|all\s+these|all\s+the|the\s+many|multiple|repeated|extra|constant)\s+
      (?:emails|e-mails|messages|notes|follow-ups|calls|reminders)
  | keep\w*\s+(?:emailing|writing|messaging|calling|asking|bothering|pestering)
  | being\s+(?:a\s+|so\s+|too\s+)?
      (?:pest|nuisance|bother|pain|pushy|annoying|impatient|persistent|burden)
)"""
NERVES = (
    r"(?:nervous|flustered|anxious|awkward|tongue-tied|nervy|shaky|jittery|scattered|unprepared"
    r"|rambling|inarticulate|all\s+over\s+the\s+place)"
)
STRONGLY = r"(?:so|very|really|too|extremely|incredibly|terribly|awfully|quite|super)"
MY_INTERVIEW = (
    r"(?:my\s+(?:answers?|interview|responses?|performance|words|presentation)|the\s+interview"
    r"|every(?:thing|\s+answer|\s+word|\s+question|\s+moment)|what\s+I\s+said|how\s+I\s+"
    r"(?:did|answered|came\s+across|sounded)|each\s+(?:answer|question))"
)

_DESPERATE: list[tuple[str, str, str, Severity]] = [
    # Begging and pleading.
    (
        "begging pleading imploring beseeching beg implore beseech entreat plead knees knee",
        r"\bI(?:'m|\s+am)\s+(?:\w+\s+)?(?:begging|pleading|imploring|beseeching)\b"
        r"(?:\s+(?:with\s+)?you\b)?"
        r"|\b(?:begging|pleading|imploring)\s+(?:with\s+)?(?:you|for)\b"
        r"|\bI\s+(?:beg|implore|beseech|entreat)(?:\s+of)?\s+you\b|\bI\s+plead\s+with\b"
        r"|\bon\s+(?:my\s+)?(?:bended\s+)?knees?\b",
        BEGGING,
        Severity.ERROR,
    ),
    (
        "please pretty pl* pp*",
        r"\bplease[\s,!.]+please\b|\bpretty\s+please\b|\bp+l+e+a*s+e+\b(?<!\bplease)",
        BEGGING,
        Severity.ERROR,
    ),
    (
        "please pls plz just only simply kindly",
        r"\b(?:please|pls|plz|just|only|simply|kindly)[, ]+(?:\w+\s+){0,2}?(?:give|grant|offer|"
        r"throw|cut)\s+me\s+(?:a|an|one|this|the|that|another|just\s+one|one\s+more)\s+(?:\w+\s+)?"
        r"(?:chance|shot|try|break|go|opportunity|job|role|position|offer)\b",
        BEGGING,
        Severity.ERROR,
    ),
    (  # "give me a chance" that is not "the chance to show you ..."
        "chance shot break try opportunity",
        r"\b(?:give|grant|throw)\s+me\s+(?:a|one|another|just\s+one|one\s+more|a\s+second|a\s+"
        r"fair|a\s+real)\s+(?:chance|shot|break|try)\b(?!\s+to\s+(?!prove))"
        r"|\b(?:hope|pray|wish)\s+(?:that\s+)?you(?:'ll|\s+will|\s+would|\s+can|\s+could)?\s+"
        r"(?:\w+\s+)?give\s+me\s+(?:a|an|this|the|that|one)\s+(?:chance|shot|break|opportunity)\b"
        r"(?!\s+to\s+(?!prove))",
        BEGGING,
        Severity.ERROR,
    ),
    (
        "hire pick choose select",
        r"\b(?:please|pls|plz|just)[, ]+(?:\w+\s+)?(?:hire|pick|choose|select)\s+me\b(?!\s+up)",
        BEGGING,
        Severity.ERROR,
    ),
    (
        "please pls plz",
        r"\b(?:please|pls|plz)[, ]+(?:don't|do\s+not|never)\s+(?:reject|turn\s+(?:me\s+)?down|"
        r"pass\s+(?:me\s+)?over|pass\s+on\s+me|forget\s+(?:about\s+)?me|overlook\s+me|give\s+up"
        r"\s+on\s+me|ignore\s+(?:me|this)|say\s+no|choose\s+someone|pick\s+someone|give\s+(?:the|"
        r"this|my)\s+(?:\w+\s+)?to)",
        BEGGING,
        Severity.ERROR,
    ),
    (
        "chance shot opportunity break",
        r"\ball\s+I(?:'m|\s+am)?\s+(?:ask|asking|want|need)(?:\s+for)?\s+is\s+(?:a|one|just\s+one"
        r"|the|this|a\s+single)\s+(?:chance|shot|opportunity|break)\b"
        r"|\bI(?:'m|\s+am)\s+(?:only\s+|just\s+|simply\s+)?asking\s+(?:you\s+)?for\s+(?:a|one|just"
        r"\s+one|this\s+one|a\s+single|the)\s+(?:chance|shot|opportunity|break)\b"
        r"|\b(?:just|only)\s+one\s+(?:more\s+)?(?:chance|shot)\b|\bone\s+(?:more\s+)?chance\s+is"
        r"\s+all\b",
        BEGGING,
        Severity.ERROR,
    ),
    # Offering to take any terms.
    (
        "any whatever",
        rf"\b(?:accept|take|settle|agree|start|work|sign|go|happy|fine|ok|okay|willing|open|glad"
        rf"|ready|prepared|do)"
        rf"\b[^.!?\n]{{0,30}}?\b(?:any|whatever)\s+(?:\w+\s+)?{ANY_OF}s?\b(?![-\s]+(?:details|"
        rf"information|questions|range|band|description|related)\b)",
        ANY_TERMS,
        Severity.ERROR,
    ),
    # Costs of the job offered to carry oneself: "I'd relocate at my own expense".
    (
        "expense cost costs pay cover",
        # an offer, not a fact: "I took the course at my own expense" is initiative
        r"(?:\bI(?:'ll|\s+will|'d|\s+would|\s+can|\s+could)|\b(?:happy|willing|prepared|glad|ready"
        r"|able)\s+to)\b[^.!?\n]{0,50}?\b(?:at|on)\s+my\s+own\s+(?:expense|cost)s?\b"
        r"|\bI(?:'ll|\s+will|'d|\s+would)\s+(?:happily\s+|gladly\s+)?(?:pay|cover)\s+(?:for\s+)?"
        r"(?:my\s+own|the)\s+(?:relocation|training|travel|move|equipment|visa)\b",
        ANY_TERMS,
        Severity.WARNING,
    ),
    (
        "any whatever",
        rf"\b(?:accept|take|settle\s+for|agree\s+to|work\s+for|sign\s+for|go\s+for|be\s+(?:happy|"
        rf"glad|fine|ok|okay)\s+with)\s+(?:any|whatever)\s+(?:\w+\s+)?{PAY}\b",
        ANY_TERMS,
        Severity.ERROR,
    ),
    (
        "whatever any lower reduced smaller less",
        rf"\bwhatever\s+(?:{PAY}\s+)?(?:you|they|the\s+company|the\s+team)\s+(?:can\s+|could\s+|"
        rf"would\s+|are\s+able\s+to\s+|want\s+to\s+|decide\s+to\s+|choose\s+to\s+)?(?:offer|pay|"
        rf"propose|give\s+me|think\s+is\s+fair|decide\s+on|settle\s+on)\b"
        rf"|\b(?:any|whatever|a\s+lower|lower|a\s+reduced|a\s+smaller|less)\s+{PAY}\b[^.!?\n]"
        rf"{{0,40}}?\b(?:is|would\s+be|will\s+be|'s|are)\s+(?:\w+\s+)?(?:fine|ok|okay|acceptable"
        rf"|great|good|welcome|alright|all\s+right|no\s+problem)\b",
        ANY_TERMS,
        Severity.ERROR,
    ),
    (
        "salary pay money compensation wage package paid earn",
        r"\b(?:the\s+|my\s+)?(?:salary|pay|money|compensation|wage|package|the\s+pay)\s+(?:is\s+not"
        r"|isn't|is\s+no|does\s+not|doesn't|really\s+doesn't|won't|will\s+not|is\s+of\s+no|"
        r"really\s+isn't)\s+(?:\w+\s+)?(?:important|matter|an\s+issue|a\s+concern|a\s+priority|"
        r"object|concern|issue|a\s+factor|relevant)\b"
        r"|\bI(?:'m|\s+am)\s+not\s+(?:\w+\s+)?(?:fussy|picky|choosy|particular|bothered|worried|"
        r"concerned)\s+about\s+(?:the\s+|my\s+)?(?:salary|pay|money|compensation|wage|package|"
        r"terms|conditions|title)"
        r"|\bI\s+(?:do\s+not|don't|really\s+don't|honestly\s+don't)\s+(?:care|mind)\s+(?:about\s+"
        r"|what\s+|how\s+much\s+)?(?:the\s+|my\s+)?(?:salary|pay|money|compensation|you\s+pay|I"
        r"\s+earn|I'm\s+paid|I\s+am\s+paid|I\s+get\s+paid)",
        ANY_TERMS,
        Severity.ERROR,
    ),
    (
        "free nothing unpaid pay less peanuts minimum half lower reduced",
        r"\b(?:work|working|start|starting|intern|volunteer)\s+(?:\w+\s+)?(?:for\s+free|for\s+"
        r"nothing|unpaid|without\s+pay|for\s+no\s+pay|for\s+less|for\s+peanuts|for\s+minimum\s+"
        r"wage|for\s+half|for\s+a\s+lower|at\s+a\s+lower|on\s+a\s+lower|at\s+a\s+reduced|for\s+"
        r"reduced)\b",
        ANY_TERMS,
        Severity.ERROR,
    ),
    (
        "cut lower reduced less smaller",
        r"\b(?:take|accept|settle\s+for|be\s+(?:happy|fine|okay|ok)\s+with)\s+(?:a\s+)?(?:(?:much|"
        r"significantly|far|big|huge)\s+)?(?:pay\s+cut|salary\s+cut|cut\s+in\s+pay|lower\s+(?:salary"
        r"|pay|wage|rate|offer|position|role|grade|title|level)|reduced\s+(?:salary|pay)|less\s+(?:money"
        r"|pay)|smaller\s+salary)\b",
        ANY_TERMS,
        Severity.ERROR,
    ),
    (
        "anything whatever mind",
        r"\bI(?:'ll|\s+will|'d|\s+would|\s+can|\s+could|'m\s+willing\s+to|\s+am\s+willing\s+to|'m\s+"
        r"ready\s+to|\s+am\s+ready\s+to)\s+(?:\w+\s+)?(?:do|give|try|sacrifice)\s+anything\b"
        r"(?!\s+(?:I\s+can\s+to\s+help|that\s+helps))"
        r"|\b(?:work|do)\b[^.!?\n]{0,40}?\banything\s+(?:you\s+)?(?:want|ask|say)\b"
        r"|\b(?:take|accept|do|sacrifice|try)\s+anything\b(?!\s+(?:I\s+can\s+to\s+help|that\s+helps))"
        r"|\banything\s+at\s+all\b|\bchange\s+your\s+mind\b"
        r"|\b(?:shifts?|weekends|nights|hours|holidays)\b[^.!?\n]{0,25}?\bwhatever\b"
        r"|\b(?:do|work|accept)\s+whatever\s+(?:you|the\s+team)\s+(?:want|need|ask|say)\b",
        ANY_TERMS,
        Severity.ERROR,
    ),
    # Calling oneself desperate.
    (
        "desperate desperately desperation",
        r"\bI(?:'m|\s+am|\s+was|\s+feel|\s+felt|'ve\s+been|\s+have\s+been|\s+get|\s+got)?\s+(?:(?:so"
        r"|really|truly|quite|a\s+bit|a\s+little|getting|increasingly|pretty|very)\s+)*desperate\b"
        r"|\bI\s+(?:\w+\s+)?desperately\s+(?:want|need|hope|wish|would\s+like|am\s+hoping)"
        r"|\bdesperate(?:ly)?\s+(?:for|to)\s+(?:this|the|a|an|join|work|hear|get|land|be|know|"
        r"start|find)\b|\b(?:out\s+of|my)\s+desperation\b",
        DESPERATE_WORD,
        Severity.ERROR,
    ),
    # Need.
    (
        "job jobs role roles position positions post opportunity opportunities offer offers "
        "needs work "
        "paycheck paychecks pay cheque paycheque income money salary break need",
        rf"\bI\s+{ADVERBS}(?:need|must\s+have|must\s+get|have\s+to\s+get|have\s+to\s+have|need\s+to"
        rf"\s+get|need\s+to\s+land|need\s+to\s+have|have\s+got\s+to\s+get|gotta\s+get)\s+{ADVERBS}"
        rf"(?:this|the|that|a|any|this\s+one|a\s+new|some|your)\s+(?:\w+\s+)?{JOB}s?\b"
        rf"{NOT_A_JOB_THING}"
        rf"|\b(?:I|me|who)\b(?:\s+\w+){{0,3}}?\s+needs?\s+(?:\w+\s+){{0,2}}?(?:job|work|income|money|"
        rf"break|paycheck)\b(?!\s+(?:description|title|permit|visa|sample|email|experience))"
        rf"|\bin\s+(?:\w+\s+)?need\s+of\b|\bneed\s+to\s+(?:start\s+)?(?:work|earn|get\s+back\s+to"
        rf"\s+work)(?:ing)?\b"
        rf"|\bI\s+{ADVERBS}need\s+(?:work|a\s+job|this|it)\s*(?:so\s+(?:much|badly)|badly|"
        rf"desperately|more\s+than\s+anything|right\s+now|[.!]|$)",
        NEED,
        Severity.WARNING,
    ),
    (
        "hire pick choose select give take counting chance risk gamble whatever badly desperately "
        "anything afford picky choosy fussy selective do",
        r"\b(?:can't|cannot|can\s+not)\s+afford\s+to\s+be\s+(?:picky|choosy|fussy|selective)\b"
        r"|\bany\s+(?:\w+\s+)?(?:job|role|position|work)\s+(?:would|will)\s+do\b"
        r"|\bI\s+(?:\w+\s+)?(?:need|want)\s+you\s+to\s+(?:hire|pick|choose|select|give\s+me|take\s+"
        r"me)\b|\bI(?:'m|\s+am)\s+(?:\w+\s+)?counting\s+on\s+(?:you|this|getting|it|your|the\s+job)"
        r"|\btake\s+a\s+(?:chance|risk|gamble)\s+on\s+me\b"
        r"|\b(?:hope|pray|wish)\s+(?:that\s+)?you(?:'ll|\s+will|\s+would|\s+can|\s+could)?\s+"
        r"(?:\w+\s+)?(?:pick|choose|select|hire)\s+me\b|\bwhatever\s+it\s+takes\b"
        r"|\bwant\s+(?:this|it|the\s+(?:job|role|position))\s+(?:so\s+)?(?:badly|desperately|"
        r"more\s+than\s+anything)",
        NEED,
        Severity.WARNING,
    ),
    # Personal stakes.
    (
        "everything world much anything know say hope chance option shot lifeline options money "
        "savings do all lost save favour favor kindness life changing options choice alternatives "
        "alternative thing going",
        r"\b(?:means|would\s+mean|will\s+mean)\s+(?:absolutely\s+|literally\s+)?(?:everything|the"
        r"\s+world)\b|\b(?:would|will)\s+mean\s+(?:so\s+much|more\s+than\s+(?:anything|you\s+know|"
        r"words\s+can\s+say|I\s+can\s+say))\b"
        r"|\b(?:my|the|our)\s+(?:only|last|final|one)\s+(?:hope|chance|option|shot|lifeline)\b"
        r"|\bI(?:'m|\s+am)\s+(?:\w+\s+)?out\s+of\s+(?:options|money|savings)\b"
        rf"|\bI\s+{ADVERBS}(?:don't|do\s+not)\s+know\s+what\s+(?:I(?:'ll|\s+will|'d|\s+would)|to)"
        r"\s+do\b|\b(?:change|transform|save|turn\s+around)\s+my\s+(?:whole\s+)?life\b"
        r"|\blife[- ]changing\b"
        r"|\bno\s+(?:other\s+)?(?:options?|choice|alternatives?)\s+(?:left|anymore|at\s+this\s+point)"
        r"|\bonly\s+(?:option|choice|thing)\s+(?:I\s+have|left|keeping)\b|\bkeep(?:s|ing)\s+me\s+"
        r"going\b"
        r"|\b(?:it's|it\s+is|this\s+is|you're|you\s+are)\s+all\s+I\s+(?:have|'ve\s+got|have\s+"
        r"left)\b|\b(?:be|feel)\s+lost\s+without\b|\b(?:would|will|could)\s+(?:really\s+)?save"
        r"\s+me\b|\b(?:doing|do)\s+me\s+a\s+(?:\w+\s+)?(?:favou?r|kindness)\b",
        STAKES,
        Severity.WARNING,
    ),
    # Nowhere left to go: "I have nowhere else to turn", "every other company has turned me down".
    (
        "turn every each all everyone everybody",
        r"\b(?:nowhere|no\s*-?\s*where|nobody|no\s*-?\s*one)\s+(?:else\s+)?(?:left\s+)?to\s+turn\b"
        r"|\b(?:every|each|all\s+the)\s+(?:other\s+|single\s+)?(?:company|companies|employer|"
        r"employers|firm|firms|place|places|one|application|applications|job|jobs)\s+(?:(?:that\s+)?"
        r"I(?:'ve|\s+have)?\s+(?:applied|spoken|talked|interviewed|written)\s+(?:to|with)\s+)?"
        rf"(?:has|have|had)\s+(?:\w+\s+)?{REJECTED}"
        rf"|\b(?:everyone|everybody|all\s+the\s+others)\s+(?:else\s+)?(?:has|have|had)\s+"
        rf"(?:\w+\s+)?{REJECTED}",
        STAKES,
        Severity.WARNING,
    ),
    (
        "lose miss let pass blow hired find praying pray crossed pick choose select hire",
        r"\b(?:can't|cannot|can\s+not|couldn't|could\s+not|don't\s+want\s+to|do\s+not\s+want\s+to"
        r"|can't\s+bear\s+to)\s+(?:afford\s+to\s+)?(?:lose|miss(?:\s+out\s+on)?|let\s+go\s+of|"
        r"pass\s+up|blow)\s+(?:this|such\s+an?)\s+(?:\w+\s+)?(?:job|role|position|opportunity|"
        r"chance|offer)\b(?!\s+(?:to\s+(?:thank|say|tell|mention|add|share|follow)|without))"
        r"|\bneed\s+to\s+(?:get\s+hired|find\s+(?:a\s+job|work|employment))\b"
        r"|\b(?:I(?:'m|\s+am)\s+)?(?:praying|pray)\s+(?:that\s+|for\s+|you|I)"
        r"|\bfingers\s+crossed\b[^.!?\n]{0,20}?\b(?:me|I|my)\b"
        r"|\b(?:fingers\s+crossed|hope|hoping|pray|praying|wish|wishing)\b[^.!?\n]{0,30}?\byou"
        r"(?:'ll|\s+will|\s+would|\s+can|\s+could)?\s+(?:\w+\s+)?(?:pick|choose|select|hire)\s+me"
        r"\b",
        NEED,
        Severity.WARNING,
    ),
    (  # hardship, in the first person: "the carrier went bankrupt" is not about the candidate
        "financial money struggling broke bankrupt debt evict evicted eviction behind landlord "
        "creditors collectors collector lose losing tough hard difficult impossible struggl*",
        r"\b(?:my|our)\s+(?:financial|money)\s+(?:situation|difficult\w*|trouble|hardship|"
        r"struggl\w*|strain|pressure|stress|problems|worries)"
        r"|\b(?:in|facing|under|going\s+through)\s+(?:a\s+|some\s+)?(?:\w+\s+){0,2}?financial\s+"
        r"(?:difficult\w*|trouble|hardship|strain|crisis|situation|struggl\w*)"
        r"|\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:\w+\s+)?(?:struggling\s+financially|broke|"
        r"bankrupt|in\s+debt)\b"
        r"|\b(?:evict\s+me|being\s+evicted|I\s+was\s+evicted|an\s+eviction\s+notice|behind\s+on"
        r"\s+(?:my\s+)?(?:rent|bills|payments|mortgage))\b"
        r"|\bmy\s+(?:creditors|debt\s+collectors?)\b"
        r"|\bmy\s+landlord\s+(?:is\s+|has\s+)?(?:threaten\w*|evict\w*|chas\w*|demand\w*|"
        r"pressur\w*|on\s+my\s+back)"
        r"|\b(?:lose|losing)\s+my\s+(?:flat|home|house|apartment|place|car)\b"
        r"|\b(?:tough|hard|difficult|impossible|struggl\w*)\b[^.!?\n]{0,20}?\b(?:finding|to\s+find|"
        r"getting|to\s+get|landing|to\s+land)\s+(?:a\s+)?(?:work|job|jobs|employment|role)\b",
        STAKES,
        Severity.WARNING,
    ),
    (
        "unemployed work jobless jobs job jobhunting jobsearching hunting searching looking "
        "applied rejected turned application applications sent applying luck worked let laid "
        "redundant fired lost",
        r"\b(?:unemployed|out\s+of\s+work|jobless|between\s+jobs|without\s+(?:a\s+)?(?:job|work)|"
        r"job[- ]?hunting|job[- ]?searching|looking\s+for\s+(?:a\s+job|work)|searching\s+for\s+"
        r"(?:a\s+job|work)|out\s+of\s+a\s+job|applying(?:\s+for\s+(?:jobs|roles|work))?)\s+"
        r"(?:(?:for|since)\s+(?:(?:almost|nearly|over|more\s+than|about|so|such\s+a)\s+)?(?:\w+\s+)?"
        r"(?:months|years|a\s+year|a\s+long\s+time|ages|long|forever)\b|since\s+(?:last\s+)?\w+)"
        r"|\b(?:without\s+(?:any\s+)?luck|no\s+luck\s+(?:so\s+far|yet|since)|nothing\s+has\s+worked)\b"
        r"|\b(?:I|me|who)\b[^.!?\n]{0,30}?\b(?:let\s+go|laid\s+off|made\s+redundant|fired|lost\s+my"
        r"\s+job)\b[^.!?\n]{0,40}?\b(?:no\s+luck|nothing|hard|tough|struggl\w*|desperate|months|since)"
        r"|\bI(?:'ve|\s+have)\s+(?:\w+\s+)?(?:applied|been\s+rejected|been\s+turned\s+down|sent\s+"
        r"(?:out\s+)?applications?)\s+(?:to\s+|for\s+|by\s+|from\s+)?(?:over\s+|more\s+than\s+|"
        r"nearly\s+|almost\s+|about\s+|literally\s+)?(?:hundreds|dozens|countless|so\s+many|\d{2,}"
        r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred|two"
        r"\s+hundred|three\s+hundred)\w*)\b",
        STAKES,
        Severity.WARNING,
    ),
    (
        "family kids children rent bills mortgage debt debts loan loans savings devastated "
        "crushed heartbroken gutted destroyed lost devastate crush destroy break nobody one",
        r"\b(?:my|our)\s+(?:family|kids|children|rent|bills|mortgage|debts?|loans?|savings)\b"
        r"[^.!?\n]{0,30}?\b(?:depend|depends|depending|rely|relies|relying|counting|due|piling|"
        r"overdue|gone|running\s+out|need\s+me)\b"
        r"|\bI\s+have\s+(?:\w+\s+)?(?:bills|rent|debts|loans|a\s+mortgage|a\s+family|mouths)\s+to"
        r"\s+(?:pay|feed|support)\b"
        r"|\b(?:would|will|'d|'ll)\s+be\s+(?:\w+\s+)?(?:devastated|crushed|heartbroken|gutted|"
        r"destroyed|lost)\s+(?:if|to|without|not)\b"
        r"|\bwould\s+(?:devastate|crush|destroy|break)\s+me\b"
        r"|\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:will|would|wants\s+to|has|seems\s+to)\s+"
        r"(?:\w+\s+)?(?:hire|call|reply|answer|want|called|replied|answered|got\s+back)",
        STAKES,
        Severity.WARNING,
    ),
    # Anxiety about the outcome.
    (
        "inbox email mail emails phone voicemail messages notifications spam junk computer laptop "
        "screen think refreshed checked reloaded making makes",
        r"\bI(?:'ve|\s+have)?\s+(?:been\s+)?(?:\w+\s+)?(?:keep\s+|kept\s+)?(?:checking|refreshing"
        r"|watching|staring\s+at|glued\s+to|monitoring)\s+(?:my|the)\s+(?:inbox|email|e-mail|"
        r"emails|mail|phone|voicemail|messages|notifications|spam\s+folder|junk\s+folder)"
        r"|\bI\s+(?:\w+\s+)?(?:check|refresh)\s+my\s+(?:inbox|email|e-mail|emails|mail|phone|"
        r"voicemail|messages)\s+(?:every|constantly|all\s+the\s+time|hourly|non-?stop|"
        r"obsessively|again|\w+\s+times)"
        r"|\b(?:whenever|every\s+time|each\s+time)\s+(?:my|the)\s+(?:phone|inbox|email|mail)\b"
        r"|\b(?:refreshed|checked|reloaded)\s+my\s+(?:inbox|email|e-mail|emails|phone|mail)\b[^.!?\n]"
        r"{0,30}?\b(?:times|again|every|constantly|all\s+day|non-?stop)"
        r"|\bmak(?:es|ing)\s+me\s+(?:\w+\s+)?(?:anxious|nervous|stressed|worried|crazy|sick|panic\w*)"
        r"|\b(?:keep|kept)\s+(?:looking\s+at|staring\s+at|glancing\s+at|checking)\s+(?:my|the)\s+"
        r"(?:phone|inbox|email|e-mail|emails|mail|screen)\b"
        r"|\ball\s+I\s+(?:can|could)\s+think\s+(?:about|of)\b|\b(?:can't|cannot|can\s+not)\s+think"
        r"\s+(?:about|of)\s+anything\s+else\b"
        r"|\b(?:sitting|waiting|staying|be)\s+(?:\w+\s+)?by\s+(?:the|my)\s+(?:phone|inbox|"
        r"computer|laptop)\b",
        ANXIETY,
        Severity.WARNING,
    ),
    (
        "slept sleep eaten eat focus focused concentrate concentrated concentrates relax relaxed "
        "rested sleepless lost losing tossing stop stopped worrying obsessing fretting stressing "
        "panicking wondering replaying rethinking second guessing going reliving overthinking "
        "over",
        rf"\bI(?:'ve|\s+have)?\s+(?:\w+\s+)?{NEG}\s+(?:been\s+able\s+to\s+)?(?:slept|sleep|eaten|eat"
        rf"|focus(?:ed)?|concentrate[ds]?|relax(?:ed)?|rested)\b"
        rf"|\b(?:sleepless\s+nights?|lost\s+sleep|losing\s+sleep|tossing\s+and\s+turning)\b"
        rf"|\b{NEG}\s+stop(?:ped)?\s+(?:thinking|wondering|worrying|obsessing)\s+(?:about\s+)?"
        rf"(?:whether|if|how\s+(?:I|it|the\s+interview)|what\s+you|my\s+chances|the\s+(?:decision|"
        rf"outcome|result|verdict)|your\s+(?:decision|answer|reply)|hearing\s+back|getting\s+"
        rf"(?:it|the|this))"
        rf"|\bI(?:'ve|\s+have|'m|\s+am)?\s+(?:been\s+)?(?:\w+\s+)?(?:keep\s+|kept\s+)?(?:worrying|"
        rf"obsessing|fretting|stressing|panicking|wondering\s+whether|wondering\s+if)\b"
        rf"|\bI(?:'ve\s+been|'m|\s+(?:\w+\s+)?(?:keep|kept|have\s+been|am))\s+(?:replaying|rethinking|"
        rf"second-guessing|second\s+guessing|going\s+over|reliving|overthinking|over-thinking)\s+"
        rf"{MY_INTERVIEW}",
        ANXIETY,
        Severity.WARNING,
    ),
    (
        "anxious nervous stressed edge restless wreck frantic panicked panicking terrified "
        "jittery tenterhooks needles myself sick losing sleepless worried wait waiting suspense "
        "silence uncertainty knowing dying desperate itching burning aching counting anxiously "
        "nervously impatiently desperately breathlessly restlessly obsessively misery feels feel "
        "day hour minute straight viewed opened read looked seen linkedin careers portal profile "
        "status applicant views",
        r"\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been|\s+feel|\s+get|'m\s+getting|\s+am\s+getting)\s+"
        r"(?:(?:so|really|very|quite|a\s+bit|a\s+little|extremely|incredibly|terribly|pretty|super|"
        r"getting|increasingly|more\s+and\s+more|just)\s+)*(?:anxious|nervous|stressed|stressed\s+"
        r"out|on\s+edge|restless|a\s+nervous\s+wreck|a\s+wreck|frantic|panicked|panicking|"
        r"terrified|jittery|on\s+tenterhooks|on\s+pins\s+and\s+needles|beside\s+myself|worried\s+"
        r"sick|losing\s+sleep|sleepless|(?:so|really|very|increasingly|getting)\s+worried)\b"
        r"|\bthe\s+(?:wait|waiting|suspense|silence|uncertainty|not\s+knowing)\s+(?:is|has\s+been)"
        r"\s+(?:\w+\s+)?(?:killing|driving|eating|torture|torturing|unbearable|agony|agonising|"
        r"agonizing|excruciating|too\s+much|hard|difficult|tough|awful|terrible)"
        r"|\bI(?:'m|\s+am)\s+(?:\w+\s+)?(?:dying|desperate|itching|burning|aching)\s+to\s+(?:know"
        r"|hear|find\s+out|learn)"
        r"|\bcounting\s+(?:down\s+)?(?:the\s+)?(?:days|hours|minutes|seconds)\b"
        r"|\b(?:anxiously|nervously|impatiently|desperately|breathlessly|restlessly|obsessively)\s+"
        r"(?:await|awaiting|wait|waiting|checking|check|refreshing|hoping|watching)"
        r"|\b(?:stop|end)\s+(?:the\s+)?waiting\b|\bout\s+of\s+my\s+misery\b"
        r"|\bfeels?\s+like\s+(?:forever|an\s+eternity|ages|years|a\s+lifetime)\b"
        r"|\b(?:every|each)\s+(?:day|hour|minute)\s+(?:without(?!\s+fail)|of\s+waiting|waiting)\b"
        r"|\bcan't\s+(?:think|see)\s+straight\b"
        r"|\b(?:see|check|know)\s+(?:if|whether)\s+you(?:'ve|\s+have)?\s+(?:viewed|opened|read|"
        r"looked\s+at|seen)\s+my\b"
        r"|\b(?:checking|refreshing|watching)\s+(?:your\s+(?:linkedin|careers\s+page|portal)|(?:my|"
        r"the)\s+(?:application\s+status|applicant\s+portal|careers\s+page)|linkedin|(?:my|the)\s+"
        r"profile\s+views)",
        ANXIETY,
        Severity.WARNING,
    ),
    (
        "terrified scared afraid worried convinced",
        r"\bI(?:'m|\s+am)\s+(?:\w+\s+)?(?:terrified|scared|afraid|worried|convinced)\s+(?:that\s+)?"
        r"I\s+(?:\w+\s+)?(?:said|did|made|blew|messed|ruined|bombed|gave|came\s+across|sounded|"
        r"didn't|did\s+not|wasn't|was\s+not|forgot|failed)\b",
        ANXIETY,
        Severity.WARNING,
    ),
    # Apologising for writing at all (info; warning when intensified or repeated).
    (
        "sorry apologies apologise apologize apologised apologized forgive pardon excuse",
        rf"\b(?:(?:I(?:'m|\s+am)\s+)?(?:{STRONGLY}\s+)?sorry(?!\s+to\s+(?:hear|learn|see|read))"
        rf"|(?:my\s+)?apologies|I\s+(?:\w+\s+)?"
        rf"apologi[sz]e|forgive\s+me|pardon\s+me|excuse\s+me)\b(?:\s+(?:again|once\s+again|in\s+"
        rf"advance|yet\s+again))?[^.!?\n]{{0,30}}?\b{NUISANCE}"
        rf"(?:\s+(?:you|your\s+team))?(?:\s+(?:again|once\s+more|yet\s+again|so\s+often|so\s+"
        rf"much|all\s+the\s+time))?\b",
        APOLOGY,
        Severity.INFO,
    ),
    (
        "hate want mean hope sorry forgive apologies pardon excuse keep",
        r"\bI\s+(?:hate|don't\s+want|do\s+not\s+want|didn't\s+want|did\s+not\s+want|don't\s+mean|"
        r"do\s+not\s+mean|didn't\s+mean|did\s+not\s+mean|wouldn't\s+want|would\s+not\s+want)\s+to"
        r"\s+(?:\w+\s+)?(?:bother|pester|bug|nag|annoy|trouble|disturb|intrude|impose|hassle|spam|"
        r"flood|be\s+(?:a\s+|too\s+)?(?:pest|nuisance|bother|pain|burden|pushy|annoying)|take\s+"
        r"up\s+(?:more\s+of\s+)?your\s+time|keep\s+(?:emailing|writing|bothering|asking))"
        r"|\bI\s+(?:\w+\s+)?hope\s+(?:that\s+)?(?:I(?:'m|\s+am)\s+not|this\s+(?:is\s+not|isn't)|"
        r"it(?:'s|\s+is)\s+not|I\s+(?:haven't|have\s+not)\s+been|I\s+(?:wasn't|was\s+not))\s+"
        r"(?:being\s+|coming\s+across\s+as\s+)?(?:a\s+|too\s+)?(?:bother\w*|pester\w*|pest|nuisance"
        r"|annoy\w*|intrud\w*|much|impos\w*|disturb\w*|pushy|burden|overstepping|forward|bugging)"
        r"|\b(?:sorry|forgive\s+me|apologies|pardon\s+me|excuse\s+me)\s+if\s+(?:this|my|I|it)\b"
        r"[^.!?\n]{0,30}?\b(?:too\s+(?:much|long|forward|pushy|direct|many|often)|a\s+(?:bother"
        r"|nuisance|pest|burden)|bother\w*|annoy\w*|intrud\w*|overstep\w*|out\s+of\s+line|"
        r"presumptuous)"
        r"|\bI\s+(?:know\s+)?(?:that\s+)?I\s+keep\s+(?:writing|emailing|e-mailing|messaging|"
        r"calling|bothering|pestering|asking|following\s+up)"
        r"|\b(?:forgive|excuse|pardon)\s+(?:me\s+for\s+|my\s+|the\s+)(?:persistence|intrusion|"
        r"impatience|writing\s+again|repeated|bothering|pestering|many\s+emails|so\s+many)",
        APOLOGY,
        Severity.INFO,
    ),
    # Running oneself down.
    (
        "not no never don't dont wasn't wasnt didn't didnt",
        r"\b(?:I\s+(?:know|realise|realize|understand|suspect|feel|fear|worry|guess|think)|I(?:'m|"
        r"\s+am)\s+(?:aware|afraid|sure))\s+(?:that\s+)?(?:I(?:'m|\s+am)|I\s+(?:may|might)\s+not"
        r"\s+be)\s+(?:\w+\s+){0,2}?(?:not|no|never)\s+(?:\w+\s+){0,2}?(?:what|the|your|a|an|as|"
        r"very|that|qualified|experienced|good|strong|right|ideal|perfect|enough|skilled|smart|"
        r"first|ready)\b"
        r"|\bI(?:'m|\s+am)\s+(?:probably|likely|possibly|perhaps|maybe)\s+not\s+(?:the|what|your|a"
        r"|as|very|qualified|experienced|good|strong|right|ideal|perfect|enough)\b"
        r"|\bI\s+(?:may|might|probably|likely|possibly|perhaps)\s+(?:not|don't|do\s+not|am\s+not|"
        r"wasn't|was\s+not|didn't)\s+(?:be\s+|seem\s+|look\s+|have\s+)?(?:the|your|as|a|an|very|"
        r"that|quite|exactly|what|good|strong|qualified|experienced|ideal|perfect|right|most|best|"
        r"strongest|enough)\b"
        r"|\bI(?:'m|\s+am)\s+not\s+(?:sure|certain|convinced)\s+(?:that\s+|if\s+|whether\s+)?I(?:'m|"
        r"\s+am|\s+was|\s+have|\s+did|\s+could|\s+can)\s+(?:\w+\s+)?(?:qualified|good|enough|the|"
        r"right|ready|capable|able|experienced|skilled|strong|well|okay|ok)\b",
        SELF_DOUBT,
        Severity.WARNING,
    ),
    (
        "impress impressed know realise realize lack don't dont experience qualifications skills "
        "years mess screw muck wish should messed screwed mucked fouled blew bombed "
        "botched fumbled flubbed butchered ruined tanked "
        "choked froze stumbled rambled babbled waffled stammered stuttered blanked blank rambling "
        "talked said overexplained explained over didn't didnt did answer answers performance "
        "presentation interview",
        r"\bI\s+(?:[\w']+\s+){0,2}?(?:mess(?:ed)?|screw(?:ed)?|muck(?:ed)?|fouled)\s+(?:it\s+|things\s+)?"
        r"up\b|\b(?:wish|if\s+only)\s+I\s+(?:had|'d)\s+(?:\w+\s+)?(?:better|more|differently|"
        r"prepared)\b|\bshould\s+have\s+(?:prepared|done|answered|practised|practiced)\s+(?:\w+\s+)?"
        r"(?:better|more)\b"
        r"|\bI\s+(?:\w+\s+){0,2}?(?:blew|bombed|botched|fumbled|flubbed|butchered|ruined|tanked|"
        r"choked\s+on|froze\s+on|stumbled\s+(?:over|through))\s+(?:it|the|that|my|this|some|most|"
        r"a\s+few|your)\b"
        r"|\bI\s+(?:\w+\s+){0,2}?(?:rambled|babbled|waffled|stammered|stuttered|blanked|went\s+"
        r"blank|froze\s+up|was\s+rambling|talked\s+too\s+much|said\s+too\s+much|over-?explained)\b"
        r"|\bI\s+(?:didn't|did\s+not|(?:don't|do\s+not)\s+think\s+I\s+did)\s+(?:do\s+|interview\s+|"
        r"perform\s+|present\s+|come\s+across\s+|express\s+myself\s+|explain\s+myself\s+)?"
        r"(?:\w+\s+)?(?:well|great|my\s+best|clearly)\b"
        r"|\bI\s+(?:\w+\s+)?(?:didn't|did\s+not|failed\s+to|(?:may|might)\s+not\s+have)\s+(?:really\s+)?"
        r"impress(?:ed)?\b"
        r"|\bI\s+(?:know|realise|realize)\s+(?:that\s+)?I\s+(?:don't|do\s+not|lack)\s+(?:have\s+)?"
        r"(?:much|enough|a\s+lot\s+of|the|any|many)\s+(?:\w+\s+)?(?:experience|qualifications|"
        r"skills|years)\b"
        r"|\bmy\s+(?:answers?|performance|presentation|interview)\s+(?:was|were|wasn't|weren't)\s+"
        r"(?:\w+\s+)?(?:weak|poor|terrible|bad|awful|a\s+mess|not\s+great|not\s+good|not\s+my\s+"
        r"best|my\s+worst)\b",
        SELF_DOUBT,
        Severity.WARNING,
    ),
    (
        "good great strong comfortable confident best terrible bad awful hopeless useless rubbish "
        "worst just only merely simply nervous flustered anxious awkward tongue nervy shaky "
        "jittery scattered unprepared rambling inarticulate place nerves nervousness",
        r"\bI(?:'m|\s+am)\s+(?:\w+\s+)?(?:not|never\s+been)\s+(?:very\s+|that\s+|so\s+|particularly"
        r"\s+|really\s+)?(?:good|great|strong|comfortable|confident|at\s+my\s+best)\s+(?:at|in|"
        r"during)\b"
        r"|\bI(?:'m|\s+am)\s+(?:\w+\s+)?(?:terrible|bad|awful|hopeless|useless|rubbish|the\s+"
        r"worst)\s+(?:at|in)\b"
        r"|\bI(?:'m|\s+am)\s+(?:just|only|merely|simply)\s+(?:a|an)\s+(?:\w+\s+)?(?:junior|"
        r"beginner|graduate|intern|student|nobody|newbie|novice|amateur|trainee)\b"
        rf"|\b(?:sorry|apologies|apologi[sz]e)\b[^.!?\n]{{0,25}}?\b(?:I\s+was|I\s+got|I\s+seemed|"
        rf"I\s+sounded|being|I'm|I\s+am|my)\s+(?:{STRONGLY}\s+|a\s+bit\s+|a\s+little\s+)?(?:"
        rf"{NERVES}|nerves|nervousness)\b"
        rf"|\bI\s+(?:was|got|felt|must\s+have\s+seemed|must\s+have\s+looked|probably\s+seemed|"
        rf"seemed)\s+{STRONGLY}\s+{NERVES}\b",
        SELF_DOUBT,
        Severity.WARNING,
    ),
    (
        "despite spite regardless forgive excuse overlook ignore look see pardon hope know "
        "realise realize aware admittedly admit",
        r"\b(?:despite|in\s+spite\s+of|regardless\s+of|forgive|excuse|overlook|ignore|look\s+past|"
        r"look\s+beyond|see\s+past|pardon)\s+(?:my|the)\s+(?:\w+\s+)?(?:lack|inexperience|limited|"
        r"weak|poor|nerves|nervousness|mistakes?|errors?|blunders?|rambling|shortcomings|gaps?|"
        r"flaws?|stumbles?)\b"
        r"|\b(?:look|see)\s+past\s+(?:that|it|this|my)\b"
        r"|\bI\s+(?:\w+\s+)?hope\s+(?:that\s+)?I\s+(?:did|didn't|did\s+not|was|wasn't|came\s+"
        r"across|performed|answered)\s+(?:\w+\s+)?(?:ok|okay|alright|all\s+right|well\s+enough|"
        r"enough|too\s+badly|badly|fine)\b"
        r"|\b(?:I\s+know|I\s+realise|I\s+realize|I'm\s+aware|I\s+am\s+aware|admittedly|I\s+admit)\s+"
        r"(?:that\s+)?my\s+(?:\w+\s+)?(?:experience|background|skills|knowledge|cv|resume|profile|"
        r"qualifications|answers?)\s+(?:is|are|was|were|may\s+be|might\s+be|seems?)\s+(?:\w+\s+)?"
        r"(?:limited|lacking|thin|weak|not|modest|short|poor|basic)\b",
        SELF_DOUBT,
        Severity.WARNING,
    ),
    (
        "better stronger smarter more someone other down fool embarrassed justice mess as most "
        "best strongest smartest brightest ideal perfect obvious enough",
        r"\b(?:better|stronger|smarter|more\s+(?:qualified|experienced|skilled|talented|suitable))"
        r"\s+(?:candidates?|people|applicants?|person|fits?)\s+than\s+(?:me|I|myself)\b"
        r"|\bthere\s+(?:are|were|must\s+be|will\s+be)\s+(?:(?:probably|surely|certainly|likely|"
        r"many|plenty\s+of|lots\s+of)\s+)*(?:better|stronger|smarter|more\s+\w+)\s+(?:candidates?"
        r"|people|applicants?)\b"
        r"|\b(?:found|met|interviewed|seen|picked|chosen|hired)\s+someone\s+(?:better|stronger|more"
        r"\s+(?:qualified|experienced|suitable))\b"
        r"|\bthe\s+other\s+(?:candidates|applicants)\s+(?:are|were|seem|seemed)\s+(?:probably\s+|"
        r"surely\s+)?(?:better|stronger|more)\b"
        r"|\bI(?:'m|\s+am)\s+(?:probably\s+|certainly\s+|definitely\s+|clearly\s+|just\s+)?not"
        r"\s+(?:as|so)\s+\w+\s+as\b"
        r"|\bI(?:'m|\s+am)\s+(?:probably\s+|certainly\s+|definitely\s+|clearly\s+)?not\s+(?:the"
        r"\s+)?(?:most|best|strongest|smartest|brightest|ideal|perfect|obvious)\s+(?:\w+\s+)?"
        r"(?:candidate|person|applicant|choice|fit|one|experienced|qualified)\b"
        r"|\b(?:I(?:'m|\s+am)|I\s+was)\s+(?:probably\s+|just\s+)?not\s+(?:\w+\s+)?(?:good|smart|"
        r"qualified|experienced|strong|skilled)\s+enough\b"
        r"|\b(?:let\s+(?:myself|you|the\s+panel|everyone)\s+down|made\s+a\s+fool\s+of\s+myself|"
        r"embarrassed\s+myself|didn't\s+do\s+myself\s+justice|did\s+not\s+do\s+myself\s+justice)"
        r"|\bI\s+was\s+(?:a\s+)?(?:complete\s+|total\s+|bit\s+of\s+a\s+|such\s+a\s+|an\s+"
        r"absolute\s+|a\s+nervous\s+|a\s+hot\s+)?mess\b",
        SELF_DOUBT,
        Severity.WARNING,
    ),
    # Pleading promises.
    (
        "regret disappointed sorry down disappoint promise swear anyone never complain",
        r"\byou\s+(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:\w+\s+)?(?:regret|be\s+"
        r"disappointed|be\s+sorry)\b"
        r"|\bI\s+(?:won't|will\s+not|promise\s+not\s+to|swear\s+I\s+won't|would\s+never|will\s+"
        r"never)\s+(?:let\s+you\s+down|disappoint\s+you|let\s+the\s+team\s+down)\b"
        r"|\bI\s+(?:promise|swear)\s+(?:you\s+)?(?:that\s+)?I(?:'ll|\s+will)\s+(?:work\s+harder|"
        r"never|not|do\s+anything|prove)|\bharder\s+than\s+anyone(?:\s+else)?\b"
        r"|\bI(?:'ll|\s+will)\s+never\s+(?:complain|say\s+no|ask\s+for)\b",
        PROMISE,
        Severity.WARNING,
    ),
]
DESPERATE = PhraseTable(_DESPERATE)

# --- informal: casual patterns beyond single words (the words are in tone.INFORMAL) --------------

# (pattern, what to write instead); the group "w", when present, is the part flagged.
_CASUAL: list[tuple[str, str, str, int]] = [
    # Laughter: haha, ha ha, hehe, lol, lolol, lmao, lmfao, rofl.
    (
        "ha haha* hehe* lol* lool* loll* llol* lmao* lmfao* rofl* lulz",
        r"(?<![\w'-])(?:(?:ha){2,}h?|ha(?:[ -]ha)+|(?:he){2,}h?|l+o+l+(?:o+l+)*|lmf?a+o+"
        r"|rofl(?:mao)?|lulz)(?![\w'-])",
        "",
        re.IGNORECASE,
    ),
    (
        "guys",
        r"\b(?:hi|hey|hello|thanks|thank\s+you|thx|cheers|bye|morning|evening|to\s+you)\s+"
        r"(?P<w>guys)\b|^[ \t]*(?P<w2>guys)\b",
        "",
        re.IGNORECASE | re.MULTILINE,
    ),
    (
        "stoked pumped psyched hyped amped jazzed",
        r"\b(?:I'm|I\s+am|I\s+was|we're|so|super|totally|really|pretty|very|all|feeling|felt|"
        r"feel)\s+(?:\w+\s+)?(?P<w>stoked|pumped|psyched|hyped|amped|jazzed)\b",
        "excited",
        re.IGNORECASE,
    ),
    (
        "cool",
        r"\b(?:so|pretty|super|really|very|way|totally|how|that's|that\s+is|that\s+was|sounds)\s+"
        r"cool\b(?![\w-])",
        "impressive",
        re.IGNORECASE,
    ),
    (
        "super",
        r"\b(?P<w>super)(?=\s+(?:fun|cool|excited|keen|happy|nice|interesting|impressed|helpful|"
        r"friendly|glad|grateful|thankful|easy|quick|great|exciting|interested|eager|pumped|"
        r"stoked|psyched|busy|kind|smart)\b)",
        "very",
        re.IGNORECASE,
    ),
    (
        "epic",
        r"\bepic\s+(?:news|day|tour|chat|time|interview|visit|meeting|view)\b|\b(?:so|totally|"
        r"pretty|that's|that\s+is|sounds|was)\s+epic\b",
        "",
        re.IGNORECASE,
    ),
    (
        "blast",
        r"\b(?:was|had|is|what)\s+(?P<w>a\s+(?:real\s+|total\s+|absolute\s+)?blast)\b",
        "a pleasure",
        re.IGNORECASE,
    ),
    (
        "ya",
        r"(?<![\w'-])(?:see|catch|talk\s+to|love|thank|bye)\s+ya\b|\bya\s+know\b",
        "",
        re.IGNORECASE,
    ),
    ("guys", r"\b(?:u|ya)\s+guys\b", "you", re.IGNORECASE),
    # Interjections that open a sentence: "Cool, ...", "Sweet!", "ok cool".
    (
        "cool sweet nice sure righto okey dokey alrighty whoa oops ugh meh phew yikes welp dang "
        "darn gosh geez jeez oh man k kk",
        r"(?:^|(?<=[.!?]))[ \t]*(?P<w>(?:ok(?:ay)?\s+)?(?:cool|sweet|nice\s+one|sure\s+thing|"
        r"righto|okey[- ]dokey|alrighty|whoa|oops|ugh|meh|phew|yikes|welp|dang|darn|gosh|geez|"
        r"jeez|oh\s+(?:man|boy|wow)|man|k|kk))"
        r"(?=\s*[,!?]|\s*$)|\b(?:ok|okay)\s+cool\b",
        "",
        re.IGNORECASE | re.MULTILINE,
    ),
    (
        "like",
        r"\b(?:I|he|she|we|they)\s+(?:was|were|'m|am)\s+(?:just\s+|literally\s+|totally\s+)?like"
        r"(?:\s*,|\s+(?:wow|omg|whoa|what|oh|no\s+way|yes|yeah|really)\b|\s*[\"“])",
        "",
        re.IGNORECASE,
    ),
    (
        "grab hang",
        r"\bgrab\s+(?:a\s+|some\s+)?(?:coffee|beer|drink|bite|lunch|pint)\b|\bhang\s+out\b",
        "",
        re.IGNORECASE,
    ),
    (
        "ta",
        r"\bta\s+(?:for|very\s+much|muchly)\b|^[ \t]*ta\b|\b(?:say|said)\s+ta\b"
        r"|\bta(?=\s*[!.]|\s*$)",
        "thank you",
        re.IGNORECASE | re.MULTILINE,
    ),
    ("af", r"(?<=\w)\s+af\b", "", 0),
    (
        "star legend rock rockstar gem champ lifesaver",
        r"\byou(?:'re|\s+are)\s+(?:a\s+|an\s+absolute\s+|such\s+a\s+)?(?:star|legend|rock\s*star|"
        r"gem|champ|lifesaver)\b|(?:^|,\s*)legend\s*[.!]",
        "",
        re.IGNORECASE | re.MULTILINE,
    ),
    (
        "sick smash smashed nail nailed crush crushed kill killed",
        r"\bsick\s+to\s+(?:see|watch|meet|hear)\b|\b(?:so|pretty|totally|super|proper)\s+sick\b"
        r"|\b(?:smash|nail|crush|kill)(?:ed|ing)?\s+it\b",
        "",
        re.IGNORECASE,
    ),
    (
        "chill",
        r"\b(?:so|pretty|super|really|very|totally|was|is|were|seems?|seemed|felt|feels)\s+chill\b",
        "relaxed",
        re.IGNORECASE,
    ),
    (
        "talk",
        r"(?:^|(?<=[,.!?]))[ \t]*talk\s+(?:soon|later)\s*[!.]?[ \t]*$",
        "",
        re.IGNORECASE | re.MULTILINE,
    ),
    ("cheers", r"\bcheers\b", "thank you", re.IGNORECASE),
    # Kisses and a slang word that is also an acronym in capitals (RAD).
    ("xx* xo* rad", r"(?<![\w-])(?:xx+|xo(?:xo)*)(?![\w-])|\brad\b", "", 0),
]
CASUAL_PATTERNS = LazyPatterns([(p, f) for _, p, _, f in _CASUAL])
# Stretched words ("sooo", "thaaanks", "yesss"); lowercase after the first letter, so acronyms
# never match. It has no anchor word, so a quick look for a tripled letter goes first.
STRETCHED = re.compile(r"\b[A-Za-z]?[a-z]*([aeiouyhsm])\1{2,}[a-z]*\b")
TRIPLED = re.compile(r"([aeiouyhsm])\1\1")
CASUAL_BETTER = [b for _, _, b, _ in _CASUAL]  # what to write instead
CASUAL_INDEX = Index([Anchors.parse(a) for a, _, _, _ in _CASUAL])
