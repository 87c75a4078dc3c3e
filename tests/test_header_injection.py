"""Nothing that decodes to a control character reaches a mail header: each written .eml is read
back with the email package's parser, as a mail program would read it."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from followup_kit.demo import demo_profile
from followup_kit.drafting import draft_interview
from followup_kit.exports import HeaderError, build_email, export_interview, write_eml
from followup_kit.model import Interviewer, Letter, Profile

PAYLOADS = [
    "=?utf-8?q?x=0D=0ABcc:_spy@attacker.example?=",
    "=?UTF-8?B?eA0KQmNjOiBzcHlAYXR0YWNrZXIuZXhhbXBsZQ==?=",
    "Ana =?utf-8?q?=0ABcc:_spy@attacker.example?= Souza",
    "=?iso-8859-1?q?x=0D=0ABcc:_spy@attacker.example?=",
    "=?utf-8?q?x=00y?=",
    "=?utf-8?q?x=1B[31m?=",
]
HEADERS = [
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


def read_back(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _forced(record, **fields):
    """A record built without validation, as if it came from somewhere the model never saw."""
    return type(record).model_construct(**{**record.model_dump(), **fields})


LETTER = Letter(interview_id="i1", interviewer_id="p1", subject="Thank you", body="Dear Ana,\n")
ANA = Interviewer(id="p1", name="Ana Souza", email="ana@northwind.example")
JO = Profile(name="Jo Avery", email="jo@example.com")


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("where", ["sender name", "recipient name", "subject", "recipient address"])
def test_the_export_refuses_what_decodes_to_a_header(tmp_path, payload, where):
    sender, recipient, letter = JO, ANA, LETTER
    if where == "sender name":
        sender = _forced(JO, name=payload)
    elif where == "recipient name":
        recipient = _forced(ANA, name=payload)
    elif where == "subject":
        letter = _forced(LETTER, subject=payload)
    else:
        recipient = _forced(ANA, email=payload.replace(":", "").replace(" ", "") + "@x.example")
    with pytest.raises((HeaderError, ValueError)) as caught:
        write_eml(build_email(letter, sender=sender, recipient=recipient), tmp_path / "x.eml")
    assert isinstance(caught.value, ValueError)
    assert where in str(caught.value) or "not valid" in str(caught.value)
    assert not (tmp_path / "x.eml").exists()


def test_the_model_refuses_the_payload_before_it_gets_that_far():
    for payload in PAYLOADS:
        with pytest.raises(ValueError, match="name"):
            Interviewer(name=payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_json_import_draft_export_with_the_payload_in_the_role(tmp_path, workspace, payload):
    """The normal path: an export file with the payload in the role is imported, drafted and
    exported. The import refuses it naming the field, and no .eml carries a smuggled header."""
    from followup_kit.demo import demo_interview

    data = workspace.export_data()
    interview = demo_interview().to_data()
    interview["role"] = payload
    data["profile"] = demo_profile().to_data()
    data["interviews"] = [interview]
    source = tmp_path / "evil.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match=r"Interview\.role.*=\?") as caught:
        workspace.import_json(source)
    assert isinstance(caught.value, ValueError | RuntimeError)
    assert workspace.interviews() == []


def test_a_hostile_role_that_passes_the_model_leaves_every_header_intact(tmp_path, workspace):
    """Odd but legal roles go all the way to .eml files whose headers read back exactly."""
    from followup_kit.demo import demo_interview

    odd = ["Analyst =? q ?=", "Analyst ?= =?", "C++ / Rust = ?", "Data Analyst " + "x" * 150]
    for number, role in enumerate(odd):
        with workspace.transaction() as db:
            for table in ("profile", "interviews", "letters"):
                db.execute(f"DELETE FROM {table}")
        workspace.save_profile(demo_profile())
        interview = workspace.save_interview(demo_interview().model_copy(update={"role": role}))
        draft_interview(workspace, interview.id)
        folder = tmp_path / f"out{number}"
        export_interview(workspace, interview.id, folder, allow_errors=True)
        written = sorted(folder.glob("*.eml"))
        assert written
        for path in written:
            message = read_back(path)
            assert [name.lower() for name in message] == HEADERS
            assert role in " ".join(str(message["Subject"]).split())
            assert message["Bcc"] is None and message["Cc"] is None


def test_an_internationalised_domain_is_written_in_its_ascii_form(tmp_path):
    sender = Profile(name="Jörg Müller", email="jorg@bücher.example")
    recipient = Interviewer(id="p1", name="Zoë Ørsted", email="zoe@ørsted.example")
    path = write_eml(build_email(LETTER, sender=sender, recipient=recipient), tmp_path / "a.eml")
    path.read_bytes().decode("ascii")  # 7-bit clean
    message = read_back(path)
    assert message["From"].addresses[0].addr_spec == "jorg@xn--bcher-kva.example"
    assert message["From"].addresses[0].display_name == "Jörg Müller"
    assert message["To"].addresses[0].addr_spec == "zoe@xn--rsted-uua.example"
    assert message["Message-ID"].endswith("@xn--bcher-kva.example>")
    assert [name.lower() for name in message] == HEADERS


def test_a_non_ascii_local_part_is_written_as_utf8_headers(tmp_path):
    """RFC 6532: an address like 'jörg@...' cannot be encoded in 7 bits; it is written as UTF-8
    (never an encoded word inside the address, which mail programs do not decode)."""
    sender = Profile(name="Jörg", email="jörg@example.com")
    path = write_eml(build_email(LETTER, sender=sender, recipient=ANA), tmp_path / "a.eml")
    message = email.message_from_string(
        path.read_bytes().decode("utf-8"), policy=email.policy.default
    )
    assert message["From"].addresses[0].addr_spec == "jörg@example.com"
    assert b"=?utf-8?" not in path.read_bytes().split(b"\r\n\r\n")[0]
    assert [name.lower() for name in message] == HEADERS


def test_a_long_subject_folds_and_reads_back_unchanged(tmp_path):
    subject = "Thank you for the conversation about the Senior Data Platform Engineer role " * 2
    letter = Letter(**{**LETTER.model_dump(), "subject": subject.strip()})
    path = write_eml(build_email(letter, sender=JO, recipient=ANA), tmp_path / "a.eml")
    assert " ".join(str(read_back(path)["Subject"]).split()) == subject.strip()
