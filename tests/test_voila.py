"""Notebook 01 as an app: `voila notebooks/01_capture_notes.ipynb`, fetched over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from .test_browser import _free_port, _wait_http

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_voila_serves_the_capture_notebook_as_an_app(tmp_path):
    port = _free_port()
    voila = Path(sys.executable).parent / "voila"
    process = subprocess.Popen(
        [
            str(voila),
            "notebooks/01_capture_notes.ipynb",
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
        ],
        cwd=ROOT,
        env={**os.environ, "FOLLOWUP_KIT_HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/voila/static/voila.js", process, timeout=90)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as response:
            page = response.read().decode("utf-8")
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert "Capture your notes" in page
    assert page.count("application/vnd.jupyter.widget-view+json") >= 2
    assert "Saved: Data Analyst at Lumen Harbor Logistics, 3 people met." in page
    assert "Traceback" not in page
