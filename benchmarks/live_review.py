"""Live review in a real JupyterLab: how soon the findings follow the typing.

Starts JupyterLab and Debian's headless Chromium twice, as the browser test does: once with
this code and once with the code before issue 13 (``board_speed.REFERENCE``, taken out of git;
its kernel imports it through PYTHONPATH). Each time a console shows ``LetterEditor`` on the demo
interview, and Playwright types a 75-character sentence into its Text box at 80 ms a key (a
fast typist), three times. Printed, beside the reference (medians of the three):
* the time from the last keystroke to the review's update on screen (goal: 150 ms);
* the updates while the typing went on, and the longest wait for one (goal: 500 ms).

Run: ``python benchmarks/live_review.py`` (needs /usr/bin/chromium, as ``make test``).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from board_speed import REFERENCE, reference_code  # noqa: E402

from tests import test_browser as browser  # noqa: E402
from tests.browser_checks import chromium  # noqa: E402

ROUNDS = 3
EDITOR = (
    "from followup_kit import open_workspace\n"
    "from followup_kit.widgets import LetterEditor\n"
    "LetterEditor(open_workspace())\n"
)


class Folders:
    """What running_lab() asks of pytest's tmp_path_factory: fresh folders."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def mktemp(self, name: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=name, dir=self.root))


def measure(code: Path | None, folders: Folders) -> list[dict]:
    """Rounds of typing into an editor in a console whose kernel runs ``code``."""
    saved = os.environ.get("PYTHONPATH")
    if code is not None:
        os.environ["PYTHONPATH"] = str(code)  # the lab's kernels import this followup_kit
    try:
        with browser.running_lab(folders) as lab, chromium() as page:
            page.set_default_timeout(120_000)
            page.goto(f"{lab}/lab?reset&token={browser.TOKEN}")
            browser.open_console(page, EDITOR, new_launcher=False)  # a fresh lab's launcher
            page.locator(f"{browser.CONSOLE} .fk-letter").first.wait_for()
            return [measure_round(page) for _ in range(ROUNDS)]
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def measure_round(page) -> dict:
    return browser.measure_live_review(page, browser.CONSOLE)


def summary(rounds: list[dict]) -> dict:
    def median(key: str) -> float | None:
        values = [r[key] for r in rounds if r[key] is not None]
        return statistics.median(values) if values else None

    return {
        "after": median("after_last_key_ms"),
        "updates": median("updates_while_typing"),
        "wait": median("longest_wait_while_typing_ms"),
        "typing": median("typing_ms"),
        "missed": sum(r["after_last_key_ms"] is None for r in rounds),
        "rounds": rounds,
    }


def shown(value: float | None, unit: str = "ms") -> str:
    return "-" if value is None else f"{value:.0f} {unit}"


def main() -> None:
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        old = reference_code(base / "reference")
        now = summary(measure(None, Folders(base)))
        before = summary(measure(old, Folders(base))) if old else None
    print(
        f"live review in JupyterLab: {ROUNDS} rounds of typing a sentence at 80 ms a key "
        f"(about {now['typing'] / 1000:.1f} s each); medians; reference: {REFERENCE[:10]}"
    )
    rows = (
        ("update after the last keystroke", "after", "ms", "goal 150 ms"),
        ("updates while typing", "updates", "", "at least every 500 ms"),
        ("longest wait while typing", "wait", "ms", "goal 500 ms"),
    )
    for label, key, unit, goal in rows:
        ref = shown(before[key], unit) if before else "not available"
        print(f"  {label:<32} {shown(now[key], unit):>9}   reference {ref:>9}   ({goal})")
    for name, result in (("this code", now), ("reference", before)):
        if result:
            each = "; ".join(
                f"{shown(r['after_last_key_ms'])} after, {r['updates_while_typing']} updates, "
                f"longest wait {shown(r['longest_wait_while_typing_ms'])}"
                for r in result["rounds"]
            )
            print(f"  each round, {name}: {each}")


if __name__ == "__main__":
    main()
