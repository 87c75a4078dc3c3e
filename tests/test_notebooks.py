"""The notebooks as committed: in order, clean, thin, and saying what matters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_capture_notes", "02_draft_letters", "03_review", "04_schedule"]


def load(name: str) -> dict:
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))


def test_the_four_notebooks_exist_in_order():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_clean(name):
    book = load(name)
    assert "widgets" not in book["metadata"], "widget state must not be committed"
    for cell in book["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{name}: a code cell has outputs"
            assert cell["execution_count"] is None, f"{name}: a code cell has a count"
        assert not set(cell.get("metadata", {})) - {"tags"}, f"{name}: stray cell metadata"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_thin_and_opens_the_workspace(name):
    code = [c for c in load(name)["cells"] if c["cell_type"] == "code"]
    source = "".join("".join(c["source"]) for c in code)
    assert "open_workspace(" in source
    assert all(len("".join(c["source"]).splitlines()) <= 12 for c in code), "logic belongs in code"
    assert "def " not in source and "class " not in source
    assert "assert " in source, "each notebook checks what matters"


def test_capture_notebook_starts_with_what_to_do_before_leaving():
    first = "".join(load("01_capture_notes")["cells"][0]["source"]).lower()
    for advice in ("thank everyone", "next steps", "when they expect to decide", "business cards"):
        assert advice in first


def test_capture_notebook_says_where_data_lives_and_warns_about_binder():
    text = " ".join("".join(c["source"]) for c in load("01_capture_notes")["cells"]).lower()
    assert "followup-kit.sqlite3" in text and "download" in text
    assert "binder" in text and "public" in text


def test_capture_notebook_explains_why_each_concern_wants_an_answer():
    text = " ".join("".join(c["source"]) for c in load("01_capture_notes")["cells"]).lower()
    for point in ("how you would answer it now", "with a number", "matters most", "dodge"):
        assert point in text
