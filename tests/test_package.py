"""The public surface: a sorted, complete __all__, and a light import."""

from __future__ import annotations

import subprocess
import sys

import followup_kit


def test_all_is_sorted_and_every_name_resolves():
    assert followup_kit.__all__ == sorted(followup_kit.__all__)
    for name in followup_kit.__all__:
        assert getattr(followup_kit, name) is not None, name


def test_review_is_the_function_even_after_submodules_load():
    import followup_kit.reviewing

    assert callable(followup_kit.review)
    assert followup_kit.review("Dear Priya,\n\nThanks.").findings


def test_import_does_not_pull_in_jupyter_or_pydantic():
    code = (
        "import sys, followup_kit; "
        "heavy = ('ipywidgets', 'IPython', 'pydantic', 'jinja2'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_using_the_core_never_imports_the_widgets():
    code = (
        "import sys, followup_kit as fk; fk.review('Dear Ana, thank u'); fk.Workspace; "
        "import followup_kit.drafting, followup_kit.exports; "
        "print('ipywidgets' in sys.modules or 'IPython' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_wheel_carries_templates_and_type_marker(tmp_path):
    import zipfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(root),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("followup_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "followup_kit/py.typed",
        "followup_kit/templates/thank-you.email.j2",
        "followup_kit/templates/card_sheet.html.j2",
        "followup_kit/widgets/editor.py",
        "followup_kit/rules/tone.py",
        "followup_kit/data/word_classes.txt",
        "followup_kit/data/confusions.txt",
    ):
        assert needed in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "followup-kit = followup_kit.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()
