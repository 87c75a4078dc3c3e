"""Findings name their rule (a fixed contract) and, beside it, what it means in plain words,
wherever a newcomer reads them: the editor's rows, the board, the schedule view's question."""

from __future__ import annotations

import re

from followup_kit.drafting import draft_interview
from followup_kit.rules import CATALOG
from followup_kit.rules.labels import RULE_LABELS, rule_label
from followup_kit.widgets import LetterEditor, ReviewBoard, ScheduleView


def text(widget) -> str:
    return re.sub(r"<[^>]+>", "", widget.value.split("</style>")[-1])


def test_every_rule_has_its_own_plain_label():
    names = [rule.name for rule in CATALOG]
    assert sorted(RULE_LABELS) == sorted(names), "a label for every rule, and only for rules"
    labels = list(RULE_LABELS.values())
    assert len(set(labels)) == len(labels), "two rules would read the same"
    for name, label in RULE_LABELS.items():
        assert label[:1].isupper() and not label.endswith("."), name
        assert len(label) <= 32, f"{name}: a label, not a sentence"
    assert rule_label("not-a-rule") == "not-a-rule"


def test_editor_rows_keep_the_rule_id_first_and_say_what_it_means(workspace, demo):
    editor = LetterEditor(workspace, demo.id, debounce=0)
    editor.body.value = editor.body.value.replace("Thank you", "Thank you you", 1)
    rows = [text(row.children[0]) for row in editor.findings.children]
    (row,) = [r for r in rows if "repeated-word" in r]
    assert re.match(r"^● repeated-word · A word written twice, line 3: ", row), row


def test_board_and_schedule_name_blocking_rules_with_their_labels(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    workspace.save_letter(letters[0].model_copy(update={"body": "Dear Priya, thank u"}))
    board = ReviewBoard(workspace, demo.id)
    (priya,) = [row for row in board.rows if row["person"] == "Priya Raman"]
    assert any(b.startswith("text-speak · Chat shorthand: ") for b in priya["blocking"])
    assert "text-speak · Chat shorthand: " in text(board.table)
    view = ScheduleView(workspace, demo.id)
    view.letter.value = letters[0].id
    view.sent_button.click()
    assert "text-speak · Chat shorthand" in text(view.status)
