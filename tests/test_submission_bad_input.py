"""The bad-input corpus (tests/fixtures/bad_submissions.py): a 4xx naming the problem, nothing stored."""

import html
import json
from urllib.parse import urlencode

import pytest
from fixtures.bad_submissions import CASES
from submission_support import bearer, counts, good, sds, store_path, token  # noqa: F401


async def _send(ds, case, tok):
    if case.body is not None:
        body = case.body
        ctype = case.content_type if case.content_type is not None else (
            "application/json" if case.via == "api" else "application/x-www-form-urlencoded")
    else:
        fields = {k: v for k, v in good(**case.fields).items() if v is not None}
        body = json.dumps(fields).encode() if case.via == "api" else urlencode(fields).encode()
        ctype = "application/json" if case.via == "api" else "application/x-www-form-urlencoded"
    headers = {"content-type": ctype} if ctype else {}
    if case.via == "api":
        headers.update(bearer(tok))
        return await ds.client.post("/api/submissions", content=body, headers=headers)
    return await ds.client.post("/submit", content=body, headers=headers)


def test_corpus_has_at_least_250_cases():
    assert len(CASES) >= 250
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_bad_submission_is_refused_with_a_message_and_nothing_stored(sds, store_path, case):
    tok = await token(sds, "script", "scorecard-submit")
    if case.replay:
        first = await sds.client.post("/api/submissions", json=good(), headers=bearer(tok))
        assert first.status_code == 201
    before = counts(store_path)
    r = await _send(sds, case, tok)
    assert r.status_code == case.status, r.text[:2000]
    if case.via == "api" and r.headers["content-type"].startswith("application/json"):
        data = r.json()
        assert data["ok"] is False
        text = json.dumps(data)
        if case.field:
            assert case.field in {e["field"] for e in data.get("errors", [])}, text
    else:
        text = html.unescape(r.text)
        if case.field and case.status == 400:
            from scorecard.site.submit import LABELS  # errors name fields by their visible label

            assert f'id="err-{case.field}"' in r.text or f">{LABELS.get(case.field, case.field)}</a>: " in text, text[:3000]
    assert case.text in text
    assert counts(store_path) == before
