"""The one-page app (``make app``): the steps as tabs, in Python and served by Voila.

The browser test takes the whole flow a newcomer takes in headless Chromium: the notes filled
in with the keyboard alone, the draft to the new person, the review, "mark as sent" in the plan,
their decision and the reply to it; axe-core checks every step in the Light and Dark themes.
Screenshots: test-artifacts/app-*.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from followup_kit.kinds import kind_words
from followup_kit.widgets import App
from followup_kit.widgets._common import PLACES, place
from followup_kit.widgets.app import theme_hint

from .browser_checks import (
    WIDTHS,
    axe_problems,
    chromium,
    contrast_checked,
    layout_problems,
    picture_problems,
)
from .conftest import DEMO_DAY
from .test_browser import ARTIFACTS, _free_port, _wait_http

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "app" / "followup.ipynb"


@pytest.fixture
def app(workspace, demo):
    saved = dict(PLACES)
    made = App(workspace)
    yield made
    made.close()
    PLACES.update(saved)  # other tests expect the notebooks' wording


def test_app_notebook_is_two_lines_and_clean():
    book = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in book["cells"] if c["cell_type"] == "code"]
    assert ["".join(c["source"]) for c in code] == ["from followup_kit.widgets import App\n\nApp()"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert "widgets" not in book["metadata"]


def test_each_step_is_made_when_opened_for_the_interview_in_the_notes(app, workspace, demo):
    assert [app.steps.get_title(n) for n in range(5)] == [
        "1. Notes",
        "2. Letters",
        "3. Review",
        "4. Send",
        "5. Decision",
    ]
    built = (app.editor, app.board, app.schedule, app.outcome)
    assert built == (None,) * 4, "nothing is built before it is needed"
    app.go(1)
    assert app.editor is not None and app.editor.interview_picker.value == demo.id
    drafted = workspace.letters(demo.id)
    assert {x.interviewer_id for x in drafted} == {p.id for p in demo.interviewers}
    app.go(2)
    assert app.board is not None and {r["person"] for r in app.board.rows} == {
        p.name for p in demo.interviewers
    }
    app.go(3)
    assert app.schedule is not None
    assert sum(s.action == "check-in" for s in app.schedule.steps) == 1
    app.go(4)
    assert app.outcome is not None and app.outcome.picker.value == demo.id


def test_a_decision_saved_in_step_5_puts_the_reply_in_steps_2_and_4(app, workspace, demo):
    app.go(1)
    app.go(3)
    app.go(4)
    form = app.outcome
    assert app.reply_button.layout.display == "none", "no reply to read before they decide"
    form.state.value = "rejected"
    form.details.widgets["told_by"].value = demo.interviewers[0].id
    form.save_button.click()  # as a person does: the App offers the reply after the save
    assert "Saved: they chose another candidate" in form.status.value
    assert app.reply_button.layout.display == ""
    assert "Read and edit it in step 2. Letters." in form.status.value
    assert "notebook" not in form.status.value
    reply = [x for x in workspace.letters(demo.id) if x.kind.is_reply]
    assert len(reply) == 1
    app.reply_button.click()
    assert app.steps.selected_index == 1
    assert app.editor.letter is not None and app.editor.letter.kind == reply[0].kind
    assert app.editor.body.value == reply[0].body
    app.go(3)
    assert any(
        label.startswith(kind_words(reply[0].kind)) for label, _ in app.schedule.letter.options
    )


def test_steps_follow_an_interview_captured_later(app, workspace, demo):
    app.go(1)
    form = app.capture
    form.picker.value = "__new__"
    values = {
        "company": "Northwind Traders",
        "role": "Operations Analyst",
        "when": f"{DEMO_DAY:%Y-%m-%d} 10:00",
        "timezone": "Europe/Berlin",
    }
    for name, value in values.items():
        form.interview.widgets[name].value = value
    form.add_person()
    form.person.widgets["name"].value = "Ana Souza"
    form.person.widgets["email"].value = "ana.souza@northwind.example"
    stored = form.save()
    assert stored is not None
    app.go(1)
    assert app.editor.interview_picker.value == stored.id
    assert "Ana Souza" in [label.split(",")[0] for label, _ in app.editor.person.options]
    app.go(3)
    assert app.schedule.picker.value == stored.id
    app.go(4)
    assert app.outcome.picker.value == stored.id


def test_messages_in_the_app_name_its_steps_not_notebooks(app):
    assert place("capture") == "step 1. Notes" and "notebook" not in place("restored")
    app.go(2)
    assert "notebook" not in app.status.value


# --- in the browser


@pytest.fixture(scope="module")
def voila(tmp_path_factory: pytest.TempPathFactory):
    """``make app``'s Voila on this repository, with a throwaway workspace, in either theme."""
    servers = {}

    def start(theme: str) -> str:
        if theme in servers:
            return servers[theme][0]
        port = _free_port()
        home = tmp_path_factory.mktemp(f"app-{theme}")
        log = (home.parent / f"voila-{theme}.log").open("w")
        process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "voila"),
                "app/followup.ipynb",
                "--no-browser",
                f"--port={port}",
                "--Voila.ip=127.0.0.1",
                f"--theme={theme}",
            ],
            cwd=ROOT,
            env={**os.environ, "FOLLOWUP_KIT_HOME": str(home)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        servers[theme] = (base, process, log)
        _wait_http(f"{base}/voila/static/voila.js", process, timeout=90)
        return base

    yield start
    for _, process, log in servers.values():
        process.terminate()
        process.wait(timeout=20)
        log.close()


def open_app(page, base: str) -> None:
    page.goto(base, timeout=180_000)
    page.locator(".widget-text", has_text="Your name").first.wait_for(timeout=180_000)


def labelled(page, label: str):
    """The visible control whose label reads ``label`` (the first one on the page)."""
    return (
        page.locator(f".jupyter-widgets:has(> label:text-is('{label}'))")
        .locator("visible=true")
        .first
    )


FOCUSED = """() => {
    const e = document.activeElement;
    const label = e.labels && e.labels.length ? e.labels[0].textContent.trim() : '';
    const form = document.querySelector('.fk-root').getBoundingClientRect();  // scrolls along
    return {tag: e.tagName.toLowerCase(), label, text: (e.innerText || '').trim(),
            top: e.getBoundingClientRect().top - form.top};
}"""


def tab_to(page, wanted: str, visited: list[dict], limit: int = 80) -> None:
    """Press Tab until the control labelled (or reading) ``wanted`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = page.evaluate(FOCUSED)
        visited.append(now)
        if wanted in (now["label"], now["text"]):
            return
    raise AssertionError(f"Tab never reached {wanted!r}; it went through {visited[-limit:]}")


@pytest.mark.slow
@pytest.mark.browser
def test_the_app_takes_a_newcomer_through_every_step(voila):
    base = voila("light")
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as page:
        open_app(page, base)
        # Step 1 with the keyboard alone: add a person to the interview shown, and save.
        labelled(page, "Your name").locator("input").focus()
        visited: list[dict] = []
        tab_to(page, "Add person", visited)
        page.keyboard.press("Enter")
        page.get_by_text("Added a person").wait_for()
        for label, text in (
            ("Name", "Ana Souza"),
            ("Title", "Warehouse Lead"),
            ("Business email", "ana.souza@lumenharbor.example"),
            ("Concern 1", "whether I have run a stock audit"),
            ("Your answer", "I ran the yearly audit of 18,000 locations in two days"),
        ):
            tab_to(page, label, visited)
            page.keyboard.type(text)
        tab_to(page, "Save", visited)
        assert labelled(page, "Your answer").locator("textarea").input_value().startswith("I ran")
        page.keyboard.press("Space")
        page.get_by_text(
            re.compile(r"Saved Data Analyst at Lumen Harbor Logistics with 4 ")
        ).wait_for()
        tops = [v["top"] for v in visited]
        order = [(v["label"] or v["text"], round(v["top"])) for v in visited]
        # Down the form, row by row (controls of one row may sit a few pixels apart).
        assert all(later >= earlier - 10 for earlier, later in pairwise(tops)), order
        page.screenshot(path=ARTIFACTS / "app-1-notes.png", full_page=True)

        # Step 2: the draft to the new person answers her concern in the words typed.
        page.locator(".lm-TabBar-tab", has_text="2. Letters").click()
        to = labelled(page, "To").locator("select")
        to.wait_for()
        to.select_option(label="Ana Souza, Warehouse Lead")
        text = labelled(page, "Text").locator("textarea")
        page.wait_for_function(
            "t => t.value.startsWith('Dear Ana,')", arg=text.element_handle(), timeout=60_000
        )
        assert "18,000 locations in two days" in text.input_value()
        page.locator(".fk-letter").first.wait_for()
        page.locator(".widget-button", has_text="Save").last.click()
        page.get_by_text("Saved").last.wait_for()
        page.screenshot(path=ARTIFACTS / "app-2-letters.png", full_page=True)

        # Step 3: the board lists her letter with the others.
        page.locator(".lm-TabBar-tab", has_text="3. Review").click()
        page.locator(".fk-table td", has_text="Ana Souza").first.wait_for()
        page.screenshot(path=ARTIFACTS / "app-3-review.png", full_page=True)

        # Step 4: mark her thank-you as sent; the plan says so.
        page.locator(".lm-TabBar-tab", has_text="4. Send").click()
        letter = labelled(page, "Letter").locator("select")
        letter.wait_for()
        letter.select_option(label="thank-you note to Ana Souza")
        page.locator(".widget-button", has_text="Mark as sent").click()
        confirm = page.locator(".widget-button", has_text="Yes, I sent it")
        logged = page.get_by_text("Logged: the thank-you note to Ana Souza")
        logged.or_(confirm).first.wait_for()
        if confirm.count():  # the draft still has an error: the app asks first
            confirm.click()
        logged.wait_for()
        sent = page.locator(".fk-table tr", has_text="Ana Souza").filter(
            has_text=re.compile(r"sent \w+ \d+ \w+ \d\d:\d\d")  # "sent Mon 30 Nov 09:12"
        )
        sent.first.wait_for(timeout=30_000)  # the plan redraws once the log is stored
        page.screenshot(path=ARTIFACTS / "app-4-send.png", full_page=True)

        # Step 5: they chose another candidate; the reply is drafted and opens in step 2.
        page.locator(".lm-TabBar-tab", has_text="5. Decision").click()
        status = labelled(page, "Status").locator("select")
        status.wait_for()
        status.select_option("rejected")
        page.locator(".widget-button", has_text="Save").locator("visible=true").first.click()
        page.get_by_text(re.compile(r"Saved: they chose another candidate\. Your ")).wait_for()
        page.screenshot(path=ARTIFACTS / "app-5-decision.png", full_page=True)
        page.locator(".widget-button", has_text="Read your reply").click()
        page.locator(".lm-TabBar-tab.lm-mod-current", has_text="2. Letters").wait_for()
        kind = labelled(page, "Letter").locator("select")
        page.wait_for_function(
            "k => k.value === 'Answer their no'", arg=kind.element_handle(), timeout=60_000
        )
        assert labelled(page, "Text").locator("textarea").input_value().startswith("Dear ")


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_step_of_the_app_passes_axe_and_fits_the_page(voila, theme):
    base = voila("light")  # the theme asked for in the address, as a user (or Binder) does
    found, layout, marks = {}, {}, {}
    with chromium() as page:
        open_app(page, f"{base}/?theme={theme}")
        light = page.evaluate("() => document.body.dataset.jpThemeLight")
        assert light == ("true" if theme == "light" else "false")
        for step in ("1. Notes", "2. Letters", "3. Review", "4. Send", "5. Decision"):
            page.locator(".lm-TabBar-tab", has_text=step).click()
            page.locator(".lm-TabBar-tab.lm-mod-current", has_text=step).wait_for()
            if step == "2. Letters":  # review marks on screen
                text = labelled(page, "Text").locator("textarea")
                text.fill("Dear Priya,\n\nThank u for you time. I REALLY want the the job.\n")
                page.locator(".fk-letter mark.error").first.wait_for()
                marks[step] = contrast_checked(page, ".fk-letter mark")
            if step == "4. Send":
                page.locator(".widget-image").first.wait_for()
                page.wait_for_function(  # the timeline is drawn a moment after the plan
                    "() => [...document.querySelectorAll('img.widget-image')]"
                    ".some(img => img.naturalWidth > 0)"
                )
            if step == "5. Decision":  # an offer shows every field the form has
                labelled(page, "Status").locator("select").select_option("offer")
                labelled(page, "Salary or pay").wait_for()
            found[step] = axe_problems(page, ".jp-OutputArea-output")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 1000})
                page.wait_for_timeout(300)
                layout[(step, width)] = layout_problems(page, ".jp-OutputArea-output")
                if step == "4. Send":  # the timeline's labels stay as matplotlib laid them out
                    layout[(step, width)] += picture_problems(page, "img.widget-image")
            page.set_viewport_size({"width": 1400, "height": 1000})
            page.screenshot(path=ARTIFACTS / f"app-a11y-{theme}-{step[0]}.png", full_page=True)
    (ARTIFACTS / f"app-a11y-{theme}.json").write_text(
        json.dumps({"axe": found, "marks": marks}, indent=1)
    )
    assert found == {step: [] for step in found}
    assert all(problems == [] for problems in layout.values()), {
        k: v for k, v in layout.items() if v
    }
    checked = marks["2. Letters"]
    assert checked["violations"] == 0 and checked["passes"] >= 2, checked


def test_the_old_theme_parameter_gets_a_note_with_a_working_link():
    assert theme_hint("") == theme_hint("theme=dark") == ""
    assert theme_hint("voila-theme=dark&theme=dark") == ""  # the page has its theme already
    note = str(theme_hint("voila-theme=dark"))
    assert '<a class="fk-box" href="?theme=dark">open it in the dark theme</a>' in note
    assert "&lt;b&gt;" in str(theme_hint("voila-theme=<b>")), "what was typed is escaped"
    assert 'href="?theme=%22%3E"' in str(theme_hint("voila-theme=%22%3E"))


@pytest.mark.slow
@pytest.mark.browser
def test_voila_theme_in_the_address_leads_to_the_dark_app(voila):
    base = voila("light")
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as page:
        open_app(page, f"{base}/?voila-theme=dark")  # the old name: Voila 0.5 ignores it
        link = page.get_by_role("link", name="open it in the dark theme")
        link.wait_for()
        page.screenshot(path=ARTIFACTS / "app-theme-note.png")
        link.click()
        page.locator(".widget-text", has_text="Your name").first.wait_for(timeout=180_000)
        page.wait_for_function("() => document.body.dataset.jpThemeLight === 'false'")
        assert page.get_by_role("link", name="open it in the dark theme").count() == 0
        page.screenshot(path=ARTIFACTS / "app-theme-dark.png", full_page=True)
        assert axe_problems(page, ".jp-OutputArea-output") == []
