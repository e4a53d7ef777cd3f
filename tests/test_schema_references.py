"""The published tables' foreign keys are checked in the rows before the build writes them."""

from scorecard import schema

TABLES = [schema.CAMPUSES, schema.EVIDENCE, schema.EVIDENCE_SOURCES]


def rows(**changes):
    columns = {"campuses": {"unitid": [1, 2], "decided_by": ["b", None]}, "evidence": {"id": ["a", "b"], "unitid": [1, 2]},
               "evidence_sources": {"evidence_id": ["a", "a", "b"]}}
    for key, values in changes.items():
        table, col = key.split("__")
        columns[table][col] = values
    return columns


def test_rows_whose_references_all_exist_have_no_problem():
    assert schema.dangling_references(TABLES, rows()) == []


def test_a_reference_to_a_missing_row_names_the_table_row_column_and_value():
    problems = schema.dangling_references(TABLES, rows(evidence_sources__evidence_id=["a", "zz", "b"]))
    assert problems == ["evidence_sources row 2: evidence_id 'zz' is not in evidence.id"]


def test_an_integer_reference_is_compared_as_the_integer_it_is():
    problems = schema.dangling_references(TABLES, rows(evidence__unitid=[1, 3]))
    assert problems == ["evidence row 2: unitid 3 is not in campuses.unitid"]


def test_a_null_reference_is_not_a_dangling_one():
    assert schema.dangling_references(TABLES, rows(evidence_sources__evidence_id=["a", None, "b"])) == []


def test_at_most_five_problems_are_named_for_each_foreign_key():
    problems = schema.dangling_references(TABLES, rows(evidence_sources__evidence_id=[f"x{i}" for i in range(9)]))
    assert len(problems) == 5 and problems[-1] == "evidence_sources row 5: evidence_id 'x4' is not in evidence.id"


def test_every_foreign_key_of_the_published_tables_is_checked():
    declared = {(t.name, col) for t in schema.PUBLISHED_TABLES for col, _, _ in t.foreign_keys}
    assert declared == {("campuses", "decided_by"), ("evidence", "unitid"), ("evidence_sources", "evidence_id"), ("history", "unitid"),
                        ("history", "decided_by"), ("aliases", "unitid"), ("outreach", "unitid")}
