"""Letters for real institutions, checked field by field against IPEDS HD2022 (UNITID, CHFNM, CHFTITLE,
ADDR, CITY, STABBR, ZIP as NCES publishes them), and the .eml twin parsed back."""

import csv
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from conftest import DATA
from outreach_support import World

from scorecard.outreach import contacts

QUESTION = "Please send any policy, contract or procurement record about facial recognition since 2019."
REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "reference"

# As IPEDS HD2022 lists them.
IPEDS = {
    "university-of-california-los-angeles": dict(
        unitid=110662, chief="Dr. Gene D. Block", title="Chancellor", addr="405 Hilgard Ave",
        city_line="Los Angeles, CA 90095-1405", name="University of California-Los Angeles"),
    "harvard-university": dict(
        unitid=166027, chief="Lawrence S. Bacow", title="President", addr="Massachusetts Hall",
        city_line="Cambridge, MA 02138", name="Harvard University"),
    "columbia-university-in-the-city-of-new-york": dict(
        unitid=190150, chief="Lee C. Bollinger", title="President", addr="West 116 St and Broadway",
        city_line="New York, NY 10027", name="Columbia University in the City of New York"),
}


@pytest.fixture
def letters(published, tmp_path):
    w = World(published, tmp_path, DATA)
    q = tmp_path / "q.txt"
    q.write_text(QUESTION, encoding="utf-8")
    args = ["new", "records-2026", "--question", str(q), "--kind", "records-request"]
    for slug in IPEDS:
        args += ["--campus", slug]
    assert w.run(*args).exit_code == 0
    w.run("address", "records-2026", "harvard-university", "president@harvard.example.edu")
    out = tmp_path / "letters"
    r = w.run("letters", "records-2026", "--out", str(out), today="2026-03-02")
    assert r.exit_code == 0, r.output
    assert "Wrote 3 letter(s)" in r.output
    return out


@pytest.mark.parametrize("slug", list(IPEDS))
def test_each_letter_is_addressed_to_the_chief_administrator_as_ipeds_lists_them(letters, slug):
    want = IPEDS[slug]
    lines = (letters / f"{slug}.txt").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("2026-03-02") + 2:][:5]
    assert block == [want["chief"], want["title"], want["name"], want["addr"], want["city_line"]]
    assert f"Dear {want['chief']}," in lines
    assert lines[0] == "Scorecard Outreach" and lines[1] == "outreach@scorecard.example.org"


def test_the_public_university_gets_a_records_request_citing_its_state_law(letters):
    text = (letters / "university-of-california-los-angeles.txt").read_text(encoding="utf-8")
    assert "the public-records law of California" in text or "California Public Records Act" in text
    assert "I request copies of the following records held by University of California-Los Angeles" in text
    assert QUESTION in text
    assert "within 10 days" in text


@pytest.mark.parametrize("slug", ["harvard-university", "columbia-university-in-the-city-of-new-york"])
def test_private_universities_get_an_inquiry_without_any_law(letters, slug):
    text = (letters / f"{slug}.txt").read_text(encoding="utf-8")
    assert "request copies" not in text and "law" not in text
    assert QUESTION in text and "within 20 days" in text


def test_the_eml_twin_parses_back_with_the_same_letter(letters):
    msg = message_from_bytes((letters / "harvard-university.eml").read_bytes(), policy=policy.default)
    assert msg["From"].addresses[0].addr_spec == "outreach@scorecard.example.org"
    assert msg["To"].addresses[0].display_name == "Lawrence S. Bacow"
    assert msg["To"].addresses[0].addr_spec == "president@harvard.example.edu"
    assert msg["Subject"] == "Question about facial recognition at Harvard University"
    assert msg["X-Scorecard-Campaign"] == "records-2026"
    assert msg["Message-ID"].endswith("@scorecard.example.org>")
    assert msg.get_content() == (letters / "harvard-university.txt").read_text(encoding="utf-8")


def test_a_letter_without_a_known_address_still_names_its_recipient(letters):
    msg = message_from_bytes((letters / "columbia-university-in-the-city-of-new-york.eml").read_bytes(),
                             policy=policy.default)
    assert msg["To"].groups[0].display_name == "Lee C. Bollinger"
    assert msg["To"].addresses == ()


def test_contacts_csv_matches_ipeds_for_the_three_institutions():
    got = contacts.load(DATA)
    for want in IPEDS.values():
        c = got[want["unitid"]]
        assert (c.chief_name, c.chief_title, c.address, f"{c.city}, {c.state} {c.zip}") == (
            want["chief"], want["title"], want["addr"], want["city_line"])


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference data is not beside this checkout")
def test_regenerating_contacts_from_ipeds_reproduces_the_file_exactly(tmp_path):
    (tmp_path / "institutions.csv").write_bytes((DATA / "institutions.csv").read_bytes())
    assert contacts.derive(REFERENCE, tmp_path) == 6256
    assert (tmp_path / "contacts.csv").read_bytes() == (DATA / "contacts.csv").read_bytes()


def test_a_letter_is_refused_when_the_sender_is_not_configured(published, tmp_path):
    w = World(published, tmp_path, DATA)
    q = tmp_path / "q.txt"
    q.write_text(QUESTION, encoding="utf-8")
    w.run("new", "c", "--question", str(q), "--campus", "harvard-university")
    from click.testing import CliRunner

    from scorecard.cli import cli
    r = CliRunner().invoke(cli, ["outreach", "letters", "c", "--out", str(tmp_path / "out"), "--store", str(w.store),
                                 "--db", str(w.db)], env={"SCORECARD_OUTREACH_FROM": ""})
    assert r.exit_code == 1 and "SCORECARD_OUTREACH_FROM" in r.output
    assert not (tmp_path / "out").exists()


def test_ipeds_reference_rows_are_the_source_of_the_three_letters():
    if not REFERENCE.exists():
        pytest.skip("the reference data is not beside this checkout")
    with open(REFERENCE / contacts.REFERENCE_FILE, newline="", encoding="utf-8") as f:
        ref = {int(r["UNITID"]): r for r in csv.DictReader(f)}
    for want in IPEDS.values():
        r = ref[want["unitid"]]
        assert (r["CHFNM"], r["CHFTITLE"], r["ADDR"]) == (want["chief"], want["title"], want["addr"])
