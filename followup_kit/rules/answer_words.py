"""Word lists for telling an answer from an acknowledgement (rule `unanswered-concern`).

Data apart from logic: :mod:`followup_kit.rules.answers` reads these lists and holds no words.
"""

from __future__ import annotations

import re

__all__ = [
    "ALSO",
    "ARTICLES",
    "ASIDE",
    "AUXILIARIES",
    "BACK_REFERENCE",
    "CONTRAST",
    "COPULAS",
    "DEFERRAL",
    "FILLER_WORDS",
    "FRAME_WORDS",
    "FUNCTION_WORDS",
    "HYPOTHETICAL",
    "IRREGULAR",
    "MODALS",
    "MONTHS",
    "NEGATION",
    "NUMBER_WORDS",
    "PAST_IRREGULAR",
    "PIVOT",
    "REASSURANCE",
    "REPORTED",
    "SUBJECTS",
    "SUFFIXES",
    "SYNONYM_GROUPS",
    "THOUGHT_VERBS",
    "TRAIT_WORDS",
]

# Words that frame a concern rather than name its subject ("whether I have ever ...").
FRAME_WORDS = frozenset(
    """
    whether ever yet already previously prior enough able ability comfortable familiar
    worried worry worries concern concerns concerned unsure doubt doubts sure certain
    experience experienced background knowledge skill skills level handle handling deal
    dealing cope coping quickly quick kind sort much particular particularly used someone
    anyone somebody anybody lack lacking enough good well need needs needed require requires
    candidate candidates applicant limited little weak weaker poor basic seemed seems seem
    struggled struggle unclear shows showed contains mostly only hands-on never hasn't
    isn't wasn't doesn't didn't haven't cannot can't without ability comfort
    whether may might too worried worries concerned concern question answer answers
    solid proven track record exposure any hands use used using year years month months
    weeks
    """.split()
)

# What acknowledgements, offers and vague claims are made of: none of it is substance.
# "It was a fair question, and I would be happy to send a short example" holds only these.
FILLER_WORDS = frozenset(
    """
    asked asking question questions concern concerns concerned raise raised raising point
    points matter matters topic topics issue issues fair valid reasonable important
    interesting relevant good glad happy gladly welcome chance pleasure delighted keen eager
    willing ready confident sure certain believe hope trust feel understand understood
    appreciate realise realize reflect reflected consider considered wonder wondered since
    more further detail details detailed example examples depth length fully briefly
    clearly explain elaborate clarify expand walk show tell share send talk discuss go
    given give handle handled deal dealt tackle tackled approach address addressed thing
    things something anything everything way ways bit lot sort case situation similar
    before again here there future soon whenever anytime suit suits convenient call next
    continue follow reply respond short quick brief fuller clear clearer concrete honest
    honestly openly thought thinking mind remember recall note noted yes indeed absolutely
    definitely certainly course able capable comfortable familiar skills skill strong
    solid plenty extensive deep broad background knowledge experience area field domain
    ago always often usually also too happen happens happened gave promise promised
    later reach touch contact confirm moment meantime any try trying tried best put rest
    take takes seriously care cares deserve deserves everyone anyone everybody
    lots lot plenty loads heaps tons years many various several numerous countless whole
    always never ever generally general overall really truly very quite pretty regularly
    frequently routinely constantly occasionally sometimes daily
    """.split()
)

# Past verbs of thinking, feeling and vague coping: "I have given it more thought", "I have
# dealt with it before". Past offer verbs ("I walked each shift through it") are deeds.
THOUGHT_VERBS = frozenset(
    """
    thought considered reflected wondered asked raised given gave mentioned noticed realised
    realized understood liked hoped believed felt dealt handled tackled addressed approached
    coped tried wanted meant intended loved enjoyed adored liked admired dreamed dreamt
    valued preferred read watched heard seen wished longed learned learnt respected came
    come seemed appeared sounded agree agreed accept recognise recognize acknowledge
    acknowledged admit admitted hear realise realize hoping thinking considering planning
    meaning wondering
    """.split()
)

# Words people use to describe themselves without showing anything: a claim, not an answer.
TRAIT_WORDS = frozenset(
    """
    quick fast learner learn self-starter starter detail-oriented oriented passionate
    passion passions motivated dedicated reliable flexible adaptable patient calm natural
    person people-person hard hardworking hard-working fit afraid scared scare open
    fascinating fascinated impressive inspiring inspired exciting challenge challenges
    challenging thrive dynamic gift enthusiasm enthusiastic proactive organised organized
    curious eager strengths strength weakness team-player player positive energy committed
    serious genuinely truly strongly deeply interested excited thrilled delighted pleased
    honoured honored impressed amazed drawn devoted determined prepared willing keen
    overqualified qualified suited
    """.split()
)

# Close variants of one subject that candidates and interviewers use for each other, so a
# letter that answers in other words still counts. Kept to one sense each: 'move' is in the
# migration group and the relocation group, so 'migrate' and 'relocate' never meet.
SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "move migrate migration transfer switch shift transition convert conversion",
        "dashboard report reporting chart visualisation visualization",
        "source database warehouse platform system",
        "explain present presentation translate simplify clarify teach train coach "
        "communicate communication walk",
        "number figure data metric statistic stat kpi chart graph analytics",
        "people staff colleague coworker stakeholder audience user client customer manager "
        "supervisor driver business nontechnical non-technical",
        "lead leader leadership manage management supervise head mentor coach direct oversee",
        "start begin join available availability onboard",
        "notice resign resignation contract",
        "learn study course certification certificate practice upskill",
        "relocate relocation move commute travel based",
        "salary pay compensation package rate money",
        "deadline pressure stress workload tight busy overtime urgent",
        "conflict disagreement disagree dispute tension friction",
        "gap break pause sabbatical absence",
        "remote hybrid office onsite home",
        "visa permit sponsorship citizen citizenship residence",
        "english dutch german french spanish fluent fluency language",
        "weekend shift night hours overtime schedule rota",
        "sql query database",
        "excel spreadsheet sheet",
        "python script code coding programming",
        "forecast predict prediction projection",
        "automate automation script",
        "budget cost spend saving",
        "quality accuracy accurate error mistake check validate verify reconcile test",
        "customer client user",
    )
)

# Irregular forms that suffix stripping cannot bring back to their base.
IRREGULAR = {
    "led": "lead",
    "came": "come",
    "ran": "run",
    "built": "build",
    "taught": "teach",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "made": "make",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "met": "meet",
    "sold": "sell",
    "grew": "grow",
    "grown": "grow",
    "took": "take",
    "taken": "take",
    "went": "go",
    "gone": "go",
    "did": "do",
    "done": "do",
    "had": "have",
    "kept": "keep",
    "found": "find",
    "left": "leave",
    "chose": "choose",
    "chosen": "choose",
    "drove": "drive",
    "driven": "drive",
    "won": "win",
    "spent": "spend",
    "sent": "send",
    "understood": "understand",
    "held": "hold",
    "dealt": "deal",
    "thought": "think",
    "gave": "give",
    "given": "give",
    "got": "get",
    "gotten": "get",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "told": "tell",
    "said": "say",
    "learnt": "learn",
    "cut": "cut",
    "set": "set",
    "put": "put",
    "shut": "shut",
    "fed": "feed",
    "fought": "fight",
    "bought": "buy",
    "caught": "catch",
    "drew": "draw",
    "drawn": "draw",
    "rebuilt": "rebuild",
    "rewrote": "rewrite",
    "overtook": "overtake",
    "oversaw": "oversee",
    "undertook": "undertake",
}
PAST_IRREGULAR = frozenset(k for k in IRREGULAR if k not in ("cut", "set", "put", "shut"))

NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions dozen dozens half twice
    thrice doubled tripled halved percent
    """.split()
)
# "May" and "March" are left out: too often a verb at the start of a clause.
MONTHS = frozenset(
    "January February April June July August September October November December".split()
)

SUBJECTS = frozenset("i we".split())
# Between a subject and its verb: "I have already moved", "we then switched".
AUXILIARIES = frozenset(
    """
    have has had 've am 'm was were is are be been also still now then currently already
    usually often recently once just not never personally even really very did do does
    first later successfully
    """.split()
)
ARTICLES = frozenset("a an the one".split())
# Between a subject and its verb, these make a wish or an offer of what follows.
MODALS = frozenset("would could might will shall should can may must 'd 'll".split())
# A wish, an offer or a plan is not yet something the candidate did.
HYPOTHETICAL = re.compile(
    r"\b(would|could|might|will|shall|hope|wish|plan to|want to|like to|love to)\b|'d\b",
    re.IGNORECASE,
)
# A sentence that turns to another point is not the answer to the one before it: "Outside
# work I volunteer ...", "Besides, I won an award", "One thing I did not get to mention: ...".
PIVOT = re.compile(
    r"\b(?:instead(?! of)|besides|separately|on (?:a|another) (?:different|separate|lighter|"
    r"other) note|by the way|unrelated|one more thing|another thing|outside (?:of )?work|in my "
    r"(?:spare|free) time|what I can (?:say|tell you|offer)|(?:did not|didn't) (?:get to |have "
    r"the chance to |have time to )?mention)\b",
    re.IGNORECASE,
)
# A softer turn, that may still bring the answer when it names the concern: "I'd like to
# highlight that I closed the accounts early" is no answer about GAAP.
ASIDE = re.compile(
    r"\b(?:in addition|additionally|(?:I'?d|I would|let me) (?:also )?like to (?:highlight|"
    r"mention|point out|emphasi[sz]e|add|share|focus on)|(?:I'?d|I would) rather (?:highlight|"
    r"mention|focus on|talk about))\b",
    re.IGNORECASE,
)
# Offers to talk about it some other time: the letter was the time.
DEFERRAL = re.compile(
    r"\b(?:(?:happy|glad|keen|delighted|welcome the chance|love|like|open) to "
    r"(?:discuss|talk|chat|share|explain|go (?:over|through|into)|expand|elaborate|walk you|"
    r"tell you more|provide)|(?:discuss|talk about|explain|go into) (?:it|this|that|them)"
    r" (?:further|more|in (?:more )?(?:detail|depth|person))|next (?:round|stage|step|call|time"
    r")|when we (?:next )?(?:meet|speak|talk)|keep (?:talking|the conversation going)|over "
    r"coffee|later in the process|in person|as things (?:progress|develop|move)|whenever "
    r"(?:suits|is convenient)|(?:keep|will keep) you (?:updated|informed|posted))\b",
    re.IGNORECASE,
)
# Reassurance without facts: "I'm sure it won't be a problem", "I pick up new tools quickly".
REASSURANCE = re.compile(
    r"\b(?:I'?m|I am) (?:sure|confident|certain|positive)\b|\b(?:I'?m|I am) (?:very |really |"
    r"quite |perfectly )?(?:comfortable|familiar|at ease) with\b|won'?t be (?:a|an) (?:problem|"
    r"issue|obstacle)|\bwork (?:it |something |this )?out\b|(?:quick|fast) learner|get up to "
    r"speed|\b(?:pick(?:ed|s)? (?:\w+ ){0,3}?up|learn(?:ed|t|s)?|adapt(?:ed|s)?|settle(?:d)? "
    r"in|get used to)\b[^.;]{0,30}?\b(?:quickly|fast|easily|in no time)\b",
    re.IGNORECASE,
)
# In a concern, a clause that says something is missing ("not yet passed", "no licence").
NEGATION = re.compile(
    r"\b(?:no|not|never|without|lacks?|lacking|hasn'?t|haven'?t|isn'?t|yet|expired|lapsed|"
    r"missing|out of date)\b",
    re.IGNORECASE,
)
# "You asked whether I have ...": the question again, not its answer.
REPORTED = re.compile(
    r"^\W*(?:you|the panel|the team|she|he|they)\b[^.:;]{0,40}?\b(?:asked|wondered|mentioned|"
    r"raised|questioned|wanted to know|were (?:worried|concerned|unsure)|noted|pointed out|"
    r"flagged)\b",
    re.IGNORECASE,
)
# In a sentence that only follows the concern, these open a point of its own.
ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
# In a concern, the words after these name what the candidate has, not what worried the
# interviewer: "Only academic experience; no industry work", "(coming from retail)".
CONTRAST = re.compile(
    r"\b(?:only|mostly|mainly|largely|background (?:is |was )?in|coming from|comes from|"
    r"came from|used to|currently|instead of|rather than)\b",
    re.IGNORECASE,
)
# A sentence that points back at the one before: "I mention it because you asked ...".
BACK_REFERENCE = re.compile(
    r"^\W*(?:I mention (?:it|this|that)|(?:that|this|it)(?:'s| is| was)|that experience|"
    r"which is (?:why|how))\b",
    re.IGNORECASE,
)
COPULAS = frozenset("am 'm is are 're was were be been being".split())

SUFFIXES = (
    "ations",
    "ation",
    "itions",
    "ition",
    "ments",
    "ment",
    "ships",
    "ship",
    "ings",
    "ing",
    "ions",
    "ion",
    "ities",
    "ity",
    "ers",
    "er",
    "ies",
    "ied",
    "ed",
    "es",
    "ly",
    "s",
    "e",
)

# Function words: all a concern of everyday words drops ("whether I could let someone go").
FUNCTION_WORDS = frozenset(
    """
    the and for with that this from your you our their them they there here what when where
    which who whom why how whether about into onto than then have has had been being was were
    would could should will can may might must shall also just ever any some not
    """.split()
)
