"""How well `unanswered-concern` tells an answer from a mere acknowledgement.

``data/unanswered_concern.jsonl`` holds (concern, paragraph) pairs, half of them answering the
concern in varied words, half only naming it, offering to talk, making a vague claim, or talking
about something else. Each paragraph goes into a plain thank-you letter and through ``review()``.
The rule was tuned on the ``dev`` half only; the ``held-out`` half shows how it generalises.

Printed beside two references: "names it" (answered when any key word of the concern appears,
what a keyword check does) and "quotes it" (answered when the concern is repeated word for word).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).with_name("data") / "unanswered_concern.jsonl"
LETTER = """Dear Ana,

Thank you for meeting me on Tuesday about the Analyst role at Northwind Traders.

{paragraph}

I would love to join Northwind Traders. If you need anything else from me, please let me know.

Best regards,
Jordan Avery
"""


def load() -> list[dict]:
    """The evaluation pairs, one JSON object per line."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def by_rule(concern: str, paragraph: str) -> bool:
    """True when the rule finds the concern answered."""
    from followup_kit import review

    found = review(
        LETTER.format(paragraph=paragraph),
        to="Ana Souza",
        company="Northwind Traders",
        role="Analyst",
        concerns=[concern],
        disabled=["spelling"],  # not needed here, and the slowest rule
    )
    return "unanswered-concern" not in found.rules()


def by_naming(concern: str, paragraph: str) -> bool:
    """The keyword reference: answered when any key word of the concern appears."""
    from followup_kit.rules.answers import key_terms, root

    roots = {root(w) for w in paragraph.replace(".", " ").replace(",", " ").split()}
    return any(term in roots for term in key_terms(concern))


def by_quoting(concern: str, paragraph: str) -> bool:
    """The exact-string reference: answered when the concern is repeated word for word."""
    return concern.lower() in paragraph.lower()


def score(rows: list[dict], judge: Callable[[str, str], bool]) -> tuple[float, float, float]:
    """Accuracy, and the share of answers passed and of non-answers flagged."""
    right = passed = flagged = 0
    answers = sum(r["answers"] for r in rows)
    for row in rows:
        verdict = judge(row["concern"], row["paragraph"])
        right += verdict == row["answers"]
        passed += verdict and row["answers"]
        flagged += not verdict and not row["answers"]
    return right / len(rows), passed / answers, flagged / (len(rows) - answers)


def cost_ms(runs: int = 300) -> tuple[float, float]:
    """Median warm review of the demo letter to Priya with her concern, and without the rule."""
    import statistics
    import tempfile
    import time
    from datetime import date

    from followup_kit import Workspace, review
    from followup_kit.demo import load_demo
    from followup_kit.drafting import draft_interview
    from followup_kit.reviewing import letter_context

    with tempfile.TemporaryDirectory() as folder, Workspace(folder) as workspace:
        interview = load_demo(workspace, today=date(2026, 11, 27))
        letter = draft_interview(workspace, interview.id)[0]
        context = letter_context(workspace, letter)
    medians = []
    for disabled in ([], ["unanswered-concern"]):
        review(letter.body, **{**context, "disabled": disabled})
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            review(letter.body, **{**context, "disabled": disabled})
            timings.append(time.perf_counter() - start)
        medians.append(statistics.median(timings) * 1000)
    return medians[0], medians[1]


def main() -> int:
    rows = load()
    answers = sum(r["answers"] for r in rows)
    print(
        f"unanswered-concern on {len(rows)} pairs ({answers} answer, {len(rows) - answers} do not)"
    )
    print(f"{'':22}{'accuracy':>9}{'answers passed':>16}{'others flagged':>16}")
    for split in ("dev", "held-out", "all"):
        subset = [r for r in rows if split in ("all", r["split"])]
        for name, judge in (
            ("rule", by_rule),
            ("ref: names it", by_naming),
            ("ref: quotes it", by_quoting),
        ):
            accuracy, passed, flagged = score(subset, judge)
            label = f"{split} ({len(subset)}) {name}" if name == "rule" else f"  {name}"
            print(f"{label:22}{accuracy:9.0%}{passed:16.0%}{flagged:16.0%}")
    with_rule, without = cost_ms()
    print(
        f"warm review of the demo letter to Priya: {with_rule:.2f} ms with her concern "
        f"checked, {without:.2f} ms with the rule off (median)"
    )
    if "--misses" in sys.argv:
        for row in rows:
            if by_rule(row["concern"], row["paragraph"]) != row["answers"]:
                kind = "answer flagged" if row["answers"] else "passed wrongly"
                print(f"[{row['split']}] {kind}: {row['concern']} | {row['paragraph']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
