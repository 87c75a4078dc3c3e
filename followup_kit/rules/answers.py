"""Does a letter answer a concern? Key terms, their close variants, and substance.

A concern is answered when one sentence of the letter is about it (it shares the concern's key
terms, as written or in a close variant: 'migrated' for 'moved', 'reports' for 'dashboards') and
says something of substance: a number or date, or what the candidate did, in words the concern
did not already hold. "You asked about X. I have thought about it since." names X and says
nothing; "I moved 40 dashboards to Snowflake in 2024." answers it. A sentence right after one
that names the concern may answer it without repeating its terms ("Yes: I did it twice.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from .base import Text
from .words import COMMON_WORDS

__all__ = ["Assessment", "assess", "key_terms", "root"]

# Words that frame a concern rather than name its subject ("whether I have ever ...").
FRAME_WORDS = frozenset(
    """
    whether ever yet already previously prior enough able ability comfortable familiar
    worried worry worries concern concerns concerned unsure doubt doubts sure certain
    experience experienced background knowledge skill skills level handle handling deal
    dealing cope coping quickly quick kind sort much particular particularly used someone
    anyone somebody anybody lack lacking enough good well need needs needed require requires
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
    take takes seriously care cares caring deserve deserves everyone anyone everybody
    """.split()
)

# Past verbs of thinking, feeling and vague coping: "I have given it more thought", "I have
# dealt with it before". Past offer verbs ("I walked each shift through it") are deeds.
THOUGHT_VERBS = frozenset(
    """
    thought considered reflected wondered asked raised given gave mentioned noticed realised
    realized understood liked hoped believed felt dealt handled tackled addressed approached
    coped tried wanted meant intended
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
    serious genuinely truly strongly deeply
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
_PAST_IRREGULAR = frozenset(k for k in IRREGULAR if k not in ("cut", "set", "put", "shut"))

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
FIRST_PERSON = frozenset("i i'm i've i'd we we've we'd my our me us".split())
# Between a subject and its verb: "I have already moved", "we then switched".
AUXILIARIES = frozenset(
    """
    have has had 've am 'm was were is are be been also still now then currently already
    usually often recently once just not never personally even really very did do does
    first later successfully
    """.split()
)
ARTICLES = frozenset("a an the one".split())
# A wish, an offer or a plan is not yet something the candidate did.
HYPOTHETICAL = re.compile(
    r"\b(would|could|might|will|shall|hope|wish|plan to|want to|like to|love to)\b|'d\b",
    re.IGNORECASE,
)
# A sentence that opens a new point is not the answer to the one before it.
ADDITIVE = re.compile(
    r"\b(also|another|besides|in addition|additionally|separately|one more thing|by the way|"
    r"(?:did not|didn't) (?:get to |have the chance to )?mention)\b",
    re.IGNORECASE,
)

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
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*%?")


@lru_cache(maxsize=8192)
def root(word: str) -> str:
    """A rough root shared by a word's forms: 'migrated', 'migrating', 'migration' -> 'migr'."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = IRREGULAR.get(word, word)
    for _ in range(2):
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
        else:
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # planned -> plann -> plan
    return word


@lru_cache(maxsize=16384)
def _variants(a: str, b: str) -> bool:
    """True when two roots are forms of one word ('use'/'used', 'explan'/'explain')."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 6 and short in long:
        return True  # 'contractor' in 'subcontractor'
    if len(short) >= 3 and long.startswith(short):
        return len(long) - len(short) <= (2 if len(short) == 3 else 4)
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common >= 5 and common >= 0.8 * len(short)


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(root(w) for w in group) for group in SYNONYM_GROUPS)


@lru_cache(maxsize=8192)
def _group_ids(word_root: str) -> frozenset[int]:
    return frozenset(
        n for n, group in enumerate(_groups()) if any(_variants(word_root, g) for g in group)
    )


@lru_cache(maxsize=16384)
def _matches(term: str, word_root: str) -> bool:
    """True when a word of the letter is the key term, a form of it, or a close synonym."""
    return _variants(term, word_root) or bool(_group_ids(term) & _group_ids(word_root))


def _tokens(text: str) -> list[str]:
    """Words and numbers; hyphenated words count as their parts ('fast-paced')."""
    return [m.group() for m in _TOKEN.finditer(text)]


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


_VOID = frozenset(COMMON_WORDS | FILLER_WORDS | FRAME_WORDS | TRAIT_WORDS)
_VOID_ROOTS = frozenset(root(w) for w in _VOID)
_NOT_DEEDS = frozenset(COMMON_WORDS | FRAME_WORDS | TRAIT_WORDS | THOUGHT_VERBS)
_NOT_DEED_ROOTS = frozenset(root(w) for w in _NOT_DEEDS)
_FUNCTION = frozenset(
    """
    the and for with that this from your you our their them they there here what when where
    which who whom why how whether about into onto than then have has had been being was were
    would could should will can may might must shall also just ever any some not
    """.split()
)


@lru_cache(maxsize=512)
def key_terms(concern: str) -> tuple[str, ...]:
    """The roots that say what a concern is about, without its frame ('whether I have ...')."""
    words = [w for w in _tokens(concern) if not w[0].isdigit()]
    keys = _keys(words, lambda lower, term: lower in COMMON_WORDS or term in _COMMON_ROOTS)
    # A concern made of everyday words ("whether I could let someone go") keeps its verbs.
    return keys or _keys(words, lambda lower, term: lower in _FUNCTION)


_COMMON_ROOTS = frozenset(root(w) for w in COMMON_WORDS)
_FRAME_ROOTS = frozenset(root(w) for w in FRAME_WORDS)


def _keys(words: list[str], skip: Callable[[str, str], bool]) -> tuple[str, ...]:
    keys: list[str] = []
    for word in words:
        lower = _lower(word)
        acronym = len(word) >= 2 and word.isupper()
        term = root(word)
        if not acronym and (len(word) < 3 or lower in FRAME_WORDS or term in _FRAME_ROOTS):
            continue
        if not acronym and skip(lower, term):
            continue
        if term not in keys:
            keys.append(term)
    return tuple(keys)


class Assessment(NamedTuple):
    """Whether a letter answers one concern, and the sentence that names it without answering."""

    answered: bool
    mention: tuple[int, int] | None  # the sentence naming the concern, when unanswered


class _Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    words: tuple[str, ...]


def _sentences(text: Text, hide: Callable[[str], str]) -> list[_Sentence]:
    result = []
    paragraph = 0
    previous_end = text.body_start
    for start, end in text.sentences:
        if re.search(r"\n[ \t]*\n", text.raw[previous_end:start]):
            paragraph += 1
        previous_end = end
        words = tuple(_tokens(hide(text.raw[start:end])))
        result.append(_Sentence(start, end, paragraph, words))
    return result


@lru_cache(maxsize=256)
def _hider(names: tuple[str, ...], phrases: tuple[str, ...]) -> Callable[[str], str]:
    """Blank out people's names (each part, as capitalised) and the company and role (whole,
    any case): 'the Data Analyst role' names no concern about data, and 'Lumen Harbor' in a
    sentence is not something the candidate did."""
    patterns = []
    parts = {w for name in names for w in _tokens(name) if len(w) >= 2} | set(names)
    for found, flags in ((parts, 0), ({p for p in phrases if p.strip()}, re.IGNORECASE)):
        if found:
            either = "|".join(re.escape(p) for p in sorted(found, key=len, reverse=True))
            patterns.append(re.compile(rf"(?<!\w)(?:{either})(?!\w)", flags))

    def hide(sentence: str) -> str:
        for pattern in patterns:
            sentence = pattern.sub(" ", sentence)
        return sentence

    return hide


def _key_hits(words: Iterable[str], keys: tuple[str, ...]) -> int:
    """How many key terms a sentence names."""
    roots = {root(w) for w in words if not w[0].isdigit()}
    return sum(1 for term in keys if any(_matches(term, r) for r in roots))


class _Concern(NamedTuple):
    keys: tuple[str, ...]
    own: frozenset[str]  # roots of the concern's own words: repeating them adds nothing
    numbers: frozenset[str]


def _is_past(lower: str) -> bool:
    return (lower.endswith("ed") and len(lower) > 4) or lower in _PAST_IRREGULAR


def _substance(raw: str, words: tuple[str, ...], concern: _Concern) -> tuple[bool, bool]:
    """(evidence, substance): evidence is a number, a date, or something the candidate did;
    substance is evidence or a plain statement of fact about them with new content words."""
    lowered = [_lower(w) for w in words]
    for n, (word, lower) in enumerate(zip(words, lowered, strict=True)):
        if (word[0].isdigit() or lower in NUMBER_WORDS) and lower not in concern.numbers:
            return True, True
        if n > 0 and word in MONTHS:
            return True, True
    fresh = set()
    for word, lower in zip(words, lowered, strict=True):
        term = root(word)
        if len(word) < 3 and not (len(word) >= 2 and word.isupper()):
            continue
        if lower in _VOID or term in _VOID_ROOTS:
            continue
        if any(_variants(term, own) for own in concern.own):
            continue
        fresh.add(term)
    acted = stated = False
    for n, lower in enumerate(lowered):
        if lower not in SUBJECTS:
            continue
        following = [w for w in lowered[n + 1 : n + 6] if w not in AUXILIARIES]
        if following and following[0] in ARTICLES:
            following = following[1:]  # "I am an EU citizen"
        verb = following[0] if following else ""
        if not verb or verb in _NOT_DEEDS or root(verb) in _NOT_DEED_ROOTS:
            continue
        if _is_past(verb):
            acted = True  # "I walked each shift through it": an offer verb, but done
        elif verb not in _VOID and root(verb) not in _VOID_ROOTS:
            stated = True
    evidence = acted and len(fresh) >= 1
    plain = stated and len(fresh) >= 2 and not HYPOTHETICAL.search(raw)
    return evidence, evidence or plain


def assess(
    text: Text, concern: str, *, names: Iterable[str] = (), phrases: Iterable[str] = ()
) -> Assessment:
    """Judge whether ``text`` answers ``concern``. ``names`` (people) and ``phrases`` (the
    company, the role) prove nothing either way and are left out."""
    keys = key_terms(concern)
    if not keys:
        return Assessment(True, None)  # nothing to judge by
    words = [w for w in _tokens(concern) if not w[0].isdigit()]
    facts = _Concern(
        keys=keys,
        own=frozenset(root(w) for w in words if _lower(w) not in _VOID),
        numbers=frozenset(
            _lower(w) for w in _tokens(concern) if w[0].isdigit() or _lower(w) in NUMBER_WORDS
        ),
    )
    need = 1 if len(keys) <= 2 else 2
    hide = _hider(tuple(n for n in names if n.strip()), tuple(phrases))
    sentences = _sentences(text, hide)
    hits = [_key_hits(s.words, keys) for s in sentences]
    for n, sentence in enumerate(sentences):
        raw = text.raw[sentence.start : sentence.end]
        evidence, substance = _substance(raw, sentence.words, facts)
        if not substance:
            continue
        if hits[n] >= need:
            return Assessment(True, None)
        if ADDITIVE.search(raw):
            continue
        named = [
            m
            for m in range(max(0, n - 2), n)
            if sentences[m].paragraph == sentence.paragraph and hits[m] >= 1
        ]
        if named and (hits[n] >= 1 or (evidence and named[-1] == n - 1)):
            return Assessment(True, None)
    mentions = [n for n, count in enumerate(hits) if count >= 1]
    if not mentions:
        return Assessment(False, None)
    best = max(mentions, key=lambda n: hits[n])
    return Assessment(False, (sentences[best].start, sentences[best].end))
