"""A long job search: how long the review board, the letter editor and the schedule view take
to open over 10, 100 and 1,000 interviews (three people, three letters each).

Prints, in one run, each figure beside the reference: the code before issue 13 (commit
``REFERENCE``, taken out of git into a temporary folder) opening the same workspace file. Each
figure is the median of a few fresh processes, timed after the process has warmed up (imports,
the spelling lexicon, Harper's linter built), so it is the widget's own cost: what you wait for
when you run its cell. Goal: the board over 100 interviews opens in at most 1 s; over 1,000 in
at most 10 s, or its first view (the current interviews) in under 1 s.

Run: ``python benchmarks/board_speed.py`` (``--quick`` for 10 and 100 interviews only).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (
    "e11115e017b656c46b013f32a49fed32b2ce38a2"  # the code before issue 13 (the merge of issue 11)
)
SIZES = (10, 100, 1000)
RUNS = 3  # fresh processes per figure (the median is printed)
REFERENCE_LIMIT_S = 300.0  # the old board over 1,000 interviews would take hours

COMPANIES_A = (
    "Northwind Harbor Lumen Blue Cedar Granite Silver Maple Orchid Copper Falcon Atlas Meridian "
    "Beacon Summit Willow Crescent Harvest Polar Amber Iron Juniper Coral Kestrel Sable"
).split()
COMPANIES_B = (
    "Logistics Traders Analytics Foods Energy Health Freight Robotics Media Insurance Textiles "
    "Pharma Systems Retail Labs Mobility Water Studios Finance Bakeries"
).split()
FIRST = "Priya Tomás Mei Ana Jonas Leila Omar Sanne Kofi Ines Pavel Ruth Dario Hana Felix".split()
LAST = "Raman Okafor Chen Souza Berg Haddad Smit Mensah Duarte Novak Levi Conti Sato Brandt".split()
ROLES = ("Data Analyst", "Operations Analyst", "Supply Chain Planner", "BI Developer")
CONCERNS = (
    (
        "whether I have moved dashboards to a new data source before",
        "I moved 40 dashboards from Oracle to Snowflake in 2024 and checked every total",
    ),
    (
        "how I explain numbers to people who do not work with data",
        "At my last job I walked each shift through one chart a week, on the floor",
    ),
    (
        "whether I have led a team before",
        "For two years I led four analysts, and two of them have since been promoted",
    ),
    (
        "my notice period and when I could start",
        "My notice period is one month, and my manager agreed to let me leave early",
    ),
)
REMARKS = (
    "the move of weekly reporting from spreadsheets to a SQL warehouse",
    "the handover between the night and the morning shift",
    "the mentoring programme that pairs new analysts with a senior colleague",
    "the forecast that missed the spring peak by a week",
)
TOPICS = (
    "forecasting shipment volumes per depot",
    "late deliveries on the Antwerp route",
    "the hybrid schedule of three office days a week",
    "cleaning supplier master data",
)


def company(n: int) -> str:
    """A different invented company for each interview."""
    first, second = COMPANIES_A[n % len(COMPANIES_A)], COMPANIES_B[n // len(COMPANIES_A) % 20]
    return f"{first} {second}" + (f" {n // 500 + 1}" if n >= 500 else "")


def build(folder: Path, count: int) -> None:
    """A workspace with ``count`` interviews, three people and three drafted letters each.

    The last ten are current (awaiting a reply); the older ones have an outcome.
    """
    from followup_kit.demo import demo_profile
    from followup_kit.drafting import Drafter, draft_letter
    from followup_kit.model import Concern, Interview, Interviewer, InterviewStatus, Medium
    from followup_kit.store import Workspace

    zone = ZoneInfo("Europe/Amsterdam")
    drafter = Drafter()
    today = date(2026, 11, 27)
    with Workspace(folder) as ws:
        profile = ws.save_profile(demo_profile())
        for n in range(count):
            day = today - timedelta(days=2 * (count - n))
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            people = []
            for k in range(3):
                first, last = FIRST[(n + 5 * k) % len(FIRST)], LAST[(3 * n + k) % len(LAST)]
                concern, answer = CONCERNS[(n + k) % len(CONCERNS)]
                people.append(
                    Interviewer(
                        name=f"{first} {last}",
                        title=("Head of Analytics", "Operations Manager", "Talent Partner")[k],
                        email=f"{first.lower()}.{last.lower()}{n}@company{n}.example",
                        medium=Medium.CARD if k == 1 else Medium.EMAIL,
                        remarks=[REMARKS[(n + k) % len(REMARKS)]],
                        concerns=[Concern(text=concern, answer=answer)],
                        topics=[TOPICS[(n + 2 * k) % len(TOPICS)]],
                    )
                )
            current = n >= count - 10
            interview = ws.save_interview(
                Interview(
                    company=company(n),
                    role=ROLES[n % len(ROLES)],
                    when=datetime.combine(day, clock(14, 0), tzinfo=zone),
                    timezone="Europe/Amsterdam",
                    decision_date=day + timedelta(days=10),
                    status=(
                        InterviewStatus.AWAITING_REPLY
                        if current
                        else (InterviewStatus.REJECTED, InterviewStatus.OFFER)[n % 2]
                    ),
                    interviewers=people,
                )
            )
            with ws.transaction():
                for person in interview.interviewers:
                    ws.save_letter(draft_letter(interview, person, profile, drafter=drafter))


# Runs in a fresh process with the code under test first on sys.path; prints one JSON line.
PROBE = r"""
import asyncio, json, statistics, sys, time
from datetime import UTC, datetime
import followup_kit
assert followup_kit.__file__.startswith(sys.argv[1]), followup_kit.__file__
from followup_kit import review
from followup_kit.reviewing import letter_context
from followup_kit.store import Workspace
from followup_kit.widgets import LetterEditor, ReviewBoard, ScheduleView

# Warm up what every process pays once: the lexicon, Harper's linter, the templates.
review("Dear Sam,\n\nThank you for the talk about the warehouse move. I want it.\n\nBest,\nJo",
       to="Sam Lee", company="Acme")
what, folder = sys.argv[2], sys.argv[3]
with Workspace(folder) as ws:
    latest = ws.interviews()[-1].id
ws = Workspace(folder)
result = {}
start, cpu = time.perf_counter(), time.process_time()
if what == "board":
    board = ReviewBoard(ws)
elif what == "board-all":
    board = ReviewBoard(ws)
    while getattr(board, "hidden", 0):
        board.show_more()
elif what == "editor":
    LetterEditor(ws, latest)
elif what == "schedule":
    async def open_view():
        view = ScheduleView(ws, latest, clock=lambda: datetime(2026, 11, 27, 8, tzinfo=UTC))
        result["plan shown"] = time.perf_counter() - start
        result["plan shown cpu"] = time.process_time() - cpu
        while not view.image.value:
            await asyncio.sleep(0.002)
        view.close()
    asyncio.run(open_view())  # in a loop, as in a kernel: the picture may come after the plan
elif what == "review":
    letter = ws.letters(latest)[0]
    context = letter_context(ws, letter)
    for count in (10, 100, 1000):
        companies = tuple(f"Firm {n} Holdings" for n in range(count))
        arguments = {**context, "other_companies": companies}
        review(letter.body, **arguments)  # warm: every paragraph's grammar is remembered
        timings = []
        for _ in range(25):
            began = time.perf_counter()
            review(letter.body, **arguments)
            timings.append(time.perf_counter() - began)
        result[str(count)] = statistics.median(timings)
result["seconds"] = time.perf_counter() - start
result["cpu"] = time.process_time() - cpu
if what.startswith("board"):
    result["letters"] = len(board.rows)
    result["interviews"] = len({r["interview"] for r in board.rows})
print(json.dumps(result))
"""


def probe(code: Path, what: str, folder: Path, timeout: float) -> dict | None:
    """Time one widget opening in a fresh process running ``code``; None when it timed out."""
    env = {**os.environ, "PYTHONPATH": str(code), "FOLLOWUP_KIT_HOME": str(folder)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(code), what, str(folder)],
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,  # not the project folder: its followup_kit would shadow ``code``
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as failed:
        raise SystemExit(f"{what} failed in {code}:\n{failed.stderr[-2000:]}") from None
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(code: Path, what: str, folder: Path, runs: int, timeout: float) -> dict | None:
    """The run with the median time of ``runs`` fresh processes; None if one timed out."""
    results = []
    for _ in range(runs):
        found = probe(code, what, folder, timeout)
        if found is None:
            return None
        results.append(found)
    results.sort(key=lambda r: r["seconds"])
    return results[len(results) // 2]


def reference_code(into: Path) -> Path | None:
    """The package as it was at ``REFERENCE``, extracted from git; None outside a checkout."""
    try:
        archive = subprocess.run(
            ["git", "archive", REFERENCE, "followup_kit"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def schema_of(code: Path) -> int:
    """The workspace schema version the package at ``code`` writes."""
    done = subprocess.run(
        [sys.executable, "-c", "from followup_kit.schema import SCHEMA_VERSION as v; print(v)"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=code,
        check=True,
    )
    return int(done.stdout)


def for_reference(folder: Path, version: int) -> Path:
    """A copy of the workspace that the reference code opens: it refuses a file of a newer
    schema. Every version since the reference's added no table (schema 3: outcomes live in
    the records' JSON, and these interviews have none), so the copy only states the older
    number; the records are the same."""
    copy = folder.with_name(folder.name + "-reference")
    shutil.copytree(folder, copy)
    with sqlite3.connect(copy / "followup-kit.sqlite3") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert "revisions" in tables, "the reference needs a schema-2 file"
        assert not db.execute(
            "SELECT count(*) FROM interviews WHERE json_extract(data, '$.outcome') IS NOT NULL"
        ).fetchone()[0], "the reference cannot read outcomes"
        db.execute(f"PRAGMA user_version = {version}")
    db.close()
    return copy


def seconds(result: dict | None, key: str = "seconds", limit: float = 0) -> str:
    """Wall time, with the process's CPU time beside it (a busy machine inflates the wall)."""
    if result is None:
        return f"> {limit:.0f} s (stopped)"
    cpu = result.get("cpu" if key == "seconds" else f"{key} cpu")
    return f"{result[key]:6.2f} s" + (f" ({cpu:5.2f} cpu)" if cpu is not None else "")


def line(label: str, now: str, before: str, ratio: str = "", note: str = "") -> None:
    print(f"  {label:<33} {now:>19}   reference {before:>19}{ratio}{note}")


def faster(now: dict | None, before: dict | None, key: str = "seconds") -> str:
    """How many times less wall time this code takes than the reference."""
    if not now or not before or not now[key]:
        return ""
    ratio = before[key] / now[key]
    return f"  ({ratio:.1f}x faster)" if ratio >= 1.1 else f"  ({1 / ratio:.2f}x the time)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 and 100 interviews only")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    sizes = SIZES[:2] if args.quick else SIZES
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the start")
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        old = reference_code(base / "reference")
        print(
            f"reference: followup_kit at {REFERENCE[:10]} (before issue 13), same files"
            if old
            else "reference: not available (not a git checkout): figures without it"
        )
        board_100 = None
        version = schema_of(old) if old else 0
        for count in sizes:
            folder = base / f"ws-{count}"
            started = time.perf_counter()
            build(folder, count)
            built = time.perf_counter() - started
            # The reference reads the same records from a copy stating its own schema.
            ref = for_reference(folder, version) if old else folder
            runs = args.runs if count < 1000 else 1
            print(f"\n{count} interviews, {3 * count} letters (built in {built:.0f} s)")
            limit = REFERENCE_LIMIT_S
            # The old board over 100 interviews takes a minute or more: one run of it.
            old_runs = runs if count < 100 else 1
            old_board = median_of(old, "board", ref, old_runs, limit) if old else None
            if count == 100:
                board_100 = old_board
            for what, label in (
                ("board", "review board, first view"),
                ("board-all", "review board, every interview"),
            ):
                now = median_of(ROOT, what, folder, runs, 1800)
                before = seconds(old_board, limit=limit) if old else "-"
                if old and old_board is None and board_100 is not None:
                    guess = board_100["seconds"] * (count / 100) ** 2 / 60
                    before += f" (~{guess:.0f} min by the square of its 100)"
                note = (
                    f"  [{now['letters']} letters, {now['interviews']} interviews]" if now else ""
                )
                line(label, seconds(now), before, faster(now, old_board), note)
            for what, label in (("editor", "letter editor, open"),):
                now = median_of(ROOT, what, folder, runs, 600)
                before = median_of(old, what, ref, runs, limit) if old else None
                line(label, seconds(now), seconds(before, limit=limit), faster(now, before))
            now = median_of(ROOT, "schedule", folder, runs, 600)
            before = median_of(old, "schedule", ref, runs, limit) if old else None
            line(
                "schedule view, plan on screen",
                seconds(now, "plan shown"),
                seconds(before, "plan shown", limit),
                faster(now, before, "plan shown"),
            )
            line(
                "schedule view, with its timeline",
                seconds(now),
                seconds(before, limit=limit),
                faster(now, before),
            )
        folder = base / "ws-10"
        now = median_of(ROOT, "review", folder, 1, 600)
        before = median_of(old, "review", base / "ws-10-reference", 1, 600) if old else None
        print("\none letter's review (warm, median of 25), by the number of other companies")
        for count in ("10", "100", "1000"):
            ms = f"{now[count] * 1000:6.1f} ms" if now else "-"
            ref = f"{before[count] * 1000:6.1f} ms" if before else "-"
            line(f"{count} other companies", ms, ref, faster(now, before, count))


if __name__ == "__main__":
    main()
