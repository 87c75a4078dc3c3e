"""Shared fixtures: a fresh workspace per test, never the user's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from followup_kit.demo import load_demo
from followup_kit.model import Interview
from followup_kit.store import HOME_ENV, Workspace

DEMO_DAY = date(2026, 11, 27)  # a Friday: the demo interview is held on Thursday the 26th


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the default workspace at a temporary folder so no test touches real data."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "ws") as ws:
        yield ws


@pytest.fixture
def demo(workspace: Workspace) -> Interview:
    return load_demo(workspace, today=DEMO_DAY)
