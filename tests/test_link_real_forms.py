"""The linker on names as real coverage writes them: one form a test, on the real data/ index."""

import csv
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorecard import link as L
from scorecard import name_forms
from scorecard.abroad import load_abroad
from scorecard.datafiles import Problem
from scorecard.link_input import parse_lines

ROOT = Path(__file__).resolve().parent.parent
SCORECARD = str(Path(sys.executable).parent / "scorecard")


def unitid(index, mention, **kw):
    return L.link(index, mention, **kw).unitid


def test_a_possessive_is_peeled(link_index):
    assert unitid(link_index, "University of California, Los Angeles's (UCLA)") == 110662


def test_initials_in_parentheses_confirm_an_ambiguous_name(link_index):
    assert unitid(link_index, "Georgia Institute of Technology (Georgia Tech)") == 139755


def test_a_police_department_is_its_institution(link_index):
    assert unitid(link_index, "Purdue University Police Department") == 243780


def test_police_initials_are_resolved_by_the_sentence(link_index):
    ctx = "Students accuse the University of Miami Police Department of using the system."
    assert unitid(link_index, "UMPD", context=ctx) == 135726


def test_police_initials_without_a_naming_sentence_go_to_review(link_index):
    result = L.link(link_index, "UMPD")
    assert result.unitid is None and result.ambiguous and result.candidates


def test_a_town_police_department_is_no_institution(link_index):
    result = L.link(link_index, "Princeton Police Department")
    assert result.unitid is None and not result.ambiguous


def test_a_sub_unit_is_its_institution(link_index):
    assert unitid(link_index, "Yale Law School") == 130794
    assert unitid(link_index, "MIT Media Lab") == 166683


def test_a_center_at_a_law_school_is_its_university(link_index):
    assert unitid(link_index, "Center on Privacy and Technology at Georgetown Law") == 131496


def test_a_campus_phrase_names_the_campus(link_index):
    assert unitid(link_index, "the University of Colorado's Colorado Springs campus") == 126580


def test_a_system_short_name_and_campus_name_the_campus(link_index):
    assert unitid(link_index, "CU Colorado Springs") == 126580


def test_a_branch_campus_named_by_its_town_beside_its_system(link_index):
    ctx = "Penn State said the Altoona campus would not add the readers."
    assert unitid(link_index, "Altoona", context=ctx) == 214689


def test_a_misspelled_name_is_corrected_when_one_spelling_links(link_index):
    assert unitid(link_index, "Carnegie Melon University") == 211440
    assert unitid(link_index, "John Hopkins University") == 162928


def test_a_university_outside_the_us_is_none_not_ambiguous(link_index):
    for name in ("University of Toronto", "University of Oxford", "Tsinghua University"):
        result = L.link(link_index, name)
        assert (result.unitid, result.ambiguous, result.via) == (None, False, "an institution outside the US")


def test_a_high_school_is_none(link_index):
    result = L.link(link_index, "Westfield High School")
    assert result.unitid is None and not result.ambiguous


def test_a_state_in_front_narrows_the_name(link_index):
    assert unitid(link_index, "Michigan's Oakland Community College") == 171535


def test_initials_only_ipeds_gives_a_small_college_are_doubtful_when_a_larger_one_shares_them(link_index):
    result = L.link(link_index, "USF")
    assert result.unitid is None and result.ambiguous


def test_a_project_alias_yields_to_the_institution_the_sentence_names(link_index):
    ctx = "At Montana State University, a resolution asked MSU to rule the technology out."
    assert unitid(link_index, "MSU", context=ctx) == 180461


def test_a_system_name_still_goes_to_review(link_index):
    result = L.link(link_index, "Penn State University", state="PA")
    assert result.unitid is None and result.ambiguous


def test_read_peels_police_and_parentheses():
    reading = name_forms.read("University of Illinois at Chicago Police Department (UICPD)")
    assert reading.initials == "UICPD" and reading.police_initials == "UIC" and reading.police
    assert reading.forms[-1].text == "University of Illinois at Chicago"


def test_acronym_skips_connectors_and_splits_hyphens():
    assert name_forms.acronym("University of Illinois Urbana-Champaign") == "UIUC"


def test_a_place_word_found_in_a_us_name_is_a_data_problem(tmp_path, link_index):
    path = tmp_path / "abroad.csv"
    path.write_text("kind,text\nplace,Paris\nname,Boston University\ncountry,France\n", encoding="utf-8")
    problems: list[Problem] = []
    load_abroad(path, link_index, problems)
    assert [str(p) for p in problems] == [
        f"{path}:2: text: place 'Paris' occurs in the US institution name 'midway paris beauty school'",
        f"{path}:3: text: 'Boston University' is the name of a US institution",
        f"{path}:4: kind: 'country' is not 'name' or 'place'"]


def test_link_lines_reads_json_objects_with_context_in_order():
    lines = [json.dumps({"mention": "UMPD", "context": "the University of Miami Police Department said"}),
             "UCLA", json.dumps({"mention": "Columbia College", "state": "SC"})]
    out = subprocess.run([SCORECARD, "link", "--lines", "--data", str(ROOT / "data")], input="\n".join(lines),
                         capture_output=True, text=True, check=True)
    assert [json.loads(line)["unitid"] for line in out.stdout.splitlines()] == [135726, 110662, 217934]


def test_link_lines_refuses_bad_lines_before_answering_any():
    out = subprocess.run([SCORECARD, "link", "--lines", "--data", str(ROOT / "data")],
                         input='UCLA\n{"mention": 3}\n{"text": "x"}\n{oops\n', capture_output=True, text=True)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.splitlines()[1:] == ["stdin:3: text: is not a field (use mention, context, state, city, title, before)",
                                           "stdin:4: line: is not valid JSON (Expecting property name enclosed "
                                           "in double quotes at column 2)"]
    assert "stdin:2: mention: must be a string" in out.stderr.splitlines()[0]


def test_parse_lines_requires_a_mention():
    _, problems = parse_lines(['{"context": "a sentence"}'])
    assert [str(p) for p in problems] == ["stdin:1: mention: is required"]


def test_the_written_real_forms_set_keeps_its_figures(link_index):
    rows = list(csv.DictReader((ROOT / "tests" / "fixtures" / "link_real_forms.csv").open(encoding="utf-8")))
    got = []
    for r in rows:
        res = L.link(link_index, r["mention"], state=r["state"] or None, city=r["city"] or None, context=r["context"])
        got.append(str(res.unitid) if res.unitid else ("AMBIGUOUS" if res.ambiguous else "NONE"))
    answers = [(g, r["expected"]) for g, r in zip(got, rows, strict=False) if g != "AMBIGUOUS"]
    right = sum(g == e for g, e in answers)
    assert right / len(answers) >= 0.90 and right / len(rows) >= 0.80


def test_an_en_dash_separates_a_campus_like_a_hyphen(link_index):
    assert unitid(link_index, "University of Wisconsin\u2013Madison") == 240444


def test_a_shorter_name_inside_an_ambiguous_one_is_not_taken(link_index):
    result = L.link(link_index, "Penn State University Park")
    assert result.unitid != 215062 and result.ambiguous


def test_a_listed_non_us_name_wins_over_a_swapped_us_name(link_index):
    result = L.link(link_index, "University of York")
    assert result.unitid is None and result.via == "an institution outside the US"


def test_a_name_of_several_campuses_with_no_flagship_before_a_sub_unit_goes_to_review(link_index):
    result = L.link(link_index, "University of Massachusetts Math students")
    assert result.unitid is None and result.ambiguous and len(result.candidates) > 1


def test_a_bare_name_ipeds_splits_into_campuses_is_its_flagship(link_index):
    assert L.link(link_index, "Rutgers").unitid == 186380


def test_a_flagship_name_before_a_sub_unit_is_the_flagship(link_index):
    result = L.link(link_index, "Rutgers Math students")
    assert result.unitid == 186380 and "flagship" in result.via


def test_a_possessive_flagship_name_before_a_school_is_the_flagship(link_index):
    assert L.link(link_index, "Rutgers University's Mason Gross School").unitid == 186380


def test_a_family_whose_largest_campus_lacks_three_fifths_of_its_students_stays_ambiguous(link_index):
    result = L.link(link_index, "University of Alaska")
    assert result.unitid is None and result.ambiguous


def test_a_named_campus_is_not_replaced_by_the_flagship(link_index):
    assert L.link(link_index, "Rutgers University-Newark").unitid == 186399


def test_the_sentence_naming_a_campus_city_wins_over_the_flagship(link_index):
    result = L.link(link_index, "Rutgers", context="Rutgers students in Camden said the plan was dropped")
    assert result.unitid == 186371


def test_a_student_newspaper_title_is_not_its_campus(link_index):
    result = L.link(link_index, "The Temple News")
    assert result.unitid is None and not result.ambiguous and "newspaper" in result.via


def test_a_college_whose_name_ends_in_a_newspaper_word_is_still_linked(link_index):
    assert L.link(link_index, "Post University").unitid == 130183


def test_a_list_of_names_is_not_linked_as_one_of_its_members(link_index):
    result = L.link(link_index, "Microsoft, Stanford University and others")
    assert result.unitid is None and result.ambiguous and [c.unitid for c in result.candidates] == [243744]


def test_each_member_of_a_list_is_linked(link_index):
    from scorecard.resolve import resolve_members

    got = [r.unitid for r in resolve_members(link_index, "Harvard University, Brown University and Microsoft")]
    assert got == [166027, 217156, None]


def test_an_and_inside_a_sub_unit_name_is_no_list(link_index):
    assert L.link(link_index, "Georgetown Law Center on Privacy and Technology").unitid == 131496


def test_a_short_form_of_a_listed_non_us_name_is_none(link_index):
    result = L.link(link_index, "Memorial University")
    assert result.unitid is None and not result.ambiguous


def test_an_ambiguous_name_in_a_sentence_placed_abroad_is_none(link_index):
    result = L.link(link_index, "UW", context="UW researchers in Beijing built the camera network")
    assert result.unitid is None and not result.ambiguous


def test_an_ambiguous_name_beside_a_us_state_stays_ambiguous_despite_a_foreign_place(link_index):
    result = L.link(link_index, "UW", context="UW in Wisconsin hired a firm from Beijing")
    at_home = L.link(link_index, "UW", context="UW in Wisconsin hired a firm")
    assert result.ambiguous and result.unitid is None
    assert {c.unitid for c in result.candidates} == {c.unitid for c in at_home.candidates}
    assert 240444 in {c.unitid for c in result.candidates}  # UW-Madison among them: the foreign place removed none


def test_initials_before_an_office_title_are_read_as_initials(link_index):
    result = L.link(link_index, "ASU Senior Associate AD")
    assert result.ambiguous and 104151 in {c.unitid for c in result.candidates}


def test_initials_a_given_state_leaves_to_one_family_take_its_flagship(link_index):
    assert unitid(link_index, "ASU Senior Associate AD", state="AZ") == 104151


def test_the_flagship_rule_never_picks_among_institutions_sharing_initials(link_index):
    result = L.link(link_index, "ICE agents")
    assert result.unitid is None


def test_a_city_before_a_police_department_is_not_sent_to_review(link_index):
    result = L.link(link_index, "San Diego Police Department (SDPD)")
    assert result.unitid is None and not result.ambiguous


def test_a_sub_unit_in_a_sentence_is_found_by_the_name_finder(link_index):
    from scrapers.names import find_names

    found = find_names(link_index, "A report from the Georgetown Law Center on Privacy found it.")
    assert [(n.text, n.link.unitid) for n in found] == [("Georgetown Law Center", 131496)]


def test_a_place_before_a_sub_unit_word_is_not_a_name_in_a_sentence(link_index):
    from scrapers.names import find_names

    assert find_names(link_index, "Shoppers near the Berkeley Public Library were filmed.") == []


def test_universities_outside_the_us_in_a_sentence_are_not_reported(link_index):
    from scrapers.names import find_names

    assert find_names(link_index, "Tsinghua University and the University of Toronto both tested it.") == []


def test_a_college_named_of_its_university_is_that_ipeds_unit(link_index):
    assert unitid(link_index, "Oxford College of Emory University") == 487092


def test_a_campus_of_a_system_phrase_names_the_campus(link_index):
    assert unitid(link_index, "the Erie campus of Penn State") == 214591


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("Uu niversity of CollegePD()'’s–-.,ABCMIT")), max_size=60))
def test_any_text_gets_an_answer_that_is_a_link_or_a_review_or_nothing(link_index, text):
    result = L.link(link_index, text, context=text)
    assert not (result.unitid is not None and result.ambiguous)
    assert result.unitid is None or result.unitid in link_index.institutions


def test_a_name_with_digits_in_it_is_not_taken_for_a_misspelling(link_index):
    assert L.link(link_index, "ucla2").unitid is None


def test_college_of_before_a_name_without_an_institution_word_is_that_institution(link_index):
    assert L.link(link_index, "The College of William and Mary").unitid == 231624


def test_a_whole_ipeds_name_inside_a_group_name_is_found(link_index):
    assert L.link(link_index, "Student Veterans of William and Mary").unitid == 231624


def test_a_town_listed_among_towns_is_the_town(link_index):
    result = L.link(link_index, "Berkeley", context="Local bans in San Francisco, Oakland, and Berkeley stay, officials said.")
    assert result.unitid is None and not result.ambiguous and result.via == "a town named in a list of towns"


def test_a_short_name_listed_among_universities_is_still_the_university(link_index):
    assert L.link(link_index, "Berkeley", context="Researchers at Harvard, Stanford and Berkeley built the set.").unitid == 110635


def test_a_college_town_in_a_list_of_colleges_stays_the_college(link_index):
    result = L.link(link_index, "Swarthmore", context="Haverford, Swarthmore and Bryn Mawr said they have no such cameras.")
    assert result.unitid == 216287


def test_a_list_after_at_is_a_list_of_colleges(link_index):
    result = L.link(link_index, "Middlebury", context="Students at Amherst, Middlebury and Williams signed the letter.")
    assert result.unitid == 230959
