"""The entity linker: normalisation rules, keys, domains, ambiguity, context, the CLI."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scorecard import link as L

ROOT = Path(__file__).resolve().parent.parent
SCORECARD = str(Path(sys.executable).parent / "scorecard")


def inst(unitid, name, city="Springfield", state="IL", alias="", website="", domain="", active="1"):
    return {"unitid": str(unitid), "slug": f"s{unitid}", "name": name, "ipeds_alias": alias, "city": city,
            "state": state, "website": website, "web_domain": domain, "other_domains": "", "active": active}


def test_normalize_expands_st_to_saint():
    assert L.normalize("St. Mary's College") == L.normalize("Saint Marys College")


def test_normalize_reads_ampersand_as_and():
    assert L.normalize("Texas A&M University") == L.normalize("Texas A and M University")


def test_normalize_drops_the_and_punctuation():
    assert L.normalize("The University of Texas, at Austin!") == "university of texas austin"


def test_normalize_expands_u_of():
    assert L.normalize("U of Michigan") == "university of michigan"


def test_swapped_turns_university_of_x_around():
    assert L.swapped("university of miami") == "miami university"
    assert L.swapped("miami university") == "university of miami"


def test_swapped_form_links_when_nothing_else_does():
    ix = L.build_index([inst(1, "Springfield University")])
    assert L.link(ix, "University of Springfield").unitid == 1


def test_exact_name_beats_swapped_name():
    ix = L.build_index([inst(1, "University of Miami", state="FL"), inst(2, "Miami University", state="OH")])
    assert L.link(ix, "University of Miami").unitid == 1


def test_split_campus_keeps_hyphenated_city_names_whole():
    assert L.split_campus("Winston-Salem State University") is None
    assert L.split_campus("Miami University-Oxford") == ("Miami University", "Oxford")


def test_main_campus_is_named_by_the_base_name(link_index):
    assert L.link(link_index, "Purdue University").unitid == 243780


def test_ipeds_alias_links(link_index):
    assert L.link(link_index, "Ole Miss").unitid == 176017


def test_ipeds_alias_that_is_part_of_the_name_is_dropped():
    pieces = L.split_aliases("UCSF, University of California, San Francisco", "University of California-San Francisco")
    assert "University of California" not in pieces and "San Francisco" not in pieces and "UCSF" in pieces


def test_project_alias_links(link_index):
    assert L.link(link_index, "Georgia Tech").unitid == 139755


def test_project_alias_followed_by_university_links(link_index):
    assert L.link(link_index, "Kent State University").unitid == 203517


def test_misspelled_possessive_links_without_s(link_index):
    assert L.link(link_index, "John Hopkins University").unitid == 162928


def test_domain_links(link_index):
    assert L.link(link_index, "cmu.edu").unitid == 211440


def test_subdomain_links_to_its_domain(link_index):
    assert L.link(link_index, "news.ucla.edu").unitid == 110662


def test_url_links_by_its_host(link_index):
    assert L.link(link_index, "https://www.cmu.edu/policies/news/2022/video-security-update.html").unitid == 211440


def test_campus_website_host_beats_shared_domain(link_index):
    assert L.link(link_index, "https://altoona.psu.edu/news").unitid == 214689


def test_shared_domain_is_ambiguous(link_index):
    result = L.link(link_index, "psu.edu")
    assert result.ambiguous and result.unitid is None and len(result.candidates) > 5


def test_shared_name_is_ambiguous(link_index):
    result = L.link(link_index, "Columbia College")
    assert result.ambiguous and {c.unitid for c in result.candidates} >= {112561, 177065, 217934, 455983}


def test_system_name_is_ambiguous(link_index):
    result = L.link(link_index, "the UC system")
    assert result.ambiguous and 110635 in {c.unitid for c in result.candidates}


def test_penn_state_is_ambiguous(link_index):
    assert L.link(link_index, "Penn State").ambiguous


def test_bare_city_name_is_ambiguous(link_index):
    assert L.link(link_index, "Miami").ambiguous


def test_state_context_disambiguates(link_index):
    assert L.link(link_index, "Columbia College", state="MO").unitid == 177065


def test_state_name_context_disambiguates(link_index):
    assert L.link(link_index, "Columbia College", state="South Carolina").unitid == 217934


def test_state_written_in_the_mention_disambiguates(link_index):
    assert L.link(link_index, "Columbia College (MO)").unitid == 177065


def test_city_context_disambiguates(link_index):
    assert L.link(link_index, "University of Pittsburgh", city="Pittsburgh").unitid == 215293


def test_context_that_matches_nothing_is_ignored(link_index):
    assert L.link(link_index, "UCLA", state="NY").unitid == 110662


def test_inactive_institution_loses_to_active_one():
    ix = L.build_index([inst(1, "Example College", active="0", state="IL"), inst(2, "Example College", state="IN")])
    assert L.link(ix, "Example College").unitid == 2


def test_unknown_mention_links_to_nothing(link_index):
    result = L.link(link_index, "Clearview AI")
    assert result.unitid is None and not result.ambiguous and result.candidates == []


def test_generic_words_link_to_nothing(link_index):
    assert L.link(link_index, "the university").candidates == []


def test_labelled_mentions_precision_stays_high(link_index):
    from link_report import report

    rows = list(csv.DictReader((ROOT / "tests" / "fixtures" / "link_mentions.csv").open(encoding="utf-8")))
    assert len(rows) >= 150
    r = report(rows, link_index)
    assert r["precision"] >= 0.97 and r["recall"] >= 0.90


def test_cli_lines_prints_one_json_object_a_line():
    out = subprocess.run([SCORECARD, "link", "--lines", "--data", str(ROOT / "data")],
                         input="UCLA\nColumbia College\nClearview AI\n", capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["unitid"], r["ambiguous"]) for r in rows] == [(110662, False), (None, True), (None, False)]
    assert {"unitid", "slug", "score", "ambiguous", "candidates"} <= set(rows[0])


def test_cli_state_option_narrows():
    out = subprocess.run([SCORECARD, "link", "Columbia College", "--state", "SC",
                          "--data", str(ROOT / "data")], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["unitid"] == 217934


def test_system_alias_naming_an_unknown_system_is_a_data_problem(tmp_path):
    import shutil

    from scorecard.datafiles import DataError

    for name in ("institutions", "aliases", "systems"):
        shutil.copy(ROOT / "data" / f"{name}.csv", tmp_path / f"{name}.csv")
    (tmp_path / "system_aliases.csv").write_text("alias,system\nUC,University of Californa\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        L.load_index(tmp_path)
    assert [str(p) for p in e.value.problems] == [
        f"{tmp_path / 'system_aliases.csv'}:2: system: 'University of Californa' is not a system in systems.csv"]


def test_system_shorthand_followed_by_a_campus_links_to_that_campus(link_index):
    assert L.link(link_index, "SUNY Stony Brook").unitid == 196097
    assert L.link(link_index, "UW-Madison").unitid == 240444
