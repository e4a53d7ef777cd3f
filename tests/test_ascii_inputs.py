"""Input checks read ASCII digits only: a date in other scripts' digits is refused everywhere, and a
row stored before that check existed cannot break the review queue."""

import datetime as dt

import pytest
from submission_support import REVIEWER, counts, good, sds, store_path, submit  # noqa: F401

from scorecard import fields, store
from scorecard.dates import BadDate, parse_partial
from scrapers.common import parse_date
from scrapers.extract import parse_html

TODAY = dt.date(2026, 11, 26)
FULLWIDTH = "\uff12\uff10\uff12\uff10-\uff10\uff12-\uff11\uff19"  # 2020-02-19 in fullwidth digits
ARABIC_INDIC = "\u0662\u0660\u0662\u0660"  # 2020
DEVANAGARI = "\u0968\u0966\u0968\u0966-\u0966\u0968"  # 2020-02


@pytest.mark.parametrize("value", [FULLWIDTH, ARABIC_INDIC, DEVANAGARI, "2020-0\u0662", "\u00b2020"])
def test_dates_in_non_ascii_digits_are_not_dates(value):
    with pytest.raises(BadDate):
        parse_partial(value, TODAY)
    assert fields.check_date(value, TODAY) == f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"


def test_importers_do_not_read_non_ascii_digits_as_a_date():
    assert parse_date(FULLWIDTH) is None and parse_date(ARABIC_INDIC) is None


def test_a_page_dated_in_fullwidth_digits_has_no_date():
    page = parse_html(f'<meta name="date" content="{FULLWIDTH}"><p>Text {FULLWIDTH}</p>'.encode(), "http://x.edu/",
                      today=TODAY)
    assert page.page_date is None


def test_url_port_in_non_ascii_digits_is_refused():
    assert fields.check_url("https://example.org:\uff18\uff10/") == "'https://example.org:\uff18\uff10/' has no valid host"


async def test_form_refuses_a_fullwidth_date_naming_the_field(sds, store_path):
    before = counts(store_path)
    r = await submit(sds, stated_on=FULLWIDTH)
    assert r.status_code == 400 and 'id="err-stated_on"' in r.text
    assert counts(store_path) == before


async def test_api_refuses_a_fullwidth_date_naming_the_field(sds, store_path):
    from submission_support import bearer, token
    tok = await token(sds, "script", "scorecard-submit")
    r = await sds.client.post("/api/submissions", json=good(stated_on=ARABIC_INDIC), headers=bearer(tok))
    assert r.status_code == 400 and "stated_on" in {e["field"] for e in r.json()["errors"]}


async def test_review_queue_and_item_still_load_with_a_row_stored_before_the_check(sds, store_path):
    r = await submit(sds)
    assert r.status_code == 201
    db = store.open_store(store_path)
    (eid,) = db.execute("select id from evidence").fetchone()
    with db.conn:  # what an older version let in
        db.execute("update evidence set stated_on = ? where id = ?", [FULLWIDTH, eid])
    queue = await sds.client.get("/review", actor=REVIEWER)
    item = await sds.client.get(f"/review/{eid}", actor=REVIEWER)
    assert (queue.status_code, item.status_code) == (200, 200)
    assert "cannot preview this item" in queue.text
    rejected = await sds.client.post(f"/review/{eid}/reject", data={"reason": "bad date"}, actor=REVIEWER)
    assert rejected.status_code == 303
    approve = await sds.client.post(f"/review/{eid}/approve", data={}, actor=REVIEWER)
    assert approve.status_code in (400, 409)
