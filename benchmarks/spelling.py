"""Spelling suggestions: accuracy and speed on Norvig's test set 1, beside pyspellchecker.

Prints, in one run: the share of misspellings whose first suggestion is right and the time per
misspelled word, for followup-kit's lexicon and for pyspellchecker (distance 2 and 1); and the
time to open the lexicon in a fresh process (and to build it, which happens once per machine).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTSET = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "spell-testset1.txt"


def load_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text().splitlines():
        right, _, wrongs = line.partition(":")
        pairs += [(right.strip(), wrong) for wrong in wrongs.split()]
    return pairs


def score(suggest, pairs, passes: int = 1) -> tuple[float, float]:
    """Share of first suggestions that are right, and the median ms per word over passes."""
    timings = []
    for _ in range(passes):
        start = time.perf_counter()
        right = sum(suggest(wrong) == expected for expected, wrong in pairs)
        timings.append((time.perf_counter() - start) / len(pairs) * 1000)
    return right / len(pairs), statistics.median(timings)


def fresh_process_ms(code: str, env: dict[str, str] | None = None, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        timings.append(float(out.stdout))
    return statistics.median(timings)


def main() -> None:
    import os

    from spellchecker import SpellChecker

    from followup_kit.spelling import lexicon

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else TESTSET
    pairs = load_pairs(path)
    print(f"{path.name}: {len(pairs)} misspellings")

    open_code = (
        "import time; t = time.perf_counter(); from followup_kit.spelling import Lexicon; "
        "x = Lexicon(); x.known(['the']); print(time.perf_counter() - t)"
    )
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "FOLLOWUP_KIT_CACHE": cache}
        build_s = fresh_process_ms(open_code, env, runs=1)
    open_s = fresh_process_ms(open_code)
    ref_code = (
        "import time; t = time.perf_counter(); from spellchecker import SpellChecker; "
        "SpellChecker(); print(time.perf_counter() - t)"
    )
    ref_s = fresh_process_ms(ref_code)

    lex = lexicon()

    def ours(word: str) -> str | None:
        if lex.known([word]):  # as pyspellchecker does, a real word is its own correction
            return word
        found = lex.suggest(word, limit=1)
        return found[0] if found else None

    ours_acc, ours_ms = score(ours, pairs, passes=5)
    rows = [("followup-kit lexicon", ours_acc, ours_ms)]
    for distance, passes in ((2, 1), (1, 5)):  # distance 2 takes ~20 s a pass
        checker = SpellChecker(distance=distance)
        acc, ms = score(checker.correction, pairs, passes)
        rows.append((f"pyspellchecker, distance {distance}", acc, ms))

    print(f"{'checker':<32} {'first suggestion right':>24} {'ms per word':>12}")
    for name, acc, ms in rows:
        print(f"{name:<32} {acc:>23.1%} {ms:>12.2f}")
    print(
        f"speed-up over pyspellchecker default: {rows[1][2] / ours_ms:.0f}x "
        "(median of 5 passes; the default gets one, at ~20 s a pass)"
    )
    print("goal: >= 80.0 % right, <= 2 ms per word")
    print()
    print(f"{'dictionary load, fresh process (median)':<44} {'seconds':>8}")
    print(f"{'followup-kit lexicon, cached':<44} {open_s:>8.3f}")
    print(f"{'followup-kit lexicon, first build':<44} {build_s:>8.3f}")
    print(f"{'pyspellchecker SpellChecker()':<44} {ref_s:>8.3f}")
    print("goal: cached load < 0.5 s")


if __name__ == "__main__":
    main()
