"""The review remembers what it read of each sentence; what it remembers is never stale.

The tone scorer keeps each sentence's features by the sentence's words (not by the letter), the
phrase tables and cues keep what a sentence's vocabulary selects, and missing-specific keeps
the notes' content words. A letter edited between two reviews must get exactly the findings a
review with nothing remembered gives it, wherever its sentences have moved.
"""

from __future__ import annotations

import pytest

from followup_kit import review
from followup_kit.rules import content, scan, tone, tone_model

NOTES = ["Priya leads the forecasting of shipment volumes", "warehouse dashboards in Rotterdam"]
LETTER = """Dear Priya,

Thank you for taking the time to meet me on Thursday. I enjoyed hearing how the team
forecasts shipment volumes per depot, and your question about warehouse dashboards.

At my last job I migrated eleven dashboards to a new data source in six weeks.
I would love to bring that to Lumen Harbor.

Best regards,
Jordan Avery"""

# Each edit keeps most sentences and moves them: a sentence read before now stands elsewhere.
EDITS = [
    lambda t: t,
    lambda t: t.replace("Thank you for", "I really need this job, please. Thank you for"),
    lambda t: t.replace("six weeks.", "six weeks. Pls call me back by Friday!!"),
    lambda t: t.replace("I would love", "You guys were awesome haha, and I would love"),
    lambda t: t.replace("Dear Priya,\n\n", "Dear Priya,\n\nSorry to bother you again.\n"),
    # A line break inside a casual phrase, and an address that a sentence end cuts in two.
    lambda t: (
        t.replace("your question", "you\nguys asked a question, see www.lumen.example/q.1")
        + " I can't keep this option open for you forever."
    ),
    lambda t: t.replace("I enjoyed", "I’m so sorry, I’m begging you. I enjoyed"),
]


def _letters() -> list[str]:
    letters, text = [], LETTER
    for edit in EDITS:
        text = edit(text)
        letters.append(text)
    # Back to the start, then each edit alone on the original: old sentences in new places.
    letters.append(LETTER)
    letters += [edit(LETTER) for edit in EDITS[1:]]
    return letters


def _review(text: str) -> list[tuple]:
    found = review(text, to="Priya Raman", notes=NOTES, disabled=["grammar"]).findings
    return [tuple(f) for f in found]


def _nothing_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear every memory of the review's rules, and keep them from remembering."""
    tone_model._local_features.cache_clear()
    tone_model._READINGS.clear()
    content._wanted.cache_clear()
    monkeypatch.setattr(
        tone_model, "_local_features", tone_model._local_features.__wrapped__, raising=True
    )
    monkeypatch.setattr(tone_model, "_READINGS_LIMIT", 0)
    monkeypatch.setattr(content, "_wanted", content._wanted.__wrapped__)
    monkeypatch.setattr(
        scan.Index, "candidates", lambda index, words: tuple(sorted(index._candidates(words)))
    )
    monkeypatch.setattr(
        tone,
        "_first_cue",
        lambda cues, words: next((c for c in cues if tone._fits(c, words)), None),
    )


def test_an_edited_letter_gets_the_findings_of_a_first_review(monkeypatch):
    letters = _letters()
    remembered = [_review(text) for text in letters]  # one after another, as in the editor
    again = [_review(text) for text in letters]  # everything remembered now
    _nothing_remembered(monkeypatch)
    fresh = [_review(text) for text in letters]
    assert remembered == fresh
    assert again == fresh
    # The edits do change the tone findings: the comparison is not between empty lists.
    rules = {finding[0] for found in fresh for finding in found}
    assert {"desperate", "pushy", "informal"} <= rules


@pytest.mark.parametrize(
    ("sentence", "rule", "quoted"),
    [
        ("I keep checking my inbox every hour.", "desperate", "'keep checking', 'every hour'"),
        ("I need to know by Friday.", "pushy", "'by', 'Friday'"),
        ("You guys were super fun lol.", "informal", "'You guys', 'super fun', 'lol'"),
    ],
)
def test_a_remembered_sentence_is_placed_where_it_now_stands(sentence, rule, quoted):
    tone_model._local_features.cache_clear()
    verdicts = []
    befores = ("", "Thanks. ", "Thank you for Monday, Sam. ", "Hi,\n", "Hello again.\n")
    for before in befores:
        raw = before + sentence + " Best, Jo"
        start = len(before)
        verdict = tone_model.judge(raw, start, start + len(sentence), rule)
        assert verdict is not None
        assert raw[verdict.start : verdict.end] == sentence.removesuffix(".")
        assert verdict.message.startswith(quoted + ":")
        verdicts.append(verdict)
    # Remembered with the character before it (a pattern's \b reads it): two of five reads
    # came from the memory, at new places.
    assert tone_model._local_features.cache_info().hits == 2
    assert len({(v.message, v.probability) for v in verdicts}) == 1


def test_the_informal_scorer_reads_words_only():
    """It reads the letter as the other tone rules do (a line break as a space): sound only
    because no informal weight belongs to a feature that sees more than the words."""
    weights = tone_model._model()["informal"].weights
    assert weights
    assert not [name for name in weights if name.startswith(("r:", "f:", "len:"))]
