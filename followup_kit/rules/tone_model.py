"""The tone scorer: a sentence read as word classes, weighed by a model trained on our sentences.

The phrase tables (tone_phrases) know the usual ways of begging or pressing someone, with a
precise span; people find other words. This layer reads a sentence the way a reader does:
which kinds of words it holds (tone_words: fear, pay, deadlines, slang ...), which kind comes
close before which ("I" before "need", "please" before "reject", "any" before "salary"), which
kinds meet in one sentence ("want" with "today"), whether it opens with an order, names a
deadline, or speaks of the candidate's own plans ("I will send ... by Friday"). A logistic
regression per rule, trained by ``tools/tone_model.py`` on ``benchmarks/data/tone_train.tsv``,
weighs these features; its weights ship in ``data/tone_model.txt`` and are summed here in pure
Python, in time linear in the sentence. A sentence is read once: its features are remembered
by its words, for the three tone rules and for the next review, where an edit leaves most
sentences as they were.

A verdict explains itself: the words that weighed most and the theme they share ("'petrified',
'sleep': may read as anxious about the outcome; ...").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from hashlib import sha256
from pathlib import Path
from typing import NamedTuple

from .tone_cues import OWN_ACTION
from .tone_phrases import DEADLINE_PATTERN, OFFER_CLAUSE
from .tone_words import CLASSES, CONTRACTIONS, THEMES

__all__ = ["MODEL", "Verdict", "features", "judge", "source_digest", "tokens"]

MODEL = Path(__file__).resolve().parents[1] / "data" / "tone_model.txt"
RULES = ("desperate", "pushy", "informal")
NEAR = 3  # "I really do need": a word class speaks to the classes up to three words on

MESSAGES = {
    "begging": "may read as begging; say plainly that you want the role and why you fit",
    "terms": "may read as taking any terms; leave pay and conditions for the offer stage",
    "stakes": (
        "may read as needing the job rather than fitting it; keep personal stakes out of the "
        "letter and say what you would bring"
    ),
    "anxiety": "may read as anxious about the outcome; leave the worry out of the letter",
    "self-doubt": "may read as running yourself down; lead with one thing you did well instead",
    "apology": "may read as apologising too much; one short apology, or none, is enough",
    "promise": "may read as a pleading promise; show it with one result instead",
    "deadline": ("may read as pressure on their timeline; ask when they expect to decide instead"),
    "reproach": "may read as a reproach for the wait; ask politely for an update instead",
    "counting": "may read as counting your messages; one polite check-in is enough",
    "ultimatum": (
        "may read as an ultimatum; if you have another offer, say so politely and ask about "
        "their timeline"
    ),
    "presumption": (
        "may read as deciding for them; leave the next step, and its date, to the employer"
    ),
    "rush": "may read as asking them to rush; ask when they expect to decide instead",
    "casual": (
        "reads as casual for a letter to an interviewer; write as you would to a new colleague"
    ),
}
FALLBACK = {
    "desperate": "may read as needy; say what you want and what you bring instead",
    "pushy": "may read as pressure; ask politely when they expect to decide instead",
    "informal": MESSAGES["casual"],
}


# --- reading a sentence ---------------------------------------------------------------------

_TOKEN = re.compile(
    r"<3|[:;]-?[()dpo*](?![a-z])|\^_\^|[a-z]+(?:'[a-z]+)*|\d+(?:st|nd|rd|th)?(?![a-z])|[!?]"
)
# Web and mail addresses are names, not words: "example.com/haha-results" says nothing of tone.
# Each alternative starts only where a token starts, so "!!!...!" is tried once, not from every
# mark (which took quadratic time).
_ADDRESS = re.compile(r"(?<!\S)\S+@\S+|(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+/\S*")
_IS_WITH = frozenset(
    "it that what there here who where how he she everything nothing something this one".split()
)
_ENDINGS = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'d", "would"))


def _words() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[tuple[str, ...], str]]]]:
    single: dict[str, set[str]] = {}
    for name, (_, words) in CLASSES.items():
        for word in words.split():
            # The tokens split at hyphens: "fast-track" is read as the phrase "fast_track".
            word = word.replace("-", "_") if word[0].isalpha() else word
            single.setdefault(word, set()).add(name)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for word in single:
        if "_" in word:
            parts = tuple(word.split("_"))
            phrases.setdefault(parts[0], []).append((parts, word))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    return {w: frozenset(c) for w, c in single.items()}, phrases


@cache
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[tuple[str, ...], str]]]]:
    return _words()


class Token(NamedTuple):
    """One word of a sentence as the scorer reads it, with where it stands in the letter."""

    word: str
    start: int
    end: int


@lru_cache(maxsize=8)
def _masked(raw: str) -> str:
    """The text with web and mail addresses blanked out (same length: spans stay right).

    Done on the whole letter, since a sentence window may end inside an address.
    """
    if "." not in raw and "@" not in raw:
        return raw
    return _ADDRESS.sub(lambda m: " " * len(m.group()), raw)


def _spelt_out(word: str) -> list[str]:
    """A contraction as its words: "i'm" -> ["i", "am"], "didn't" -> ["did", "not"]."""
    lexicon, _ = _lexicon()
    if word in lexicon:
        return [word]
    if word in CONTRACTIONS:
        return CONTRACTIONS[word].split()
    for ending, full in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return [word[: -len(ending)], full]
    if word.endswith("'m"):
        return [word[:-2], "am"]
    if word.endswith("'s"):
        base = word[:-2]
        return [base, "is"] if base in _IS_WITH else [base]
    return [word]


def tokens(raw: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``raw[start:end]``, lowercase, contractions spelt out, phrases joined."""
    end = len(raw) if end is None else end
    return [Token(word, a + start, b + start) for word, a, b in _tokens(_masked(raw)[start:end])]


# A word as the scorer reads it ("didn't" -> ("did", "not"), "3rd" -> ("#date",)), remembered:
# the same few thousand words make up every letter. Cleared when it grows past the limit.
_READINGS: dict[str, tuple[str, ...]] = {}
_READINGS_LIMIT = 50_000


def _reading(word: str) -> tuple[str, ...]:
    found = _READINGS.get(word)
    if found is None:
        if word[0].isdigit():
            found = ("#date",) if word[-1].isalpha() else ("#num",)
        else:
            found = tuple(_spelt_out(word))
        if len(_READINGS) >= _READINGS_LIMIT:
            _READINGS.clear()
        _READINGS[word] = found
    return found


@cache
def _phrase_index() -> dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]]:
    """Per first word, its phrases by length, longest first: a lookup per length, not a scan."""
    _, phrases = _lexicon()
    index = {}
    for first, entries in phrases.items():
        by_length: dict[int, dict[tuple[str, ...], str]] = {}
        for parts, name in entries:
            by_length.setdefault(len(parts), {}).setdefault(parts, name)
        index[first] = tuple(sorted(by_length.items(), reverse=True))
    return index


def _tokens(piece: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of a piece of masked text, offsets within it (see :func:`tokens`)."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN.finditer(piece.lower().replace("’", "'")):
        a, b = match.span()
        for part in _reading(match.group()):
            words.append(part)
            starts.append(a)
            ends.append(b)
    phrases = _phrase_index()
    joined: list[tuple[str, int, int]] = []
    i = 0
    n = len(words)
    while i < n:
        for length, table in phrases.get(words[i], ()):
            name = table.get(tuple(words[i : i + length])) if i + length <= n else None
            if name is not None:
                joined.append((name, starts[i], ends[i + length - 1]))
                i += length
                break
        else:
            joined.append((words[i], starts[i], ends[i]))
            i += 1
    return joined


class Feature(NamedTuple):
    """A fact about a sentence and the words that make it true."""

    name: str
    words: tuple[int, ...]  # indexes into the sentence's tokens


def features(raw: str, start: int = 0, end: int | None = None) -> tuple[list[Token], list[Feature]]:
    """The sentence's tokens and its features (each named once)."""
    end = len(raw) if end is None else end
    words = tokens(raw, start, end)
    return words, _features_of(words, raw, start, end)


_NO_CLASS: frozenset[str] = frozenset()


@cache
def _themed() -> frozenset[str]:
    """The word classes that carry a theme (their words count one by one)."""
    return frozenset(name for name, (theme, _) in CLASSES.items() if theme)


def _features_of(words: list[Token], raw: str, start: int, end: int) -> list[Feature]:
    """The features of the sentence ``raw[start:end]`` whose tokens are ``words``."""
    lexicon, _ = _lexicon()
    themed = _themed()
    found: dict[str, tuple[int, ...]] = {"bias": ()}
    classes = [lexicon.get(t.word, _NO_CLASS) for t in words]
    where: dict[str, list[int]] = {}
    for i, names in enumerate(classes):
        if not names:
            continue
        if not themed.isdisjoint(names):
            found.setdefault("w:" + words[i].word, (i,))
        for name in names:
            where.setdefault(name, []).append(i)
    for name, places in where.items():
        found[f"c:{name}"] = tuple(places)
        if len(places) > 1:
            found[f"n:{name}"] = tuple(places)
    present = sorted(where)
    for a_index, a in enumerate(present):
        for b in present[a_index + 1 :]:
            found[f"s:{a}+{b}"] = (where[a][0], where[b][0])
    for i, names in enumerate(classes):
        if not names:
            continue
        for j in range(i + 1, min(len(words), i + NEAR + 1)):
            for a in names:
                for b in classes[j]:
                    found.setdefault(f"p:{a}>{b}", (i, j))
    for name, pattern in (
        ("r:deadline", DEADLINE_PATTERN[0]),
        ("r:own", OWN_ACTION),
        ("r:offer", OFFER_CLAUSE),
    ):
        match = pattern.search(raw, start, end)
        if match:
            found[name] = tuple(
                i for i, t in enumerate(words) if t.start < match.end() and t.end > match.start()
            )
    found[f"len:{_length(len(words))}"] = ()
    frames = _frames(words, classes, found)
    for name, places in frames.items():
        found[f"f:{name}"] = places
    for a, b in _FRAME_PAIRS:
        if a in frames and b in frames:
            found[f"f:{a}&{b}"] = frames[a] + frames[b]
    if "ask" in frames and "time" in frames and "own" not in frames and "plan" not in frames:
        found["f:ask&time&mine-not"] = frames["ask"] + frames["time"]
    if words and classes[0]:
        for name in classes[0]:
            found[f"^{name}"] = (0,)
    return [Feature(name, places) for name, places in found.items()]


_VERBS = frozenset({"ORDER_VERB", "ANSWER_VERB", "RUSH"})
_OPENERS = frozenset({"PLEASE", "JUST", "SO", "BUT"})
_FRAME_PAIRS = (
    ("ask", "time"),
    ("ask", "question"),
    ("ask", "own"),
    ("ask", "plan"),
    ("ask", "polite"),
    ("time", "own"),
    ("time", "question"),
    ("time", "plan"),
    ("time", "polite"),
    ("me", "need"),
    ("me", "fear"),
    ("any", "terms"),
    ("please", "refusal"),
    ("me", "down"),
    ("sorry", "more"),
)


def _frames(
    words: list[Token], classes: list[frozenset[str]], found: dict[str, tuple[int, ...]]
) -> dict[str, tuple[int, ...]]:
    """Who is asked to do what, and when: the frames a sentence fills, with their words.

    "ask": the sentence asks them to act (an order, "please send", "I need/want/expect",
    "you must decide", "can you confirm ...?", "I look forward to your answer"); "time": it
    names a deadline or urgency; "own": the candidate will act ("I'll reply by Friday");
    "plan": it repeats their own timeline ("as you mentioned"). And for neediness: "me" with
    "need", "fear", "down" (running oneself down); "any" with "terms"; "please" with a
    refusal; "sorry" with "more" (an apology made bigger).
    """
    n = len(words)

    def near(i: int, names: frozenset[str] | set[str], span: int) -> int | None:
        for j in range(i + 1, min(n, i + span + 1)):
            if classes[j] & names:
                return j
        return None

    frames: dict[str, tuple[int, ...]] = {}
    first = 0
    while first < n and classes[first] and classes[first] <= _OPENERS:
        first += 1
    if first < n and classes[first] & _VERBS:
        frames["ask"] = (first,)
    for i, names in enumerate(classes):
        if "PLEASE" in names:
            j = near(i, _VERBS, 3)
            if j is not None:
                frames.setdefault("ask", (i, j))
            j = near(i, {"REJECT", "NEG", "CHANCE"}, 4)
            if j is not None:
                frames.setdefault("please", (i,))
                frames.setdefault("refusal", (j,))
        if "I" in names:
            j = near(i, {"WANT", "FORCE"}, 3)
            if j is not None and "NEED" in classes[j] and _after(words, j) == "to":
                # "I need to decide by Friday" is the candidate's own task; "I need to know
                # by Friday", "I need the contract by Friday" ask something of them.
                if _after(words, j + 1) in _TO_LEARN:
                    frames.setdefault("ask", (i, j))
                else:
                    frames.setdefault("own", (i, j))
            elif j is not None:
                frames.setdefault("ask", (i, j))
            j = near(i, {"WILL", "CAN", "WOULD"}, 1)
            if j is not None and "YOU" not in (classes[j + 1] if j + 1 < n else ()):
                k = near(j, _VERBS | {"WAIT"}, 3)
                if k is not None and not any("YOU" in classes[m] for m in range(j, k)):
                    frames.setdefault("own", (i, k))
            for frame, wanted, span in (
                ("need", {"NEED"}, 3),
                ("fear", {"FEAR", "BODY", "CHECKING"}, 4),
                ("down", {"SELF_NEG", "MISTAKE", "COMPARE", "DESERVE"}, 5),
            ):
                j = near(i, wanted, span)
                if j is not None:
                    frames.setdefault("me", (i,))
                    frames.setdefault(frame, (j,))
        if "YOU" in names:
            j = near(i, {"MUST", "WILL"}, 2)
            if j is not None and near(j, _VERBS, 3) is not None:
                frames.setdefault("ask", (i, j))
        if names & {"CAN", "WOULD", "WILL"} and i + 1 < n and "YOU" in classes[i + 1]:
            j = near(i + 1, _VERBS | {"ANSWER"}, 4)
            if j is not None:
                frames.setdefault("ask", (i, j))
        if "LOOK_FORWARD" in names:
            j = near(i, {"ANSWER"}, 5)
            if j is not None:
                frames.setdefault("ask", (i, j))
        if "NOW" in names or "DEADLINE_WORD" in names:
            frames.setdefault("time", (i,))
        if "BY" in names and near(i, {"DAY", "MONTH", "NUMBER"}, 3) is not None:
            frames.setdefault("time", (i,))
        if names & {"ANY", "LESS", "PICKY"} and near(i, {"PAY", "SHIFTS", "JOB", "TAKE"}, 4):
            frames.setdefault("any", (i,))
            frames.setdefault("terms", (near(i, {"PAY", "SHIFTS", "JOB", "TAKE"}, 4) or i,))
        if "APOLOGY" in names:
            j = near(i, {"APOLOGY_MORE", "INTENSE", "AGAIN", "BOTHER", "APOLOGY", "SELF_NEG"}, 6)
            if j is not None:
                frames.setdefault("sorry", (i,))
                frames.setdefault("more", (j,))
        if "QUESTION" in names:
            frames.setdefault("question", (i,))
        if "OWN_PLAN" in names:
            frames.setdefault("plan", (i,))
        if "POLITE" in names:
            frames.setdefault("polite", (i,))
    if "r:deadline" in found:
        frames.setdefault("time", found["r:deadline"])
    if "r:own" in found:
        frames.setdefault("own", found["r:own"])
    if "r:offer" in found:
        frames.setdefault("plan", found["r:offer"])
    return frames


_TO_LEARN = frozenset("know hear hear_back hear_from_you have receive get see".split())


def _after(words: list[Token], i: int) -> str:
    return words[i + 1].word if i + 1 < len(words) else ""


def _length(count: int) -> str:
    """A sentence's length as a band: long sentences hold more words of every class."""
    for limit in (4, 8, 14, 22, 32):
        if count <= limit:
            return str(limit)
    return "more"


def relevant(name: str, rule: str) -> bool:
    """Whether a feature may carry weight for a rule.

    Casual words alone make a sentence informal: "I" next to "enjoyed" says nothing of it, so
    the informal model only weighs features that involve a casual word. Need and pressure live
    in how ordinary words combine ("could we ... this week?"), so those models weigh them all.
    """
    if rule != "informal" or name == "bias":
        return True
    if name.startswith(("r:", "f:", "len:")):
        return False
    if name.startswith("w:"):
        names = _lexicon()[0].get(name[2:], frozenset())
    else:
        names = frozenset(re.split(r"[+>]", name.removeprefix("^")[2 if name[1] == ":" else 0 :]))
    return any(THEMES.get(CLASSES.get(n, ("", ""))[0]) == rule for n in names)


# --- the trained weights --------------------------------------------------------------------


class Weights(NamedTuple):
    """One rule's weights, the score from which it speaks, and the lower score that seconds."""

    weights: dict[str, float]
    threshold: float
    second: float


@cache
def _model() -> dict[str, Weights]:
    weights: dict[str, dict[str, float]] = {rule: {} for rule in RULES}
    bars: dict[str, dict[str, float]] = {"threshold": {}, "second": {}}
    for line in MODEL.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, rule, *rest = line.split("\t")
        if kind == "weight":
            weights[rule][rest[0]] = float(rest[1])
        else:
            bars[kind][rule] = float(rest[0])
    return {
        rule: Weights(
            weights[rule],
            bars["threshold"].get(rule, math.inf),
            bars["second"].get(rule, math.inf),
        )
        for rule in RULES
    }


def source_digest(training: bytes) -> str:
    """What a model was trained from: the training sentences, the word classes, this code."""
    digest = sha256(training)
    for path in (Path(__file__), Path(__file__).with_name("tone_words.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Verdict(NamedTuple):
    """A sentence the scorer flags for a rule: its span, why, how sure (0 to 1), and whether
    it only clears the lower bar that seconds another signal."""

    start: int
    end: int
    message: str
    probability: float
    seconded: bool = False


def score(found: list[Feature], rule: str) -> float:
    """The rule's logistic score of a sentence's features (the log-odds)."""
    weights = _model()[rule].weights
    return sum(weights.get(f.name, 0.0) for f in found)


class _Sentence(NamedTuple):
    """A sentence as the scorer read it: tokens, features, and each rule's score once summed."""

    words: list[Token]
    found: list[Feature]
    totals: dict[str, float]


def _sentence_features(raw: str, start: int, end: int) -> tuple[int, _Sentence]:
    """The sentence ``raw[start:end]`` as the scorer reads it, and the offset to add to its
    tokens' places: worked out once per sentence text (callers only read it).

    Remembered by the sentence's words, not by the letter, so the three tone rules share
    them, and an edit re-reads only the sentences it changed.
    """
    lead = 1 if start > 0 else 0  # a pattern's \b at the first word looks one character back
    shift = start - lead
    return shift, _local_features(raw[shift:end], lead, _masked(raw)[start:end])


@lru_cache(maxsize=2048)
def _local_features(local: str, lead: int, piece: str) -> _Sentence:
    """Features of ``local[lead:]`` (``piece``: the same with addresses blanked out)."""
    words = [Token(word, a + lead, b + lead) for word, a, b in _tokens(piece)]
    return _Sentence(words, _features_of(words, local, lead, len(local)), {})


def judge(
    raw: str,
    start: int,
    end: int,
    rule: str,
    *,
    seconded: bool = False,
    shown: str | None = None,
) -> Verdict | None:
    """A verdict when the rule's model flags the sentence ``raw[start:end]``, else None.

    With ``seconded``, the lower bar applies: the sentence already has another signal (a cue).
    ``shown``: the text the explanation quotes, if not ``raw`` (same length).
    """
    shift, sentence = _sentence_features(raw, start, end)
    words, found = sentence.words, sentence.found
    if not words:
        return None
    model = _model()[rule]
    total = sentence.totals.get(rule)
    if total is None:
        total = sentence.totals[rule] = sum(model.weights.get(f.name, 0.0) for f in found)
    if total < model.threshold and not (seconded and total >= model.second):
        return None
    return Verdict(
        words[0].start + shift,
        words[-1].end + shift,
        _explain(raw if shown is None else shown, shift, words, found, model.weights, rule),
        1 / (1 + math.exp(-max(-30.0, min(30.0, total)))),
        total < model.threshold,
    )


def _explain(
    raw: str,
    shift: int,
    words: list[Token],
    found: list[Feature],
    weights: dict[str, float],
    rule: str,
) -> str:
    """The theme that weighed most for the rule, and the words that carried it."""
    lexicon, _ = _lexicon()
    by_theme: dict[str, float] = {}
    evidence: dict[str, dict[int, float]] = {}
    for feature in found:
        weight = weights.get(feature.name, 0.0)
        if weight <= 0 or not feature.words:
            continue
        themes = {
            CLASSES[name][0]
            for i in feature.words
            for name in lexicon.get(words[i].word, ())
            if THEMES.get(CLASSES[name][0]) == rule
        }
        if feature.name == "r:deadline" and rule == "pushy":
            themes.add("deadline")
        for theme in themes:
            by_theme[theme] = by_theme.get(theme, 0.0) + weight
            for i in feature.words:
                if THEMES.get(_theme_of(words[i].word)) == rule or feature.name.startswith("r:"):
                    mine = evidence.setdefault(theme, {})
                    mine[i] = mine.get(i, 0.0) + weight
    if not by_theme:
        return FALLBACK[rule]
    theme = max(sorted(by_theme), key=lambda t: by_theme[t])  # a tie: the same theme every run
    strongest = sorted(evidence.get(theme, {}).items(), key=lambda e: -e[1])[:3]
    quoted = _quotes(raw, shift, sorted({words[i] for i, _ in strongest}, key=lambda t: t.start))
    return f"{quoted}: {MESSAGES[theme]}" if quoted else MESSAGES[theme]


def _theme_of(word: str) -> str:
    lexicon, _ = _lexicon()
    for name in sorted(lexicon.get(word, ())):
        if CLASSES[name][0]:
            return CLASSES[name][0]
    return ""


def _quotes(raw: str, shift: int, words: list[Token]) -> str:
    seen: list[str] = []
    for token in words:
        text = raw[token.start + shift : token.end + shift]
        if text.lower() not in (s.lower() for s in seen):
            seen.append(text)
    return ", ".join(f"{s!r}" for s in seen)


def sentences(raw: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of a plain string, for training and tests."""
    for match in re.finditer(r"[^.!?\n]+[.!?]*", raw):
        if match.group().strip():
            yield match.span()
