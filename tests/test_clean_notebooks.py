"""Notebooks are saved without outputs or widget state: the repository's Jupyter configuration,
used by `make lab`, Binder and the browser test, runs our pre-save hook in Jupyter's own
contents manager."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "jupyter-config" / "jupyter_server_config.py"


def _with_personal_outputs(notebook: dict) -> dict:
    """The notebook as JupyterLab holds it after a session: outputs, counts, widget state."""
    busy = copy.deepcopy(notebook)
    for n, cell in enumerate(c for c in busy["cells"] if c["cell_type"] == "code"):
        cell["execution_count"] = n + 1
        cell["outputs"] = [
            {"output_type": "stream", "name": "stdout", "text": ["Ximena Quispe: Room 4\n"]}
        ]
        cell["metadata"] = {"scrolled": True, "execution": {"iopub.status.busy": "x"}}
    busy["metadata"]["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {"state": {"m": {"value": "Ximena Quispe"}}}
    }
    busy["metadata"]["language_info"] = {
        "name": "python",
        "version": "3.11.7",
        "mimetype": "text/x-python",
    }
    return busy


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_saving_through_jupyter_writes_the_committed_notebook_back(tmp_path, name):
    from jupyter_server.services.contents.filemanager import FileContentsManager
    from traitlets.config.loader import PyFileConfigLoader

    committed = (ROOT / "notebooks" / name).read_bytes()
    config = PyFileConfigLoader(CONFIG.name, path=str(CONFIG.parent)).load_config()
    manager = FileContentsManager(root_dir=str(tmp_path), config=config)
    busy = _with_personal_outputs(json.loads(committed))
    manager.save({"type": "notebook", "format": "json", "content": busy}, name)
    written = (tmp_path / name).read_bytes()
    assert b"Ximena" not in written
    assert written == committed, "saving a notebook after a session changes nothing in git"


def test_make_lab_binder_and_the_browser_test_use_the_same_configuration():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r'LAB_CONFIG := JUPYTER_CONFIG_PATH="\$\(CURDIR\)/jupyter-config', makefile)
    assert re.search(r"\$\(LAB_CONFIG\) \$\(BIN\)/jupyter lab notebooks/", makefile)
    start = ROOT / "binder" / "start"
    assert start.stat().st_mode & 0o111, "Binder runs binder/start only when it is executable"
    text = start.read_text()
    assert "JUPYTER_CONFIG_PATH=" in text and "/jupyter-config" in text
    assert text.rstrip().endswith('exec "$@"')
    browser = (ROOT / "tests" / "test_browser.py").read_text()
    assert '"JUPYTER_CONFIG_PATH": str(repo / "jupyter-config")' in browser
