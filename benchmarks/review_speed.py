"""Review speed: a warm review in a running kernel, and a cold command beside proselint.

Prints, in one run: the median time of a warm ``review()`` of a 200-word letter with full
context (goal: 5 ms or less), and the median wall time of a cold ``followup-kit review`` process
beside a cold ``proselint check`` process on the same file (goal: ratio 1.0 or less).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).with_name("data")
LETTER = DATA / "letter.txt"
NOTES = DATA / "notes.txt"
RUNS = 15


def warm_review_ms(runs: int = 200) -> tuple[float, int]:
    from followup_kit import review
    from followup_kit.demo import demo_profile

    text = LETTER.read_text()
    context = {
        "to": "Priya Raman",
        "email": "priya.raman@lumenharbor.example",
        "company": "Lumen Harbor Logistics",
        "role": "Data Analyst",
        "notes": NOTES.read_text().splitlines(),
        "profile": demo_profile(),
        "names": ["Tomás Okafor", "Mei Lin Chen"],
        "others": [("Tomás Okafor", text.replace("Priya", "Tomás")[::-1])],
        "other_companies": ["Northwind Traders"],
    }
    review(text, **context)  # first call opens the lexicon
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        review(text, **context)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000, len(text.split())


def cold_ms(command: list[str]) -> float:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    warm, words = warm_review_ms()
    print(f"warm review of a {words}-word letter, full context: {warm:.2f} ms median (goal <= 5)")
    bin_dir = Path(sys.executable).parent
    ours = [
        str(bin_dir / "followup-kit"),
        "review",
        str(LETTER),
        "--to",
        "Priya Raman",
        "--company",
        "Lumen Harbor Logistics",
        "--notes",
        str(NOTES),
    ]
    proselint = shutil.which("proselint", path=str(bin_dir)) or shutil.which("proselint")
    if proselint is None:
        print("proselint is not installed; pip install proselint to compare")
        return
    cold_ms(ours)  # the first run may build the lexicon cache once per machine
    # Interleave the two so that machine noise hits both alike.
    ours_ms, theirs_ms = [], []
    for _ in range(3):
        ours_ms.append(cold_ms(ours))
        theirs_ms.append(cold_ms([proselint, "check", str(LETTER)]))
    a, b = statistics.median(ours_ms), statistics.median(theirs_ms)
    print(f"{'cold process, same file':<34} {'median ms':>10}")
    print(f"{'followup-kit review':<34} {a:>10.1f}")
    print(f"{'proselint check':<34} {b:>10.1f}")
    print(f"ratio followup-kit / proselint: {a / b:.2f} (goal <= 1.00)")


if __name__ == "__main__":
    main()
