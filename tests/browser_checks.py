"""What the browser tests measure on a page: axe-core's accessibility rules, and element boxes
against the cell they sit in. Used by test_accessibility.py (JupyterLab) and test_app.py (Voila).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Installed by `make test` from the npm registry (never fetched by the page from a CDN).
AXE = Path(os.environ.get("FOLLOWUP_KIT_AXE", ROOT / ".venv/axe/node_modules/axe-core/axe.min.js"))
WIDTHS = (1000, 1200, 1400)
CHROMIUM = "/usr/bin/chromium"


@contextmanager
def chromium(width: int = 1400, height: int = 1000) -> Iterator:
    """A page in Debian's headless Chromium, driven by Playwright (which downloads nothing)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install chromium"
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
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        tab.set_default_timeout(60_000)
        try:
            yield tab
        finally:
            context.close()
            browser.close()


def inject_axe(page) -> None:
    """Put axe-core into the page (once per page load)."""
    assert AXE.is_file(), f"axe-core is missing at {AXE}: run `make test`, which installs it"
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))


def axe_problems(page, selector: str) -> list[str]:
    """Serious and critical axe-core violations inside the elements ``selector`` matches."""
    inject_axe(page)
    violations = page.evaluate(
        """async (selector) => {
            const include = [...document.querySelectorAll(selector)];
            if (!include.length) return [{id: 'nothing-checked', impact: 'critical', nodes: []}];
            const result = await axe.run({include}, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' | ' + n.failureSummary)}));
        }""",
        selector,
    )
    return [
        f"{v['id']} ({v['impact']}): {v.get('help', '')} {v['nodes'][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def contrast_checked(page, selector: str) -> dict[str, int]:
    """How many elements ``selector`` matches pass, fail or leave undecided axe's contrast rule."""
    inject_axe(page)
    return page.evaluate(
        """async (selector) => {
            const include = [...document.querySelectorAll(selector)];
            if (!include.length) return {found: 0, passes: 0, violations: 0, incomplete: 0};
            const result = await axe.run({include}, {runOnly: ['color-contrast'],
                resultTypes: ['passes', 'violations', 'incomplete']});
            const count = kind => result[kind].reduce((n, rule) => n + rule.nodes.length, 0);
            return {found: include.length, passes: count('passes'),
                    violations: count('violations'), incomplete: count('incomplete')};
        }""",
        selector,
    )


# Every element inside an output area that shows widgets: its box must stay inside the area,
# a button's or label's text must not be cut off, and a text box must show whole lines.
MEASURE = """(areaSelector) => {
    const found = [];
    const name = (e) => {
        const text = (e.innerText || e.value || '').trim().slice(0, 40);
        return `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${text}"`;
    };
    for (const area of document.querySelectorAll(areaSelector)) {
        if (!area.querySelector('.jupyter-widgets')) continue;
        const box = area.getBoundingClientRect();
        if (box.width === 0) continue;
        for (const e of area.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            const style = getComputedStyle(e);
            if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
            if (r.right > box.right + 0.5 || r.left < box.left - 0.5)
                found.push(`past the cell by ${Math.round(r.right - box.right)} px: ${name(e)}`);
            if (e.matches('button, label, .widget-label') && e.scrollWidth > e.clientWidth + 1)
                found.push(`cut off (${e.scrollWidth} > ${e.clientWidth} px): ${name(e)}`);
            if (e.matches('textarea')) {
                const inner = e.clientHeight - parseFloat(style.paddingTop)
                    - parseFloat(style.paddingBottom);
                const lines = inner / parseFloat(style.lineHeight);  // NaN for 'normal'
                if (Math.abs(lines - Math.round(lines)) > 0.2)
                    found.push(`shows ${lines.toFixed(1)} lines: ${name(e)}`);
                const written = e.value.split('\\n').length;
                if (written <= 8 && e.scrollHeight > e.clientHeight + 1)
                    found.push(`hides part of its ${written} lines: ${name(e)}`);
            }
        }
    }
    return found;
}"""


def layout_problems(page, area_selector: str) -> list[str]:
    """What runs past its cell, is cut off or shows part of a line (see MEASURE)."""
    return sorted(set(page.evaluate(MEASURE, area_selector)))


# Our own contrast check, for JupyterLab, where axe-core 4.14 leaves the text of notebook outputs
# unchecked (it counts it as not visible on screen): the WCAG ratio between each element's text
# colour and the background behind it, every ancestor's background and opacity composited.
CONTRAST = """(selector) => {
    const parse = (text) => {
        let m = text.match(/^rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)$/);
        if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
        m = text.match(/^color\\(srgb ([\\d.e-]+) ([\\d.e-]+) ([\\d.e-]+)(?: \\/ ([\\d.]+))?\\)$/);
        if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
        throw new Error('unknown colour ' + text);
    };
    const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3]))
        .concat([1]);
    const luminance = (c) => {
        const [r, g, b] = c.slice(0, 3).map(v => v / 255)
            .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const results = [];
    for (const element of document.querySelectorAll(selector)) {
        if (!element.innerText || !element.innerText.trim()) continue;
        const layers = [];
        let opacity = 1;
        for (let e = element; e; e = e.parentElement) {
            const style = getComputedStyle(e);
            opacity *= parseFloat(style.opacity);
            layers.push(parse(style.backgroundColor));
        }
        let background = [255, 255, 255, 1];
        for (const layer of layers.reverse()) background = over(layer, background);
        const text = parse(getComputedStyle(element).color);
        const seen = over([text[0], text[1], text[2], text[3] * opacity], background);
        const [light, dark] = [luminance(seen), luminance(background)].sort((a, b) => b - a);
        results.push({what: element.className + ' "' + element.innerText.trim().slice(0, 30) + '"',
                      ratio: (light + 0.05) / (dark + 0.05)});
    }
    return results;
}"""


def contrast_ratios(page, selector: str) -> list[tuple[str, float]]:
    """(element, WCAG contrast ratio of its text) for every element ``selector`` matches."""
    return [(r["what"], round(r["ratio"], 2)) for r in page.evaluate(CONTRAST, selector)]


# The timeline is a picture (PNG) whose labels matplotlib lays out and test_timeline_labels.py
# measures for overlap; in the page it must be shown whole, scaled evenly (a picture stretched
# in one direction only squeezes its labels into each other) and not shrunk out of reading.
PICTURES = """(selector) => [...document.querySelectorAll(selector)]
    .filter(img => img.naturalWidth > 0 && img.getBoundingClientRect().width > 0)
    .map(img => ({natural: [img.naturalWidth, img.naturalHeight],
                  shown: [img.getBoundingClientRect().width, img.getBoundingClientRect().height]}))
"""


def picture_problems(page, selector: str, *, smallest: float = 0.75) -> list[str]:
    """Pictures ``selector`` matches that are stretched unevenly or shown at less than
    ``smallest`` of their own size; an empty list when there is nothing to show yet fails."""
    found = page.evaluate(PICTURES, selector)
    if not found:
        return [f"no picture shown for {selector}"]
    problems = []
    for picture in found:
        (width, height), (shown_width, shown_height) = picture["natural"], picture["shown"]
        across, down = shown_width / width, shown_height / height
        if abs(across - down) > 0.01 * max(across, down):
            problems.append(f"stretched unevenly: {across:.2f} across, {down:.2f} down")
        if min(across, down) < smallest:
            problems.append(f"shrunk to {min(across, down):.0%} of its size")
    return problems
