"""The user's own templates: only the documented fields and filters, a confined folder, and a
real budget in time and memory. Every hostile template ends in a DraftError, quickly."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from followup_kit.demo import demo_profile
from followup_kit.drafting import FIELDS, FILTERS, Drafter, DraftError, draft_letter
from followup_kit.template_worker import MAX_RENDER_SECONDS, shared_worker

# A generous ceiling: the budget is MAX_RENDER_SECONDS, plus starting a fresh worker on a busy
# machine. Before the worker, some of these ran for 30 s or never ended.
CEILING = MAX_RENDER_SECONDS + 13

NESTED = "{% for a in name %}" * 9 + "{% endfor %}" * 9
HOSTILE = {
    # (main template, {other files}, what the message says)
    "dunder attributes": ("{{ first_name.__class__.__mro__ }}", {}, "attributes"),
    "a method of a field": ("{{ first_name.ljust(10**9) }}", {}, "attributes"),
    "a method by subscript": ("{{ first_name['upper']() }}", {}, "not available"),
    "str.format": ("{{ first_name.format(x=1) }}", {}, "attributes"),
    "range global": ("{% for i in range(10**9) %}x{% endfor %}", {}, "unknown field.*range"),
    "lipsum global": ("{{ lipsum(10**7) }}", {}, "unknown field.*lipsum"),
    "cycler global": ("{{ cycler(1, 2).next() }}", {}, "cycler"),
    "joiner global": ("{{ joiner() }}", {}, "unknown field.*joiner"),
    "namespace global": ("{% set ns = namespace(a=1) %}{{ ns }}", {}, "namespace"),
    "dict global": ("{{ dict(a=1) }}", {}, "unknown field.*dict"),
    "huge folded literal": ("{{ 'a' * 10**9 }}", {}, "more than 20000 characters"),
    "huge field repeat": ("{{ first_name * 10**9 }}", {}, "more than 20000 characters"),
    "huge list repeat": ("{% set x = [first_name] * 10**8 %}{{ x }}", {}, "more than"),
    "power tower": ("{{ 9 ** (9 ** 9) }}", {}, "too large"),
    "float overflow": ("{{ 9.5 ** 99999 }}", {}, "too large"),
    "big products": ("{{ 10**300 * 10**300 * 10**300 * 10**300 }}", {}, "too large"),
    "5000-digit literal": ("{{ " + "9" * 5000 + " }}", {}, "cannot be read"),
    "percent formatting": ("{{ '%0999999999d' % 1 }}", {}, "formatting"),
    "center filter": ("{{ first_name|center(10**9) }}", {}, "filter 'center'"),
    "indent filter": ("{{ first_name|indent(10**9) }}", {}, "filter 'indent'"),
    "format filter": ("{{ '%999999999s'|format(1) }}", {}, "filter 'format'"),
    "unknown test": ("{% if first_name is callable %}x{% endif %}", {}, "test 'callable'"),
    "nested loops over text": (NESTED, {}, "longer than"),
    "nested loops with output": (
        "{% for a in name %}" * 9 + "{{ '' }}" + "{% endfor %}" * 9,
        {},
        "longer than",
    ),
    "doubling macro": (
        "{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% else %}{{ s|length }}{% endif %}"
        "{% endmacro %}{{ f(first_name, 40) }}",
        {},
        "memory|longer than|more than",
    ),
    "endless recursion": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", {}, "recurses"),
    "extends itself": ("{% extends 'thank-you.email.j2' %}", {}, "recurses"),
    "deep nesting": ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", {}, "nested too deeply"),
    "division by zero": ("{{ 1 // 0 }}", {}, "ZeroDivisionError"),
    "syntax error": ("{{ first_name", {}, "syntax"),
    "loop internals": ("{% for c in name %}{{ loop.__init__ }}{% endfor %}", {}, "not available"),
    "self": ("{{ self.__dict__ }}", {}, "attributes"),
    "include with a bad field": (
        "Dear {{ first_name }}{% include 'part.j2' %}",
        {"part.j2": "{{ shoe_size }}"},
        "part.j2.*unknown field.*shoe_size",
    ),
    "include with a global": (
        "{% include 'part.j2' %}",
        {"part.j2": "{{ lipsum(10**7) }}"},
        "part.j2.*lipsum",
    ),
    "include of a missing file": ("{% include 'nope.j2' %}", {}, "nope.j2"),
    "computed include": ("{% include first_name %}", {}, "computed"),
    "include up and out": ("{% include '../outside.j2' %}", {}, "outside.j2"),
    "extends a bad base": (
        "{% extends 'base.j2' %}{% block b %}{{ first_name }}{% endblock %}",
        {"base.j2": "{{ range(10**9)|list }}{% block b %}{% endblock %}"},
        "base.j2.*(range|filter 'list')",
    ),
    "imports a bad macro": (
        "{% import 'm.j2' as m %}{{ m.hello() }}",
        {"m.j2": "{% macro hello() %}{{ dict(a=1) }}{% endmacro %}"},
        "m.j2.*dict",
    ),
    "from-import a huge macro": (
        "{% from 'm.j2' import hello %}{{ hello() }}",
        {"m.j2": "{% macro hello() %}{{ 'a' * 10**9 }}{% endmacro %}"},
        "more than 20000",
    ),
    "not UTF-8": (b"Dear {{ first_name }} \xff\xfe", {}, "not UTF-8"),
    "huge template file": ("x" * 60_000, {}, "longer than 50000"),
}


def _write(folder: Path, name: str, content: str | bytes) -> None:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def _draft(folder: Path, demo):
    return draft_letter(demo, demo.interviewers[0], demo_profile(), drafter=Drafter(folder))


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_templates_end_in_a_draft_error_quickly(tmp_path, demo, case):
    main, others, message = HOSTILE[case]
    folder = tmp_path / "templates"
    folder.mkdir()
    (tmp_path / "outside.j2").write_text("{{ first_name }}")
    _write(folder, "thank-you.email.j2", main)
    for name, content in others.items():
        _write(folder, name, content)
    started = time.monotonic()
    with pytest.raises(DraftError, match=message):
        _draft(folder, demo)
    assert time.monotonic() - started < CEILING


def test_after_a_killed_render_the_next_template_renders(tmp_path, demo):
    _write(tmp_path, "thank-you.email.j2", NESTED)
    with pytest.raises(DraftError, match="longer than"):
        _draft(tmp_path, demo)
    _write(tmp_path, "thank-you.email.j2", "Dear {{ first_name|upper }},\n\nThanks.")
    assert _draft(tmp_path, demo).body == "Dear PRIYA,\n\nThanks.\n"


def test_documented_filters_loops_includes_and_macros_work(tmp_path, demo):
    _write(
        tmp_path,
        "thank-you.email.j2",
        "{% import 'parts.j2' as parts %}{% from 'parts.j2' import sign %}"
        "Dear {{ first_name|title }},\n\n{% include 'body.j2' %}\n\n{{ sign(candidate) }}",
    )
    _write(
        tmp_path,
        "body.j2",
        "Thank you, {{ name|lower|capitalize|truncate(40) }}. "
        "{% for word in ['a', 'b'] %}{{ loop.index }}{{ word }} {% endfor %}"
        "{{ title|default('your team') }} {{ (company ~ '!')|length }}"
        "{% if variant is even %} even{% endif %} {{ 'ab' * 2 }} {{ 2 ** 10 }}",
    )
    _write(tmp_path, "parts.j2", "{% macro sign(who) %}Best regards,\n{{ who }}{% endmacro %}")
    body = _draft(tmp_path, demo).body
    assert body.startswith("Dear Priya,\n\nThank you, Priya raman. 1a 2b ")
    assert "Head of Analytics 23 even abab 1024" in body
    assert body.endswith("Best regards,\nJordan Avery\n")


def test_a_link_out_of_the_template_folder_is_refused(tmp_path, demo):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret {{ first_name }}")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "thank-you.email.j2").symlink_to(secret)
    with pytest.raises(DraftError, match="outside the template folder"):
        _draft(folder, demo)
    (folder / "thank-you.email.j2").unlink()
    (folder / "sub").symlink_to(tmp_path, target_is_directory=True)
    _write(folder, "thank-you.email.j2", "{% include 'sub/secret.txt' %}")
    with pytest.raises(DraftError, match="outside the template folder"):
        _draft(folder, demo)


def test_a_link_inside_the_folder_is_fine(tmp_path, demo):
    _write(tmp_path, "mine.j2", "Dear {{ first_name }}, thanks.")
    (tmp_path / "thank-you.email.j2").symlink_to(tmp_path / "mine.j2")
    assert _draft(tmp_path, demo).body == "Dear Priya, thanks.\n"


def test_a_folder_or_a_pipe_in_place_of_a_template_is_refused(tmp_path, demo):
    (tmp_path / "thank-you.email.j2").mkdir()
    with pytest.raises(DraftError, match="not a file"):
        _draft(tmp_path, demo)
    (tmp_path / "thank-you.email.j2").rmdir()
    os.mkfifo(tmp_path / "thank-you.email.j2")
    started = time.monotonic()
    with pytest.raises(DraftError, match="not a file"):
        _draft(tmp_path, demo)
    assert time.monotonic() - started < CEILING


def test_the_template_folder_is_the_only_one_read(tmp_path, demo):
    """Templates the folder does not hold come from the package, in-process."""
    _write(tmp_path, "thank-you.email.j2", "Dear {{ first_name }}, thanks.")
    letter = _draft(tmp_path, demo)
    assert letter.subject.startswith("Thank you: Data Analyst interview")


def test_documented_filters_are_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name in FILTERS:
        assert f"`{name}`" in readme
    assert "first_name" in FIELDS


def test_the_worker_caps_its_memory(tmp_path, demo):
    """The worker's address space is capped (Linux); a large allocation is a DraftError."""
    if not Path("/proc/self/statm").exists():
        pytest.skip("RLIMIT_AS needs /proc to measure the worker; the time limit still holds")
    _write(
        tmp_path,
        "thank-you.email.j2",
        "{% macro f(s, n) %}{% if n %}{{ f(s ~ s ~ s ~ s, n - 1) }}{% else %}{{ s|length }}"
        "{% endif %}{% endmacro %}{{ f(name, 14) }}",
    )
    with pytest.raises(DraftError, match="memory"):
        _draft(tmp_path, demo)
    starts = shared_worker().starts
    _write(tmp_path, "thank-you.email.j2", "Dear {{ first_name }}, thanks.")
    assert _draft(tmp_path, demo).body == "Dear Priya, thanks.\n"
    assert shared_worker().starts == starts + 1  # a fresh worker after a MemoryError


def test_a_user_template_may_include_a_default_one(tmp_path, demo):
    _write(tmp_path, "thank-you.email.j2", "{% include 'thank-you.card.j2' %}\nP.S. {{ role }}")
    body = _draft(tmp_path, demo).body
    assert body.startswith("Dear Priya,") and body.endswith("P.S. Data Analyst\n")
