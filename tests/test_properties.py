"""Properties over generated input: the command line, review(), every record, templates and
exports raise nothing but the package's own documented errors, keep every span inside the text
and matching its excerpt, and finish in bounded time.

The example counts are modest so the suite stays fast; the per-example deadline is a generous
ceiling, not a speed target (benchmarks/ measures speed).
"""

from __future__ import annotations

import email
import email.policy
import json
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_kit import cli
from followup_kit.demo import demo_interview, demo_profile
from followup_kit.drafting import Drafter, DraftError, draft_letter
from followup_kit.errors import InvalidRecord, UsageError
from followup_kit.exports import build_email, mailto_link, write_eml
from followup_kit.kinds import LETTER_KINDS
from followup_kit.model import Contact, Interview, Interviewer, Letter, Outcome, Profile
from followup_kit.reviewing import review
from followup_kit.rules import CATALOG
from followup_kit.rules.base import LineIndex
from followup_kit.store import Workspace

GENEROUS = 10_000  # ms per example: far above any honest run, far below a hang
QUICK = settings(
    max_examples=40,
    deadline=GENEROUS,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text as users paste it, and as attackers craft it: any character (surrogates included), and
# pieces that mean something to our parsers.
TRICKY = st.sampled_from(
    [
        "\r\n",
        "\r",
        "\ufeff",
        "\x00",
        "\x1b[31m",
        "=?utf-8?q?x=0D=0ABcc:_a@b.example?=",
        "$\\frac{$",
        "{{ first_name }}",
        "u",
        "teh",
        "xoxo",
        "x.com",
        "Dear Ana,",
        "Best regards,",
        "Thank you",
        "!!!",
        "HELLO",
        "@handle",
        "https://example.com/a",
        "Northwind",
        "\u2028",
        "\udc80",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=30), TRICKY), max_size=25).map("".join)
LINE = st.one_of(st.text(max_size=40), TRICKY, st.just("Ana Souza"))


def check_spans(text: str, findings) -> None:
    place = LineIndex(text)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.excerpt == text[f.start : f.end][:80], f
        assert (f.line, f.column) == place(f.start), f


# --- review()

RULE_NAMES = [rule.name for rule in CATALOG] + [rule.code for rule in CATALOG]
OTHER = st.one_of(TEXT, st.tuples(LINE, TEXT))


@QUICK
@given(
    text=TEXT,
    to=st.one_of(st.none(), LINE),
    company=st.one_of(st.none(), LINE),
    role=st.one_of(st.none(), LINE),
    notes=st.one_of(st.none(), LINE, st.lists(LINE, max_size=4)),
    medium=st.sampled_from(["email", "card", "linkedin"]),
    kind=st.sampled_from(LETTER_KINDS),
    others=st.lists(OTHER, max_size=3),
    disabled=st.one_of(st.sampled_from(RULE_NAMES), st.lists(st.sampled_from(RULE_NAMES))),
    words=st.lists(LINE, max_size=3),
)
def test_review_keeps_spans_in_the_text(
    text, to, company, role, notes, medium, kind, others, disabled, words
):
    result = review(
        text,
        to=to,
        company=company,
        role=role,
        notes=notes,
        medium=medium,
        kind=kind,
        others=others,
        disabled=disabled,
        words=words,
    )
    check_spans(result.text, result.findings)
    assert [f.start for f in result.findings] == sorted(f.start for f in result.findings)


@QUICK
@given(
    argument=st.sampled_from(
        ["to", "email", "company", "role", "notes", "others", "profile", "disabled", "words"]
    ),
    value=st.one_of(
        st.integers(), st.floats(), st.binary(max_size=5), st.lists(st.integers(), min_size=1)
    ),
)
def test_review_refuses_wrong_types_by_name(argument, value):
    with pytest.raises(TypeError, match=argument):
        review("Dear Ana,\n\nThank you.", **{argument: value})


# --- the command line (in-process: the same main() the command runs)


@QUICK
@given(data=st.binary(max_size=400) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_cli_review_json_offsets_index_the_file(tmp_path, capsys, data):
    letter = tmp_path / "letter.txt"
    letter.write_bytes(data)
    status = cli.main(["review", str(letter), "--format", "json"])
    out, err = capsys.readouterr()
    assert status in (0, 1) and err == ""
    rows = json.loads(out)
    as_read = data.decode("utf-8", errors="replace")
    reviewed = review(as_read.removeprefix("\ufeff"))
    assert len(rows) == len(reviewed.findings)
    for row, finding in zip(rows, reviewed.findings, strict=True):
        assert 0 <= row["start"] <= row["end"] <= len(as_read)
        flagged = as_read[row["start"] : row["end"]].replace("\r\n", "\n").replace("\r", "\n")
        assert flagged.replace("\x00", " ")[:80] == finding.excerpt
        assert (row["line"], row["column"]) == (finding.line, finding.column)


TOKENS = st.sampled_from(
    [
        "review",
        "schedule",
        "export",
        "import",
        "--to",
        "--format",
        "json",
        "--medium",
        "pigeon",
        "--disable",
        "spelling",
        "nonsense",
        "--kind",
        "--hour",
        "99",
        "--country",
        "XX",
        "--interview",
        "\x1b[2J",
        "--workspace",
        "{ws}",
        "{letter}",
        "{folder}",
        "/dev/null",
        "{missing}",
        "--replace",
        "--help",
    ]
)


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("props")
    with Workspace(folder / "ws") as workspace:
        workspace.save_profile(demo_profile())
        workspace.save_interview(demo_interview())
    (folder / "letter.txt").write_text("Dear Ana,\r\n\r\nThank u.\r\n")
    (folder / "folder").mkdir()
    return folder


@QUICK
@given(argv=st.lists(TOKENS, min_size=1, max_size=7))
def test_cli_answers_every_command_line_with_a_status(demo_workspace, capsys, argv):
    names = {
        "ws": demo_workspace / "ws",
        "letter": demo_workspace / "letter.txt",
        "folder": demo_workspace / "folder",
        "missing": demo_workspace / "missing.json",
    }
    argv = [token.format(**names) for token in argv]
    try:
        status = cli.main(argv)
    except SystemExit as exit:  # argparse: --help, or a usage error
        status = exit.code
    err = capsys.readouterr().err
    assert status in (0, 1, 2)
    assert "Traceback" not in err and "\x1b" not in err
    if status == 2 and err:
        assert len(err.strip().splitlines()) == 1 or "usage:" in err
    assert not (demo_workspace / "folder.partial").exists()


# --- every record

ZONES = st.sampled_from(["", "UTC", "Europe/Berlin", "Europe", "Etc", "../x", "x" * 300, "\x00"])
IDS = st.one_of(st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True), LINE)
WHEN = st.one_of(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["2026-11-26T14:00", "next tuesday", ""]),
)
FIELDS = {
    Profile: {"name": LINE, "email": LINE, "phone": LINE, "timezone": ZONES, "signature": TEXT},
    Interviewer: {
        "id": IDS,
        "name": LINE,
        "goes_by": LINE,
        "title": LINE,
        "email": LINE,
        "linkedin": LINE,
        "timezone": ZONES,
        "remarks": st.lists(TEXT, max_size=3),
        "concerns": st.lists(TEXT, max_size=3),
    },
    Interview: {
        "id": IDS,
        "company": LINE,
        "role": LINE,
        "when": WHEN,
        "timezone": ZONES,
        "place": LINE,
        "next_steps": TEXT,
        "decision_date": st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))),
        "outcome": st.one_of(
            st.none(), st.fixed_dictionaries({}, optional={"pay": LINE, "heard_on": WHEN})
        ),
    },
    Outcome: {
        "heard_on": st.one_of(st.none(), st.dates(), LINE),
        "told_by": IDS,
        "job_title": LINE,
        "start_date": st.one_of(st.none(), st.dates(), LINE),
        "pay": LINE,
        "other_terms": TEXT,
        "answer_by": st.one_of(st.none(), st.dates()),
        "reason": LINE,
        "ask_feedback": st.booleans(),
    },
    Letter: {"id": IDS, "interview_id": IDS, "interviewer_id": IDS, "subject": LINE, "body": TEXT},
    Contact: {"id": IDS, "interview_id": IDS, "letter_id": IDS, "note": TEXT},
}


@st.composite
def record_input(draw):
    record = draw(st.sampled_from(list(FIELDS)))
    fields = {
        name: draw(strategy)
        for name, strategy in FIELDS[record].items()
        if draw(st.booleans()) or name in ("name", "company", "role", "when", "interview_id")
    }
    if record is Letter and "interviewer_id" not in fields:
        fields["interviewer_id"] = "p1"
    return record, fields


@QUICK
@given(case=record_input())
def test_records_accept_or_name_the_field(demo_workspace, case):
    record, fields = case
    try:
        made = record(**fields)
    except InvalidRecord as exc:
        assert isinstance(exc, ValueError)
        assert exc.problems
        assert {key.split(".")[0] for key in exc.problems} <= set(record.model_fields)
        return
    assert record.parse(json.loads(json.dumps(made.to_data()))) == made
    if record in (Profile, Interview):
        with Workspace(demo_workspace / "records") as workspace:
            if record is Profile:
                assert workspace.save_profile(made) == workspace.profile()
            else:
                assert workspace.interview(workspace.save_interview(made).id) == made


# --- templates


SNIPPETS = st.sampled_from(
    [
        "Dear {{ first_name }},",
        "{{ name|upper }}",
        "{{ company|title }}",
        "{% if topic is defined %}{{ topic }}{% endif %}",
        "{% for c in first_name %}{{ loop.index }}{% endfor %}",
        "{{ first_name * 3 }}",
        "{{ 'ab' * 10**9 }}",
        "{{ 9 ** 99999 }}",
        "{{ range(5) }}",
        "{{ lipsum(10**6) }}",
        "{{ first_name.__class__ }}",
        "{{ first_name|center(10**9) }}",
        "{{ shoe_size }}",
        "{% include 'part.j2' %}",
        "{% include '../outside.j2' %}",
        "{{ 1 // 0 }}",
        "{{",
        "{% endfor %}",
        "{{ '%999999d' % 1 }}",
        "{{ variant + 1 }}",
        "\udc80",
        "\x00",
    ]
)


@settings(
    max_examples=25,
    deadline=GENEROUS,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(parts=st.lists(st.one_of(SNIPPETS, st.text(max_size=20)), min_size=1, max_size=6))
def test_templates_render_or_raise_a_draft_error(demo_workspace, parts):
    folder = Path(tempfile.mkdtemp(dir=demo_workspace))
    (folder / "part.j2").write_text("{{ role }}", encoding="utf-8")
    source = "".join(parts)
    (folder / "thank-you.email.j2").write_bytes(source.encode("utf-8", "surrogatepass"))
    interview = demo_interview()
    try:
        letter = draft_letter(
            interview, interview.interviewers[0], demo_profile(), drafter=Drafter(folder)
        )
    except (DraftError, InvalidRecord) as exc:
        assert isinstance(exc, ValueError) and str(exc)
        return
    assert isinstance(letter.body, str) and len(letter.body) <= 20_001


# --- exports


@QUICK
@given(sender=LINE, recipient=LINE, subject=LINE, body=TEXT)
def test_exports_write_exactly_the_headers_meant(tmp_path, sender, recipient, subject, body):
    try:
        profile = Profile(name=sender, email="jo@bücher.example")
        person = Interviewer(id="p1", name=recipient, email="ana@northwind.example")
        letter = Letter(interview_id="i1", interviewer_id="p1", subject=subject, body=body)
    except InvalidRecord:
        return  # the model refused it, naming the field (tested above)
    try:
        path = write_eml(build_email(letter, sender=profile, recipient=person), tmp_path / "a.eml")
        mailto_link(letter, person)
    except (UsageError, ValueError) as exc:
        assert str(exc)
        return
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert [name.lower() for name in message] == [
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "x-unsent",
        "content-type",
        "content-transfer-encoding",
        "mime-version",
    ]
    assert message["From"].addresses[0].display_name == profile.name
    assert message["To"].addresses[0].display_name == person.name
    assert " ".join(str(message["Subject"]).split()) == " ".join(letter.subject.split())
