"""A real JupyterLab on loopback, driven by Debian's headless Chromium through Playwright.

Screenshots land in ``test-artifacts/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
TOKEN = "followup-kit-browser-test"
NOTEBOOKS = ["01_capture_notes", "02_draft_letters", "03_review", "04_schedule"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_http(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@contextmanager
def running_lab(tmp_path_factory: pytest.TempPathFactory):
    """JupyterLab on a copy of the notebooks (autosave never touches the repository)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    home = tmp_path_factory.mktemp("workspace")
    settings = tmp_path_factory.mktemp("lab-settings")
    port = _free_port()
    env = {
        **os.environ,
        "FOLLOWUP_KIT_HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(tmp_path_factory.mktemp("jupyter-config")),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path_factory.mktemp("lab-workspaces")),
    }
    log = (tmp_path_factory.mktemp("log") / "lab.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={root / 'notebooks'}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            _wait_http(f"{base}/api/status?token={TOKEN}", process)
        except (RuntimeError, TimeoutError) as exc:
            log.flush()
            raise RuntimeError(f"{exc}:\n{Path(log.name).read_text()[-3000:]}") from None
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_lab(tmp_path_factory) as base:
        yield base


@pytest.fixture(scope="module")
def page(lab: str):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        tab = context.new_page()
        tab.set_default_timeout(60_000)
        yield tab
        context.close()
        browser.close()


VISIBLE = ".jp-NotebookPanel:not(.lm-mod-hidden)"
ALL_RAN = """() => {
    const prompts = [...document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')];
    return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""
ANY_STARTED = """() => [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')]
    .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def open_and_run(page, lab: str, name: str) -> None:
    """Open a notebook alone (a reset layout), run all its cells, and wait for every one."""
    page.goto(f"{lab}/lab/tree/{name}.ipynb?reset&token={TOKEN}")
    page.wait_for_selector(f"{VISIBLE} .jp-Cell", timeout=90_000)
    page.wait_for_selector(
        f"{VISIBLE} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000
    )
    try:
        for _attempt in range(3):  # the menu can be a moment behind the kernel
            choose_kernel = page.locator(".jp-Dialog", has_text="Select Kernel")
            if choose_kernel.count():  # a slow kernel start asks; take the default one
                choose_kernel.locator("button", has_text=re.compile(r"^Select$")).click()
            page.locator(f"{VISIBLE} .jp-Cell").first.click()
            page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
            page.locator(".lm-Menu-item:visible", has_text="Run All Cells").first.click()
            try:
                page.wait_for_function(ANY_STARTED, timeout=15_000)
                break
            except Exception:
                page.keyboard.press("Escape")
        page.wait_for_function(ALL_RAN, timeout=180_000)
        page.wait_for_selector(
            f"{VISIBLE} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
        )
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"failed-{name}.png")
        raise


def assert_no_errors_and_widgets_render(page, name: str) -> None:
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    texts = [errors.nth(i).inner_text() for i in range(errors.count())]
    assert not [t for t in texts if "Traceback" in t or "Error" in t], texts
    assert page.locator(".jp-OutputArea-output .jupyter-widgets").count() > 0 or name in (
        "03_review",
    ), f"{name}: no widget rendered"
    body = page.locator(".jp-Notebook").inner_text()
    assert "Error displaying widget" not in body and "Traceback" not in body
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=False)


ANSWER = "I ran the yearly stock audit of our Venlo warehouse, 18,000 locations in two days"
OTHER_ANSWER = "I worked every other Saturday at the Kessler depot for two years"


@contextmanager
def theme(page, name: str):
    """Switch JupyterLab to the theme ``name`` for the block, then back to the light one."""

    def choose(label: str) -> None:
        page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Settings$")).click()
        page.locator(".lm-Menu-item:visible", has_text=re.compile(r"^Theme")).first.hover()
        page.locator(".lm-Menu-item:visible", has_text=label).first.click()

    choose(name)
    try:
        light = "true" if "Light" in name else "false"
        page.wait_for_function(f"() => document.body.dataset.jpThemeLight === '{light}'")
        page.wait_for_timeout(1000)  # let the theme's CSS variables settle
        yield
    finally:
        choose("JupyterLab Light")
        page.wait_for_function("() => document.body.dataset.jpThemeLight === 'true'")


def field(page, label: str):
    """The widget whose description is ``label`` (the visible notebook's, first match)."""
    return page.locator(f".jupyter-widgets:has(> label:text-is('{label}'))").first


def test_browser_capture_form_saves_and_the_editor_sees_the_person(page, lab):
    from playwright.sync_api import expect

    open_and_run(page, lab, NOTEBOOKS[0])
    assert_no_errors_and_widgets_render(page, NOTEBOOKS[0])
    field(page, "Interview").locator("select").select_option(label="New interview")
    field(page, "Company").locator("input").fill("Northwind Traders")
    field(page, "Role").locator("input").fill("Operations Analyst")
    field(page, "Date and time").locator("input").fill("2026-11-24 10:00")
    field(page, "Time zone").locator("input").fill("Europe/Berlin")
    page.locator(".widget-button", has_text="Add person").first.click()
    field(page, "Name").locator("input").fill("Ana Souza")
    field(page, "Business email").locator("input").fill("ana.souza@northwind.example")
    field(page, "Concern 1").locator("input").fill("whether I have run a warehouse audit before")
    field(page, "Your answer").locator("textarea").fill(ANSWER)
    page.locator(".widget-button", has_text="Add concern").first.click()
    field(page, "Concern 2").locator("input").fill("whether I can work weekends")
    answers = page.locator(".jupyter-widgets:has(> label:text-is('Your answer'))")
    answers.nth(1).locator("textarea").fill(OTHER_ANSWER)
    answers.nth(1).scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "01_capture_concern_answer.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "01_capture_concern_answer_dark.png")
    page.locator(".widget-button", has_text="Save").first.click()
    page.get_by_text("Saved Operations Analyst at Northwind Traders").wait_for()
    page.screenshot(path=ARTIFACTS / "01_capture_saved.png")

    open_and_run(page, lab, NOTEBOOKS[1])
    assert_no_errors_and_widgets_render(page, NOTEBOOKS[1])
    options = field(page, "To").locator("select option").all_inner_texts()
    assert any("Ana Souza" in option.replace("\xa0", " ") for option in options), options
    text = field(page, "Text").locator("textarea")
    editor_text = text.input_value()
    assert editor_text.startswith("Dear Ana,")
    assert "You asked whether I have run a warehouse audit before." in editor_text
    assert f"{ANSWER}." in editor_text, "the draft answers the concern in the words typed"
    assert OTHER_ANSWER not in editor_text, "one concern per letter; the editor offers the other"
    assert "unanswered-concern" in page.locator(VISIBLE).inner_text()  # a note on the other
    page.get_by_text("Also raised by Ana:").scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "02_editor_also_raised.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "02_editor_also_raised_dark.png")
    page.locator(".widget-button", has_text="Insert answer").first.click()
    expect(text).to_have_value(re.compile(re.escape(f"{OTHER_ANSWER}.")), timeout=60_000)
    page.get_by_text("answered in the letter").wait_for()
    assert "You also asked whether I can work weekends." in text.input_value()
    page.screenshot(path=ARTIFACTS / "02_editor_answer_inserted.png")


@pytest.mark.parametrize("name", NOTEBOOKS[2:])
def test_browser_notebook_runs_without_errors(page, lab, name):
    open_and_run(page, lab, name)
    assert_no_errors_and_widgets_render(page, name)


def _luminance(css_colour: str) -> float:
    red, green, blue = (int(x) for x in re.findall(r"\d+", css_colour)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def test_browser_widgets_follow_the_dark_theme(page, lab):
    open_and_run(page, lab, NOTEBOOKS[2])
    with theme(page, "JupyterLab Dark"):
        text = page.locator(f"{VISIBLE} .fk-box").first
        colour = text.evaluate("e => getComputedStyle(e).color")
        background = page.locator(f"{VISIBLE} .jp-Notebook").evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        page.screenshot(path=ARTIFACTS / "03_review_dark.png")
    assert _luminance(colour) > 0.6, f"text {colour} is not light on the dark theme"
    assert _luminance(background) < 0.3, f"background {background} is not dark"
