"""Checks for whole kinds of slip: the preposition a word takes, embedded questions in
question order, -ing/-ed adjectives of feeling, plural apostrophes, verb forms after 'to' and
modals, a missing little word, and small closed cases ('less' for 'fewer', double negatives).

Each check starts on a word from its own start set (``PATTERN_STARTS``) and reads a few
neighbours: linear in the text. The word lists are in grammar_pattern_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, wraps

from .grammar_context import (
    _CLOSED,
    _DETERMINERS,
    _SKIP_ADVERBS,
    Found,
    Token,
    _clause_start,
    _same_case,
    _table,
    tags,
)
from .grammar_pattern_words import (
    ADDITION_NOUNS,
    COLLOCATIONS,
    EMBED_TRIGGERS,
    FEELING_ADJECTIVES,
    FEELING_VERBS,
    MASS_PLURALS,
    NO_PREPOSITION,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    SELF_CAUSED,
    THING_NOUNS,
    TO_VERBS,
    UNCOUNTABLE,
)
from .grammar_phrases import plural_found
from .grammar_verbs import _PAST, ing_form, participle, plain_form_after, third_person
from .grammar_words import ATTRIBUTIVE_PLURALS, CLASSES

__all__ = ["PATTERN_STARTS"]

Check = Callable[[list[Token], int], "Found | None"]


def _at(tokens: list[Token], k: int) -> Token | None:
    """The word at k, or None past the end or at a sentence boundary or comma."""
    if 0 <= k < len(tokens) and tokens[k].kind in ("w", "n"):
        return tokens[k]
    return None


def _low(tokens: list[Token], k: int) -> str:
    token = _at(tokens, k)
    return token.low if token else ""


def _has(word: str, letters: str) -> bool:
    t = tags(word)
    return any(x in t for x in letters)


def _base_verb(token: Token | None) -> bool:
    """A plain verb form ('lead', 'find'), not a function word."""
    return token is not None and "L" in tags(token.low) and token.low not in _CLOSED


_OBJECTS = frozenset("me us him them".split())
_SUBJECT_BE = {"i": "am", "we": "are", "they": "are", "you": "are", "he": "is", "she": "is"}
_DEGREE = CLASSES["adverb_degree"] | frozenset(
    "even little bit somewhat rather fairly incredibly extremely super totally".split()
)


# 1. The preposition a word takes --------------------------------------------------------


_ARRIVE = frozenset("arrive arrives arrived arriving".split())
_VERB_USE = frozenset("to please not will would can could should may might must and".split())


def _preposition(tokens: list[Token], i: int) -> Found | None:
    """'interested on' -> 'in', 'capable to lead' -> 'of leading', 'discuss about' -> 'discuss'."""
    head = tokens[i]
    prep = _at(tokens, i + 1)
    if prep is None:
        return None
    after = _at(tokens, i + 2)
    if after is not None and after.low == "behalf":
        return None  # 'grateful on behalf of the team'
    if head.low in _ARRIVE and prep.low == "to":
        if after is None or _base_verb(after):
            return None  # 'arrived to find the door open'
        right = "in" if after.text[:1].isupper() and after.low not in _DETERMINERS else "at"
        return Found(prep.start, prep.end, right, f"one arrives {right} a place, not 'to' it")
    if head.low in COLLOCATIONS:
        right, wrongs = COLLOCATIONS[head.low]
        if prep.low not in wrongs or (prep.low == "as" and _low(tokens, i - 1) in ("as", "so")):
            return None  # 'as similar as possible'
        if prep.low == "to" and _base_verb(after) and after is not None:
            suggestion = f"{right} {ing_form(after.low)}"
            return Found(
                prep.start,
                after.end,
                suggestion,
                f"{head.text!r} takes {right!r} and the -ing form: {suggestion!r}",
            )
        suggestion = _same_case(prep.text, right)
        return Found(
            prep.start, prep.end, suggestion, f"{head.text!r} takes {right!r}, not {prep.text!r}"
        )
    if head.low in NO_PREPOSITION and prep.low in NO_PREPOSITION[head.low][1]:
        noun_too = "N" in tags(head.low) and not head.low.endswith(("ing", "ed", "despite"))
        if noun_too and not (i and tokens[i - 1].low in _VERB_USE | CLASSES["subj"]):
            return None  # 'in contact with', 'a mention about'
        return Found(
            head.start,
            prep.end,
            head.text,
            f"{head.text!r} takes no {prep.text!r}: '{head.text} the ...'",
        )
    return None


def _since_duration(tokens: list[Token], i: int) -> Found | None:
    """'since five years' -> 'for five years': 'since' needs a point in time."""
    amount = _at(tokens, i + 1)
    if amount is None:
        return None
    k = i + 2
    if amount.low in ("a", "an", "one", "several", "many", "few", "the") and _low(tokens, k) in (
        "few",
        "couple",
    ):
        k += 1 + (_low(tokens, k + 1) == "of")
    elif not (amount.kind == "n" or amount.low in CLASSES["number"] or amount.low in ("a", "an")):
        return None
    unit = _at(tokens, k)
    if unit is None or unit.low not in _DURATION_UNITS:
        return None
    if _low(tokens, k + 1) in ("ago", "before", "earlier", "back"):
        return None  # 'since two years ago' marks a point
    suggestion = _same_case(tokens[i].text, "for")
    return Found(
        tokens[i].start,
        tokens[i].end,
        suggestion,
        f"a length of time takes 'for': {suggestion} {amount.text} ...",
    )


_DURATION_UNITS = frozenset(
    "year years month months week weeks day days hour hours decade decades minute minutes".split()
)


# 2. Embedded questions in question order ---------------------------------------------------


_WH = frozenset("what which when where who why how whether if".split())
_AUX = CLASSES["modal"] | frozenset(
    "is are was were do does did has have had isn't aren't wasn't weren't don't doesn't "
    "didn't can't won't couldn't wouldn't shouldn't".split()
)
_BE_AUX = frozenset("is are was were isn't aren't wasn't weren't".split())
_DO_AUX = frozenset("do does did don't doesn't didn't".split())
_PERSONAL = frozenset("i you he she it we they".split())


def _embedded_question(tokens: list[Token], i: int) -> Found | None:
    """'I'd like to know what are the next steps' -> 'what the next steps are'."""
    wh = tokens[i]
    before = _low(tokens, i - 1)
    if before in CLASSES["obj"] and before != "it":
        before = _low(tokens, i - 2)
    if before not in EMBED_TRIGGERS:
        return None
    k = i + 1
    if wh.low in ("what", "which") and _is_noun(_low(tokens, k)) and _low(tokens, k) not in _AUX:
        k += 1  # 'what time does the session start'
    elif wh.low == "how" and _low(tokens, k) not in _AUX:
        word = _at(tokens, k)
        if word is None or not _has(word.low, "JR") or word.low in _CLOSED:
            return None
        k += 1
        counted = word.low in ("many", "much") and _has(_low(tokens, k), "N")
        if counted and _low(tokens, k) not in _AUX:
            k += 1  # 'how many people': the wh-phrase
    aux = _at(tokens, k)
    if aux is None or aux.low not in _AUX:
        return None
    verb_group, kind = aux.low, aux.low
    if aux.low in CLASSES["modal"] and _low(tokens, k + 1) == "be":
        k += 1  # 'what would be the salary range' -> 'what the salary range would be'
        verb_group, kind = f"{aux.low} be", "is"
    subject_end = _subject_end(tokens, k + 1, kind)
    if subject_end is None:
        return None
    subject = tokens[k + 1 : subject_end]
    if subject[0].low == "there" and not (wh.low == "how" and k > i + 2):
        return None  # 'what was there': a place, not a subject
    named = subject[0].text[:1].isupper() and subject[0].low != "i"
    if kind in _BE_AUX and named and k > i + 1:
        return None  # 'which elements are NaN': the phrase may be the subject
    if kind in _BE_AUX and subject[0].low in ("a", "an"):
        return None  # 'let me know when is a good time': the noun is the complement
    words = " ".join(t.text for t in subject)
    if aux.low in _DO_AUX:
        verb = tokens[subject_end]
        if aux.low in ("does", "do", "did"):
            plural = subject[-1].low in ("i", "you", "we", "they") or "S" in tags(subject[-1].low)
            if aux.low == "did":
                form = _PAST.get(verb.low) or participle(verb.low)
            elif aux.low == "does" and not plural:
                form = third_person(verb.low)
            else:
                form = verb.low
        else:
            form = f"{aux.low} {verb.low}"
        suggestion = f"{words} {form}"
        end = verb.end
    else:
        suggestion = f"{words} {verb_group}"
        end = subject[-1].end
    severity = "warning" if kind in _BE_AUX and wh.low in ("what", "who", "which") else "error"
    return Found(
        aux.start,
        end,
        suggestion,
        f"inside a sentence a question keeps statement order: '{wh.text} {suggestion}'",
        severity,
    )


def _subject_end(tokens: list[Token], k: int, aux: str) -> int | None:
    """Index after the subject that follows an auxiliary, when one clearly does."""
    first = _at(tokens, k)
    if first is None:
        return None
    needs_verb = aux not in _BE_AUX
    ends: list[int] = []
    if first.low in _PERSONAL or first.low == "there":
        ends = [k + 1]
    elif first.low in _DETERMINERS and first.low not in ("that", "this", "no", "any"):
        n = k + 1
        while n < k + 5 and _at(tokens, n) and _nominal(tokens[n]):
            n += 1
            if "N" in tags(tokens[n - 1].low):
                ends.append(n)
    elif first.text[:1].isupper() and not tags(first.low):
        n = k
        while n < k + 3 and _at(tokens, n) and tokens[n].text[:1].isupper():
            n += 1
        ends = [n]
    last = ends[-1] if ends else k
    complement = len(ends) > 1 and ends[-2] == last - 1 and "J" in tags(tokens[last - 1].low)
    if not needs_verb and complement and _at(tokens, last) is None:
        return ends[-2]  # 'whether is the role hybrid?': the adjective is the complement
    for end in reversed(ends):
        nxt = _at(tokens, end)
        if needs_verb:
            if aux in CLASSES["have"]:
                if nxt is not None and "P" in tags(nxt.low):
                    return end
            elif _base_verb(nxt) or (nxt is not None and nxt.low in ("have", "do", "be")):
                return end
        elif nxt is None or not _has(nxt.low, "NG") or _has(nxt.low, "P"):
            return end  # 'what are the next steps', 'why was the role reopened'
    return None


def _nominal(token: Token) -> bool:
    """A word inside a noun phrase: an adjective, noun or number, no function word."""
    if token.kind == "n":
        return True
    return token.low not in _CLOSED and _has(token.low, "NJ") and not _has(token.low, "K")


# 3. -ing / -ed adjectives of feeling ---------------------------------------------------------


@cache
def _feelings() -> tuple[dict[str, str], dict[str, str]]:
    """(-ing form -> -ed form, -ed form -> -ing form) of the verbs of feeling."""
    ing_to_ed: dict[str, str] = {}
    ed_to_ing: dict[str, str] = {}
    for verb in FEELING_VERBS:
        ed, ing = participle(verb), ing_form(verb)
        if not tags(ed) and ed.endswith("ed"):
            ed = verb + verb[-1] + "ed"  # 'stun' -> 'stunned'
        if tags(ed) and tags(ing):
            ing_to_ed[ing] = ed
            ed_to_ing[ed] = ing
    return ing_to_ed, ed_to_ing


_FEEL_LINKS = frozenset("am was were are be been feel felt feeling get got become became".split())
_THING_LINKS = frozenset("is was were are be been seems seemed sounds sounded looked".split())
_FIRST_PERSON = frozenset("i we i'm we're i've we've i'll we'll i'd we'd".split())
_ADJECTIVE_ENDS = frozenset("to about for at in with by that and but , of".split())
# Also said of conditions and supplies: 'until it is satisfied', 'the stock was exhausted'.
_CONDITION_WORDS = frozenset("satisfied exhausted shocked alarmed disturbed depressed".split())
_PHRASE_ENDS = CLASSES["prep"] | CLASSES["conj"] | CLASSES["time_word"] - {"this", "each", "every"}
_FIND = frozenset(("found", "find", "finds", "finding"))
_ATTRIBUTIVE_SKIP = frozenset(("inspired", "depressed", "confused"))


def _feeling_forms() -> frozenset[str]:
    """Every spelling the -ed and -ing forms of the verbs of feeling may take (a superset:
    built without the word classes, so that importing this module stays cheap)."""
    forms = set()
    for verb in FEELING_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb + "ed", verb + "d", stem + "ing", verb + "ing"}
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing", verb[:-1] + "ied"}
    return frozenset(forms)


@cache
def _self_caused() -> frozenset[str]:
    return frozenset(ing_form(verb) for verb in SELF_CAUSED)


def _feeling_adjective(tokens: list[Token], i: int) -> Found | None:
    """'I was very exciting to see' -> 'excited'; 'the tour was interested' -> 'interesting'."""
    word = tokens[i]
    ing_to_ed, ed_to_ing = _feelings()
    k = i - 1
    while k >= 0 and tokens[k].low in _DEGREE:
        k -= 1
        if tokens[k + 1].low in ("little", "bit") and _low(tokens, k) == "a":
            k -= 1  # 'a little intimidating'
    link = _low(tokens, k)
    nxt = _at(tokens, i + 1)
    ends_phrase = nxt is None or nxt.low in _ADJECTIVE_ENDS | _PHRASE_ENDS
    if word.low in ing_to_ed:
        if link in _FIRST_PERSON and link not in ("i", "we"):
            subject = link
        elif link in _FEEL_LINKS:
            n = k - 1
            while n >= 0 and tokens[n].low in CLASSES["modal"] | {"have", "had", "not", "also"}:
                n -= 1
            subject = _low(tokens, n)
        else:
            return None
        if subject not in _FIRST_PERSON or not ends_phrase:
            return None  # 'I was boring them': a verb with its object
        changed = link in ("feel", "felt", "feeling", "get", "got", "become", "became")
        narrow = nxt is None or nxt.low in _ADJECTIVE_ENDS
        if not (narrow or changed) and word.low in _self_caused():
            return None  # 'I was so disappointing on Tuesday': I let them down
        fix = ing_to_ed[word.low]
        why = "you feel it: "
    elif word.low in ed_to_ing:
        thing = False
        if link in _THING_LINKS and ends_phrase:
            if nxt is not None and nxt.low in ("by", "with", "in", "about", "at", "that", "of"):
                return None  # 'it was interested in': an organisation's feeling
            owner = _low(tokens, k - 1)
            thing = owner in THING_NOUNS or (
                owner in ("it", "this") and word.low not in _CONDITION_WORDS
            )
        elif link in _DETERMINERS and word.low not in _ATTRIBUTIVE_SKIP:
            thing = nxt is not None and nxt.low in THING_NOUNS
        elif link in ("it", "this", "that") or link in THING_NOUNS:
            thing = bool(_FIND & {_low(tokens, n) for n in range(k - 4, k)})
            thing = thing and (link in THING_NOUNS or _low(tokens, k - 1) in _FIND)
        if not thing:
            return None
        fix = ed_to_ing[word.low]
        why = "it makes one feel so: "
    else:
        return None
    suggestion = _same_case(word.text, fix)
    return Found(word.start, word.end, suggestion, why + repr(suggestion))


# 4. Apostrophes -----------------------------------------------------------------------------


_CONTRACTED = frozenset(
    "it that what there here he she let who where how one everyone someone anyone nobody "
    "everybody somebody anybody everything something nothing this today tomorrow why when "
    "that's".split()
)
_COLLECTIVE = frozenset(
    "team staff family company group crew department board work information feedback "
    "equipment stuff money time firm business world".split()
)
_PLURAL_FOLLOWERS = frozenset("are were have do don't aren't weren't haven't".split())


def _owned(token: Token | None) -> str | None:
    """The noun of a lowercase "noun's" that could be a plural written with an apostrophe."""
    if token is None or not token.low.endswith("'s") or token.text[:1].isupper():
        return None
    base = token.low[:-2]
    if base in _CONTRACTED or base in _COLLECTIVE or "N" not in tags(base) or base in _CLOSED:
        return None
    return base


def _apostrophe_plural(tokens: list[Token], i: int) -> Found | None:
    """'the engineer's who built it', 'the manager's are' -> a plural, no apostrophe."""
    follower = tokens[i]
    owner = tokens[i - 1] if i else None
    base = _owned(owner)
    if base is None or owner is None:
        return None
    severity = "error"
    if follower.low == "who":
        if not (base in PERSON_NOUNS or base.endswith(("er", "or", "ist", "ian", "ant"))):
            return None
    elif follower.low == "of":
        if _low(tokens, i + 2) in ("opinion", "view", "mind", "belief", "same"):
            return None  # 'the board's of the opinion': 'is'
        severity = "warning"
    elif follower.low not in _PLURAL_FOLLOWERS:
        return None
    return plural_found(owner, base, severity)


_QUANTIFIERS = frozenset("all many several both various numerous multiple these those few".split())
_OWNER_DETS = frozenset("the my your our their these those".split())


def _quantified_apostrophe(tokens: list[Token], i: int) -> Found | None:
    """'all my question's about' -> 'questions': counted things, not an owner."""
    k = i + 1
    if _low(tokens, k) == "of":
        k += 1
    if _low(tokens, k) in _OWNER_DETS:
        k += 1
    word = _at(tokens, k)
    if word is not None and _has(word.low, "J") and not _has(word.low, "N") and k > i + 1:
        k += 1
    if k == i + 1:
        return None  # 'several manager's': grammar_phrases reads it
    owner = _at(tokens, k)
    base = _owned(owner)
    if base is None or owner is None:
        return None
    nxt = _at(tokens, k + 1)
    if nxt is not None and nxt.low not in _CLOSED:
        owned = _has(nxt.low, "N") or (_has(nxt.low, "J") and not _has(nxt.low, "V"))
        if owned or (tokens[i].low == "all" and _has(nxt.low, "JGP")):
            return None  # 'all my colleague's work': an owner and its noun
    return plural_found(owner, base)


def _possessive_pronoun(tokens: list[Token], i: int) -> Found | None:
    """ "your's" -> 'yours': possessive pronouns take no apostrophe."""
    token = tokens[i]
    fix = _same_case(token.text, POSSESSIVE_PRONOUNS[token.low])
    return Found(
        token.start, token.end, fix, f"{fix!r} owns already: it takes no apostrophe", "error"
    )


# 5. Verb forms after 'to' and modals ---------------------------------------------------------


_PARTICLES = frozenset("me us him them up out back down off".split())
_MODALS = CLASSES["modal"] | frozenset("i'll we'll you'll they'll i'd we'd".split())


def _verb_after_to(tokens: list[Token], i: int) -> Found | None:
    """'time to showed me' -> 'show', 'to follows up' -> 'follow': 'to' takes the plain form."""
    j = i + 1
    while _low(tokens, j) in _SKIP_ADVERBS:
        j += 1
    verb = _at(tokens, j)
    if verb is None or verb.low in _CLOSED or verb.kind != "w":
        return None
    t = tags(verb.low)
    nxt = _at(tokens, j + 1)
    object_next = nxt is not None and (
        nxt.low in _PARTICLES or nxt.low in CLASSES["poss"] or nxt.low in ("the", "a", "an")
    )
    if "V" not in t or "L" in t or "G" in t:
        return None
    if j + 1 < len(tokens) and tokens[j + 1].start == verb.end and tokens[j + 1].text == "(":
        return None  # 'equivalent to contains()': code
    if "Z" in t:
        particle = nxt is not None and nxt.low in _PARTICLES and _low(tokens, j + 2) != "to"
        if "N" in t and not particle:
            return None  # 'listen to sounds of'
    elif "D" in t or "P" in t:
        if ("N" in t or "J" in t) and not object_next:
            return None  # 'open to experienced hires'
    else:
        return None
    return plain_form_after(tokens[i], verb)


_AFTER_ADJECTIVE = CLASSES["time_word"] | frozenset(("on", "if", "when"))
_SENTENCE_ADVERBS = frozenset(
    "definitely certainly surely probably absolutely also still always really truly "
    "gladly happily".split()
)
_ALL_I_CAN = frozenset("everything all anything what whatever much best something".split())


def _modal_patterns(tokens: list[Token], i: int) -> Found | None:
    """'we should to meet' -> 'should meet'; 'I would happy to' -> 'would be happy'."""
    modal = tokens[i]
    if i and (tokens[i - 1].low in _DETERMINERS or "J" in tags(tokens[i - 1].low)):
        return None  # 'the will to win'
    nxt = _at(tokens, i + 1)
    if nxt is None:
        return None
    done = modal.low in ("can", "could") and _low(tokens, i - 2) in _ALL_I_CAN
    done = done or (modal.low == "can" and _is_noun(_low(tokens, i - 1)))  # 'the trash can'
    if nxt.low == "to" and _base_verb(_at(tokens, i + 2)) and not done:
        return Found(
            modal.start,
            nxt.end,
            modal.text,
            f"after {modal.text!r} the verb follows without 'to'",
        )
    k = i + 1
    while _low(tokens, k) in _SENTENCE_ADVERBS:
        k += 1
    first = k  # 'will definitely be available', but 'would be very happy'
    while _low(tokens, k) in _DEGREE or (
        _low(tokens, k) == "than" and _low(tokens, k - 1) == "more"
    ):
        k += 1
    adjective = _at(tokens, k)
    if adjective is None or adjective.low in _CLOSED:
        return None
    t = tags(adjective.low)
    plain_adjective = t == "J" and adjective.low not in ("free", "sure")
    if not (plain_adjective or adjective.low in FEELING_ADJECTIVES):
        return None
    after = _at(tokens, k + 1)
    if after is not None and after.low not in _ADJECTIVE_ENDS | _AFTER_ADJECTIVE:
        return None  # 'we will free up a desk': a verb
    at = modal if first == i + 1 else tokens[first]
    suggestion = f"{at.text} be" if at is modal else f"be {at.text}"
    return Found(
        at.start,
        at.end,
        suggestion,
        f"a verb is missing before {adjective.text!r}: 'be {adjective.text}'",
    )


# 6. A missing little word --------------------------------------------------------------------


def _subject_adjective(tokens: list[Token], i: int) -> Found | None:
    """'I even more excited about it' -> 'I am even more excited': the verb is missing."""
    subject = tokens[i]
    if subject.low == "you" and not _clause_start(tokens, i):
        return None  # 'made you happy'
    before = _low(tokens, i - 1)
    if before in CLASSES["be"] | CLASSES["modal"] | CLASSES["have"] | CLASSES["do"]:
        return None  # 'am I able to': a question
    if before in ("than", "as", "made", "make", "makes", "let", "keep", "kept"):
        return None
    k = i + 1
    while _low(tokens, k) in _DEGREE or _low(tokens, k) in ("now", "truly", "also", "just"):
        k += 1
    adjective = _at(tokens, k)
    if adjective is None or adjective.low not in FEELING_ADJECTIVES:
        return None
    after = _at(tokens, k + 1)
    if after is not None and after.low not in _ADJECTIVE_ENDS | {"on", "if", "when", "so"}:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].kind == "p":
        return None
    both = before == "and" and _at(tokens, i - 2) is not None  # 'my team and I are'
    suggestion = f"{subject.text} {'are' if both else _SUBJECT_BE[subject.low]}"
    return Found(
        subject.start,
        subject.end,
        suggestion,
        f"a verb is missing before {adjective.text!r}: {suggestion!r}",
    )


_ANY_WORDS = frozenset("anything something any anyone anybody a an another more other".split())


def _there_is(tokens: list[Token], i: int) -> Found | None:
    """'let me know if there anything' -> 'if there is anything'."""
    if _low(tokens, i - 1) not in ("if", "whether"):
        return None
    nxt = _at(tokens, i + 1)
    if nxt is None or nxt.low not in _ANY_WORDS:
        return None
    plural = nxt.low in ("any", "more", "other") and "S" in tags(_low(tokens, i + 2))
    suggestion = f"{tokens[i].text} {'are' if plural else 'is'}"
    return Found(tokens[i].start, tokens[i].end, suggestion, f"a verb is missing: {suggestion!r}")


def _forward_to(tokens: list[Token], i: int) -> Found | None:
    """'I look forward hearing from you' -> 'forward to hearing'; 'forward for' -> 'to'."""
    if not _low(tokens, i - 1).startswith("look"):
        return None
    nxt = _at(tokens, i + 1)
    if nxt is None:
        return None
    if nxt.low in ("for", "on"):
        return Found(nxt.start, nxt.end, "to", "one looks forward 'to' something")
    gerund = nxt.low.endswith("ing") and _has(nxt.low, "G")
    if not (gerund or nxt.low in CLASSES["poss"] or nxt.low in ("the", "this", "our")):
        return None
    token = tokens[i]
    return Found(
        token.start, token.end, f"{token.text} to", "'look forward' takes 'to': 'forward to'"
    )


def _missing_to_before_owner(tokens: list[Token], i: int) -> Found | None:
    """'a great addition your team' -> 'addition to', 'reply your email' -> 'reply to'."""
    word = tokens[i]
    nxt = _at(tokens, i + 1)
    owner = nxt is not None and (nxt.low in CLASSES["poss"] or nxt.low in ("the", "this", "that"))
    person = nxt is not None and word.low in TO_VERBS and nxt.low in _OBJECTS
    if nxt is None or not (owner or person):
        return None
    if word.low in ADDITION_NOUNS:
        if not ({"a", "an"} & {_low(tokens, i - 1), _low(tokens, i - 2), _low(tokens, i - 3)}):
            return None
    else:
        before = _low(tokens, i - 1)
        verb_use = (
            before in _VERB_USE | CLASSES["subj"] | {"i'll", "we'll", "i'd"}
            or _has(word.low, "D")
            or word.low.endswith("ing")
        )
        if not verb_use or (before in _DETERMINERS and before):
            return None
    n = i + 2
    while n < i + 5 and _at(tokens, n) and _nominal(tokens[n]):
        n += 1
    phrase = tokens[i + 2 : n]
    head = phrase[-1].low if phrase else ""
    if not person and (head in CLASSES["time_noun"] or "N" not in tags(head)):
        return None  # 'replied the next day'
    follower = _at(tokens, n)
    verb_next = follower is not None and _has(follower.low, "V") and not _has(follower.low, "I")
    if verb_next and follower is not None and follower.low not in ("and", "or"):
        return None  # 'an asset your team would value': a relative clause
    return Found(
        word.start, word.end, f"{word.text} to", f"{word.text!r} needs 'to' before what it reaches"
    )


# 7. Small closed cases -----------------------------------------------------------------------


def _which_for_people(tokens: list[Token], i: int) -> Found | None:
    """'everyone which helped' -> 'who': 'which' is for things."""
    if i == 0 or tokens[i - 1].kind != "w" or tokens[i - 1].low not in PERSON_NOUNS:
        return None
    if _low(tokens, i - 2) == "of":
        return None  # 'a number of people which': the number
    suggestion = _same_case(tokens[i].text, "who")
    return Found(tokens[i].start, tokens[i].end, suggestion, "for people, write 'who'")


_NEGATIVES = frozenset(
    "not never don't doesn't didn't can't cannot won't isn't aren't wasn't weren't haven't "
    "hasn't hadn't couldn't wouldn't shouldn't".split()
)
_ANY_OF = {"no": "any", "nothing": "anything", "nobody": "anybody", "nowhere": "anywhere"}
_SAY_NO = frozenset("say said saying says take took taking answer".split())


_VERBS_BEFORE_NO = CLASSES["be"] | CLASSES["have"] | CLASSES["do"]


def _double_negative(tokens: list[Token], i: int) -> Found | None:
    """'I don't have no questions' -> 'any': one negative is enough."""
    for k in range(i + 1, i + 4):
        word = _at(tokens, k)
        if word is None or (k == i + 3 and not _has(_low(tokens, k - 1), "R")):
            return None
        if word.low in _ANY_OF:
            after = _low(tokens, k + 1)
            if word.low == "no" and (after == "one" or _has(after, "C") or after == "doubt"):
                return None  # 'no longer', 'no later than'
            if word.low == "no" and (after in _CLOSED | _WH or not _has(after, "NJ")):
                return None  # 'I don't no when': a slip for 'know'
            suggestion = _same_case(word.text, _ANY_OF[word.low])
            return Found(
                word.start, word.end, suggestion, f"one negative is enough: {suggestion!r}"
            )
        if word.low in _SAY_NO or word.low in _WH or word.low in _CLOSED - _VERBS_BEFORE_NO:
            return None
        if not _has(word.low, "VR") or _has(word.low, "Z"):
            return None  # 'why nobody', 'did not change changes nothing'

    return None


def _singular_of(word: str) -> str | None:
    for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-1], word[:-2]):
        if singular and "N" in tags(singular) and singular not in _CLOSED:
            return singular
    return None


def _countable_plural(tokens: list[Token], k: int) -> Token | None:
    """The plural count noun at k ('meetings'), not a mass plural nor one before a noun."""
    noun = _at(tokens, k)
    if noun is None or (noun.text[:1].isupper() and k and tokens[k - 1].kind != "b"):
        return None
    if k and noun.start - tokens[k - 1].end != 1:
        return None  # 'every ``requests`` version': a name in quotes or code
    t = tags(noun.low)
    if "S" not in t or "N" not in t or noun.low in MASS_PLURALS or noun.low in _CLOSED:
        return None
    nxt = _at(tokens, k + 1)
    if (
        noun.low in ATTRIBUTIVE_PLURALS
        and nxt is not None
        and _is_noun(nxt.low)
        and not _has(nxt.low, "Z")
    ):
        return None  # 'each sales rep'
    return noun


def _is_noun(word: str) -> bool:
    return "N" in tags(word) and word not in _CLOSED


def _fewer(tokens: list[Token], i: int) -> Found | None:
    """'less meetings' -> 'fewer meetings': things one counts take 'fewer'."""
    joined = i and tokens[i - 1].end == tokens[i].start
    if _low(tokens, i - 1) in ("or", "no", "much", "far") or joined:
        return None  # 'more or less', 'no less', 'unit-less'
    if _countable_plural(tokens, i + 1) is None:
        return None
    suggestion = _same_case(tokens[i].text, "fewer")
    return Found(tokens[i].start, tokens[i].end, suggestion, "for things you count, 'fewer'")


def _number_of(tokens: list[Token], i: int) -> Found | None:
    """'the amount of people' -> 'number of': things one counts have a number."""
    if _low(tokens, i + 1) != "of":
        return None
    k = i + 2
    while k < i + 4 and _at(tokens, k) and tags(_low(tokens, k)) == "J":
        k += 1
    if _countable_plural(tokens, k) is None:
        return None
    fix = "number" if tokens[i].low == "amount" else "numbers"
    suggestion = _same_case(tokens[i].text, fix)
    return Found(tokens[i].start, tokens[i].end, suggestion, "for things you count, 'number'")


_ARE = frozenset(("are", "were", "have"))
_LIKE = frozenset("like love enjoy prefer about".split())


def _each_plural(tokens: list[Token], i: int) -> Found | None:
    """'each candidates' -> 'each candidate'; 'this types of' -> 'these types of'."""
    word = tokens[i]
    if _low(tokens, i - 1) in CLASSES["subj"] | _WH | {"and", "on", "in"}:
        return None  # 'we each have', 'each and every'
    noun = _countable_plural(tokens, i + 1)
    if noun is None:
        return None
    nxt = _low(tokens, i + 2)
    verb_reading = "V" in tags(noun.low)
    if verb_reading and (nxt in _DETERMINERS or nxt in CLASSES["obj"] or _clause_start(tokens, i)):
        if word.low in ("each", "every") and nxt in _DETERMINERS | CLASSES["obj"]:
            return None  # 'Each takes a string': a verb
        if word.low in ("this", "that") and _clause_start(tokens, i) and nxt not in _ARE:
            return None  # 'This consists of three parts'
    if word.low in ("each", "every"):
        singular = _singular_of(noun.low)
        if singular is None:
            return None
        suggestion = _same_case(noun.text, singular)
        return Found(noun.start, noun.end, suggestion, f"after {word.text!r}, one: {suggestion!r}")
    known = noun.low in _table() and "V" not in tags(noun.low)
    relative = "S" in tags(_low(tokens, i - 1))  # 'the types this covers are'
    plural_sign = nxt == "of" or (nxt in ("are", "were", "have") and not relative) or known
    if word.low == "that":
        before = _low(tokens, i - 1)
        plural_sign = nxt in ("of", "") and (before in CLASSES["prep"] or before in _LIKE)
    if not plural_sign or (nxt and _has(nxt, "N") and nxt not in ("of",) and "J" not in tags(nxt)):
        return None  # 'this weeks meeting' is a missing apostrophe
    fix = _same_case(word.text, "these" if word.low == "this" else "those")
    return Found(word.start, word.end, fix, f"{noun.text!r} are several: {fix!r}")


def _uncountable(tokens: list[Token], i: int) -> Found | None:
    """'equipments' -> 'equipment', 'worser' -> 'worse': words with no such form."""
    token = tokens[i]
    if token.low == "researches":
        before = _low(tokens, i - 1)
        if not (before in _DETERMINERS or before in CLASSES["prep"] or before in _QUANTIFIERS):
            return None  # 'she researches markets': a verb
    suggestion = _same_case(token.text, UNCOUNTABLE[token.low])
    return Found(
        token.start, token.end, suggestion, f"{token.text!r} is not used: write {suggestion!r}"
    )


# The words each check starts from (grammar_checks.py skips a check on any other word).
PATTERN_STARTS: dict[Check, frozenset[str]] = {
    _preposition: frozenset(COLLOCATIONS) | frozenset(NO_PREPOSITION) | _ARRIVE,
    _since_duration: frozenset(("since",)),
    _embedded_question: _WH,
    _feeling_adjective: _feeling_forms(),
    _apostrophe_plural: frozenset(("who", "of")) | _PLURAL_FOLLOWERS,
    _quantified_apostrophe: _QUANTIFIERS,
    _possessive_pronoun: frozenset(POSSESSIVE_PRONOUNS),
    _verb_after_to: frozenset(("to",)),
    _modal_patterns: _MODALS,
    _subject_adjective: frozenset(_SUBJECT_BE),
    _there_is: frozenset(("there",)),
    _forward_to: frozenset(("forward",)),
    _missing_to_before_owner: ADDITION_NOUNS | TO_VERBS,
    _which_for_people: frozenset(("which",)),
    _double_negative: _NEGATIVES,
    _fewer: frozenset(("less",)),
    _number_of: frozenset(("amount", "amounts")),
    _each_plural: frozenset(("each", "every", "this", "that")),
    _uncountable: frozenset(UNCOUNTABLE),
}


def _guarded(check: Check, words: frozenset[str]) -> Check:
    """The check, firing only on its start words (as the finder calls it)."""

    @wraps(check)
    def guarded(tokens: list[Token], i: int) -> Found | None:
        return check(tokens, i) if tokens[i].low in words else None

    return guarded


PATTERN_STARTS = {_guarded(check, words): words for check, words in PATTERN_STARTS.items()}
