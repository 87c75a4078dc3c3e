"""The editor's live review follows the typing: soon after a pause, and during a long burst.

Typed on a real asyncio loop (the kernel's kind) at a fast typist's pace; the times are
recorded, and the checks are generous (a busy machine may be slow): what matters is that a
review comes during the burst at all, and that the last one sees the last keystroke.
"""

from __future__ import annotations

import asyncio

import pytest

from followup_kit.widgets import LetterEditor

BURST_SECONDS = 2.0
KEY_INTERVAL = 0.05  # 20 characters a second: faster than any pause the debounce waits for


def _type_burst(editor: LetterEditor) -> tuple[list[float], list[float], str]:
    """Type for BURST_SECONDS; return the keystroke times, the review times, the last text."""
    keys: list[float] = []
    reviews: list[float] = []
    original = editor._review_now

    def recorded():
        outcome = original()
        reviews.append(asyncio.get_running_loop().time())
        return outcome

    editor._review_now = recorded

    async def typing() -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        while loop.time() - start < BURST_SECONDS:
            editor.body.value += "a"
            keys.append(loop.time())
            await asyncio.sleep(KEY_INTERVAL)
        await asyncio.sleep(1.5)  # room for the review after the last keystroke

    asyncio.run(typing())
    return keys, reviews, editor.review.text if editor.review else ""


@pytest.fixture
def editor(workspace, demo):
    return LetterEditor(workspace, demo.id)


def test_reviews_come_during_a_burst_of_typing_not_only_after_it(editor):
    keys, reviews, last_text = _type_burst(editor)
    during = [t for t in reviews if t < keys[-1]]
    # At least every 0.4 s while typing: about five in two seconds; three allows a slow machine.
    assert len(during) >= 3, f"{len(during)} reviews during {BURST_SECONDS} s of typing"
    assert last_text == editor.body.value, "the last review saw the last keystroke"
    assert reviews[-1] > keys[-1]
    gaps = [b - a for a, b in zip([keys[0], *during], during, strict=False)]
    print(f"reviews during the burst: {len(during)}, longest gap {max(gaps):.3f} s")


def test_a_pause_brings_the_review_soon(editor):
    keys, reviews, _ = _type_burst(editor)
    after = reviews[-1] - keys[-1]
    print(f"review {after * 1000:.0f} ms after the last keystroke")
    assert after < 1.0, "the review follows a pause well within a second"


def test_no_loop_reviews_at_once(workspace, demo):
    editor = LetterEditor(workspace, demo.id)
    editor.body.value += " thx"
    assert "text-speak" in editor.review.rules()


def test_typing_keeps_the_rows_of_findings_that_stay(workspace, demo):
    """A review per keystroke must not send every finding's widgets to the browser again."""
    editor = LetterEditor(workspace, demo.id, debounce=0)
    letter = "Dear Priya,\n\nThank u for the talk. I liek the team.\n\nBest,\nJordan\n"
    editor.body.value = letter
    before = list(editor.findings.children)
    speak = next(r for r in before if "chat shorthand" in r.children[0].value)
    editor.body.value = letter.replace("Thank u", "So: thank u")
    after = list(editor.findings.children)
    assert speak in after, "the 'u' finding kept its row"
    speak.children[1].click()  # Use "you": the row acts on where 'u' is now
    assert "So: thank you for the talk." in editor.body.value
    editor.body.value = "Dear Priya,\n\nThank you for the talk.\n\nBest,\nJordan\n"
    assert speak not in editor.findings.children and speak.comm is None  # closed
