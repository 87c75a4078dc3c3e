"""review() says clearly which argument has the wrong type; one string is one item."""

from __future__ import annotations

import pytest

from followup_kit import Profile, review

LETTER = "Dear Ana,\n\nThank u for your time. I definately want the job.\n\nBest regards,\nJo"


def test_a_single_rule_name_switches_off_that_rule():
    assert "spelling" in review(LETTER).rules()
    assert "spelling" not in review(LETTER, disabled="spelling").rules()
    assert "text-speak" in review(LETTER, disabled="spelling").rules()
    assert review(LETTER, disabled="spelling").rules() == review(LETTER, disabled=["FK201"]).rules()


def test_single_strings_are_one_item_everywhere():
    assert (
        review(LETTER, words="definately").rules() == review(LETTER, words=["definately"]).rules()
    )
    key = next(f.key for f in review(LETTER).findings if f.rule == "text-speak")
    assert "text-speak" not in review(LETTER, ignored=key).rules()
    assert review(LETTER, notes="we talked about SAP").findings


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"to": 5}, "'to'"),
        ({"email": ["a@b.example"]}, "'email'"),
        ({"company": b"Northwind"}, "'company'"),
        ({"role": 3.5}, "'role'"),
        ({"others": [1]}, "'others'"),
        ({"others": "one letter"}, "'others'"),
        ({"others": [("a", "b", "c")]}, "'others'"),
        ({"others": [("label", 5)]}, "'others'"),
        ({"others": 7}, "'others'"),
        ({"notes": [1, 2]}, "'notes'"),
        ({"notes": {"a": "b"}}, "'notes'"),
        ({"disabled": [None]}, "'disabled'"),
        ({"disabled": 5}, "'disabled'"),
        ({"ignored": 5}, "'ignored'"),
        ({"words": [b"bytes"]}, "'words'"),
        ({"names": 1}, "'names'"),
        ({"other_companies": [1]}, "'other_companies'"),
        ({"terms": object()}, "'terms'"),
        ({"profile": "Jo Avery"}, "'profile'"),
        ({"profile": {"name": 5}}, "'profile.name'"),
        ({"profile": {"name": "Jo", "value_points": [1]}}, "'profile.value_points'"),
        ({"medium": 5}, "'medium'"),
        ({"kind": None}, "'kind'"),
    ],
    ids=lambda value: repr(value)[:40],
)
def test_a_wrong_type_is_a_type_error_naming_the_argument(arguments, named):
    with pytest.raises(TypeError, match=named):
        review(LETTER, **arguments)


def test_wrong_values_and_names():
    with pytest.raises(ValueError, match="medium"):
        review(LETTER, medium="pigeon")
    with pytest.raises(KeyError, match="no rule 'nonsense'"):
        review(LETTER, disabled="nonsense")
    with pytest.raises(TypeError, match="unexpected keyword"):
        review(LETTER, recipient="Ana")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="as text"):
        review(b"Dear Ana")  # type: ignore[arg-type]


def test_good_arguments_of_every_kind_still_work():
    profile = Profile(name="Jo Avery", value_points=["I trained twelve supervisors"])
    for given in (profile, {"name": "Jo Avery", "value_points": ["I trained supervisors"]}):
        result = review(
            LETTER,
            to="Ana Souza",
            others=["Dear Bo,\n\nThanks.", ("Cy", "Dear Cy,\n\nThanks.")],
            profile=given,
            notes=("SAP", "migration"),
            names={"Bo Chen"},
            terms=iter(["Lisbon"]),
        )
        assert result.findings
