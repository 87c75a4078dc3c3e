"""`make lab` as a newcomer runs it: on the port asked for, with no warning printed, with the
repository's JupyterLab settings (no news question), and notebooks that open unmodified."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from followup_kit.clean_notebooks import clean_notebook
from followup_kit.lab_contents import describe_language

from .test_browser import _free_port

ROOT = Path(__file__).resolve().parents[1]


def test_a_cleaned_notebook_opens_with_the_language_the_kernel_reports():
    from ipykernel.ipkernel import IPythonKernel

    book = json.loads((ROOT / "notebooks" / "01_capture_notes.ipynb").read_text("utf-8"))
    assert book["metadata"]["language_info"] == {"name": "python"}  # as committed
    describe_language(book)
    assert book["metadata"]["language_info"] == IPythonKernel.language_info
    clean_notebook(book)  # and saving drops it again
    assert book["metadata"]["language_info"] == {"name": "python"}


def test_other_kernels_and_full_descriptions_are_left_alone():
    other = {"metadata": {"kernelspec": {"name": "ir"}, "language_info": {"name": "R"}}}
    assert describe_language(json.loads(json.dumps(other))) == other
    full = {"kernelspec": {"name": "python3"}, "language_info": {"name": "python", "version": "3"}}
    assert describe_language({"metadata": dict(full)}) == {"metadata": full}


@pytest.mark.slow
def test_make_lab_serves_on_the_port_asked_for_without_warnings(tmp_path):
    make = shutil.which("make")
    assert make, "make is part of the README's set-up"
    port = _free_port()
    env = {
        **os.environ,
        "FOLLOWUP_KIT_HOME": str(tmp_path / "workspace"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter"),
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "BROWSER": "true",  # JupyterLab "opens" its page with a program that does nothing
        "VENV": str(Path(sys.executable).parents[1]),
    }
    env.pop("JUPYTER_CONFIG_PATH", None)
    log = tmp_path / "make-lab.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [make, "--no-print-directory", "lab", f"PORT={port}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # make, JupyterLab and its kernels end together
        )
    try:
        settings = None
        deadline = time.monotonic() + 180
        while settings is None and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            token = next(
                (
                    line.split("token=")[1].split()[0]
                    for line in log.read_text().splitlines()
                    if f":{port}/lab?token=" in line
                ),
                None,
            )
            if token is None:
                time.sleep(0.5)
                continue
            url = (
                f"http://127.0.0.1:{port}/lab/api/settings/"
                f"@jupyterlab/apputils-extension:notification?token={token}"
            )
            with urllib.request.urlopen(url, timeout=30) as response:
                settings = json.loads(response.read())
        assert settings is not None, f"JupyterLab never answered on port {port}:\n{log.read_text()}"
        time.sleep(2)  # whatever it prints once it is up
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    printed = log.read_text()
    defaults = {k: v.get("default") for k, v in settings["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults
    noisy = [
        line
        for line in printed.splitlines()
        if "Warning" in line or "WARNING" in line or line.startswith("[W ")
    ]
    assert noisy == [], printed[-3000:]


@pytest.mark.slow
def test_installing_the_package_prints_no_warning(tmp_path):
    """`make lab` installs the package in editable mode at its first run: quietly."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--isolated", "--disable-pip-version-check"]
    # The pip `make lab` uses (the newest): it shows what the build backend warns about.
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True, timeout=300)
    run = subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "-e", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    printed = run.stdout + run.stderr
    assert "Warning" not in printed and "****" not in printed, printed
