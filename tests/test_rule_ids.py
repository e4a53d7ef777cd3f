"""Every color rule has a stable id, and that id is used where the rule is applied, shown and tested."""

import ast
from pathlib import Path

from scorecard import method

ROOT = Path(__file__).resolve().parent.parent


def test_rule_ids_are_unique_snake_case_words():
    ids = [r.id for r in method.RULES]
    assert len(set(ids)) == len(ids) == 7
    assert all(i.replace("_", "").isalpha() and i == i.lower() for i in ids)


def test_every_rule_id_is_named_where_colors_py_applies_it():
    text = (ROOT / "scorecard" / "colors.py").read_text(encoding="utf-8")
    assert [r.id for r in method.RULES if r.id not in text] == []


async def test_every_rule_id_is_an_anchor_on_the_method_page(ds):
    page = (await ds.client.get("/method")).text
    assert [r.id for r in method.RULES if f'id="rule-{r.id}"' not in page] == []


def test_every_rule_id_names_a_color_rule_test():
    tree = ast.parse((ROOT / "tests" / "test_color_rules.py").read_text(encoding="utf-8"))
    names = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
    assert [r.id for r in method.RULES if not any(f"test_{r.id}" in n for n in names)] == []
