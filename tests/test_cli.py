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
    for command in ("demo", "export", "import"):
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
