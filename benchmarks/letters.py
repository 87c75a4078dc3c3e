"""False alarms on realistic letters: every finding on a well-written letter is one too many.

Reviews the letters in ``data/letters/`` (invented, well-written follow-ups in several trades)
with their context and prints, per rule, what is still flagged. Beside it: how many words
pyspellchecker alone does not know in the same letters, how many of those the workplace word
list (``followup_kit/data/workplace_words.txt``) now accepts, and what proselint flags.

Goal: no error or warning on any of these letters; spelling raises nothing on office words.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

LETTERS = Path(__file__).with_name("data") / "letters"
HEADER = re.compile(r"(\w+): ([^|]+?)\s*(?:\||$)")


def load() -> list[tuple[str, dict[str, str], str]]:
    """(file name, review context, letter text) for every letter of the corpus."""
    letters = []
    for path in sorted(LETTERS.glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = {key.lower(): value for key, value in HEADER.findall(header)}
        context = {key: fields[key] for key in ("to", "company", "role", "kind", "medium")}
        letters.append((path.name, context, body))
    return letters


def main() -> None:
    from spellchecker import SpellChecker

    from followup_kit import review
    from followup_kit.spelling import EXTRA_WORDS, _workplace_words

    letters = load()
    per_rule: Counter[tuple[str, str]] = Counter()
    shown = []
    speller = SpellChecker()
    workplace = _workplace_words()
    unknown_plain: Counter[str] = Counter()
    for name, context, body in letters:
        found = review(body, **context)
        for f in found.findings:
            per_rule[f.rule, str(f.severity)] += 1
            shown.append(f"  {name}:{f.line}:{f.column}: {f.severity} {f.rule}: {f.message}")
        words = re.findall(r"[a-z]+(?:'[a-z]+)?", body.lower())
        unknown_plain.update(w for w in speller.unknown(words) if len(w) > 1)
    total_words = sum(len(re.findall(r"\w+", body)) for _, _, body in letters)
    print(f"{len(letters)} realistic letters, {total_words} words\n")
    print(f"{'rule':<20}{'errors':>8}{'warnings':>10}{'notes':>8}")
    rules = sorted({rule for rule, _ in per_rule})
    for rule in rules:
        e, w, i = (per_rule[rule, s] for s in ("error", "warning", "info"))
        print(f"{rule:<20}{e:>8}{w:>10}{i:>8}")
    if not rules:
        print(f"{'(nothing flagged)':<20}{0:>8}{0:>10}{0:>8}")
    covered = sorted(w for w in unknown_plain if w in workplace)
    extra = sorted(w for w in unknown_plain if w in EXTRA_WORDS and w not in workplace)
    rest = sorted(w for w in unknown_plain if w not in EXTRA_WORDS)
    print(
        f"\npyspellchecker alone does not know {len(unknown_plain)} distinct words here.\n"
        f"  the workplace word list accepts {len(covered)}: {', '.join(covered)}\n"
        f"  the older extra words accept {len(extra)}: {', '.join(extra)}\n"
        f"  the other {len(rest)} are names from the context or signature, acronyms and British "
        f"spellings, which the review accepts, or names it notes: {', '.join(rest)}"
    )
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    theirs = Counter(
        r.check_result.check_path for _, _, body in letters for r in LintFile("-", body).lint()
    )
    print(f"proselint on the same letters: {sum(theirs.values())} findings {dict(theirs)}")
    if shown:
        print("\nstill flagged:")
        print("\n".join(shown))


if __name__ == "__main__":
    main()
