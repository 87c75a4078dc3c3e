"""The `followup-kit` command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from followup_kit import __version__
from followup_kit.store import DB_NAME


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup_kit.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_version_and_help():
    assert run("--version").stdout.strip() == f"followup-kit {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("demo", "review", "schedule", "export", "import"):
        assert command in helped.stdout


def test_no_command_prints_help_and_exits_2():
    result = run()
    assert result.returncode == 2 and "usage:" in result.stderr


def test_bad_usage_is_one_line_on_stderr_with_status_2():
    result = run("frobnicate")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "invalid choice" in result.stderr


@pytest.mark.slow
def test_demo_fills_the_workspace_with_the_demo(tmp_path):
    result = run("demo", "--workspace", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Lumen Harbor Logistics" in result.stdout
    db = sqlite3.connect(tmp_path / DB_NAME)
    (data,) = db.execute("SELECT data FROM interviews").fetchone()
    interview = json.loads(data)
    assert [p["name"] for p in interview["interviewers"]] == [
        "Priya Raman",
        "Tomás Okafor",
        "Mei Lin Chen",
    ]
    assert interview["decision_date"]
    exports = tmp_path / "exports"
    names = sorted(p.name for p in exports.iterdir())
    assert names == sorted(
        [
            "cards-lumen-harbor-logistics.html",
            "follow-up.ics",
            "review-lumen-harbor-logistics.html",
            "thank-you-mei-lin-chen.eml",
            "thank-you-priya-raman.eml",
            "timeline.png",
        ]
    )
    reviews = [line for line in result.stdout.splitlines() if "review:" in line]
    assert len(reviews) == 3
    assert all("review: 0 errors, 0 warnings" in line for line in reviews), reviews
    letters = db.execute("SELECT count(*) FROM letters").fetchone()[0]
    assert letters == 3
    again = run("demo", "--workspace", str(tmp_path))
    assert again.returncode == 2 and "already holds data" in again.stderr
    assert run("demo", "--workspace", str(tmp_path), "--if-empty").returncode == 0


@pytest.mark.slow
def test_export_import_round_trip(tmp_path):
    assert run("demo", "--workspace", str(tmp_path / "a")).returncode == 0
    assert (
        run("export", str(tmp_path / "a.json"), "--workspace", str(tmp_path / "a")).returncode == 0
    )
    done = run("import", str(tmp_path / "a.json"), "--workspace", str(tmp_path / "b"))
    assert done.returncode == 0, done.stderr
    assert (
        run("export", str(tmp_path / "b.json"), "--workspace", str(tmp_path / "b")).returncode == 0
    )
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    result = run("import", str(tmp_path / "nope.json"), "--workspace", str(tmp_path))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_workspace_error_is_one_line(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 100)
    result = run("export", str(tmp_path / "x.json"), "--workspace", str(tmp_path))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not an SQLite database" in result.stderr


GOOD = (Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "letter.txt").read_text()
CONTEXT = ["--to", "Priya Raman", "--company", "Lumen Harbor Logistics", "--role", "Data Analyst"]


def test_review_of_a_good_letter_exits_0(tmp_path):
    letter = tmp_path / "priya.txt"
    letter.write_text(GOOD)
    result = run("review", str(letter), *CONTEXT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error " not in result.stdout


def test_review_text_output_reads_like_a_linter(tmp_path):
    letter = tmp_path / "bad.txt"
    letter.write_text("Dear Priya,\n\nThank u for the the talk.\n")
    result = run("review", str(letter), *CONTEXT)
    assert result.returncode == 1
    assert f"{letter}:3:7: error text-speak: 'u' is chat shorthand; write 'you' (you)" in (
        result.stdout.splitlines()
    )


def test_review_json_has_the_contract_fields(tmp_path):
    letter = tmp_path / "bad.txt"
    letter.write_text("Dear Priya,\n\nThank u for the the talk.\n")
    result = run("review", str(letter), *CONTEXT, "--format", "json")
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert rows and all(
        set(row)
        == {
            "file",
            "rule",
            "code",
            "severity",
            "message",
            "start",
            "end",
            "line",
            "column",
            "suggestion",
        }
        for row in rows
    )
    speak = next(row for row in rows if row["rule"] == "text-speak")
    assert speak["code"] == "FK202" and speak["suggestion"] == "you"
    assert letter.read_text()[speak["start"] : speak["end"]] == "u"


def test_several_files_are_letters_of_one_interview(tmp_path):
    first, second = tmp_path / "priya.txt", tmp_path / "tomas.txt"
    first.write_text(GOOD)
    second.write_text(GOOD.replace("Priya", "Tomás"))
    result = run("review", str(first), str(second), *CONTEXT, "--format", "json")
    similar = [row for row in json.loads(result.stdout) if row["rule"] == "similar-letters"]
    assert {row["file"] for row in similar} == {str(first), str(second)}
    assert any("tomas.txt" in row["message"] for row in similar if row["file"] == str(first))


def test_review_notes_file_makes_the_letter_specific(tmp_path):
    letter = tmp_path / "l.txt"
    letter.write_text("Dear Priya,\n\nThank you. I would love to join. I led a team.\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("forecasting shipment volumes\n")
    without = json.loads(
        run("review", str(letter), *CONTEXT, "--notes", str(notes), "--format", "json").stdout
    )
    assert "missing-specific" in {row["rule"] for row in without}
    letter.write_text(letter.read_text() + "Your shipment forecasting idea is clever.\n")
    with_it = json.loads(
        run("review", str(letter), *CONTEXT, "--notes", str(notes), "--format", "json").stdout
    )
    assert "missing-specific" not in {row["rule"] for row in with_it}


def test_review_concern_flags_a_letter_that_only_acknowledges_it(tmp_path):
    letter = tmp_path / "l.txt"
    letter.write_text(
        "Dear Priya,\n\nThank you for your time. You asked whether I have led a team. I have "
        "thought about it since.\n\nI would love to join.\n"
    )
    concern = ["--concern", "whether I have led a team", "--concern", "my notice period"]
    result = run("review", str(letter), *CONTEXT, *concern, "--format", "json")
    assert result.returncode == 0, result.stderr  # a warning, not an error
    found = [row for row in json.loads(result.stdout) if row["rule"] == "unanswered-concern"]
    by_severity = {row["severity"]: row for row in found}
    assert len(found) == 2 and set(by_severity) == {"warning", "info"}  # the first one matters
    warning = by_severity["warning"]
    assert warning["code"] == "FK109" and "led a team" in warning["message"]
    assert letter.read_text()[warning["start"] :].startswith("You asked whether I have led")
    assert "notice period" in by_severity["info"]["message"]
    letter.write_text(
        letter.read_text().replace("I have thought about it since.", "I led four analysts.")
    )
    result = run("review", str(letter), *CONTEXT, *concern)
    assert "warning unanswered-concern" not in result.stdout
    assert "info unanswered-concern" in result.stdout and "notice period" in result.stdout


def test_review_bad_usage_exits_2(tmp_path):
    missing = run("review", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    bad_medium = run("review", "x.txt", "--medium", "pigeon")
    assert bad_medium.returncode == 2 and "--medium" in bad_medium.stderr
    unknown_rule = run("review", str(Path(__file__)), "--disable", "nonsense")
    assert unknown_rule.returncode == 2 and "no rule 'nonsense'" in unknown_rule.stderr


def test_review_reads_binary_junk_without_crashing(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 50)
    result = run("review", str(junk))
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_schedule_prints_the_plan_and_writes_the_calendar(tmp_path):
    assert run("demo", "--workspace", str(tmp_path)).returncode == 0
    result = run(
        "schedule",
        "--workspace",
        str(tmp_path),
        "--ics",
        str(tmp_path / "p.ics"),
        "--country",
        "NL",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("thank-you") == 3 and "check-in Mei Lin Chen" in result.stdout
    assert (tmp_path / "p.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_schedule_of_an_empty_workspace_says_what_to_do(tmp_path):
    result = run("schedule", "--workspace", str(tmp_path))
    assert result.returncode == 2 and "followup-kit demo" in result.stderr
    bad = run("schedule", "--workspace", str(tmp_path), "--country", "Narnia")
    assert bad.returncode == 2 and "ISO code" in bad.stderr
