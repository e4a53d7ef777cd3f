"""evidence_sources: one row per URL of a statement, numbered from 1, with the URL's host in lowercase."""

import sqlite_utils

from scorecard import schema
from scorecard.build import hosts, source_frame

URLS = ["https://News.Example.COM/story?id=1#top", "http://user:secret@Campus.Example.edu:8080/police",
        "https://[2001:DB8::1]:443/feed", "HTTPS://a.example.org", "https://b.example.org?q=1"]
HOSTS = ["news.example.com", "campus.example.edu", "[2001:db8::1]", "a.example.org", "b.example.org"]


def test_each_url_gets_its_lowercase_host_without_user_or_port():
    assert hosts(URLS) == HOSTS


def test_a_value_without_a_host_gets_none_and_the_others_keep_theirs():
    assert hosts([URLS[0], None, "not a url", URLS[2]]) == [HOSTS[0], None, None, HOSTS[2]]


def test_a_urls_host_does_not_depend_on_the_other_urls_beside_it():
    odd = ["https://user@/path", "https://a b.example/x", "x\nhttps://c.example/", "https://[2001:db8::1/x",
           "https://D.example", ""]
    for urls in (odd, odd[:2], URLS + odd, odd + URLS, [URLS[0], *odd[2:]]):
        assert hosts(urls) == [hosts([url, None])[0] for url in urls]
    assert hosts(odd) == ["user@", "a b.example", None, "[2001", "d.example", None]


def source_rows(ids, url_lists):
    return list(source_frame(ids, url_lists).itertuples(index=False, name=None))


def test_rows_number_each_statements_urls_from_one_in_order():
    assert source_rows(["ev-1", "ev-2"], [URLS[:2], URLS[2:]]) == [
        ("ev-1", 1, URLS[0], HOSTS[0]), ("ev-1", 2, URLS[1], HOSTS[1]),
        ("ev-2", 1, URLS[2], HOSTS[2]), ("ev-2", 2, URLS[3], HOSTS[3]), ("ev-2", 3, URLS[4], HOSTS[4])]


def test_a_statement_without_urls_gets_one_row_with_none():
    assert source_rows(["ev-1", "ev-2"], [[], [URLS[0]]]) == [("ev-1", 1, None, None), ("ev-2", 1, URLS[0], HOSTS[0])]


def test_the_source_rows_are_stored_the_same_bound_or_from_json(tmp_path):
    ids, url_lists = ["ev-1", "ev-2", "ev-3"], [URLS[:2], [], URLS[2:]]
    stored = []
    for name, insert in (("rows", lambda db: schema.bulk_insert(db, schema.EVIDENCE_SOURCES, source_rows(ids, url_lists))),
                         ("frame", lambda db: schema.bulk_insert_json(db, schema.EVIDENCE_SOURCES,
                                                                      source_frame(ids, url_lists)))):
        db = sqlite_utils.Database(tmp_path / f"{name}.db")
        db.execute("create table evidence_sources (evidence_id text, position integer, url text, host text)")
        insert(db)
        stored.append(db.execute("select *, typeof(position), typeof(url) from evidence_sources order by rowid").fetchall())
    assert stored[0] == stored[1]
    assert stored[1][2] == ("ev-2", 1, None, None, "integer", "null")
