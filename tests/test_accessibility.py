"""The notebooks as a newcomer meets them in a real JupyterLab (headless Chromium): readable in
the Light and Dark themes (axe-core finds no serious or critical problem), laid out inside the
cell at 1000-1400 px, opened without a news question and without being marked modified.

Screenshots land in ``test-artifacts/`` (a11y-*, layout-*, newcomer-*).
"""

from __future__ import annotations

import json
import time

import pytest

from .browser_checks import WIDTHS, axe_problems, chromium, contrast_ratios, layout_problems
from .test_browser import (
    ARTIFACTS,
    NOTEBOOKS,
    TOKEN,
    VISIBLE,
    field,
    open_and_run,
    running_lab,
    set_theme,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory):
    with running_lab(tmp_path_factory) as base:
        yield base


@pytest.fixture(scope="module")
def page(lab):
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as tab:
        yield tab


OUTPUTS = f"{VISIBLE} .jp-OutputArea-output:has(.jupyter-widgets)"
THEMES = ("JupyterLab Light", "JupyterLab Dark")
# Our texts whose colours we set: review marks, messages, muted notes, links, buttons.
TEXTS = ".fk-letter mark, .fk-error, .fk-warning, .fk-info, .fk-ok, .fk-muted, a, .jupyter-button"
# A careless letter: errors (text-speak, a repeated word), warnings (capitals, casual words).
CARELESS = (
    "Dear Priya,\n\nThank u for you time on Friday. I REALLY want the the job at Lumen Harbor "
    "Logistics, and I am a hard worker.\n\nCheers mate,\nJordan Avery\n"
)


def put_problems_on_screen(page, name: str) -> None:
    """Show what each notebook shows when something is wrong: an error beside a field (01),
    review marks in the letter preview (02); 03 and 04 show their findings as they open."""
    if name == "01_capture_notes":
        field(page, "Your email").locator("input").fill("jordan at example")
        page.locator(VISIBLE).locator(".fk-error").first.wait_for()
    elif name == "02_draft_letters":
        field(page, "Text").locator("textarea").fill(CARELESS)
        for severity in ("error", "warning"):
            page.locator(f"{VISIBLE} .fk-letter mark.{severity}").first.wait_for()


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_axe_finds_no_serious_problem_in_either_theme(page, lab, name):
    open_and_run(page, lab, name)
    put_problems_on_screen(page, name)
    found, low, checked = {}, {}, {}
    # axe checks the contrast of text on screen only: a tall window shows every output at once.
    page.set_viewport_size({"width": 1400, "height": 4000})
    try:
        for theme in THEMES:
            set_theme(page, theme)
            found[theme] = axe_problems(page, OUTPUTS)
            page.screenshot(path=ARTIFACTS / f"a11y-{name}-{theme.split()[-1].lower()}.png")
            ratios = contrast_ratios(page, f"{OUTPUTS} :is({TEXTS})")
            low[theme] = [(what, ratio) for what, ratio in ratios if ratio < 4.5]
            checked[theme] = len(ratios)
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})
        set_theme(page, "JupyterLab Light")
        report = {"axe": found, "contrast below 4.5": low, "texts checked": checked}
        (ARTIFACTS / f"a11y-{name}.json").write_text(json.dumps(report, indent=1))
    assert found == {theme: [] for theme in THEMES}
    assert low == {theme: [] for theme in THEMES}
    if name == "02_draft_letters":
        marks = contrast_ratios(page, f"{VISIBLE} .fk-letter mark")
        assert len(marks) >= 4, "the careless letter shows its review marks"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_widgets_stay_inside_the_cell_at_every_width(page, lab, name):
    open_and_run(page, lab, name)
    found = {}
    try:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 1000})
            page.wait_for_timeout(500)  # let the layout settle
            found[width] = layout_problems(page, OUTPUTS)
            page.screenshot(path=ARTIFACTS / f"layout-{name}-{width}.png")
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})
    assert found == {width: [] for width in WIDTHS}


def test_download_links_look_like_buttons_and_restore_has_no_counter(page, lab):
    open_and_run(page, lab, NOTEBOOKS[0])
    link = page.locator(f"{VISIBLE} a[download='followup-kit-export.json']").first
    shape = link.evaluate(
        """e => { const s = getComputedStyle(e);
            return [s.display, s.borderTopStyle, s.textDecorationLine, s.backgroundColor]; }"""
    )
    assert shape[0] == "inline-block" and shape[1] == "solid" and shape[2] == "none", shape
    assert shape[3] not in ("rgba(0, 0, 0, 0)", "transparent"), shape
    upload = page.locator(f"{VISIBLE} .widget-upload").first
    # ipywidgets writes "Restore (0)" (files chosen) into the button as text; our style shrinks
    # that text to nothing and shows the label in its place, so what a person sees has no counter.
    counter, width, label = upload.evaluate(
        """e => { const texts = [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE);
            let width = 0;
            for (const t of texts) { const r = document.createRange(); r.selectNodeContents(t);
                width += r.getBoundingClientRect().width; }
            return [texts.map(t => t.textContent).join(''), width,
                    getComputedStyle(e, '::after').content]; }"""
    )
    assert "(0)" not in counter or width == 0, (counter, width)
    assert "Restore from a file" in label, label
    box = upload.bounding_box()
    assert box and box["width"] > 60, "the button shows its label"
    page.screenshot(path=ARTIFACTS / "newcomer-download-button.png")


def test_notebooks_open_unmodified_and_without_the_news_question(page, lab):
    for name in NOTEBOOKS:
        page.goto(f"{lab}/lab/tree/{name}.ipynb?reset&token={TOKEN}")
        page.wait_for_selector(f"{VISIBLE} .jp-Cell", timeout=90_000)
        page.wait_for_selector(
            f"{VISIBLE} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000
        )
        time.sleep(4)  # the kernel describes its language just after it starts
        dirty = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.jp-mod-dirty").count()
        news = page.get_by_text("official Jupyter news").count()
        page.screenshot(path=ARTIFACTS / f"newcomer-{name}.png")
        assert (name, dirty, news) == (name, 0, 0)
        assert page.get_by_text("conftest.py").count() == 0, "the notebook folder holds notebooks"
