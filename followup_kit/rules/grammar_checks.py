"""Our own grammar checks: the real-word and grammar slips Harper misses in these letters.

Each check reads a word in the context of its neighbours, through word classes: closed classes
and confusion patterns in ``grammar_words.py``, open classes (noun, verb form, adjective,
adverb) from Harper's dictionary in ``data/word_classes.txt``. One pass over the tokens, a few
lookups per word: linear in the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from ..spelling import lexicon
from .grammar_words import ATTRIBUTIVE_PLURALS, CLASSES, CONFUSIONS, IRREGULAR_VERBS, RARE_TYPOS, TAG_FIXES, Confusion

__all__ = ["Token", "find_slips", "tags", "tokenize", "wants_possessive"]


class Token(NamedTuple):
    """A word, number or punctuation mark with its place in the text."""

    text: str
    low: str  # lowercase, with a straight apostrophe
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation inside a sentence, "b" sentence boundary


class Found(NamedTuple):
    """One slip: replace text[start:end] with suggestion; why is the message."""

    start: int
    end: int
    suggestion: str
    message: str


_TOKEN = re.compile(
    r"(?P<w>[A-Za-z]+(?:['’][A-Za-z]+)*['’]?)|(?P<n>\d+(?:[.,:/-]\d+)*)"
    r"|(?P<b>[.!?;:]+|\n[ \t]*\n|[()\"“”])|(?P<p>[,—–-])"
)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of ``text``; sentence ends become boundary tokens."""
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "p"
        raw = match.group()
        low = raw.lower().replace("’", "'")
        if kind == "b" and raw == "." and _abbreviation(tokens):
            continue  # "Dr." and "U.S." do not end a sentence
        tokens.append(Token(raw, low, match.start(), match.end(), kind))
    return tokens


def _abbreviation(tokens: list[Token]) -> bool:
    if not tokens or tokens[-1].kind != "w":
        return False
    word = tokens[-1].low
    return len(word) == 1 or word in ("dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "e", "i")


# --- word classes


@cache
def _table() -> dict[str, str]:
    """Harper's word classes of common words, loaded once (word -> tag letters)."""
    source = files("followup_kit").joinpath("data/word_classes.txt").read_text()
    table = {}
    for line in source.splitlines():
        if line and not line.startswith("#"):
            word, _, letters = line.partition("\t")
            table[word] = letters
    table.update(TAG_FIXES)
    return table


_FUNCTION_CLASSES = ("det", "poss", "subj", "obj", "modal", "be", "have", "do", "prep", "conj")
_CLOSED = frozenset().union(*(CLASSES[name] for name in _FUNCTION_CLASSES))


def tags(word: str) -> str:
    """Tag letters of a lowercase word ('' when unknown); see tools/word_classes.py."""
    table = _table()
    found = table.get(word)
    if found is None and "'" in word:
        found = "O" if word.split("'")[0] in CLASSES["subj"] else ""
    return found or ""


def _is_open(token: Token, name: str) -> bool:
    """Open-class tests, by the names the patterns use."""
    word = token.low
    t = tags(word)
    function = word in _CLOSED
    if name == "any":
        return True
    if name == "noun":
        return "N" in t and not function
    if name == "noun_only":
        return (
            "N" in t
            and not any(x in t for x in "VJRI")
            and not function
            and word not in CLASSES["number"]
            and word not in CLASSES["time_word"]
        )
    if name == "plural":
        return "S" in t or word in _IRREGULAR_PLURALS
    if name == "verb":
        return "V" in t and not function
    if name == "base":
        return "L" in t and not function
    if name == "base_only":
        return "L" in t and "N" not in t and "J" not in t and not function
    if name == "ing":
        return word.endswith("ing") and ("G" in t or "V" in t)
    if name == "past":
        return "D" in t
    if name == "participle":
        return "P" in t
    if name == "adj":
        return "J" in t and not function
    if name == "adj_only":
        return "J" in t and "N" not in t and "V" not in t and not function
    if name == "adv":
        return "R" in t
    if name == "content":
        return not function and bool(t) and word not in CLASSES["time_word"]
    if name == "comparative":
        return "C" in t or word in CLASSES["comparative_word"]
    if name == "proper":
        return token.text[:1].isupper() and (not t or token.text.isupper())
    if name == "number":
        return token.kind == "n" or word in CLASSES["number"]
    return False


_IRREGULAR_PLURALS = frozenset("people children men women staff police data media criteria".split())


def _slot(token: Token | None, slot: str, edge: bool) -> bool:
    """Does ``token`` fill ``slot`` (see Confusion)? ``edge``: the slot is '^' or '$'."""
    negate = slot.startswith("!")
    if negate:
        slot = slot[1:]
    result = False
    for option in slot.split("/"):
        if option in ("^", "$"):
            hit = token is None or token.kind == "b"
        elif token is None or token.kind == "b":
            hit = False
        elif option == ",":
            hit = token.low == ","
        elif token.kind == "p":
            hit = False
        elif option.startswith("@"):
            name = option[1:]
            hit = token.low in CLASSES[name] if name in CLASSES else _is_open(token, name)
        else:
            hit = token.low == option.lower()
        if hit:
            result = True
            break
    return not result if negate else result


def _matches(tokens: list[Token], i: int, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    for n, slot in enumerate(before, start=1):
        token = tokens[i - n] if i - n >= 0 else None
        if not _slot(token, slot, slot in ("^", "$")):
            return False
        if token is None or token.kind == "b":
            if n != len(before):
                return False
            break
    for n, slot in enumerate(after, start=1):
        token = tokens[i + n] if i + n < len(tokens) else None
        if not _slot(token, slot, slot in ("^", "$")):
            return False
        if token is None or token.kind == "b":
            return n == len(after)
    return True


@cache
def _by_word() -> dict[str, tuple[Confusion, ...]]:
    grouped: defaultdict[str, list[Confusion]] = defaultdict(list)
    for confusion in CONFUSIONS:
        grouped[confusion.word].append(confusion)
    return {word: tuple(rows) for word, rows in grouped.items()}


def _same_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _confusion(tokens: list[Token], i: int) -> Found | None:
    token = tokens[i]
    for row in _by_word().get(token.low, ()):
        if not _matches(tokens, i, row.before, row.after):
            continue
        if row.unless_before and _matches(tokens, i, row.unless_before, ()):
            continue
        if row.unless_after and _matches(tokens, i, (), row.unless_after):
            continue
        suggestion = _same_case(token.text, row.replacement)
        return Found(token.start, token.end, suggestion, _say(token.text, suggestion, row.why))
    return None


def _say(word: str, suggestion: str, why: str) -> str:
    reason = f": {why}" if why else ""
    return f"{word!r} here reads as a slip for {suggestion!r}{reason}"


def wants_possessive(text: str, start: int, end: int) -> bool:
    """True when a 'you' written at text[start:end] (e.g. 'u') should be 'your' here."""
    window_start = max(0, start - 60)
    tokens = tokenize(text[window_start : end + 60])
    for i, token in enumerate(tokens):
        if token.start + window_start == start:
            tokens[i] = token._replace(low="you")
            found = _confusion(tokens, i)
            return bool(found and found.suggestion.lower() == "your")
    return False


# --- verb forms

_PAST = {base: past for base, past, _ in IRREGULAR_VERBS}
_PARTICIPLE = {base: part for base, _, part in IRREGULAR_VERBS}
_BASE_OF = {form: base for base, past, part in IRREGULAR_VERBS for form in (past, part)}


def base_form(word: str) -> str | None:
    """The plain form of a verb form ('started' -> 'start', 'sent' -> 'send')."""
    if word in _BASE_OF and word not in _PAST:
        return _BASE_OF[word]
    candidates = []
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ed"):
        candidates += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            candidates.append(word[:-4])
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    for candidate in candidates:
        if "L" in tags(candidate):
            return candidate
    return None


def ing_form(base: str) -> str:
    """The -ing form of a plain verb ('hear' -> 'hearing', 'get' -> 'getting')."""
    options = []
    if base.endswith("ie"):
        options.append(base[:-2] + "ying")
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        options.append(base[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base):
        options.append(base + base[-1] + "ing")
    options.append(base + "ing")
    for option in options:
        if "G" in tags(option) or "V" in tags(option):
            return option
    return options[-1]


def participle(base: str) -> str:
    """The past participle of a plain verb ('speak' -> 'spoken', 'discuss' -> 'discussed')."""
    if base in _PARTICIPLE:
        return _PARTICIPLE[base]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def third_person(base: str) -> str:
    """'explain' -> 'explains', 'do' -> 'does', 'have' -> 'has', 'study' -> 'studies'."""
    special = {"have": "has", "do": "does", "go": "goes", "be": "is", "don't": "doesn't"}
    if base in special:
        return special[base]
    if re.search(r"(s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _next_word(tokens: list[Token], i: int, skip: frozenset[str] = frozenset()) -> int | None:
    """Index of the next word after i in the same sentence, skipping words in ``skip``."""
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "w" and tokens[j].low in skip:
        j += 1
    if j < len(tokens) and tokens[j].kind == "w":
        return j
    return None


_SKIP_ADVERBS = frozenset(
    "not never also really just still always already definitely certainly truly "
    "gladly happily finally personally quickly soon".split()
)


def _verb_after_modal(tokens: list[Token], i: int) -> Found | None:
    """'I would loved to' -> 'love': after a modal or 'to' the verb takes its plain form."""
    word = tokens[i]
    if word.low not in CLASSES["modal"] and word.low not in ("to", "did", "didn't", "does",
                                                              "doesn't", "do", "don't"):
        return None
    j = _next_word(tokens, i, _SKIP_ADVERBS)
    if j is None:
        return None
    verb = tokens[j]
    t = tags(verb.low)
    if verb.low in _CLOSED or "V" not in t or "L" in t:
        return None
    if word.low == "to":
        # 'to' is also a preposition: sure of the infinitive only after 'want', 'able'...
        infinitive = i > 0 and tokens[i - 1].low in _TO_TAKERS | _LIKE_WORDS | {"ability"}
        third = "Z" in t and j + 1 < len(tokens) and _slot(tokens[j + 1], "@obj/@poss/@det", False)
        if not (infinitive and ({"D", "P", "Z", "G"} & set(t))) and not third and (
            "N" in t or "J" in t or "D" not in t and "P" not in t
        ):
            return None
        if i and tokens[i - 1].low in ("forward", "used", "committed", "dedicated"):
            return None
    elif "G" in t and word.low in CLASSES["modal"]:
        pass  # 'will making'
    elif not ({"D", "P", "Z"} & set(t)):
        return None
    elif "N" in t and "Z" in t and word.low in CLASSES["modal"]:
        return None
    base = base_form(verb.low)
    if not base or base == verb.low:
        return None
    suggestion = _same_case(verb.text, base)
    return Found(verb.start, verb.end, suggestion,
                 f"after {word.text!r} the verb takes its plain form: {suggestion!r}")


_GERUND_AFTER = (("look", "looking", "looks", "looked"), ("forward",), ("to",))


def _look_forward(tokens: list[Token], i: int) -> Found | None:
    """'I look forward to hear from you' -> 'hearing': 'to' is a preposition here."""
    if tokens[i].low != "to" or i < 2:
        return None
    if tokens[i - 1].low != "forward" or not tokens[i - 2].low.startswith("look"):
        return None
    j = _next_word(tokens, i)
    if j is None:
        return None
    verb = tokens[j]
    t = tags(verb.low)
    if "L" not in t or verb.low in _CLOSED:
        return None
    if "N" in t and j + 1 < len(tokens) and not _slot(tokens[j + 1], "@det/@poss/@obj/@proper/"
                                                      "from/with/more/about/you/started/in", False):
        return None
    suggestion = _same_case(verb.text, ing_form(verb.low))
    return Found(verb.start, verb.end, suggestion,
                 f"'look forward to' takes the -ing form: {suggestion!r}")


def _perfect(tokens: list[Token], i: int) -> Found | None:
    """'I have went' -> 'gone', 'has give' -> 'given': 'have' takes the past participle."""
    if tokens[i].low not in ("have", "has", "had", "'ve", "i've", "we've", "you've", "they've"):
        return None
    j = _next_word(tokens, i, _SKIP_ADVERBS)
    if j is None:
        return None
    verb = tokens[j]
    word = verb.low
    base = None
    if word in _PAST and _PARTICIPLE[word] != word:
        base = word  # 'have speak'
    elif word in _BASE_OF and word not in _PARTICIPLE.values() and word != _BASE_OF[word]:
        base = _BASE_OF[word]  # 'have went'
    if base is None or base in ("be", "have", "do", "get"):
        return None
    t = tags(word)
    if "N" in t and not (j + 1 < len(tokens) and _slot(tokens[j + 1], "@det/@poss/@obj/@proper/"
                                                       "through/with/me", False)):
        return None
    suggestion = _same_case(verb.text, _PARTICIPLE[base])
    return Found(verb.start, verb.end, suggestion,
                 f"after {tokens[i].text!r} the verb takes its past participle: {suggestion!r}")


_BE_FIX = {
    ("i", "is"): "am", ("i", "are"): "am", ("i", "has"): "have", ("i", "does"): "do",
    ("i", "doesn't"): "don't",
    ("he", "have"): "has", ("he", "are"): "is", ("he", "were"): "was", ("he", "do"): "does",
    ("he", "don't"): "doesn't", ("he", "am"): "is",
    ("we", "was"): "were", ("we", "is"): "are", ("we", "has"): "have", ("we", "does"): "do",
    ("we", "doesn't"): "don't", ("we", "am"): "are",
    ("you", "was"): "were", ("you", "is"): "are", ("you", "has"): "have", ("you", "am"): "are",
    ("you", "doesn't"): "don't",
}
_SUBJECT_GROUP = {"i": "i", "he": "he", "she": "he", "it": "he", "we": "we", "they": "we",
                  "you": "you"}
_CLAUSE_EDGE = CLASSES["clause_start"] | {",", "then", "also", "who", "which"}
_BARE_AFTER = frozenset(
    "let lets make makes made help helps helped see saw watch heard hear have has had "
    "did does do will would can could should may might must to".split()
)


def _clause_start(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].kind == "b":
        return True
    return tokens[i - 1].low in _CLAUSE_EDGE and tokens[i - 1].low != "that" or (
        tokens[i - 1].low == "that" and i > 1 and tokens[i - 2].kind == "w"
        and "V" in tags(tokens[i - 2].low) and tokens[i - 2].low not in _BARE_AFTER
    )


def _agreement(tokens: list[Token], i: int) -> Found | None:
    """'I has', 'we was', 'she explain', 'the new tools makes': the verb agrees with its subject."""
    subject = tokens[i]
    group = _SUBJECT_GROUP.get(subject.low)
    j = i + 1
    if j >= len(tokens) or tokens[j].kind != "w":
        return None
    verb = tokens[j]
    if group is not None:
        if not _clause_start(tokens, i):
            return None
        if group == "he" and subject.low == "it" and i and tokens[i - 1].low in _BARE_AFTER:
            return None
        fix = _BE_FIX.get((group, verb.low))
        if fix is None:
            t = tags(verb.low)
            objectish = j + 1 < len(tokens) and _slot(tokens[j + 1], "@det/@poss/@obj/@proper/"
                                                      "that/what/how/about/everything", False)
            if group == "he" and "L" in t and ("N" not in t and "J" not in t or objectish) and (
                verb.low not in _CLOSED or verb.low == "do"
            ) and "D" not in t:
                fix = third_person(verb.low)
            elif group in ("i", "we", "you") and "Z" in t and "S" not in t and "N" not in t:
                fix = base_form(verb.low)
            elif (group in ("i", "we", "you") and verb.low.endswith("s") and "Z" in t
                  and j + 1 < len(tokens)
                  and _slot(tokens[j + 1], "@poss/@det/that/@obj/anything/something/everything/"
                            "more/to/help", False)):
                fix = base_form(verb.low)
        if not fix:
            return None
        suggestion = _same_case(verb.text, fix)
        return Found(verb.start, verb.end, suggestion,
                     f"{subject.text!r} takes {suggestion!r}, not {verb.text!r}")
    return _noun_agreement(tokens, i)


_SINGULAR_FIX = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't"}
_PLURAL_FIX = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't"}
_COLLECTIVE = frozenset(
    "team staff family company firm government board committee department group crew panel "
    "management council audience band class club public couple majority number lot rest "
    "series news".split()
)


def _noun_agreement(tokens: list[Token], i: int) -> Found | None:
    """'My manager have', 'the new tools makes', 'each of the nurses have'."""
    det = tokens[i]
    if det.low in ("each", "every", "neither", "either") and i + 1 < len(tokens):
        if tokens[i + 1].low == "of":
            k = i + 2
            while k < len(tokens) and tokens[k].kind == "w" and tokens[k].low not in _SINGULAR_FIX:
                if k - i > 5:
                    return None
                k += 1
            if k < len(tokens) and tokens[k].low in _SINGULAR_FIX and _clause_start(tokens, i):
                verb = tokens[k]
                suggestion = _SINGULAR_FIX[verb.low]
                return Found(verb.start, verb.end, suggestion,
                             f"{det.text!r} is one: {suggestion!r}, not {verb.text!r}")
        return None
    if det.low not in CLASSES["det"] | CLASSES["poss"] or not _clause_start(tokens, i):
        return None
    # det (adj)* noun verb
    k = i + 1
    while k < len(tokens) and tokens[k].kind == "w" and _is_open(tokens[k], "adj_only"):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].kind != "w" or tokens[k + 1].kind != "w":
        return None
    noun, verb = tokens[k], tokens[k + 1]
    nt = tags(noun.low)
    if "N" not in nt or noun.low in _CLOSED or noun.low in _COLLECTIVE:
        return None
    plural = "S" in nt or noun.low in _IRREGULAR_PLURALS
    vt = tags(verb.low)
    if not plural and det.low not in CLASSES["plural_det"]:
        fix = _SINGULAR_FIX.get(verb.low)
        if not fix and "L" in vt and "N" not in vt and "J" not in vt and verb.low not in _CLOSED:
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            if after is not None and _slot(after, "@det/@poss/@obj/every/all/about", False):
                fix = third_person(verb.low)
        if fix:
            return Found(verb.start, verb.end, fix,
                         f"{noun.text!r} is one: {fix!r}, not {verb.text!r}")
    elif plural and det.low not in ("a", "an", "each", "every", "this", "that"):
        fix = _PLURAL_FIX.get(verb.low)
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        objectish = after is not None and _slot(after, "@det/@poss/@obj/@ing/@noun_only/@proper",
                                                False)
        if not fix and "Z" in vt and ("N" not in vt or objectish):
            fix = base_form(verb.low)
        if fix:
            return Found(verb.start, verb.end, fix,
                         f"{noun.text!r} are several: {fix!r}, not {verb.text!r}")
    return None


def _plural_subject_phrase(tokens: list[Token], i: int) -> Found | None:
    """'The analysts on the team uses': a plural noun, a short phrase, then a singular verb."""
    det = tokens[i]
    if det.low not in ("the", "our", "your", "their", "these", "those", "my", "all"):
        return None
    if not _clause_start(tokens, i) or i + 5 >= len(tokens):
        return None
    noun, prep = tokens[i + 1], tokens[i + 2]
    if "S" not in tags(noun.low) or prep.low not in ("on", "in", "at", "from", "of", "with"):
        return None
    k = i + 3
    while k < len(tokens) and k < i + 6 and tokens[k].kind == "w" and "Z" not in tags(tokens[k].low):
        k += 1
    if k >= len(tokens) or tokens[k].kind != "w" or k == i + 3:
        return None
    verb = tokens[k]
    vt = tags(verb.low)
    if "Z" not in vt or "S" in tags(tokens[k - 1].low) or verb.low in ("is", "has", "was", "does"):
        return None
    if "N" in vt and not (k + 1 < len(tokens) and _slot(tokens[k + 1], "@noun/@det/@poss/@number/"
                                                        "@proper", False)):
        return None
    fix = base_form(verb.low)
    if not fix:
        return None
    return Found(verb.start, verb.end, fix,
                 f"{noun.text!r} are several: {fix!r}, not {verb.text!r}")


_TO_TAKERS = frozenset(
    "want wanted wants hope hoped hoping plan planned planning need needed needs try tried "
    "decide decided able glad happy eager excited keen pleased delighted thrilled ready "
    "chance opportunity pleasure honor honour willing going privilege".split()
)
_LIKE_AFTER = frozenset("would 'd i'd we'd should could".split())
_LIKE_WORDS = frozenset("like love prefer wish".split())
_ADJECTIVE_TAKERS = frozenset(
    "able glad happy eager excited keen pleased delighted thrilled ready willing".split()
)


def _missing_to(tokens: list[Token], i: int) -> Found | None:
    """'take the time meet' -> 'to meet', 'I wanted thank you' -> 'to thank'."""
    trigger = tokens[i]
    word = trigger.low
    if word in ("like", "love", "prefer"):
        if not (i and tokens[i - 1].low in _LIKE_AFTER):
            return None
    elif word == "time":
        if not (i > 1 and tokens[i - 1].low == "the" and tokens[i - 2].low.startswith(("tak", "took"))):
            return None
    elif word not in _TO_TAKERS:
        return None
    j = _next_word(tokens, i, frozenset(("finally", "really", "also", "personally")))
    if j is None:
        return None
    verb = tokens[j]
    t = tags(verb.low)
    if "L" not in t or verb.low in _CLOSED or "G" in t:
        return None
    if verb.low in ("thank",) or word in _ADJECTIVE_TAKERS and "J" not in t:
        pass
    elif "N" in t or "J" in t:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or not _slot(nxt, "@det/@poss/@obj/@proper", False) or nxt.low == "it":
            return None
    first = tokens[i + 1]
    if first.kind != "w":
        return None
    return Found(first.start, first.end, f"to {first.text}",
                 f"'to' is missing before {verb.text!r}: {trigger.text} to {verb.text}")


def _double_comparative(tokens: list[Token], i: int) -> Found | None:
    """'most best' -> 'best', 'more easier' -> 'easier'."""
    word = tokens[i].low
    if word not in ("more", "most", "less", "least"):
        return None
    j = i + 1
    if j >= len(tokens) or tokens[j].kind != "w":
        return None
    adjective = tokens[j]
    t = tags(adjective.low)
    degree = "C" if word in ("more", "less") else "T"
    if degree not in t or adjective.low in _CLOSED or adjective.low in ("other", "else"):
        return None
    if "R" in t and "J" not in t:
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    verbish = i > 0 and tokens[i - 1].low in ("is", "was", "be", "felt", "feel", "seems", "seemed",
                                               "looks", "looked", "get", "got", "became", "make")
    if "R" in t and not (verbish or (after is not None and after.low == "than")):
        return None
    return Found(tokens[i].start, adjective.end, _same_case(tokens[i].text, adjective.text),
                 f"{adjective.text!r} already compares; leave out {tokens[i].text!r}")


def _missing_apostrophe(tokens: list[Token], i: int) -> Found | None:
    """'the companys plans' -> "company's", 'the teams work was' -> "team's"."""
    det = tokens[i]
    if det.low not in CLASSES["det"] | CLASSES["poss"] or det.low in CLASSES["plural_det"]:
        return None
    j = i + 1
    if j + 1 >= len(tokens) or tokens[j].kind != "w":
        return None
    word = tokens[j]
    low = word.low
    if not low.endswith("s") or low.endswith("ss") or "'" in low or word.text[:1].isupper():
        return None  # capitalised: a name ('Northwinds'), left alone
    singular = low[:-1]
    st = tags(singular)
    if "N" not in st or singular in _CLOSED or low in ATTRIBUTIVE_PLURALS:
        return None
    t = tags(low)
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "w" and _is_open(tokens[k], "adj_only"):
        k += 1
    if k >= len(tokens) or tokens[k].kind != "w":
        return None
    head = tokens[k]
    ht = tags(head.low)
    if "N" not in ht or head.low in _CLOSED or head.low in CLASSES["time_word"]:
        return None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    unknown = not t
    finite = after is not None and (
        after.low in ("is", "was", "has", "had", "will", "would", "can", "could", "looks",
                      "seems", "sounds", "stood", "means", "meant", "made", "makes", "shows")
    )
    if not finite and _clause_start(tokens, i):
        finite = _finite_ahead(tokens, k + 1)
    noun_only = "V" not in ht and "J" not in ht
    if "S" not in t and not unknown:
        return None
    if not (unknown or noun_only or finite):
        return None
    if "V" in ht and not (unknown or finite):
        return None
    if not unknown and _common_plural(low, singular):
        return None  # 'the arts council': a plural that often stands before a noun
    suggestion = word.text[:-1] + "'s"
    return Found(word.start, word.end, suggestion,
                 f"{word.text!r} owns the {head.text}: write {suggestion!r}")


def _common_plural(plural: str, singular: str) -> bool:
    """Is the plural common next to its singular (a fifth as frequent or more)?"""
    found = lexicon()
    return found.frequency(plural) >= 0.2 * max(1, found.frequency(singular))


def _finite_ahead(tokens: list[Token], k: int) -> bool:
    """Does a finite verb ('was', 'stood') follow within a few words, in the same clause?"""
    for n in range(k, min(k + 5, len(tokens))):
        token = tokens[n]
        if token.kind != "w":
            return False
        t = tags(token.low)
        if token.low in ("is", "was", "has", "had", "will") or "D" in t and "N" not in t:
            return True
    return False


def _pronoun_case(tokens: list[Token], i: int) -> Found | None:
    """'Me and my team cut', 'between you and I', 'to Sam or myself'."""
    token = tokens[i]
    low = token.low
    if low == "i" and i > 1 and tokens[i - 1].low in ("and", "or") and tokens[i - 2].kind == "w":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.kind != "w" or _slot(nxt, "@det/@poss/@prep/@proper", False) and not (
            _is_open(nxt, "verb") and nxt.low not in _CLOSED
        ) or nxt.low in ("a", "an", "the"):
            if _coordination_is_object(tokens, i - 1):
                return Found(token.start, token.end, "me",
                             "after a verb or preposition, 'me', not 'I'")
        return None
    if low in ("me", "him", "her", "us", "them", "myself") and (i == 0 or tokens[i - 1].kind == "b"):
        found = _subject_coordination(tokens, i)
        if found is not None or low != "myself":
            return found
    if low in ("me", "myself") and i > 1 and tokens[i - 1].low == "and" and tokens[i - 2].kind == "w":
        start = _phrase_start(tokens, i - 2)
        if start is not None and i + 1 < len(tokens) and _finite(tokens[i + 1]):
            return Found(token.start, token.end, "I",
                         "as part of the subject, write 'I', not " + repr(token.text))
    if low == "myself":
        k = i - 1
        while k >= 0 and tokens[k].kind != "b":
            if tokens[k].low in ("i", "i'm", "i've", "i'd", "i'll"):
                return None
            k -= 1
        if i + 1 < len(tokens) and tokens[i + 1].kind == "w" and _is_open(tokens[i + 1], "verb"):
            return None  # 'Myself and ...' at the start: the coordination check takes it
        return Found(token.start, token.end, "me",
                     "'myself' needs an 'I' earlier in the sentence; write 'me'")
    return None


_SUBJECT_OF = {"me": "I", "him": "He", "her": "She", "us": "We", "them": "They", "myself": "I"}


def _finite(token: Token) -> bool:
    t = tags(token.low)
    return token.kind == "w" and ("D" in t or "Z" in t or token.low in CLASSES["modal"]
                                  or token.low in ("are", "were", "have", "do")) and "S" not in t


def _phrase_start(tokens: list[Token], k: int) -> int | None:
    """Start of the noun phrase that ends at k, if it begins a clause (at most four words)."""
    for n in range(4):
        if k - n < 0:
            return None
        if k - n == 0 or tokens[k - n - 1].kind == "b":
            return k - n
    return None


def _subject_coordination(tokens: list[Token], i: int) -> Found | None:
    """'Me and Ana met' -> 'Ana and I met'; 'Him and his team built' -> 'He and his team'."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in ("and", "or"):
        return None
    k = i + 2
    while k < len(tokens) and k < i + 6 and tokens[k].kind == "w" and not _finite(tokens[k]):
        k += 1
    if k >= len(tokens) or k == i + 2 or not _finite(tokens[k]):
        return None
    first = tokens[i]
    other = tokens[i + 2 : k]
    other_text = " ".join(t.text for t in other)
    joiner = tokens[i + 1].low
    if first.low in ("me", "myself"):
        rest = other_text[:1].upper() + other_text[1:]
        suggestion = f"{rest} {joiner} I"
    else:
        last = other[-1].low
        mapped = "I" if last in ("me", "myself") else None
        if mapped and len(other) == 1:
            other_text = "I"
        suggestion = f"{_SUBJECT_OF[first.low]} {joiner} {other_text}"
    end = other[-1].end
    return Found(first.start, end, suggestion,
                 f"{first.text!r} is part of the subject here: {suggestion!r}")


def _coordination_is_object(tokens: list[Token], and_index: int) -> bool:
    """Is 'X and I' after a verb or preposition (an object), not the start of a clause?"""
    k = and_index - 1
    for _ in range(4):
        if k < 0 or tokens[k].kind == "b":
            return False
        previous = tokens[k - 1] if k > 0 else None
        if previous is None or previous.kind == "b":
            return False
        if previous.low in CLASSES["prep"] or previous.low in CLASSES["ditransitive"] or (
            previous.kind == "w" and "V" in tags(previous.low) and previous.low not in _CLOSED
            and previous.low not in ("and", "but")
        ):
            return True
        k -= 1
    return False


def _rare_typo(tokens: list[Token], i: int) -> Found | None:
    token = tokens[i]
    replacement = RARE_TYPOS.get(token.low)
    if replacement is None:
        return None
    if token.text[:1].isupper() and i and tokens[i - 1].kind != "b":
        return None  # a name
    suggestion = _same_case(token.text, replacement)
    return Found(token.start, token.end, suggestion,
                 f"{token.text!r} is a real word, but in a letter it is almost always "
                 f"a slip for {suggestion!r}")


_MANY = frozenset("many several few two three four five six seven eight nine ten both".split())


def _plural_after_number(tokens: list[Token], i: int) -> Found | None:
    """'three year of experience', 'the many project', 'all of my question': more than one."""
    token = tokens[i]
    several = token.low in _MANY or token.kind == "n" and token.low.isdigit() and int(token.low) > 1
    if not several and token.low in CLASSES["det"] | CLASSES["poss"] and i > 2:
        several = tokens[i - 1].low == "of" and tokens[i - 2].low in ("all", "both", "many", "some")
    if not several or i + 1 >= len(tokens) or tokens[i + 1].kind != "w":
        return None
    noun = tokens[i + 1]
    t = tags(noun.low)
    if "N" not in t or "S" in t or noun.low in _CLOSED or noun.low in _IRREGULAR_PLURALS:
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.kind == "w" and _is_open(after, "noun") and after.low != "of":
        return None  # 'a two year contract', 'my three team members'
    for plural in (noun.low + "s", noun.low + "es", noun.low[:-1] + "ies"):
        if "S" in tags(plural):
            suggestion = _same_case(noun.text, plural)
            return Found(noun.start, noun.end, suggestion,
                         f"after {token.text!r} the noun is plural: {suggestion!r}")
    return None


_PAST_MARKERS = frozenset("yesterday ago last earlier previous former".split())


def _past_time(tokens: list[Token], i: int) -> Found | None:
    """'Last year I lead the migration' -> 'led': a past time needs a past verb."""
    subject = tokens[i]
    if subject.low not in ("i", "we", "they") or i + 1 >= len(tokens):
        return None
    verb = tokens[i + 1]
    if verb.kind != "w" or verb.low not in _PAST or _PAST[verb.low] == verb.low:
        return None
    if verb.low in ("be", "have", "do", "get"):
        return None
    start = i
    while start > 0 and tokens[start - 1].kind != "b":
        start -= 1
    end = i + 1
    while end < len(tokens) and tokens[end].kind != "b":
        end += 1
    words = [t.low for t in tokens[start:end]]
    if any(w in CLASSES["modal"] or w in ("when", "if", "whenever", "every") for w in words):
        return None
    year = any(t.kind == "n" and len(t.low) == 4 and t.low.startswith(("19", "20"))
               and k > 0 and tokens[start + k - 1].low in ("in", "during", "since")
               for k, t in enumerate(tokens[start:end]))
    if not (year or _PAST_MARKERS & set(words)):
        return None
    suggestion = _same_case(verb.text, _PAST[verb.low])
    return Found(verb.start, verb.end, suggestion,
                 f"this happened in the past: {suggestion!r}, not {verb.text!r}")


def _then_for_than(tokens: list[Token], i: int) -> Found | None:
    """'I would rather build it then buy one' -> 'than': a comparison earlier in the clause."""
    if tokens[i].low != "then":
        return None
    for k in range(i - 1, max(-1, i - 7), -1):
        token = tokens[k]
        if token.kind != "w" or token.low in ("and", "but", "or", "so", "if"):
            return None
        if token.low in ("rather", "more", "less", "fewer", "other") or "C" in tags(token.low) and (
            "R" not in tags(token.low) or token.low in ("more", "less")
        ):
            suggestion = _same_case(tokens[i].text, "than")
            return Found(tokens[i].start, tokens[i].end, suggestion,
                         f"{token.text!r} compares: write 'than'")
    return None


_SPLICE_SUBJECTS = frozenset("it this that they he she we i".split())
_SPLICE_VERBS = frozenset("was is were are has had will".split())


def _comma_splice(tokens: list[Token], i: int) -> Found | None:
    """'Thank you for the interview, it was very informative': two sentences need a stop."""
    comma = tokens[i - 1] if i else None
    if comma is None or comma.low != "," or tokens[i].low not in _SPLICE_SUBJECTS:
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].low not in _SPLICE_VERBS:
        return None
    start = i - 1
    while start > 0 and tokens[start - 1].kind != "b":
        start -= 1
    first = tokens[start]
    if first.low not in ("i", "we", "thank", "thanks") or i - 1 - start < 4:
        return None
    clause = [t.low for t in tokens[start : i - 1]]
    if any(t == "," or t in CLASSES["clause_start"] or t in ("who", "which", "what", "how")
           for t in clause):
        return None
    return Found(comma.start, comma.end, ";",
                 "two sentences joined by a comma: use a full stop or a semicolon")


_CHECKS = (
    _rare_typo,
    _confusion,
    _verb_after_modal,
    _look_forward,
    _perfect,
    _agreement,
    _plural_subject_phrase,
    _missing_to,
    _double_comparative,
    _plural_after_number,
    _past_time,
    _then_for_than,
    _comma_splice,
    _missing_apostrophe,
    _pronoun_case,
)


def find_slips(text: str) -> Iterator[Found]:
    """Every slip our checks find in ``text``, at most one per word, in text order."""
    tokens = tokenize(text)
    taken_until = -1
    for i, token in enumerate(tokens):
        if token.kind != "w":
            continue
        for check in _CHECKS:
            found = check(tokens, i)
            if found is not None and found.start > taken_until:
                taken_until = found.end - 1
                yield found
                break
