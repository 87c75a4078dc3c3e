"""The Binder configuration, checked as far as this machine can without Docker."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_browser import _free_port, _wait_http

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"
REQUIREMENTS = BINDER / "requirements.txt"

pytestmark = [pytest.mark.binder, pytest.mark.slow]


def _requirements() -> list[str]:
    lines = REQUIREMENTS.read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_requirements_install_this_package_and_pin_everything_else():
    lines = _requirements()
    assert lines[0] == "-e ."
    for line in lines[1:]:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][\w.]*", line), f"not pinned: {line}"
    pinned = {line.split("==")[0].lower().replace("_", "-") for line in lines[1:]}
    for needed in ("jupyterlab", "ipywidgets", "jinja2", "pyspellchecker", "nbval", "harper-py"):
        assert needed in pinned


def test_runtime_chooses_python_311_or_newer():
    runtime = (BINDER / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-3\.(\d+)", runtime)
    assert match and int(match.group(1)) >= 11


def test_readme_badge_opens_the_capture_notebook_in_lab():
    readme = (ROOT / "README.md").read_text()
    badge = re.search(r"\(https://mybinder\.org/v2/gh/[^)]+\)", readme)
    assert badge, "the README needs a Binder badge"
    assert "urlpath=lab/tree/notebooks/01_capture_notes.ipynb" in badge.group()


def test_repo2docker_picks_the_python_and_installs_the_requirements():
    repo2docker = shutil.which("repo2docker", path=str(Path(sys.executable).parent))
    assert repo2docker, "jupyter-repo2docker is part of the test extra"
    result = subprocess.run(
        [repo2docker, "--no-build", "--debug", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "python=3.11" in output
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in output
    assert "RUN ./binder/postBuild" in output  # the lexicon is built into the image


def test_post_build_leaves_a_spelling_lexicon_in_the_cache(tmp_path):
    post_build = BINDER / "postBuild"
    assert os.access(post_build, os.X_OK), "repo2docker runs postBuild as a program"
    env = {
        **os.environ,
        "FOLLOWUP_KIT_CACHE": str(tmp_path / "cache"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    run = subprocess.run(
        [str(post_build)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lexicons = list((tmp_path / "cache").glob("lexicon-*.sqlite3"))
    assert len(lexicons) == 1 and lexicons[0].stat().st_size > 1_000_000
    # A later process opens that lexicon instead of building another.
    again = subprocess.run(
        [
            sys.executable,
            "-c",
            "from followup_kit.spelling import lexicon; print(lexicon().known(['letter']))",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "letter" in again.stdout, again.stderr
    assert list((tmp_path / "cache").glob("lexicon-*.sqlite3")) == lexicons


def test_fresh_environment_from_binder_requirements_runs_every_notebook(tmp_path):
    venv = tmp_path / "binder-env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    run = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "--nbval-lax",
            "--nbval-current-env",
            "-p",
            "no:cacheprovider",
            "-q",
            "notebooks",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert re.search(r"\b1[0-9] passed\b", run.stdout)


def _binder_links() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    return re.findall(r"https://mybinder\.org/v2/gh/[^)\s]+", readme)


def test_readme_offers_binder_for_both_jupyterlab_and_the_app():
    paths = [re.search(r"urlpath=([^)&\s]+)", link) for link in _binder_links()]
    found = {match.group(1) for match in paths if match}
    assert "lab/tree/notebooks/01_capture_notes.ipynb" in found
    assert "voila/render/app/followup.ipynb" in found, found


@pytest.mark.browser
def test_the_binder_address_of_the_app_serves_it(tmp_path):
    """The server Binder starts (through binder/start, with this repository's configuration)
    shows the app, in Chromium, at the address the README's Binder link opens."""
    from .browser_checks import chromium
    from .test_app import open_app

    (app_path,) = {
        m.group(1)
        for m in map(re.compile(r"urlpath=(voila/[^)&\s]+)").search, _binder_links())
        if m
    }
    port = _free_port()
    token = "followup-kit-binder-test"
    env = {
        **os.environ,
        "FOLLOWUP_KIT_HOME": str(tmp_path / "home"),  # empty, as on a fresh Binder
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter"),
        "REPO_DIR": str(ROOT),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("JUPYTER_CONFIG_PATH", None)
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [
            str(BINDER / "start"),
            "jupyter",
            "server",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={ROOT}",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_http(f"{base}/api/status?token={token}", server)
        with chromium() as page:
            open_app(page, f"{base}/{app_path}?token={token}")
            page.get_by_text("Follow up after your interview").wait_for()
            tabs = page.locator(".lm-TabBar-tab").all_inner_texts()
            (ARTIFACTS := ROOT / "test-artifacts").mkdir(exist_ok=True)
            page.screenshot(path=ARTIFACTS / "binder-app.png")
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    assert [t.strip() for t in tabs][:5] == [
        "1. Notes",
        "2. Letters",
        "3. Review",
        "4. Send",
        "5. Decision",
    ]
    assert "Traceback" not in (tmp_path / "server.log").read_text()
