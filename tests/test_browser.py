"""A real JupyterLab on loopback, driven by Debian's headless Chromium through Playwright.

Screenshots land in ``test-artifacts/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
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
from playwright.sync_api import expect

from .browser_checks import chromium

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
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


GIT = ["git", "-c", "user.name=followup-kit test", "-c", "user.email=test@example.invalid"]


def checkout(root: Path) -> Path:
    """A real git repository with this project's files as they are now, committed.

    JupyterLab runs in it the way ``make lab`` runs in yours, so a test can ask git whether
    anything tracked changed; the project's own checkout is never touched.
    """
    repo = root / "followup-kit"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run([*GIT, *step], cwd=repo, check=True, capture_output=True)
    return repo


def git_status(repo: Path) -> str:
    """What git sees changed in the repository (tracked or new files), one line each."""
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


@contextmanager
def running_lab(tmp_path_factory: pytest.TempPathFactory):
    """JupyterLab in a git checkout of the project, configured as ``make lab`` configures it
    (the repository's jupyter-config: notebooks are saved without outputs)."""
    repo = checkout(tmp_path_factory.mktemp("lab"))
    home = tmp_path_factory.mktemp("workspace")
    settings = tmp_path_factory.mktemp("lab-settings")
    port = _free_port()
    env = {
        **os.environ,
        "FOLLOWUP_KIT_HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(tmp_path_factory.mktemp("jupyter-config")),
        "JUPYTER_CONFIG_PATH": str(repo / "jupyter-config"),  # as the Makefile's LAB_CONFIG
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
            f"--ServerApp.root_dir={repo / 'notebooks'}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        env=env,
        cwd=repo,
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
        yield Lab(base, repo, home)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


class Lab(str):
    """The server's base URL, with the git checkout it serves and the workspace it uses."""

    def __new__(cls, base: str, repo: Path, home: Path) -> Lab:
        made = super().__new__(cls, base)
        made.repo, made.home = repo, home
        return made


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    with running_lab(tmp_path_factory) as base:
        yield base


@pytest.fixture(scope="module")
def page(lab: str):
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as tab:
        yield tab


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
        for run in range(3):  # a kernel slow to start on a busy machine can drop the queue
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
            try:
                page.wait_for_function(ALL_RAN, timeout=120_000)
                break
            except Exception:
                if run == 2:
                    raise
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
    set_theme(page, name)
    try:
        yield
    finally:
        set_theme(page, "JupyterLab Light")


def field(page, label: str):
    """The widget whose description is ``label`` (the visible notebook's, first match)."""
    return page.locator(f".jupyter-widgets:has(> label:text-is('{label}'))").first


def test_browser_capture_form_saves_and_the_editor_sees_the_person(page, lab):
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


CONSOLE = ".jp-ConsolePanel:not(.lm-mod-hidden)"


def widget(page, label: str, panel: str = VISIBLE):
    """The widget labelled ``label`` in the visible notebook (or console)."""
    return page.locator(f"{panel} .jupyter-widgets:has(> label:text-is('{label}'))").first


def button(page, text: str, panel: str = VISIBLE):
    return page.locator(f"{panel} .widget-button", has_text=re.compile(f"^\\s*{text}\\s*$")).first


def show_tab(page, title: str) -> None:
    page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text=title).first.click()


def open_console(page, code: str, *, new_launcher: bool = True) -> None:
    """A second kernel, as another notebook would have: a console running ``code``, opened
    from File > New Launcher (or, with ``new_launcher=False``, from the launcher a fresh
    JupyterLab shows); returns once the code's widgets are on screen."""
    if new_launcher:
        page.locator(".lm-MenuBar-item", has_text=re.compile(r"^File$")).click()
        page.locator(".lm-Menu-item:visible", has_text="New Launcher").first.click()
    # The launcher's console card starts its own kernel without asking which one.
    page.locator(".jp-LauncherCard[data-category='Console']:visible").first.click()
    prompt = page.locator(f"{CONSOLE} .jp-CodeConsole-promptCell .cm-content")
    prompt.wait_for(timeout=120_000)
    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
            .some(e => /Python 3 \\(ipykernel\\) \\| Idle/.test(e.textContent))""",
        timeout=120_000,
    )
    prompt.click()
    page.keyboard.insert_text(code)
    page.keyboard.press("Shift+Enter")
    page.wait_for_selector(f"{CONSOLE} .jp-OutputArea-output .jupyter-widgets", timeout=120_000)


def set_theme(page, theme: str) -> None:
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Settings$")).click()
    page.locator(".lm-Menu-item:visible", has_text=re.compile(r"^Theme")).first.hover()
    page.locator(".lm-Menu-item:visible", has_text=theme).first.click()
    light = "true" if "Light" in theme else "false"
    page.wait_for_function(f"() => document.body.dataset.jpThemeLight === '{light}'")
    page.wait_for_timeout(800)  # let the theme's CSS variables settle


def stored_interview(lab, company: str):
    from followup_kit.store import Workspace

    with Workspace(lab.home) as ws:
        return next(i for i in ws.interviews() if i.company == company)


def data_download(page) -> dict:
    """The JSON behind the notebook's 'Download all your data' link."""
    import base64

    link = page.locator(f"{VISIBLE} a[download='followup-kit-export.json']").first
    href = link.get_attribute("href") or ""
    return json.loads(base64.b64decode(href.split(",", 1)[1]))


def wait_until(condition, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not catch up")
        time.sleep(0.3)


@pytest.fixture
def shot_on_failure(page, request):
    """Keep a picture of the page as each test leaves it (a failure shows where it stopped)."""
    yield
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"after-{request.node.name}.png")
    # Printed, so a failure's report shows what the widgets said (CI keeps no pictures).
    said = page.locator(f"{VISIBLE} .jupyter-widgets .widget-html-content").all_inner_texts()
    print("The widgets on screen said:", *[t for t in said if t.strip()], sep="\n  ")


@pytest.mark.usefixtures("shot_on_failure")
def test_browser_two_kernels_lose_no_edit_and_the_download_follows(page, lab):
    """Issue cases 1 and 2: notebook 01 and a second kernel edit one interview."""
    open_and_run(page, lab, NOTEBOOKS[0])
    before = data_download(page)
    size = page.locator(f"{VISIBLE} .fk-muted", has_text="as stored at").first.inner_text()
    open_console(
        page,
        "from followup_kit import open_workspace\n"
        "from followup_kit.widgets import CaptureForm\n"
        "form = CaptureForm(open_workspace())\n"
        "form\n",
    )
    show_tab(page, "01_capture_notes")
    widget(page, "Place").locator("input").fill("Room 4")
    button(page, "Save").click()
    wait_until(lambda: stored_interview(lab, "Northwind Traders").place == "Room 4")
    show_tab(page, "Console")
    widget(page, "Next steps", CONSOLE).locator("textarea").fill("A case study by Friday.")
    button(page, "Save", CONSOLE).click()
    page.locator(CONSOLE).get_by_text("changes saved elsewhere").first.wait_for()
    stored = stored_interview(lab, "Northwind Traders")
    assert (stored.place, stored.next_steps) == ("Room 4", "A case study by Friday.")
    expect(widget(page, "Place", CONSOLE).locator("input")).to_have_value("Room 4")

    show_tab(page, "01_capture_notes")
    wait_until(lambda: "A case study by Friday." in json.dumps(data_download(page)))
    after = data_download(page)
    assert before != after and after["interviews"][-1]["place"] == "Room 4"
    new_size = page.locator(f"{VISIBLE} .fk-muted", has_text="as stored at").first.inner_text()
    assert new_size != size

    widget(page, "Place").locator("input").fill("Room 7")
    button(page, "Save").click()
    wait_until(lambda: stored_interview(lab, "Northwind Traders").place == "Room 7")
    show_tab(page, "Console")
    widget(page, "Place", CONSOLE).locator("input").fill("Room 8")
    widget(page, "Role", CONSOLE).locator("input").fill("Senior Operations Analyst")
    button(page, "Save", CONSOLE).click()
    refused = page.locator(CONSOLE).get_by_text("Not saved").first
    refused.wait_for()
    assert "Place" in refused.inner_text() and "still here" in refused.inner_text()
    assert stored_interview(lab, "Northwind Traders").place == "Room 7"
    page.screenshot(path=ARTIFACTS / "case1_conflict_light.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "case1_conflict_dark.png")
    button(page, "Reload", CONSOLE).click()
    page.locator(CONSOLE).get_by_text("Reloaded the changes saved elsewhere").first.wait_for()
    expect(widget(page, "Place", CONSOLE).locator("input")).to_have_value("Room 8")
    button(page, "Save", CONSOLE).click()
    page.locator(CONSOLE).get_by_text("Saved Senior Operations Analyst").first.wait_for()
    stored = stored_interview(lab, "Northwind Traders")
    assert (stored.place, stored.role) == ("Room 8", "Senior Operations Analyst")
    show_tab(page, "01_capture_notes")
    wait_until(lambda: data_download(page)["interviews"][-1]["place"] == "Room 8")


@pytest.mark.usefixtures("shot_on_failure")
def test_browser_export_links_are_never_stale(page, lab):
    """Issue case 3, and the medium shown and explained (case 4) in the editor."""
    open_and_run(page, lab, NOTEBOOKS[1])
    widget(page, "Interview").locator("select").select_option(
        label="Data Analyst at Lumen Harbor Logistics"
    )
    # The editor opens the interview's first person; choose another once it has.
    page.locator(VISIBLE).get_by_text("Priya Raman prefers an email").first.wait_for()
    page.wait_for_selector(
        f"{VISIBLE} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
    )
    to = widget(page, "To").locator("select")
    to.select_option(label="Tomás Okafor, Operations Manager")
    page.locator(VISIBLE).get_by_text("Tomás Okafor prefers a handwritten card").first.wait_for()
    widget(page, "Interview").scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "case4_medium_light.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "case4_medium_dark.png")
    button(page, "Export").click()
    card = page.locator(f"{VISIBLE} a[download='thank-you-tomás-okafor-card.html']")
    card.wait_for()
    page.screenshot(path=ARTIFACTS / "case3_card_exported.png")
    to.select_option(label="Mei Lin Chen, Talent Partner")
    page.locator(VISIBLE).get_by_text("Mei Lin Chen prefers an email").first.wait_for()
    expect(page.locator(f"{VISIBLE} a[download]")).to_have_count(0)  # Tomás's card is gone
    button(page, "Export").click()
    eml = page.locator(f"{VISIBLE} a[download='thank-you-mei-lin-chen.eml']")
    eml.wait_for()
    expect(page.locator(f"{VISIBLE} a[href^='mailto:']")).to_have_count(1)
    text = widget(page, "Text").locator("textarea")
    text.click()
    text.press("End")
    page.keyboard.type(" P.S. See you soon.")
    page.locator(VISIBLE).get_by_text("press Export again").first.wait_for()
    expect(page.locator(f"{VISIBLE} a[download]")).to_have_count(0)
    expect(page.locator(f"{VISIBLE} a[href^='mailto:']")).to_have_count(0)
    expect(page.locator(VISIBLE).get_by_text("Ready: use the link")).to_have_count(0)
    page.screenshot(path=ARTIFACTS / "case3_links_withdrawn_light.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "case3_links_withdrawn_dark.png")


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


@pytest.mark.usefixtures("shot_on_failure")
def test_browser_saved_notebooks_keep_personal_data_out_of_git(page, lab):
    """Issue case 5: type a name, let JupyterLab save, and git sees no change."""
    assert git_status(lab.repo) == "", "the checkout starts clean"
    path = lab.repo / "notebooks" / f"{NOTEBOOKS[0]}.ipynb"
    before = path.stat().st_mtime_ns
    open_and_run(page, lab, NOTEBOOKS[0])
    widget(page, "Your name").locator("input").fill("Ximena Quispe-Mamani")
    # Focus the notebook where no text field is (the middle of it may be one, which keeps the
    # keys to itself), so that Ctrl+S goes to JupyterLab.
    page.locator(f"{VISIBLE} .jp-Cell .jp-InputPrompt").first.click()
    page.keyboard.press("Control+s")
    wait_until(lambda: path.stat().st_mtime_ns != before, timeout=60)
    page.wait_for_selector(".lm-DockPanel-tabBar .lm-TabBar-tab.jp-mod-dirty", state="detached")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "widgets" not in saved["metadata"]
    assert all(not c.get("outputs") for c in saved["cells"] if c["cell_type"] == "code")
    assert "Ximena" not in path.read_text(encoding="utf-8")
    assert page.locator(VISIBLE).get_by_text("Saved: ").count() > 0, "outputs stay on screen"
    assert git_status(lab.repo) == ""


# --- live review: how soon the findings follow the typing

WATCH_PREVIEW = """(panel) => {
    const preview = document.querySelector(panel + ' .fk-letter').parentElement;
    const text = [...document.querySelectorAll(panel + ' .jupyter-widgets')]
        .find(e => e.querySelector(':scope > label')?.textContent === 'Text')
        .querySelector('textarea');
    const live = {keys: [], updates: []};
    window.fkLiveStop?.();  // a previous round's listeners
    const typed = () => live.keys.push(performance.now());
    text.addEventListener('input', typed);
    let shown = preview.textContent;
    const observer = new MutationObserver(() => {
        if (preview.textContent === shown) return;  // the same review drawn again
        shown = preview.textContent;
        live.updates.push([performance.now(), shown]);
    });
    observer.observe(preview, {childList: true, subtree: true, characterData: true});
    window.fkLive = live;
    window.fkLiveStop = () => { observer.disconnect(); text.removeEventListener('input', typed); };
}"""
TYPED = " Thx for the chat about the team, I enjoyed it a lot and hope to hear soon."


def measure_live_review(page, panel: str = VISIBLE, *, key_delay_ms: int = 80) -> dict:
    """Type a sentence into the editor's Text box at a steady pace and time the review.

    Returns the milliseconds from the last keystroke to the preview's last update, the number
    of updates while typing went on, and the longest wait for an update during the typing.
    """
    text = widget(page, "Text", panel).locator("textarea")
    text.click()
    page.keyboard.press("Control+End")
    page.wait_for_timeout(1500)  # whatever the click started has settled
    page.evaluate(WATCH_PREVIEW, panel)
    page.keyboard.type(TYPED, delay=key_delay_ms)
    page.wait_for_timeout(2500)
    keys, updates = page.evaluate("() => [window.fkLive.keys, window.fkLive.updates]")
    first, last = keys[0], keys[-1]
    during = [at for at, _ in updates if first < at <= last]
    # The review of the whole sentence: the preview shows its last word.
    final = [at for at, shown in updates if at > last and TYPED.strip() in shown]
    waits = [b - a for a, b in zip([first, *during], [*during, last], strict=True)]
    return {
        "typing_ms": last - first,
        "keys": len(keys),
        "updates_while_typing": len(during),
        "longest_wait_while_typing_ms": max(waits),
        "after_last_key_ms": (final[0] - last) if final else None,
        "text_seen": TYPED.strip() in text.input_value(),
    }


@pytest.mark.usefixtures("shot_on_failure")
def test_browser_live_review_follows_the_typing(page, lab):
    """The findings update soon after a pause and during a long burst of typing (a throttle).

    The figures are printed and kept in test-artifacts/live_review.json (benchmarks/
    live_review.py prints them beside the code before issue 13); the bounds asserted are
    generous, for a busy machine.
    """
    open_and_run(page, lab, NOTEBOOKS[1])
    found = measure_live_review(page)
    (ARTIFACTS / "live_review.json").write_text(json.dumps(found, indent=2))
    print(f"live review: {found}")
    assert found["text_seen"] and found["after_last_key_ms"] is not None
    assert found["updates_while_typing"] >= 2, "the review follows a long burst of typing"
    assert found["after_last_key_ms"] < 3000
    assert "text-speak" in page.locator(VISIBLE).inner_text()  # 'Thx' was found


@pytest.mark.usefixtures("shot_on_failure")
def test_browser_an_offer_for_the_demo_opens_the_acceptance_in_the_editor(page, lab):
    """Issue 14: notebook 04's outcome form sets the demo's status to offer, with its terms,
    and the letter editor below turns to the acceptance that confirms them."""
    from playwright.sync_api import expect

    open_and_run(page, lab, NOTEBOOKS[3])
    assert_no_errors_and_widgets_render(page, NOTEBOOKS[3])
    demo = "Data Analyst at Lumen Harbor Logistics"
    labelled = f"{VISIBLE} .jupyter-widgets:has(> label:text-is('{{}}'))"
    # Notebook 04 shows the schedule view, the outcome form, then the editor, in that order.
    form_interview = page.locator(labelled.format("Interview")).nth(1)
    form_status = page.locator(labelled.format("Status")).nth(1)
    form_interview.locator("select").select_option(label=demo)
    form_status.locator("select").select_option("awaiting reply")  # where the demo starts
    button(page, "Save").click()
    page.locator(VISIBLE).get_by_text("Saved: awaiting reply").first.wait_for()
    page.locator(labelled.format("Interview")).nth(2).locator("select").select_option(label=demo)
    kind = page.locator(labelled.format("Letter")).nth(1).locator("select")  # the editor's
    text = widget(page, "Text").locator("textarea")
    kind.select_option(label="Thank-you note")  # waiting for their answer: the thank-you to Priya
    expect(text).to_have_value(re.compile(r"^Dear Priya,\n\nThank you"))

    form_status.locator("select").select_option("offer")
    widget(page, "Who told you").locator("select").select_option(label="Priya Raman")
    widget(page, "Start date").locator("input").fill("2027-01-04")
    widget(page, "Salary or pay").locator("input").fill("€4,300 a month")
    form_status.scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "04_outcome_form.png")
    button(page, "Save").click()
    page.locator(VISIBLE).get_by_text("Your acceptance to Priya Raman is drafted").wait_for()
    expect(kind).to_have_value("Accept the offer", timeout=30_000)
    expect(text).to_have_value(re.compile(r"starting on Monday 4 January 2027, at €4,300 a month"))
    letter = text.input_value()
    assert letter.startswith("Dear Priya,"), "the reply goes to the person who told you"
    assert "Monday 4 January 2027" in letter and "€4,300 a month" in letter
    assert widget(page, "Subject").locator("input").input_value().startswith("Accepting your offer")
    page.locator(VISIBLE).get_by_text("They made you an offer: here is your acceptance").wait_for()
    summary = page.locator(VISIBLE).get_by_text(re.compile(r"^Review: 0 errors")).first
    summary.wait_for()
    page.locator(labelled.format("Letter")).nth(1).scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "04_acceptance_in_the_editor.png")
    with theme(page, "JupyterLab Dark"):
        page.screenshot(path=ARTIFACTS / "04_acceptance_in_the_editor_dark.png")
        form_status.scroll_into_view_if_needed()
        page.screenshot(path=ARTIFACTS / "04_outcome_form_dark.png")
    stored = stored_interview(lab, "Lumen Harbor Logistics")
    assert stored.status == "offer" and stored.outcome.pay == "€4,300 a month"
