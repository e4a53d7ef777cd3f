"""The form's campus field takes what people type, through the entity linker; several candidates
give a choice list that works without JavaScript; errors name fields by their visible label, link
to them, are tied to them and announced; the rate-limit page keeps everything typed."""

import html
import re

import pytest
from submission_support import counts, good, make_ds, sds, store_path, submission_id, submit  # noqa: F401

from scorecard.site.submit import shutdown


@pytest.mark.parametrize("typed, slug", [
    ("Purdue University", "purdue-university-main-campus"),
    ("University of Michigan", "university-of-michigan-ann-arbor"),
])
async def test_names_people_type_resolve_to_one_campus(sds, typed, slug):
    r = await submit(sds, campus=typed)
    assert r.status_code == 201, r.text[:500]
    status = (await sds.client.get(f"/submissions/{submission_id(r.text)}.json")).json()
    assert status["slug"] == slug


async def test_ambiguous_name_gives_a_choice_list_and_stores_nothing(sds, store_path):
    before = counts(store_path)
    r = await submit(sds, campus="Penn State", quote="Keep every word of this quote.")
    assert r.status_code == 400
    assert counts(store_path) == before
    choices = re.findall(r'<input type="radio" id="campus[^"]*" name="campus" value="([^"]+)">', r.text)
    assert len(choices) >= 2 and all(c.startswith(("pennsylvania-state", "the-pennsylvania-state")) for c in choices)
    assert "Keep every word of this quote." in r.text
    assert 'name="campus" maxlength' not in r.text  # the choice replaces the text box: one campus field
    picked = await submit(sds, campus=choices[0], quote="Keep every word of this quote.")
    assert picked.status_code == 201


async def test_unknown_name_is_refused_with_its_label(sds):
    r = await submit(sds, campus="Hogwarts School of Witchcraft")
    assert r.status_code == 400
    text = html.unescape(r.text)
    assert '<a href="#campus">Campus</a>: ' in text
    assert '<p class="field-error" id="err-campus">Campus: ' in text
    assert 'aria-describedby="hint-campus err-campus" aria-invalid="true"' in r.text


async def test_errors_are_announced_linked_and_tied_to_their_fields(sds):
    r = await submit(sds, source_url="javascript:alert(1)", stated_on="2999-01-01", stance="")
    assert r.status_code == 400
    alert = r.text[r.text.index('role="alert"'):r.text.index("</div>", r.text.index('role="alert"'))]
    for anchor, label in (("source_url", "Source link"), ("stated_on", "Date of the statement"),
                          ("stance", "What did the campus say?")):
        assert f'<a href="#{anchor}">{label}</a>: ' in html.unescape(alert)
        assert f'id="{anchor}"' in r.text and f'id="err-{anchor}"' in r.text
    assert 'id="source_url" name="source_url"' in r.text
    assert 'aria-describedby="hint-source_url err-source_url" aria-invalid="true"' in r.text
    assert '<fieldset id="stance" aria-describedby="err-stance" aria-invalid="true">' in r.text


async def test_rate_limit_page_keeps_everything_typed(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 1, "window_seconds": 600})
    try:
        assert (await submit(ds)).status_code == 201
        before = counts(store_path)
        r = await ds.client.post("/submit", data=good(quote="A second statement, typed with care.",
                                                      submitter_name="Ada Volunteer"))
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert counts(store_path) == before
        assert 'role="alert"' in r.text and "Everything you typed is kept below" in r.text
        for value in ("A second statement, typed with care.", 'value="Ada Volunteer"', 'value="ucla"',
                      'value="https://example.org/news/ucla-cameras"', 'value="2025-09-14"',
                      'value="using" checked', 'value="student" checked'):
            assert value in r.text
    finally:
        shutdown(ds)
