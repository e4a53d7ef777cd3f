"""JSON bodies read strictly: each refusal names the field or ``body``."""

import pytest

from scorecard import fields, jsonin


def refusal(body: bytes) -> tuple[str, str]:
    with pytest.raises(jsonin.BadJSON) as e:
        jsonin.loads(body)
    return e.value.field, e.value.reason


def test_a_key_given_twice_is_refused_by_name():
    assert refusal(b'{"quote": "a", "quote": "b"}') == ("quote", "is given more than once")


def test_deep_nesting_is_refused_before_parsing():
    field, reason = refusal(b"[" * 100000 + b"]" * 100000)
    assert field == "body" and "nested more than" in reason


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert jsonin.loads(b'{"quote": "[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{\\"]]]"}')["quote"].startswith("[[")


def test_bad_utf8_and_broken_json_are_refused_as_the_body():
    assert refusal(b'{"a": "\xff"}')[0] == "body"
    assert refusal(b'{"a": ')[0] == "body"


def test_an_unpaired_surrogate_is_refused_by_the_text_checks():
    text = jsonin.loads(b'{"quote": "fine \\ud800"}')["quote"]
    assert fields.check_text(text, 100) == "contains an unpaired surrogate (not valid Unicode)"
    assert fields.check_url("https://example.org/\udfff") == "contains an unpaired surrogate (not valid Unicode)"


def test_comparable_text_ignores_invisible_characters_width_and_case():
    assert fields.comparable("We\u200b do NOT\u00ad use \uff49t") == fields.comparable("we do not use it")
