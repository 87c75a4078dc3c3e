"""Verb checks: the form after a modal, 'to', 'have' and 'look forward to'; agreement with
the subject; a missing 'to'; the past tense after a past time."""

from __future__ import annotations

import re
from collections.abc import Callable

from .grammar_context import (
    _BARE_AFTER,
    _CLOSED,
    _DETERMINERS,
    _IRREGULAR_PLURALS,
    _SKIP_ADVERBS,
    Found,
    Token,
    _clause_start,
    _is_open,
    _next_word,
    _same_case,
    _slot,
    tags,
)
from .grammar_words import ATTRIBUTIVE_PLURALS, CLASSES, IRREGULAR_VERBS

__all__ = [
    "STARTS",
    "base_form",
    "ing_form",
    "participle",
    "plain_form_after",
    "third_person",
]


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


# The words each check starts from (grammar_checks.py skips the check on any other word).
_PLAIN_FORM_TAKERS = CLASSES["modal"] | frozenset("to did didn't does doesn't do don't".split())
_HAVE_FORMS = frozenset("have has had 've i've we've you've they've".split())
_PAST_SUBJECTS = frozenset(("i", "we", "they", "you"))
_EACH_WORDS = frozenset(("each", "every", "neither", "either"))
_PHRASE_DETERMINERS = frozenset("the our your their these those my all".split())


def _verb_after_modal(tokens: list[Token], i: int) -> Found | None:
    """'I would loved to' -> 'love': after a modal or 'to' the verb takes its plain form."""
    word = tokens[i]
    if word.low not in _PLAIN_FORM_TAKERS:
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
        if (
            not (infinitive and ({"D", "P", "Z", "G"} & set(t)))
            and not third
            and ("N" in t or "J" in t or ("D" not in t and "P" not in t))
        ):
            return None
        if i and tokens[i - 1].low in ("forward", "used", "committed", "dedicated"):
            return None
    elif "G" in t and word.low in CLASSES["modal"]:
        pass  # 'will making'
    elif not ({"D", "P", "Z"} & set(t)) or ("N" in t and "Z" in t and word.low in CLASSES["modal"]):
        return None
    return plain_form_after(word, verb)


def plain_form_after(word: Token, verb: Token) -> Found | None:
    """The slip of a verb that takes its plain form after ``word`` ('will making', 'did
    found'), or None when it has it already."""
    base = base_form(verb.low)
    if not base or base == verb.low:
        return None
    suggestion = _same_case(verb.text, base)
    return Found(
        verb.start,
        verb.end,
        suggestion,
        f"after {word.text!r} the verb takes its plain form: {suggestion!r}",
    )


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
    if (
        "N" in t
        and j + 1 < len(tokens)
        and not _slot(
            tokens[j + 1], "@det/@poss/@obj/@proper/from/with/more/about/you/started/in", False
        )
    ):
        return None
    suggestion = _same_case(verb.text, ing_form(verb.low))
    return Found(
        verb.start, verb.end, suggestion, f"'look forward to' takes the -ing form: {suggestion!r}"
    )


def _perfect(tokens: list[Token], i: int) -> Found | None:
    """'I have went' -> 'gone', 'has give' -> 'given': 'have' takes the past participle."""
    if tokens[i].low not in _HAVE_FORMS:
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
    if "N" in t and not (
        j + 1 < len(tokens)
        and _slot(tokens[j + 1], "@det/@poss/@obj/@proper/through/with/me", False)
    ):
        return None
    suggestion = _same_case(verb.text, _PARTICIPLE[base])
    return Found(
        verb.start,
        verb.end,
        suggestion,
        f"after {tokens[i].text!r} the verb takes its past participle: {suggestion!r}",
    )


_BE_FIX = {
    ("i", "is"): "am",
    ("i", "are"): "am",
    ("i", "has"): "have",
    ("i", "does"): "do",
    ("i", "doesn't"): "don't",
    ("he", "have"): "has",
    ("he", "are"): "is",
    ("he", "were"): "was",
    ("he", "do"): "does",
    ("he", "don't"): "doesn't",
    ("he", "am"): "is",
    ("we", "was"): "were",
    ("we", "is"): "are",
    ("we", "has"): "have",
    ("we", "does"): "do",
    ("we", "doesn't"): "don't",
    ("we", "am"): "are",
    ("you", "was"): "were",
    ("you", "is"): "are",
    ("you", "has"): "have",
    ("you", "am"): "are",
    ("you", "doesn't"): "don't",
}


_SUBJECT_GROUP = {
    "i": "i",
    "he": "he",
    "she": "he",
    "it": "he",
    "we": "we",
    "they": "we",
    "you": "you",
}


def _agreement(tokens: list[Token], i: int) -> Found | None:
    """'I has', 'we was', 'she explain', 'the new tools makes': the verb agrees with its subject."""
    subject = tokens[i]
    group = _SUBJECT_GROUP.get(subject.low)
    j = i + 1
    if j >= len(tokens) or tokens[j].kind != "w":
        return None
    verb = tokens[j]
    if group is not None:
        if i > 1 and tokens[i - 1].low in ("and", "or", "nor") and tokens[i - 2].kind == "w":
            return None  # 'my family and I are': the subject is both
        wh = i and tokens[i - 1].low in _WH_WORDS and subject.low in ("he", "she", "we", "they")
        if not (_clause_start(tokens, i) or wh):
            return None
        if group == "he" and subject.low == "it" and i and tokens[i - 1].low in _BARE_AFTER:
            return None
        fix = _BE_FIX.get((group, verb.low))
        if fix is None:
            t = tags(verb.low)
            objectish = j + 1 < len(tokens) and _slot(
                tokens[j + 1], "@det/@poss/@obj/@proper/that/what/how/about/everything", False
            )
            if (
                group == "he"
                and "L" in t
                and (("N" not in t and "J" not in t) or objectish)
                and (verb.low not in _CLOSED or verb.low == "do")
                and "D" not in t
            ):
                fix = third_person(verb.low)
            elif (group in ("i", "we", "you") and "Z" in t and "S" not in t and "N" not in t) or (
                group in ("i", "we", "you")
                and verb.low.endswith("s")
                and "Z" in t
                and j + 1 < len(tokens)
                and _slot(
                    tokens[j + 1],
                    "@poss/@det/that/@obj/anything/something/everything/more/to/help",
                    False,
                )
            ):
                fix = base_form(verb.low)
        if not fix:
            return None
        suggestion = _same_case(verb.text, fix)
        return Found(
            verb.start,
            verb.end,
            suggestion,
            f"{subject.text!r} takes {suggestion!r}, not {verb.text!r}",
        )
    return _noun_agreement(tokens, i)


# Words after which a subject pronoun starts a clause of its own: 'how they have'.
_WH_WORDS = frozenset("how what why who which whom whose".split())


_LINKING = frozenset("look seem sound feel appear become remain stay".split())
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
    if det.low in _EACH_WORDS and i + 1 < len(tokens):
        if tokens[i + 1].low == "of":
            k = i + 2
            while k < len(tokens) and tokens[k].kind == "w" and tokens[k].low not in _SINGULAR_FIX:
                if k - i > 5:
                    return None
                k += 1
            if k < len(tokens) and tokens[k].low in _SINGULAR_FIX and _clause_start(tokens, i):
                verb = tokens[k]
                suggestion = _SINGULAR_FIX[verb.low]
                return Found(
                    verb.start,
                    verb.end,
                    suggestion,
                    f"{det.text!r} is one: {suggestion!r}, not {verb.text!r}",
                )
        return None
    if det.low not in _DETERMINERS or not _clause_start(tokens, i):
        return None
    if i > 1 and tokens[i - 1].low in ("and", "or", "nor") and tokens[i - 2].kind == "w":
        return None  # 'the manager and the analyst were': the subject is both
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
    if noun.low in ("data", "media"):
        return None  # 'the data is' and 'the data are' are both written
    plural = "S" in nt or noun.low in _IRREGULAR_PLURALS
    vt = tags(verb.low)
    if not plural and det.low not in CLASSES["plural_det"]:
        fix = _SINGULAR_FIX.get(verb.low)
        if not fix and "L" in vt and "D" not in vt and verb.low not in _CLOSED:
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            objectish = after is not None and _slot(after, "@det/@poss/@obj/every/all/about", False)
            linking = verb.low in _LINKING and after is not None and _is_open(after, "adj")
            if linking or (objectish and "N" not in vt and "J" not in vt):
                fix = third_person(verb.low)
        if fix:
            return Found(
                verb.start, verb.end, fix, f"{noun.text!r} is one: {fix!r}, not {verb.text!r}"
            )
    elif plural and det.low not in ("a", "an", "each", "every", "this", "that"):
        fix = _PLURAL_FIX.get(verb.low)
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        objectish = after is not None and _slot(
            after, "@det/@poss/@obj/@ing/@noun_only/@proper", False
        )
        compound = "S" in vt and (
            noun.low in ATTRIBUTIVE_PLURALS or (after is not None and after.low in CLASSES["subj"])
        )  # 'the sales figures you showed': a plural noun, not a verb
        if not fix and "Z" in vt and ("N" not in vt or objectish) and not compound:
            fix = base_form(verb.low)
        if fix:
            return Found(
                verb.start, verb.end, fix, f"{noun.text!r} are several: {fix!r}, not {verb.text!r}"
            )
    return None


def _plural_subject_phrase(tokens: list[Token], i: int) -> Found | None:
    """'The analysts on the team uses': a plural noun, a short phrase, then a singular verb."""
    det = tokens[i]
    if det.low not in _PHRASE_DETERMINERS:
        return None
    if not _clause_start(tokens, i) or i + 5 >= len(tokens):
        return None
    noun, prep = tokens[i + 1], tokens[i + 2]
    if "S" not in tags(noun.low) or prep.low not in ("on", "in", "at", "from", "of", "with"):
        return None
    k = i + 3
    while (
        k < len(tokens) and k < i + 6 and tokens[k].kind == "w" and "Z" not in tags(tokens[k].low)
    ):
        k += 1
    if k >= len(tokens) or tokens[k].kind != "w" or k == i + 3:
        return None
    verb = tokens[k]
    vt = tags(verb.low)
    if "Z" not in vt or "S" in tags(tokens[k - 1].low) or verb.low in ("is", "has", "was", "does"):
        return None
    if "N" in vt and not (
        k + 1 < len(tokens) and _slot(tokens[k + 1], "@noun/@det/@poss/@number/@proper", False)
    ):
        return None
    fix = base_form(verb.low)
    if not fix:
        return None
    return Found(
        verb.start, verb.end, fix, f"{noun.text!r} are several: {fix!r}, not {verb.text!r}"
    )


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
        if not (
            i > 1
            and tokens[i - 1].low == "the"
            and tokens[i - 2].low.startswith(("tak", "took", "mak", "made", "find", "found"))
        ):
            return None
    elif word == "writing":
        if not (i and tokens[i - 1].low in ("am", "i'm", "are", "we're", "was", "were")):
            return None  # 'I am writing to thank you': the purpose takes 'to'
    elif word not in _TO_TAKERS:
        return None
    j = _next_word(tokens, i, frozenset(("finally", "really", "also", "personally")))
    if j is None:
        return None
    verb = tokens[j]
    t = tags(verb.low)
    if "L" not in t or verb.low in _CLOSED or "G" in t:
        return None
    if verb.low in ("thank",) or (word in _ADJECTIVE_TAKERS and "J" not in t) or word == "time":
        pass  # 'take the time meet': after 'the time' a plain verb can only mean 'to meet'
    elif word == "writing" and ("I" in t or "R" in t):
        return None  # 'I am writing back', 'writing up the notes'
    elif word == "writing" and "N" in t:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or not _slot(nxt, "@det/@poss/@obj/@proper/up/about", False):
            return None  # 'I am writing code for', 'writing test cases'
        if nxt.low == "up" and verb.low not in _PHRASAL_UP:
            return None
    elif "N" in t or "J" in t:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or not _slot(nxt, "@det/@poss/@obj/@proper", False) or nxt.low == "it":
            return None
    first = tokens[i + 1]
    if first.kind != "w":
        return None
    return Found(
        first.start,
        first.end,
        f"to {first.text}",
        f"'to' is missing before {verb.text!r}: {trigger.text} to {verb.text}",
    )


# Verbs that a letter writes with 'up' after 'I am writing to': 'follow up', 'check in'.
_PHRASAL_UP = frozenset("follow catch check touch sum set".split())


_PAST_MARKERS = frozenset("yesterday ago last earlier previous former".split())


_PRESENT_MARKERS = frozenset("when if whenever every today now currently still usually".split())


_CLAUSE_BREAK = frozenset(", and but while whereas because".split())
# Words that open a clause of time before the main one: 'When we met last Tuesday, you ...'.
_TIME_OPENERS = frozenset("when after before once during last yesterday as right".split())
# Words before 'last' that make it a stretch up to now: 'over the last year I have grown'.
_UP_TO_NOW = frozenset("the for over past this these within since".split())
_WAS_FORMS = {"am": "have been", "is": "has been", "are": "have been"}
_TIME_UNITS = frozenset(
    "year years month months week weeks day days hour hours decade decades".split()
)


def simple_past(base: str) -> str | None:
    """The simple past of a plain verb ('lead' -> 'led', 'manage' -> 'managed'), if known."""
    if base in _PAST:
        return _PAST[base]
    t = tags(base)
    if "V" not in t or "L" not in t:
        return None
    for option in (participle(base), base + base[-1] + "ed"):
        if "D" in tags(option):
            return option
    return None


def _clause(tokens: list[Token], i: int) -> tuple[int, int]:
    """The clause around ``i``: from after the last comma or conjunction to before the next."""
    start = i
    while (
        start > 0 and tokens[start - 1].kind != "b" and tokens[start - 1].low not in _CLAUSE_BREAK
    ):
        start -= 1
    end = i + 1
    while end < len(tokens) and tokens[end].kind != "b" and tokens[end].low not in _CLAUSE_BREAK:
        end += 1
    return start, end


def _opening_clause(tokens: list[Token], start: int) -> list[Token]:
    """A clause of time before ``start``'s clause ('When we met last Tuesday,'), else []."""
    if start == 0 or tokens[start - 1].text != ",":
        return []
    first = start - 1
    while first > 0 and tokens[first - 1].kind != "b":
        first -= 1
    if tokens[first].low not in _TIME_OPENERS:
        return []
    return tokens[first : start - 1]


# Words that end a time for good: with them the perfect is wrong ('two days ago I have sent');
# 'my former manager', 'an earlier email' name a past thing, not the time of the verb.
_FINISHED_TIME = frozenset(("yesterday", "ago"))
_TIME_AFTER_LAST = _TIME_UNITS | frozenset(
    "night morning afternoon evening spring summer autumn fall winter quarter term "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _in_the_past(words: list[Token], finished: bool = False) -> bool:
    """A word or phrase among ``words`` that puts them in the past ('ago', 'last year', 'in
    2019'); 'over the last year' and 'since' reach up to now, so they do not. ``finished``:
    only a time that is over ('yesterday', 'ago', 'last week'), for the perfect."""
    lows = [t.low for t in words]
    if "since" in lows:
        return False
    markers = _FINISHED_TIME if finished else _PAST_MARKERS
    for k, t in enumerate(words):
        before = lows[k - 1] if k else ""
        if t.low == "last" and before in _UP_TO_NOW:
            continue
        if finished and t.low == "last" and k + 1 < len(lows) and lows[k + 1] in _TIME_AFTER_LAST:
            return True
        if t.low in markers:
            return True
        year = t.kind == "n" and len(t.low) == 4 and t.low.startswith(("19", "20"))
        if year and before in ("in", "during"):
            return True
    return False


def _past_verb(words: list[Token]) -> bool:
    """A verb in the past tense among ``words`` ('met', 'ended')."""
    return any("D" in tags(t.low) and "V" in tags(t.low) and "L" not in tags(t.low) for t in words)


def _reported(word: Token) -> bool:
    """A word after which a clause reports what was said: 'told them', 'said that', 'told'."""
    t = tags(word.low)
    return word.low in ("that", "me", "us", "them", "him", "her") or ("V" in t and "D" in t)


def _past_time(tokens: list[Token], i: int) -> Found | None:
    """'Last year I lead the migration' -> 'led': a past time needs a past verb."""
    subject = tokens[i]
    if subject.low not in _PAST_SUBJECTS or i + 1 >= len(tokens):
        return None
    previous = tokens[i - 1] if i and subject.low == "you" else None
    if previous and previous.kind == "w" and ("V" in tags(previous.low) or previous.low == "to"):
        return None  # 'let you know', 'thank you': 'you' is the object there
    if i and _reported(tokens[i - 1]):
        return None  # 'I was told I manage people well': what is said may be still true
    verb = tokens[i + 1]
    if verb.kind != "w" or verb.low in ("be", "have", "do", "get"):
        return None
    past = simple_past(verb.low)
    if past is None or past == verb.low:
        return None
    start, end = _clause(tokens, i)
    words = tokens[start:end]
    if any(t.low in CLASSES["modal"] or t.low in _PRESENT_MARKERS for t in words):
        return None
    opening = _opening_clause(tokens, start)
    if not (_in_the_past(words) or _in_the_past(opening) or _past_verb(opening)):
        return None
    suggestion = _same_case(verb.text, past)
    return Found(
        verb.start,
        verb.end,
        suggestion,
        f"this happened in the past: {suggestion!r}, not {verb.text!r}",
    )


def _perfect_past_time(tokens: list[Token], i: int) -> Found | None:
    """'Two weeks ago I have finished' -> 'finished': a finished time takes the simple past."""
    have = tokens[i]
    if have.low not in ("have", "has"):
        return None
    k = i + 1
    while k < len(tokens) and tokens[k].low in CLASSES["adverb_degree"] | {"really", "also"}:
        k += 1
    done_tags = tags(tokens[k].low) if k < len(tokens) else ""
    if "P" not in done_tags and not ("V" in done_tags and "D" in done_tags):
        return None  # a regular verb's participle is tagged as its past: 'completed'
    if i == 0 or tokens[i - 1].low not in _SUBJECTS_OF_HAVE:
        return None  # 'I have' and 'we have', not 'the goals I have met'
    done = tokens[k]
    base = base_form(done.low) if done.low not in _PAST else done.low
    past = simple_past(base) if base else None
    if past is None or base in ("be", "have"):
        return None
    start, end = _clause(tokens, i)
    if not _in_the_past(tokens[start:end], finished=True):
        return None
    between = " ".join(t.text for t in tokens[i + 1 : k])
    suggestion = f"{between} {past}".strip()
    return Found(
        have.start,
        done.end,
        suggestion,
        f"a finished time ('ago', 'yesterday', 'last week') takes the simple past: "
        f"{suggestion!r}, not '{have.text} {done.text}'",
    )


def _progressive_since(tokens: list[Token], i: int) -> Found | None:
    """'I am working here since 2018' -> 'have been working': up to now takes the perfect."""
    be = tokens[i]
    if be.low not in _WAS_FORMS or i + 1 >= len(tokens) or "G" not in tags(tokens[i + 1].low):
        return None
    if i == 0 or tokens[i - 1].low not in _SUBJECTS_OF_HAVE | {"he", "she", "it"}:
        return None
    lows = [t.low for t in tokens[i : _clause(tokens, i)[1]]]
    since = "since" in lows and lows.index("since") + 1 < len(lows)
    stretch = any(
        lows[k] == "for" and lows[k + 2] in _TIME_UNITS
        for k in range(len(lows) - 2)
        if lows[k + 1].isdigit() or lows[k + 1] in _NUMBER_WORDS
    )
    if not (since or stretch):
        return None
    form = _WAS_FORMS[be.low]
    suggestion = f"{form} {tokens[i + 1].text}"
    return Found(
        be.start,
        tokens[i + 1].end,
        suggestion,
        f"an action that started in the past and goes on takes '{form}': {suggestion!r}",
    )


_SUBJECTS_OF_HAVE = frozenset("i we you they".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten many several".split())


# The words each verb check can fire on (its first test): the finder skips it on any other.
STARTS: dict[Callable[[list[Token], int], Found | None], frozenset[str]] = {
    _verb_after_modal: _PLAIN_FORM_TAKERS,
    _look_forward: frozenset(("to",)),
    _perfect: _HAVE_FORMS,
    _agreement: frozenset(_SUBJECT_GROUP) | _EACH_WORDS | _DETERMINERS,
    _plural_subject_phrase: _PHRASE_DETERMINERS,
    _missing_to: _TO_TAKERS | frozenset(("like", "love", "prefer", "time", "writing")),
    _past_time: _PAST_SUBJECTS,
    _perfect_past_time: frozenset(("have", "has")),
    _progressive_since: frozenset(("am", "is", "are")),
}
