"""A long job search stays fast: each stored row is validated once, the board reads the
workspace once and shows the open applications first, and a letter's review costs the same
whatever the number of other applications."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_kit import model
from followup_kit.demo import demo_interview, demo_profile
from followup_kit.drafting import draft_interview
from followup_kit.errors import WorkspaceError
from followup_kit.model import Interview, Interviewer, InterviewStatus
from followup_kit.reviewing import letter_context, review, review_letter
from followup_kit.rules.companies import company_pattern
from followup_kit.snapshot import snapshot
from followup_kit.store import Workspace
from followup_kit.widgets import ReviewBoard, ScheduleView

from .conftest import DEMO_DAY


def _interview(n: int, *, status: InterviewStatus = InterviewStatus.REJECTED) -> Interview:
    when = datetime(2026, 1, 5, 10, tzinfo=UTC) + timedelta(days=2 * n)
    return Interview(
        company=f"Company {n} Ltd",
        role="Analyst",
        when=when,
        status=status,
        interviewers=[Interviewer(name=f"Person {n}", email=f"p{n}@c{n}.example")],
    )


@pytest.fixture
def validations(monkeypatch):
    """Count the records validated (built from fields) while the test runs, by class."""
    counts: dict[str, int] = {}
    original = model.Record.__init__

    def counting(self, **data):
        counts[type(self).__name__] = counts.get(type(self).__name__, 0) + 1
        original(self, **data)

    monkeypatch.setattr(model.Record, "__init__", counting)
    return counts


# --- each stored row is validated once


def test_rows_read_again_are_not_validated_again(workspace, demo, validations):
    draft_interview(workspace, demo.id)
    workspace.interviews(), workspace.letters()
    validations.clear()
    for _ in range(5):
        workspace.interviews(), workspace.letters(), workspace.profile()
    assert validations == {}


def test_records_read_back_are_independent_copies(workspace, demo):
    first = workspace.interview(demo.id)
    first.interviewers[0].remarks.append("something only this copy has")
    first.interviewers[0].name = "Someone Else"
    first.place = "Elsewhere"
    again = workspace.interview(demo.id)
    assert again.interviewers[0].name == "Priya Raman"
    assert "something only this copy has" not in again.interviewers[0].remarks
    assert again.place == demo.place
    assert again == demo and again.revision == demo.revision


def _tamper(workspace: Workspace, sql: str, *args) -> None:
    """Change the file behind the workspace's back, as another program would."""
    other = sqlite3.connect(workspace.path)
    with other:
        other.execute(sql, args)
    other.close()


@pytest.mark.parametrize(
    "data",
    ["[]", "null", "{oops", '{"company": "N", "role": "R", "when": "2026-01-01T10:00"'],
)
def test_a_damaged_row_is_caught_every_time_it_is_read(workspace, demo, data):
    workspace.interviews()  # the intact row is known now
    _tamper(workspace, "UPDATE interviews SET data = ? WHERE id = ?", data, demo.id)
    for _ in range(2):
        with pytest.raises(WorkspaceError, match="damaged record"):
            workspace.interviews()


def test_a_row_changed_outside_is_validated_anew(workspace, demo):
    workspace.interviews()
    data = demo.to_data()
    data["interviewers"][0]["email"] = "not an address"
    _tamper(workspace, "UPDATE interviews SET data = ? WHERE id = ?", json.dumps(data), demo.id)
    with pytest.raises(WorkspaceError, match=r"damaged record.*email"):
        workspace.interview(demo.id)


# --- the review context comes from one read


def test_the_snapshot_is_kept_until_something_is_saved_here_or_elsewhere(workspace, demo):
    first = snapshot(workspace)
    assert snapshot(workspace) is first
    workspace.add_words("Houthavens")
    second = snapshot(workspace)
    assert second is not first and "Houthavens" in second.words
    with Workspace(workspace.folder) as elsewhere:  # another notebook's connection
        elsewhere.set_disabled_rules(["long-sentence"])
    third = snapshot(workspace)
    assert third is not second and third.disabled == ("long-sentence",)


def test_letter_context_knows_the_interview_the_others_and_your_settings(workspace, demo):
    letters = draft_interview(workspace, demo.id)
    workspace.save_interview(_interview(1))
    workspace.ignore(letters[0].id, "spelling:houthavens")
    context = letter_context(workspace, letters[0])
    assert context["to"] == "Priya Raman" and context["company"] == demo.company
    assert [name for name, _ in context["others"]] == ["Tomás Okafor", "Mei Lin Chen"]
    assert context["ignored"] == {"spelling:houthavens"}
    assert set(context["other_companies"]) == {demo.company, "Company 1 Ltd"}
    assert context["profile"].name == demo_profile().name


def test_another_application_is_flagged_and_the_letters_own_company_is_not(workspace, demo):
    letter = draft_interview(workspace, demo.id)[0]
    workspace.save_interview(_interview(7))
    assert demo.company in letter.body
    text = letter.body.replace("Dear Priya,", "Dear Priya,\n\nUnlike company 7 ltd, you")
    found = review_letter(workspace, letter, text).findings
    assert [f.excerpt for f in found if f.rule == "wrong-company"] == ["company 7 ltd"]
    assert not [f for f in review_letter(workspace, letter).findings if f.rule == "wrong-company"]


NAME_PARTS = st.sampled_from(["Contoso", "Labs", "AT&T", "Yahoo!", "Tomás", "&", "Co", "a.b", "Ex"])
NAMES = st.lists(st.lists(NAME_PARTS, min_size=1, max_size=3).map(" ".join), max_size=6)
TEXT = st.lists(
    st.one_of(NAME_PARTS, st.sampled_from([" ", ", ", ".", "x", "CONTOSO", "labs", "\n"])),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NAMES, TEXT)
def test_one_pattern_finds_what_searching_name_by_name_finds(names, text):
    """Every name found on its own is found (or a longer name over it); nothing else is."""
    alone = {
        match.span()
        for name in names
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
    }
    pattern = company_pattern(tuple(names))
    together = {m.span() for m in pattern.finditer(text)} if pattern else set()
    assert together <= alone
    for start, end in alone:
        assert any(a < end and start < b for a, b in together), (start, end)


def test_a_review_costs_about_the_same_with_1000_other_applications(workspace, demo):
    letter = draft_interview(workspace, demo.id)[0]
    context = letter_context(workspace, letter)
    few = {**context, "other_companies": tuple(f"Company {n} Ltd" for n in range(10))}
    many = {**context, "other_companies": tuple(f"Company {n} Ltd" for n in range(1000))}
    timings: dict[int, list[float]] = {10: [], 1000: []}
    for _ in range(31):  # taken in turns, so a busy moment of the machine hits both alike
        for count, arguments in ((10, few), (1000, many)):
            start = time.perf_counter()
            review(letter.body, **arguments)
            timings[count].append(time.perf_counter() - start)
    with_few, with_many = (statistics.median(timings[n][1:]) * 1000 for n in (10, 1000))
    print(f"review with 10 companies {with_few:.1f} ms, with 1000 {with_many:.1f} ms")
    assert with_many < 3 * with_few  # generous: 100x the companies, not 3x the time


# --- the board: open applications first, the rest on demand


def _search(workspace: Workspace, count: int, open_ones: set[int]) -> None:
    workspace.save_profile(demo_profile())
    for n in range(count):
        status = InterviewStatus.AWAITING_REPLY if n in open_ones else InterviewStatus.REJECTED
        workspace.save_interview(_interview(n, status=status))


def test_the_board_shows_open_applications_first_and_the_rest_on_demand(workspace):
    _search(workspace, 25, open_ones={2, 5})
    board = ReviewBoard(workspace)
    shown = re.findall(r"Analyst at (Company \d+ Ltd)", board.table.value)
    newest_closed = [f"Company {n} Ltd" for n in range(24, 1, -1) if n not in (2, 5)]
    assert shown == ["Company 5 Ltd", "Company 2 Ltd", *newest_closed[:8]]
    assert board.hidden == 15 and board.more_button.layout.display != "none"
    assert "Showing 10 of 25 interviews" in board.table.value
    board.more_button.click()
    assert len(re.findall(r"Analyst at Company", board.table.value)) == 20
    board.show_more()
    assert board.hidden == 0 and board.more_button.layout.display == "none"
    assert len(re.findall(r"Analyst at Company", board.table.value)) == 25


def test_the_board_reads_each_record_once(workspace, demo, validations):
    draft_interview(workspace, demo.id)
    for n in range(8):
        interview = workspace.save_interview(
            demo_interview(DEMO_DAY).model_copy(update={"id": f"i{n}", "company": f"Firm {n}"})
        )
        draft_interview(workspace, interview.id)
    validations.clear()
    board = ReviewBoard(workspace)
    assert len(board.rows) == 27
    # 9 interviews, 27 letters, the profile and the settings, each validated at most once
    # (before, every letter's review read every interview again: 250 and more).
    assert sum(validations.values()) <= 9 + 27 + 2, validations


def test_the_schedule_view_shows_the_plan_first_and_the_picture_right_after(workspace, demo):
    """In a kernel the timeline (matplotlib: most of a second) is drawn once the view shows."""

    async def open_view() -> tuple[bytes, str, bytes]:
        view = ScheduleView(workspace, demo.id, clock=lambda: datetime(2026, 11, 27, 8, tzinfo=UTC))
        first_picture, table = bytes(view.image.value), view.plan_table.value
        for _ in range(600):
            await asyncio.sleep(0.05)
            if view.image.value:
                break
        view.close()
        return first_picture, table, bytes(view.image.value)

    first_picture, table, picture = asyncio.run(open_view())
    assert first_picture == b"" and "Priya Raman" in table
    assert picture.startswith(b"\x89PNG")


def test_a_snapshot_read_in_a_transaction_that_rolls_back_is_not_kept(workspace, demo):
    with pytest.raises(RuntimeError), workspace.transaction():
        workspace.add_words("Phantomword")
        assert "Phantomword" in snapshot(workspace).words
        raise RuntimeError("the save fails after all")
    assert "Phantomword" not in snapshot(workspace).words


@pytest.mark.parametrize("companies", [("Contoso", 1), ("Contoso", ["Fabrikam"])])
def test_a_tuple_of_companies_is_still_checked_item_by_item(companies):
    for _ in range(2):  # the second time too: a refused tuple is not remembered as checked
        with pytest.raises(TypeError, match=r"'other_companies' holds .* as item 2"):
            review("Dear Ana,", other_companies=companies)
