"""Ad-hoc SQL on the published database cannot call native internals or allocate without bound."""

import pytest


async def query(ds, sql):
    return await ds.client.get("/scorecard/-/query.json", params={"sql": sql, "_shape": "array"})


@pytest.mark.parametrize("sql", ["select fts3_tokenizer('simple')", "select hex(fts3_tokenizer('porter'))",
                                 "select fts3_tokenizer('evil', x'0000000000000000')",
                                 "select load_extension('/tmp/x.so')"])
async def test_native_pointer_functions_are_refused(ds, sql):
    r = await query(ds, sql)
    assert r.status_code == 400 and "not authorized" in r.text


async def test_huge_values_are_refused(ds):
    r = await query(ds, "select length(zeroblob(1000000000))")
    assert r.status_code == 400 and "too big" in r.text


async def test_ordinary_queries_and_search_still_work(ds):
    r = await query(ds, "select count(*) as n from campuses")
    assert r.status_code == 200 and r.json()[0]["n"] > 6000
    r = await query(ds, "select count(*) as n from evidence_fts where evidence_fts match 'facial'")
    assert r.status_code == 200


def test_functions_return_nothing_even_without_the_authorizer():
    import sqlite3

    from scorecard.site.sql_guard import guard
    conn = sqlite3.connect(":memory:")
    guard(conn)
    conn.set_authorizer(None)
    assert conn.execute("select fts3_tokenizer('simple')").fetchone() == (None,)
