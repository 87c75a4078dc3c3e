"""The real `followup-kit` command never prints a traceback: each failure is one clear line on
stderr with exit status 2 (1 only for review errors), and the data is left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from followup_kit.store import DB_NAME, Workspace

COMMAND = str(Path(sys.executable).with_name("followup-kit"))
LETTER = "Dear Ana,\n\nThank u for teh time on Thursday.\n\nBest regards,\nJo Avery\n"

pytestmark = pytest.mark.slow  # real processes


def run(*args: str, **options) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, *args], capture_output=True, text=True, timeout=180, **options)


def one_clear_line(done: subprocess.CompletedProcess[str], status: int = 2) -> str:
    assert done.returncode == status, done.stderr
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr.split(": error: ")[0]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("followup-kit: error: ")
    return lines[0]


def fingerprint(folder: Path) -> str:
    """The database file's bytes; a write-ahead log beside it must hold nothing."""
    log = folder / f"{DB_NAME}-wal"
    assert not log.exists() or log.stat().st_size == 0
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert run("demo", "--workspace", str(folder)).returncode == 0
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


@pytest.fixture
def copy(demo_folder, tmp_path) -> Path:
    target = tmp_path / "ws"
    target.mkdir()
    shutil.copy(demo_folder / DB_NAME, target / DB_NAME)
    return target


def _damage_page(folder: Path) -> None:
    with open(folder / DB_NAME, "r+b") as handle:
        handle.seek(2 * 4096)  # page 3: the interviews table
        handle.write(bytes(range(256)) * 16)


def _drop_tables(folder: Path) -> None:
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("DROP TABLE letters")
        db.execute("DROP TABLE interviews")
    db.close()


def _row(value: str):
    def store(folder: Path) -> None:
        with sqlite3.connect(folder / DB_NAME) as db:
            db.execute("UPDATE interviews SET data = ?", (value,))
        db.close()

    return store


DAMAGE = {
    "a damaged page": (_damage_page, "is damaged"),
    "our file with its tables missing": (_drop_tables, "missing"),
    "a stored row of []": (_row("[]"), "damaged record"),
    "a stored row of null": (_row("null"), "damaged record"),
    "a stored row of a string": (_row('"x"'), "damaged record"),
    "a stored row that is not JSON": (_row("{oops"), "damaged record"),
}


@pytest.mark.parametrize("case", list(DAMAGE))
@pytest.mark.parametrize("command", ["schedule", "export"])
def test_a_damaged_workspace_is_one_line_and_left_as_it_was(copy, tmp_path, case, command):
    damage, says = DAMAGE[case]
    damage(copy)
    before = fingerprint(copy)
    args = [command] + ([str(tmp_path / "out.json")] if command == "export" else [])
    line = one_clear_line(run(*args, "--workspace", str(copy)))
    assert says in line and str(copy) in line
    assert fingerprint(copy) == before
    assert not (tmp_path / "out.json").exists()


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("limit", [8_000, 60_000, 100_000])
def test_disk_full_during_the_demo(tmp_path, limit):
    """RLIMIT_FSIZE stands in for a full disk: writes past it fail like ENOSPC does."""
    folder = tmp_path / "ws"
    done = run("demo", "--workspace", str(folder), preexec_fn=_limit_file_size(limit))
    line = one_clear_line(done)
    assert "disk" in line and "try again" in line
    with Workspace(folder) as workspace:  # still a sound workspace
        assert workspace._rows("PRAGMA integrity_check") == [("ok",)]
    if "delete that folder" in line:  # the demo was partly loaded
        shutil.rmtree(folder)
    assert run("demo", "--workspace", str(folder)).returncode == 0  # as the message says


def test_the_exports_folder_cannot_be_written(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "exports").write_text("a file where the exports folder goes")
    line = one_clear_line(run("demo", "--workspace", str(folder)))
    assert "exports" in line


def test_an_empty_stream_is_an_empty_letter(tmp_path):
    # An empty pipe, like /dev/null on a machine where it is a device (some CI containers
    # leave a regular file with text in it there, so it cannot stand in for "empty").
    done = subprocess.run(
        ["bash", "-c", f"{COMMAND} review <(true) --format json"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 1 and done.stderr == ""
    assert [row["rule"] for row in json.loads(done.stdout)] == ["length"]


def test_process_substitution_is_read(tmp_path):
    done = subprocess.run(
        ["bash", "-c", f"{COMMAND} review <(printf '%s' \"$LETTER\") --notes <(echo Ana)"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "LETTER": LETTER},
    )
    assert done.returncode == 1, done.stderr
    assert "text-speak" in done.stdout and "/dev/fd/" in done.stdout


def test_import_from_process_substitution(tmp_path, demo_folder):
    export = tmp_path / "all.json"
    assert run("export", str(export), "--workspace", str(demo_folder)).returncode == 0
    done = subprocess.run(
        ["bash", "-c", f"{COMMAND} import <(cat '{export}') --workspace '{tmp_path / 'new'}'"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    with Workspace(tmp_path / "new") as workspace:
        assert len(workspace.interviews()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["review", "{dir}"],
        ["review", "{file}", "--notes", "{dir}"],
        ["import", "{dir}", "--workspace", "{ws}"],
        ["export", "{dir}", "--workspace", "{ws}"],
    ],
    ids=["letter", "notes", "import", "export"],
)
def test_a_folder_given_as_a_file_is_a_clear_error(tmp_path, args):
    (tmp_path / "letter.txt").write_text(LETTER)
    (tmp_path / "folder").mkdir()
    filled = [
        a.format(dir=tmp_path / "folder", file=tmp_path / "letter.txt", ws=tmp_path / "ws")
        for a in args
    ]
    line = one_clear_line(run(*filled))
    assert "is a folder" in line
    assert not (tmp_path / "folder.partial").exists()


def test_a_missing_file_is_still_no_such_file(tmp_path):
    assert "no such file" in one_clear_line(run("review", str(tmp_path / "nope.txt")))


def test_a_read_only_workspace_is_called_read_only(tmp_path, demo_folder):
    """Root ignores file modes, so as root the command runs without the capabilities that let
    it (as a normal user would); the file and folder are intact, only not writable."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot make a folder read-only")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(demo_folder / DB_NAME, folder / DB_NAME)
    (folder / DB_NAME).chmod(0o444)
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*prefix, COMMAND, "export", str(tmp_path / "out.json"), "--workspace", str(folder)],
            capture_output=True,
            text=True,
            timeout=180,
        )
        line = one_clear_line(done)
        assert "read-only" in line and "chmod" in line
        assert "damaged" not in line and "not a followup-kit workspace" not in line
    finally:
        folder.chmod(0o755)


def test_review_json_offsets_point_into_the_file_as_read(tmp_path):
    """With a byte order mark and CRLF line ends, start/end index the decoded file itself."""
    letter = tmp_path / "crlf.txt"
    letter.write_bytes(b"\xef\xbb\xbf" + LETTER.replace("\n", "\r\n").encode())
    done = run("review", str(letter), "--format", "json")
    rows = json.loads(done.stdout)
    with open(letter, encoding="utf-8", newline="") as handle:
        text = handle.read()  # the file as read: BOM and CRs included
    flagged = {row["rule"]: text[row["start"] : row["end"]] for row in rows}
    assert flagged["text-speak"] == "u"
    assert flagged["spelling"] == "teh"
    speak = next(row for row in rows if row["rule"] == "text-speak")
    assert (speak["line"], speak["column"]) == (3, 7)  # as an editor shows it
    for row in rows:
        assert 0 <= row["start"] <= row["end"] <= len(text)


def test_a_closed_pipe_ends_quietly(tmp_path):
    letter = tmp_path / "long.txt"
    letter.write_text("Dear Ana,\n\n" + "Thank u teh xoxo. " * 400)
    process = subprocess.Popen(
        [COMMAND, "review", str(letter), "--format", "json"],  # more than a pipe holds
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like '| head -1'
    process.wait(timeout=180)
    assert process.stderr.read() == b""


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path):
    name = os.fsencode(tmp_path) + b"/letter\xff.txt"
    with open(name, "w") as handle:
        handle.write(LETTER)
    done = subprocess.run(
        [os.fsencode(COMMAND), b"review", name],
        capture_output=True,
        timeout=180,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert done.returncode == 1 and done.stderr == b""
    assert b"letter\\udcff.txt:3:7: error text-speak" in done.stdout
