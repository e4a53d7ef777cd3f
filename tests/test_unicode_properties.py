"""Random Unicode in every field (unpaired surrogates, digits of every script, control and invisible
characters) through the domain check, the form, the API and the Atlas importer: never a 500, never
an exception the caller did not expect, and every row stored passes validate and the build."""

import asyncio
import csv
import datetime as dt
import io
import json
import sqlite3
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from submission_support import GOOD, bearer, make_ds, store_path, token  # noqa: F401

from scorecard import build, datafiles, evidence, review, store, submissions
from scrapers import atlas

TODAY = dt.date(2026, 11, 26)
FIELDS = list(submissions.FIELDS)
HOSTILE = st.characters(categories=["Cs", "Nd", "No", "Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Lo", "Ll", "Lu", "Po", "Sm"])
NOISE = st.text(HOSTILE, max_size=12)


@st.composite
def submission(draw):
    """A valid submission with some fields replaced, or salted with hostile characters."""
    out = dict(GOOD)
    for f in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4, unique=True)):
        how = draw(st.sampled_from(["replace", "prefix", "suffix", "middle"]))
        noise = draw(NOISE)
        v = out[f]
        out[f] = {"replace": noise, "prefix": noise + v, "suffix": v + noise,
                  "middle": v[: len(v) // 2] + noise + v[len(v) // 2:]}[how]
    return out


def stored_rows_are_valid(path, today=TODAY) -> None:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    unitids = {str(r[0]) for r in conn.execute("select unitid from institutions")}
    for r in conn.execute("select * from evidence"):
        row = {c: ("" if r[c] is None else str(r[c])) for c in datafiles.EVIDENCE_COLUMNS}
        problems = evidence.validate_row({**row, "stance": "might_use"} if row["stance"] == "unclassified"
                                                   else row, unitids, today)
        assert problems == [], (dict(r), problems)
    conn.close()


def approve_all_and_build(store_file, tmp_path) -> None:
    """Approve what a reviewer could approve, then the build must succeed on it."""
    db = store.open_store(store_file)
    for (eid,) in db.execute("select id from evidence where review_status = 'pending'").fetchall():
        try:
            review.approve(db, eid, "reviewer", {}, TODAY)
        except review.ReviewError:
            pass
    db.conn.close()
    build.build(datafiles.Path(__file__).resolve().parent.parent / "data", store_file, tmp_path / "out.db", TODAY)


class Finder:
    def __call__(self, text):
        if text.strip().lower() == "ucla":
            return submissions.Campus(110662, "university-of-california-los-angeles", "UCLA"), None
        return None, f"{text!r} is not a campus we know"


@settings(max_examples=300, deadline=None)
@given(raw=submission())
def test_a_checked_submission_is_refused_with_reasons_or_is_a_valid_row(raw):
    clean, problems = submissions.check(raw, Finder(), TODAY)
    for p in problems:
        assert p.field and p.reason
    if not problems:
        row = submissions.evidence_row(clean, "sub-x", "form")
        flat = {k: str(v) for k, v in row.items() if k in datafiles.EVIDENCE_COLUMNS}
        assert evidence.validate_row(flat, {"110662"}, TODAY) == []
        json.dumps(row).encode("utf-8")  # storable and servable text


def _run(loop, coro):
    return loop.run_until_complete(coro)


@pytest.mark.slow
def test_form_and_api_never_answer_500_and_store_only_valid_rows(published, store_path, tmp_path):
    loop = asyncio.new_event_loop()
    ds = _run(loop, make_ds(published, store_path))
    tok = _run(loop, token(ds, "script", "scorecard-submit"))

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(raw=submission(), via=st.sampled_from(["form", "api"]))
    def one(raw, via):
        if via == "form":
            body = urlencode(raw, encoding="utf-8", errors="surrogatepass").encode()
            r = _run(loop, ds.client.post("/submit", content=body,
                                          headers={"content-type": "application/x-www-form-urlencoded"}))
        else:
            r = _run(loop, ds.client.post("/api/submissions", content=json.dumps(raw).encode(),
                                          headers={"content-type": "application/json", **bearer(tok)}))
        assert r.status_code in (201, 400, 409), (r.status_code, r.text[:500])

    try:
        one()
        stored_rows_are_valid(store_path)
        approve_all_and_build(store_path, tmp_path)
    finally:
        from submission_support import close
        close(ds)
        loop.close()


ATLAS_HEADER = (datafiles.Path(__file__).resolve().parent / "fixtures" / "atlas_sample.csv").read_text(
    encoding="utf-8").splitlines()[0].split(",")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(cells=st.dictionaries(st.sampled_from(["Agency", "City", "State", "Summary", "Vendor", "Link 1", "Link 1 Date",
                                               "Link 2 Date", "AOSNUMBER", "Other Links"]), NOISE, min_size=1))
def test_atlas_importer_refuses_with_file_line_and_field_or_yields_valid_rows(link_index, cells):
    row = {c: "" for c in ATLAS_HEADER}
    row.update({"AOSNUMBER": "AOS-P-1", "City": "Los Angeles", "State": "CA", "Technology": "Face Recognition",
                "Type of LEA": "Campus Police", "Agency": "UCLA Police Department", "Link 1": "https://news.example.org/x",
                "Link 1 Date": "2020-01-02"})
    row.update(cells)
    buf = io.StringIO()
    w = csv.DictWriter(buf, ATLAS_HEADER, lineterminator="\n")
    w.writeheader()
    w.writerow({k: v.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for k, v in row.items()})
    try:
        report = atlas.parse(buf.getvalue(), "random.csv", link_index, TODAY)
    except datafiles.DataError as e:
        assert all(p.file == "random.csv" and p.field and p.reason for p in e.problems)
        return
    unitids = {str(u) for u in link_index.institutions}
    for r in report.rows:
        flat = {k: str(v) for k, v in {"review_status": "pending", **r}.items() if k in datafiles.EVIDENCE_COLUMNS}
        assert evidence.validate_row(flat, unitids, TODAY) == []
