"""Word patterns for the replies to an outcome (rules in :mod:`followup_kit.rules.replies`).

Data apart from logic: each list holds regular expressions (compiled case-insensitive by the
rules) with the message a finding gives. The patterns name general forms ("wasted my time",
"a waste of everyone's time", "I've wasted a week") rather than single phrases.
"""

from __future__ import annotations

__all__ = [
    "AMOUNT",
    "BITTERNESS",
    "BRIDGE_BURNING",
    "DATE",
    "DISPUTES",
    "FEEDBACK_TOPIC",
    "MONTH",
    "START_MONTH",
    "START_WORD",
    "THANKS_FOR",
    "TITLE_WORD",
    "ULTIMATUM",
    "VAGUE_ANSWER",
    "WEEKDAY",
    "WRITTEN_TERMS",
]

WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri)"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|twenty-four|forty-eight)"

# A day someone can put in a calendar: "Friday", "11 December", "Dec 11th", "11/12",
# "2026-12-11", "tomorrow", "the end of next week", "within three working days", "the 14th".
DATE = (
    rf"\b{WEEKDAY}\b(?!\s+(?:mornings|afternoons|evenings|nights)\b)"
    rf"|\b{_DAY}(?:\s+of)?\s+{MONTH}(?!\w)|\b{MONTH}\s+{_DAY}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\btomorrow\b|\b(?:the\s+)?end\s+of\s+(?:the|this|next)\s+(?:week|month)\b"
    rf"|\b(?:within|in)\s+(?:the\s+next\s+)?{_COUNT}\s+(?:working\s+|business\s+)?"
    r"(?:days?|hours?|weeks?)\b"
    r"|\b(?:by|on|before|until|till)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    rf"|\b(?:this|next|coming)\s+(?:week(?:end)?|{WEEKDAY})\b"
)

# Words that say when the job begins.
START_WORD = (
    r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|commenc\w*|first\s+(?:day|working\s+day)|join(?:ing)?"
    r"\s+(?:you|the\s+team|on))\b"
)
# "Starting in March" names a month without a day: vague, but a term all the same.
START_MONTH = rf"\b(?:in|from|early|mid|late|beginning\s+of|start\s+of|end\s+of)\s+{MONTH}(?!\w)"

# An amount of pay: "€4,300 a month", "$32 an hour", "58k", "EUR 58,000", "58,000 euros",
# "a salary of 58,000".
_CURRENCY = r"(?:[€$£¥₹]|\b(?:eur|usd|gbp|chf|cad|aud|sek|nok|dkk|pln|inr|jpy|nzd|zar)\b)"
AMOUNT = (
    rf"{_CURRENCY}\s?\d[\d,.\s]*(?:k\b|m\b)?"
    r"|\b\d[\d,.]*\s?k?\s?(?:euros?|dollars?|pounds?|francs?|kronor|krona|rupees?|zloty)\b"
    r"|\b\d[\d,.]*k\b"
    r"|\b\d[\d,.]*\s+(?:a|an|per)\s+(?:year|annum|month|hour|week|day)\b"
    r"|\b(?:salary|pay|wage|rate|compensation|package|base|remuneration)\b[^.\n]{0,30}?\d"
)
# The role itself, in words every acceptance uses to name it.
TITLE_WORD = r"\b(?:position|role|post|title|job|offer\s+(?:as|of)|vacancy)\b"
# Terms confirmed by the written document itself ("I have signed the contract you sent").
WRITTEN_TERMS = (
    r"\b(?:sign(?:ed|ing)?|attach(?:ed|ing)?|enclos(?:e|ed|ing)|return(?:ed|ing)?|countersign\w*)"
    r"\b[^.\n]{0,40}\b(?:contract|offer\s+letter|written\s+offer|agreement|terms)\b"
)

# Asking for time without an end: "I'll think about it", "get back to you soon".
VAGUE_ANSWER = (
    r"\b(?:think(?:ing)?\s+(?:about\s+it|it\s+over|things\s+over|on\s+it|about\s+(?:the|your)"
    r"\s+offer)|sleep\s+on\s+it|mull(?:ing)?\s+(?:it\s+)?over|weigh(?:ing)?\s+(?:it|things|my"
    r"\s+options)\s+up)\b"
    r"|\b(?:get|come|circle)\s+back\s+to\s+you\b"
    r"|\b(?:let\s+you\s+know|reply|respond|answer|decide)\s+(?:soon|shortly|later|in\s+due"
    r"\s+course|when\s+I\s+can|as\s+soon\s+as\s+I\s+can|before\s+long|at\s+some\s+point)\b"
    r"|\b(?:some|more|a\s+(?:little|bit\s+of|few)|a\s+couple\s+of|several|a\s+few\s+more)\s+"
    r"(?:time|days|weeks)\b"
)

# What feedback is about; a sentence naming it that is not a thank-you asks for it.
FEEDBACK_TOPIC = (
    r"\b(?:feedback|pointers?|tips|insights?|suggestions?|critique|advice|debrief)\b"
    r"|\bnotes\s+on\s+(?:my|the)\b"
    r"|\b(?:what|where|how)\s+(?:I\s+(?:could|can|might|should)|(?:could|can|might|should)\s+I)"
    r"\s+(?:have\s+)?(?:improve\w*|do\s+"
    r"better|done\s+better|done\s+differently|grow|develop|strengthen)\b"
    r"|\b(?:areas?|ways?)\s+(?:to|for|where\s+I\s+(?:could|can|might))\s+improv\w*\b"
    r"|\b(?:what|which)\s+(?:areas?|skills?|parts?|things?)\s+(?:should|could|do|might|can)\s+I"
    r"\s+(?:improve|work\s+on|develop|strengthen|brush\s+up)\b"
    r"|\bwhy\s+I\s+(?:was|wasn't|was\s+not)\s+(?:not\s+)?(?:selected|chosen|successful|hired)\b"
    r"|\b(?:where|how|why)\s+(?:did\s+)?I\s+(?:fell|fall|came|come)\s+(?:up\s+)?short\b"
    r"|\bwhat\s+held\s+me\s+back\b"
)
# "Thank you for the feedback" thanks for it; it does not ask.
THANKS_FOR = r"^\W*(?:thank|thanks|many\s+thanks|I\s+(?:really\s+)?appreciated)\b"

# Bitterness or blame about the decision or the process: (pattern, message).
BITTERNESS = [
    (
        r"\b(?:un(?:fair|just)(?:ly)?|rigged|biased|a\s+(?:joke|farce|sham|travesty)"
        r"|outrageous|disgrace(?:ful)?|shameful|pathetic|ridiculous|absurd|an?\s+insult)\b",
        "calling the decision unfair or absurd closes the door; thank them and keep it warm",
    ),
    (
        r"\b(?:a|such\s+a|total|complete|huge|big|utter)\s+(?:\w+\s+)?waste\s+of\s+"
        r"(?:[\w']+\s+){0,2}?(?:time|effort|energy|days?|weeks?)\b"
        r"|\bwast(?:ed|ing)\s+(?:(?:so\s+much|a\s+lot|all|most|half)\s+of\s+)?(?:my|our|all"
        r"\s+(?:that|this)|(?:a|an|the|one|two|three|four|five|several|whole|entire|\w+)\s+"
        r"(?:whole\s+|entire\s+)?(?:days?|weeks?|months?|weekends?|evenings?|afternoons?|hours?"
        r"|mornings?))\b"
        r"|\b(?:was|were|is|it's|all|been)\s+(?:all\s+)?for\s+nothing\b"
        r"|\b(?:all|was|were|been|just|simply|only)\s+(?:\w+\s+)?wasted\s+(?:effort|energy|time"
        r"|hours|days)\b",
        "saying your time was wasted reads as blame; thank them for theirs instead",
    ),
    (
        r"\b(?:it(?:'s|\s+is|\s+was)|that(?:'s|\s+is)|this\s+is|will\s+be|(?:is|was)\s+entirely)"
        r"\s+(?:really\s+|truly\s+|definitely\s+)?your\s+loss\b(?!\s+prevention)"
        r"|\byou(?:'ll|\s+will|\s+may|\s+might)\s+(?:come\s+to\s+|live\s+to\s+)?(?:regret|be\s+"
        r"sorry)"
        r"|\byou(?:'re|\s+are|\s+have|'ve)\s+(?:making|made|about\s+to\s+make)\s+a\s+(?:\w+\s+)?"
        r"(?:mistake|error)\b"
        r"|\byou(?:'ll|\s+will|\s+have|'ve|\s+are|'re)?\s+(?:miss(?:ed|ing)?|going\s+to\s+miss)"
        r"\s+out\b"
        r"|\byou(?:'ve|\s+have)?\s+(?:just\s+)?lost\s+(?:out\s+on\s+)?(?:a|an|someone|the\s+best)\b"
        r"|\bthanks\s+for\s+nothing\b",
        "telling them they will regret it burns the bridge; wish them well instead",
    ),
    (
        r"\bI\s+(?:really\s+|truly\s+|clearly\s+|surely\s+|certainly\s+)?(?:deserved?|earned"
        r"|had\s+earned)\s+(?:this|that|the|an?|my|your)\s+(?:\w+\s+)?(?:job|role|position|offer"
        r"|place|chance|spot|post|opportunity)\b"
        r"|\bI\s+(?:really\s+|truly\s+|clearly\s+|surely\s+)?deserved?\s+(?:it|better|more|this|"
        r"that|to\s+(?:get|win|have)\s+(?:this|that|the|it))\b"
        r"|\bI\s+should\s+have\s+(?:got(?:ten)?|been\s+(?:given|offered|chosen|picked|hired"
        r"|selected))\b"
        r"|\bI(?:\s+was|\s+am|'m)\s+(?:clearly|obviously|easily|by\s+far|surely)\s+(?:the|a|more|"
        r"better)\b"
        r"|\b(?:more\s+qualified|better\s+qualified|overqualified)\s+than\b",
        "claiming you deserved the job argues with them; say what you would like next instead",
    ),
    (
        r"\b(?:never|not)\s+(?:given|got|had)\s+a\s+(?:fair|real|proper|genuine)\s+"
        r"(?:chance|shot|hearing)\b"
        r"|\b(?:decided|chosen|picked|settled|made)\s+(?:\w+\s+)?before\s+I\s+(?:\w+\s+)?"
        r"(?:applied|arrived|interviewed|walked|came|had|was)\b"
        r"|\b(?:nobody|no\s+one|you\s+(?:\w+\s+)?(?:never|didn't|did\s+not))\s+(?:even\s+)?"
        r"(?:listened|bothered|read|looked\s+at|gave\s+me)\b"
        r"|\b(?:kept|left)\s+(?:me\s+)?(?:waiting|hanging|in\s+the\s+dark)\b|\bghost(?:ed|ing)\b"
        r"|\b(?:already|always)\s+(?:had|knew|picked|chose|decided\s+on)\s+(?:someone|who|an"
        r"\s+internal)\b|\bpre-?(?:determined|decided|selected)\b"
        r"|\bmade\s+up\s+(?:your|their)\s+minds?\s+before\b",
        "blaming how they ran the process reads as bitter; keep to thanks and the future",
    ),
]

# Arguing with their decision: (pattern, message).
DISPUTES = [
    (
        r"\b(?:re-?consider(?:ing|ed)?|revisit(?:ing)?|rethink(?:ing)?|re-?evaluat\w+|review)\s+"
        r"(?:your|the|this|that|their)\s+(?:decision|choice|verdict|assessment|outcome)\b"
        r"|\b(?:please|kindly|could\s+you|would\s+you|I(?:'d|\s+would)?\s+(?:\w+\s+)?(?:ask|urge|beg|implore|encourage)\s+you\s+to|I\s+hope"
        r"\s+you(?:'ll|\s+will|\s+might|\s+can))\s+(?:(?:please|kindly|perhaps)\s+)?"
        r"re-?consider\b"
        r"|\bchange\s+(?:your|their)\s+minds?\b"
        r"|\b(?:think\s+again\s+about|take\s+(?:another|a\s+second)\s+look\s+at|look\s+again\s+at)"
        r"\s+(?:my\s+(?:application|candidacy|profile|case)|(?:the|your|this)\s+decision|me)\b",
        "asking them to reconsider puts them on the spot; accept it and ask to be kept in mind",
    ),
    (
        r"\bI\s+(?:\w+\s+)?disagree(?:\s+with\s+(?:you|your|the|this|that|their|it|how)\b|\s*[.,;!])"
        r"|\bI\s+(?:\w+\s+)?(?:dispute|contest|challenge|object\s+to|cannot\s+accept|"
        r"can't\s+accept|do\s+not\s+accept|don't\s+accept|reject)\b"
        r"|\b(?:appeal|challenge|contest|dispute|protest)\s+(?:against\s+)?(?:the|this|your)\s+"
        r"(?:decision|outcome|result|rejection)\b"
        r"|\b(?:are|were)\s+you\s+(?:sure|certain|confident)\s+(?:that\s+)?(?:the|this|your|you)\b",
        "disputing the decision will not change it and closes the door; thank them instead",
    ),
    (
        r"\b(?:the\s+)?wrong\s+(?:decision|choice|call|candidate|person)\b"
        r"|\b(?:you|the\s+(?:panel|team|committee))\s+(?:have\s+|has\s+)?"
        r"(?:misjudged|underestimated|overlooked|misread|misunderstood)\s+(?:me|my)\b"
        r"|\bI\s+(?:do\s+not|don't|cannot|can't|fail\s+to|still\s+don't|still\s+do\s+not)\s+"
        r"(?:understand|see|accept)\s+(?:how|the\s+(?:decision|reasoning|logic)|your\s+"
        r"(?:decision|reasoning|logic))\b",
        "telling them they got it wrong argues with the decision; leave it with thanks",
    ),
    (
        r"\bI\s+(?:meet|met|exceed(?:ed)?|fulfil+(?:ed)?|match(?:ed)?|tick(?:ed)?|check(?:ed)?)"
        r"\s+(?:all|every|each|most)\s+(?:(?:one\s+|single\s+)?of\s+)?(?:the\s+|your\s+)?(?:\w+\s+)?"
        r"(?:requirements?|"
        r"criteri\w*|"
        r"boxe?s?|qualifications?)\b"
        r"|\bI(?:\s+was|\s+am|'m)\s+(?:fully\s+|more\s+than\s+|perfectly\s+|clearly\s+|well\s+|highly"
        r"\s+|very\s+)?(?:qualified\s+(?:for|to\s+do)\s+(?:this|the|that)\b|the\s+right\s+"
        r"(?:person|fit|candidate)\b|the\s+(?:best|strongest|ideal)\s+(?:candidate|fit|person"
        r"|choice)\b)",
        "re-arguing your qualifications after the decision reads as a complaint; ask to be "
        "considered for future roles instead",
    ),
    (
        r"\b(?:give|grant|offer)\s+me\s+(?:another|a\s+second|one\s+more)\s+(?:chance|interview|"
        r"try|shot|look)\b|\b(?:another|a\s+second|one\s+more|a\s+new)\s+(?:interview|round|"
        r"hearing)\b|\blet\s+me\s+prove\b|\bon\s+what\s+(?:basis|grounds)\b"
        r"|\bjustify\s+(?:the|this|your)\s+(?:decision|choice)\b",
        "asking for another chance right away argues with the decision; ask to be considered "
        "for future roles instead",
    ),
]

# What a threat in answer to an offer promises: to take another offer, or to walk away.
_THREAT = (
    r"(?:have\s+to\s+)?(?:(?:accept|take|go\s+with|sign\s+with|choose)\s+(?:the\s+other|another|"
    r"their|the\s+competing|a\s+competing|an?\s+(?:other|different)|the\s+(?:\w+\s+)?(?:offer|role"
    r"|position|job)\s+(?:at|from|with)|elsewhere)|decline|withdraw|walk(?:\s+away)?|turn\s+(?:\w+"
    r"\s+){0,2}?down|look\s+elsewhere|move\s+on|pursue\s+other|(?:accept|take)\s+(?:\w+\s+){0,3}?elsewhere)\b"
)
_I_WILL = r"I(?:'ll|\s+will|\s+shall|\s+must|\s+am\s+going\s+to|'m\s+going\s+to|\s+have\s+to)"

# An ultimatum in answer to an offer: (pattern, message).
ULTIMATUM = [
    (
        r"\bunless\s+you\s+(?:can\s+|could\s+|are\s+able\s+to\s+|agree\s+to\s+)?(?:match|beat|raise"
        r"|increase|improve|meet|offer|pay|give|add|change|top|better|move|up)\b"
        rf"|\b{_I_WILL}\s+{_THREAT}[^.!?\n]{{0,60}}?\bunless\b"
        rf"|\bif\b[^.!?\n]{{0,100}}?,?\s*{_I_WILL}\s+{_THREAT}"
        rf"|\botherwise,?\s+{_I_WILL}\s+{_THREAT}"
        rf"|\bor\s+(?:else\s+)?{_I_WILL}\s+{_THREAT}"
        r"|\beither\s+you\b[^.!?\n]{0,80}?\bor\s+I\b"
        r"|\beither\b[^.!?\n]{0,80}?\bor\s+(?:else\s+)?I(?:'ll|\s+will)?\s+(?:walk|go|leave|take|"
        r"accept|sign|decline|withdraw)\b",
        "a condition with a threat ('unless you..., I will...') is an ultimatum; ask a question "
        "instead ('Is there room to...?')",
    ),
    (
        r"\btake\s+it\s+or\s+leave\s+it\b|\bnon-?negotiable\b|\bnot\s+negotiable\b"
        r"|\b(?:this|that)\s+is\s+my\s+(?:final|last|bottom)\s+(?:offer|word|answer|line)\b"
        r"|\bmy\s+bottom\s+line\b|\blast\s+chance\s+(?:for\s+you|to)\b"
        r"|\bI\s+(?:won't|will\s+not|cannot|can't|can\s+not|refuse\s+to)\s+accept\s+(?:anything|"
        r"any\s+(?:offer|salary)|less|a\s+(?:salary|package|number)|an\s+offer)\s+(?:below|under"
        r"|less\s+than|lower\s+than|short\s+of)\b",
        "'take it or leave it' ends a negotiation; say what you hope for and ask if it is possible",
    ),
    (
        r"\byou\s+have\s+(?:until|till|only)\b|\byou\s+have\s+\S+\s+(?:days?|hours?)\s+to\b"
        r"|\b(?:my|the|your)\s+deadline\s+(?:for\s+you\s+)?is\b"
        r"|\bmy\s+(?:answer|acceptance|interest|availability)\s+(?:expires|lapses|stands\s+only)\b"
        r"|\bI\s+(?:need|must\s+have|require|expect)\s+(?:you\s+to\s+)?(?:confirm|match|raise|"
        r"improve|increase|agree|respond|answer|decide)\w*(?:\s+[^\s.!?]+){0,6}?\s+(?:by|before|"
        r"within|today|tomorrow|immediately)\b"
        r"|\byou\s+(?:need\s+to|have\s+to|must|will\s+need\s+to|will\s+have\s+to|should)\s+"
        r"(?:match|beat|raise|improve|"
        r"increase|top|better|decide|confirm|agree)\b",
        "a deadline set for the employer reads as an ultimatum; ask for the date you need "
        "instead ('Could I give you my answer by Friday?')",
    ),
    (
        r"\b(?:match|beat|top)\s+(?:it|this|that|their\s+(?:offer|number|salary)|the\s+other\s+"
        r"(?:offer|one)|what\s+they)\b[^.!?\n]{0,40}?,?\s+or\s+(?:else\b|I\b|I'll\b)",
        "asking them to match another offer 'or else' is an ultimatum; ask whether there is "
        "room to move instead",
    ),
]

# Criticism of the company, its people, its offer or its process: (pattern, message).
_THEIRS = (
    r"(?:your|the|their|this|that)\s+(?:\w+\s+)?(?:offer|salary|pay|package|compensation|"
    r"benefits|culture|process|team|office|offices|management|managers?|company|interviewers?|"
    r"interviews?|recruit(?:ment|ing|er|ers)|hr|organi[sz]ation|leadership|tools|technology|"
    r"tech\s+stack|stack|location|hours|pay\s+scale|contract|terms|people|staff|colleagues|"
    r"workplace|environment|business|product|department|panel|budget)"
    r"(?:\s+(?:band|range|level|scale|structure|policy|policies|rate|offer))?"
)
_NEGATIVE = (
    r"(?:too\s+low|low|insulting|disappointing|underwhelming|poor|bad|terrible|"
    r"awful|chaotic|disorgani[sz]ed|unprofessional|toxic|outdated|old-fashioned|behind\s+the\s+"
    r"times|below\s+(?:the\s+)?market|not\s+competitive|uncompetitive|a\s+joke|laughable|"
    r"mediocre|weak|messy|rude|painful|a\s+mess|stingy|cheap|inadequate|unimpressive|dated|"
    r"dull|boring|unclear|confusing|dysfunctional|hostile|arrogant|dismissive|condescending|"
    r"unprepared|uninterested|disinterested|amateurish|sloppy|unreasonable|exploitative|"
    r"miserable|depressing|dreadful|shoddy|second-rate|backward|clueless|incompetent|cold|"
    r"unwelcoming|unfriendly|unhelpful|dreary|drab|gloomy|stuffy|soulless|bleak|"
    r"not\s+(?:very\s+|at\s+all\s+)?(?:good|impressive|"
    r"professional|organi[sz]ed|serious|competitive|appealing|attractive|welcoming|friendly|"
    r"helpful|clear))"
)
_BE = (
    r"(?:is|was|are|were|seems?|seemed|felt|feels|looks?|looked|appeared|came\s+across\s+as"
    r"|sounds?|sounded"
    r"|(?:seemed|seems|appeared|felt)\s+(?:to\s+be|like))"
)
_SOFT = (
    r"(?:\s+(?:frankly|honestly|quite|rather|very|simply|just|far|way|really|clearly|a\s+bit"
    r"|somewhat|pretty|so|a\s+little|far\s+too|much\s+too|too|rather\s+too|all|well))*"
)
# "the salary you offered", "the people I met": what they said or did, before the verdict.
_WHO = (
    r"(?:\s+(?:that\s+|which\s+|whom?\s+)?(?:you|they|we|I|(?:your|their|the)\s+\w+)\s+\w+"
    r"(?:\s+(?:me|us|to\s+me|with|to|together|up|out|for\s+me))?)?"
)
BRIDGE_BURNING = [
    (
        rf"\b{_THEIRS}{_WHO}\s+{_BE}{_SOFT}\s+{_NEGATIVE}\b"
        rf"|\b(?:found|thought|considered|felt)\s+{_THEIRS}(?:\s+to\s+be)?{_SOFT}\s+{_NEGATIVE}\b",
        "criticising them in a decline burns the bridge; thank them and leave the reasons out",
    ),
    (
        rf"\b(?:a|an)\s+{_NEGATIVE}\s+(?:offer|salary|package|process|culture|company|team|"
        r"interview|experience|place\s+to\s+work|workplace|employer)\b"
        r"|\blow-?ball(?:ed|ing)?\b|\b(?:red\s+flags?|warning\s+signs?)\b",
        "naming what is wrong with their offer or company burns the bridge; a plain, warm "
        "no is enough",
    ),
    (
        r"\b(?:a|an)\s+(?:much\s+|far\s+)?(?:better|more\s+(?:serious|professional|respected|"
        r"reputable|competent|organi[sz]ed|modern|exciting))\s+(?:company|employer|place|team|"
        r"organi[sz]ation|business|firm)\b",
        "comparing them with a better company belittles them; say you accepted another role, "
        "or nothing",
    ),
    (
        r"\b(?:I\s+was|I\s+am|I'm|I\s+wasn't|I\s+was\s+not|I\s+felt)\s+(?:\w+\s+)?(?:unimpressed|not\s+"
        r"impressed|disappointed|put\s+off|turned\s+off|shocked|appalled|dismayed)\s+(?:by|with|"
        rf"at|in)\s+(?:{_THEIRS}|how\s+(?:you|your|the|they|little|badly|poorly|slowly|late))\b"
        r"|\b(?:turned|put)\s+me\s+off\b"
        r"|\b(?:does|do|did)\s*(?:n't|\s+not)\s+(?:seem\s+to\s+|appear\s+to\s+)?(?:value|respect|"
        r"care\s+about|treat\s+\w+\s+well)\s+(?:its|their|your|the)\s+(?:people|staff|employees|"
        r"candidates|workers|team)\b"
        r"|\bI\s+(?:could|can|would)\s*(?:n't|not|\s+not|\s+never)\s+(?:see\s+myself\s+)?"
        r"work(?:ing)?\s+(?:for|at|in|with)\s+(?:(?:a|an|such\s+an?|this|that)\s+(?:\w+\s+)?"
        r"(?:company|place|environment|culture|team|firm|business|atmosphere|organi[sz]ation)|such"
        r"|people|your|them|you)\b",
        "telling them what put you off burns the bridge; decline warmly without reasons",
    ),
]
