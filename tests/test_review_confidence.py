"""The review queue can put the classifier's least confident findings first and says which are low."""

from submission_support import REVIEWER, sds, store_path, submission_id, submit  # noqa: F401

from scorecard import store


def _scraped(db, confidence, quote, created_at="2020-01-01T00:00:00+00:00"):
    [eid] = store.add_evidence(db, [{
        "unitid": 166683, "stance": "using", "stated_on": "2024", "source_urls": "https://news.mit.edu/x",
        "source_kind": "press_report", "quote": quote, "recorded_by": "crawler", "created_at": created_at,
        "details": {"change": "added", "confidence": confidence, "cue": "use now: uses frt"}}], origin="crawler")
    return eid


async def test_queue_sorted_by_confidence_puts_least_confident_first_then_submissions(sds, store_path):
    db = store.open_store(store_path)
    sure = _scraped(db, 0.93, "Campus police use face recognition.")
    unsure = _scraped(db, 0.41, "The system has been in a pilot phase.")
    sid = submission_id((await submit(sds)).text)
    data = (await sds.client.get("/review.json?sort=confidence", actor=REVIEWER)).json()
    assert [i["id"] for i in data["items"]] == [unsure, sure, sid]
    assert [i["confidence"] for i in data["items"]] == [0.41, 0.93, None]


async def test_queue_is_oldest_first_unless_asked(sds, store_path):
    db = store.open_store(store_path)
    first = _scraped(db, 0.93, "Campus police use face recognition.", "2020-01-01T00:00:00+00:00")
    second = _scraped(db, 0.41, "The system has been in a pilot phase.", "2020-01-02T00:00:00+00:00")
    data = (await sds.client.get("/review.json?sort=nonsense", actor=REVIEWER)).json()
    assert [i["id"] for i in data["items"]] == [first, second]


async def test_queue_page_marks_a_low_confidence_finding_for_the_reviewer(sds, store_path):
    _scraped(store.open_store(store_path), 0.41, "The system has been in a pilot phase.")
    page = await sds.client.get("/review?sort=confidence", actor=REVIEWER)
    assert page.status_code == 200
    assert "classifier confidence 0.41 (low: check the stance)" in page.text
    assert 'value="confidence" selected' in page.text
