"""Exports read back by real parsers: .eml, mailto:, card sheet and review packet."""

from __future__ import annotations

import email
from email import policy
from html.parser import HTMLParser
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from followup_kit.drafting import draft_interview, draft_letter
from followup_kit.errors import UsageError
from followup_kit.exports import (
    ExportBlocked,
    HeaderError,
    build_email,
    card_sheet_html,
    export_interview,
    highlight_html,
    mailto_link,
    review_packet_html,
    write_eml,
)
from followup_kit.model import Interviewer, Letter, Medium, Profile
from followup_kit.reviewing import review, review_letter


def _parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_eml_parses_back_to_the_same_recipients_subject_and_body(workspace, demo, tmp_path):
    letters = draft_interview(workspace, demo.id)
    written = export_interview(workspace, demo.id, tmp_path)
    emails = sorted(p for p in written if p.suffix == ".eml")
    assert len(emails) == 2
    by_id = {letter.interviewer_id: letter for letter in letters}
    for path in emails:
        raw = path.read_bytes()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
        message = _parse(path)
        person = next(
            p for p in demo.interviewers if p.email == message["To"].addresses[0].addr_spec
        )
        letter = by_id[person.id]
        assert message["To"].addresses[0].display_name == person.name
        assert message["From"].addresses[0].addr_spec == "jordan.avery@example.com"
        assert message["Subject"] == letter.subject
        assert message.get_content().replace("\r\n", "\n") == letter.body
        assert message["X-Unsent"] == "1"


def test_message_id_does_not_leak_the_host_name(workspace, demo):
    import socket

    letter = draft_interview(workspace, demo.id)[0]
    message = build_email(letter, sender=workspace.profile(), recipient=demo.interviewers[0])
    assert socket.gethostname() not in message["Message-ID"]
    assert message["Message-ID"].endswith("@example.com>")


def test_non_ascii_names_and_subjects_survive_every_export(tmp_path, demo):
    person = Interviewer(
        name="Nguyễn Thị Minh",
        email="minh@lumenharbor.example",
        remarks=["the café near the depot"],
    )
    sender = Profile(name="José Álvarez", email="jose@example.com")
    letter = Letter(
        interview_id=demo.id,
        interviewer_id=person.id,
        subject="Merci, Zoë – 李",
        body="Dear Minh,\n\nThank you. Café, naïve, 李小龍.\n",
    )
    path = write_eml(build_email(letter, sender=sender, recipient=person), tmp_path / "x.eml")
    assert path.read_bytes().isascii()
    message = _parse(path)
    assert message["Subject"] == "Merci, Zoë – 李"
    assert message["To"].addresses[0].display_name == "Nguyễn Thị Minh"
    assert message["From"].addresses[0].display_name == "José Álvarez"
    assert "李小龍" in message.get_content()
    link = mailto_link(letter, person)
    assert link.isascii()
    assert unquote(parse_qs(urlsplit(link).query)["subject"][0]) == "Merci, Zoë – 李"
    card = letter.model_copy(update={"medium": Medium.CARD})
    interview = demo.model_copy(update={"interviewers": [person]})
    assert "Nguyễn Thị Minh" in card_sheet_html(interview, [card])
    assert "José" not in card_sheet_html(interview, [card])  # the card shows the body only
    assert "李小龍" in card_sheet_html(interview, [card])


@pytest.mark.parametrize(
    "field",
    [{"subject": "Thanks\r\nBcc: victim@example.com"}, {"subject": "Thanks\nX-Evil: 1"}],
)
def test_header_injection_in_the_subject_is_refused(demo, field):
    person = demo.interviewers[0]
    letter = Letter.model_construct(
        **{**Letter(interview_id=demo.id, interviewer_id=person.id).__dict__, **field}
    )
    with pytest.raises(HeaderError, match="line break"):
        build_email(letter, sender=Profile(name="Jo", email="jo@example.com"), recipient=person)
    with pytest.raises(HeaderError):
        mailto_link(letter, person)


def test_header_injection_in_names_is_refused_at_the_model_and_the_export(demo):
    with pytest.raises(ValueError, match="control characters"):
        Interviewer(name="Priya\r\nBcc: x@example.com")
    sneaky = Interviewer.model_construct(
        **{**demo.interviewers[0].__dict__, "name": "Priya\nBcc: x@example.com"}
    )
    letter = Letter(interview_id=demo.id, interviewer_id=sneaky.id, subject="Hi")
    with pytest.raises(HeaderError, match="recipient name"):
        build_email(letter, sender=Profile(name="Jo", email="jo@example.com"), recipient=sneaky)


def test_mailto_uses_crlf_and_percent_20(demo):
    person = demo.interviewers[0]
    letter = Letter(
        interview_id=demo.id,
        interviewer_id=person.id,
        subject="Thank you",
        body="Dear Priya,\n\nThank you & bye?\n",
    )
    link = mailto_link(letter, person)
    assert link.startswith("mailto:priya.raman@lumenharbor.example?subject=Thank%20you&body=")
    assert "Dear%20Priya%2C%0D%0A%0D%0AThank%20you%20%26%20bye%3F%0D%0A" in link
    assert "+" not in link and " " not in link


class _TextOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_script_in_notes_comes_out_escaped_in_card_sheet_and_packet(workspace, demo):
    evil = "<script>alert('x')</script>"
    person = demo.interviewers[1].model_copy(update={"title": evil, "remarks": [evil]})
    interview = demo.model_copy(update={"interviewers": [person]})
    letter = draft_letter(interview, person, workspace.profile())
    assert evil in letter.body
    for html in (
        card_sheet_html(interview, [letter]),
        review_packet_html(interview, [(letter, review(letter.body))]),
    ):
        parser = _TextOnly()
        parser.feed(html)
        assert "script" not in parser.tags
        assert "&lt;script&gt;" in html


def test_highlight_marks_spans_and_escapes_everything():
    text = "Dear <b>Priya</b>,\n\nThank u."
    outcome = review(text, to="Priya Raman")
    html = str(highlight_html(text, outcome.findings))
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert '<mark class="error" title="text-speak:' in html and ">u</mark>" in html


def test_export_with_errors_needs_an_override(workspace, demo, tmp_path):
    letters = draft_interview(workspace, demo.id)
    workspace.save_letter(letters[0].model_copy(update={"body": "Dear Priya, thank u [Name]"}))
    with pytest.raises(ExportBlocked, match="Priya Raman"):
        export_interview(workspace, demo.id, tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["review-lumen-harbor-logistics.html"]
    written = export_interview(workspace, demo.id, tmp_path / "out", allow_errors=True)
    assert len([p for p in written if p.suffix == ".eml"]) == 2


def test_card_sheet_has_one_card_per_handwritten_note(workspace, demo, tmp_path):
    draft_interview(workspace, demo.id)
    written = export_interview(workspace, demo.id, tmp_path)
    sheet = next(p for p in written if p.name.startswith("cards-")).read_text()
    assert sheet.count('<section class="card">') == 1
    assert "Tomás Okafor" in sheet and "@media print" in sheet
    reviewed = [review_letter(workspace, x) for x in workspace.letters(demo.id)]
    assert all(r.ok for r in reviewed)


def test_email_export_of_a_card_is_refused(workspace, demo):
    card = next(x for x in draft_interview(workspace, demo.id) if x.medium is Medium.CARD)
    with pytest.raises(UsageError, match="card"):
        build_email(card, sender=workspace.profile(), recipient=demo.interviewers[1])
