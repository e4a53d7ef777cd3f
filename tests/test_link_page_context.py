"""The linker reads a mention with its page: the title and the text before the sentence name the
institution that the sentence's initials or short name stand for, and never choose between two."""

import csv
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorecard import link as L
from scorecard.link_input import parse_lines
from scorecard.page_context import MAX_BEFORE_CHARS, page_text
from scorecard.resolve import resolve_members

ROOT = Path(__file__).resolve().parent.parent
SCORECARD = str(Path(sys.executable).parent / "scorecard")
SENTENCE = "Students asked OCC to stop requiring the proctoring software."


def test_the_written_page_forms_set_links_nothing_wrongly(link_index):
    rows = list(csv.DictReader((ROOT / "tests" / "fixtures" / "link_page_forms.csv").open(encoding="utf-8")))
    got = []
    for r in rows:
        res = L.link(link_index, r["mention"], state=r["state"] or None, city=r["city"] or None,
                     context=r["context"] or None, title=r["title"] or None, before=r["before"] or None)
        got.append(str(res.unitid) if res.unitid else ("AMBIGUOUS" if res.ambiguous else "NONE"))
    linked = [(g, r["expected"]) for g, r in zip(got, rows, strict=True) if g not in ("AMBIGUOUS", "NONE")]
    answers = [(g, r["expected"]) for g, r in zip(got, rows, strict=True) if g != "AMBIGUOUS"]
    assert all(g == e for g, e in linked) and sum(g == e for g, e in answers) / len(answers) >= 0.95


def test_a_campus_family_named_on_the_page_is_its_flagship(link_index):
    before = "Arizona State University officials hope face scans will speed stadium entry."
    assert L.link(link_index, "ASU", context="ASU will begin a trial in October.", before=before).unitid == 104151


def test_a_page_naming_two_institutions_with_the_initials_sends_an_alias_to_review(link_index):
    title = "Boise State University and Ball State University students question proctoring"
    result = L.link(link_index, "BSU", context="BSU said it does not use the software.", title=title)
    assert result.unitid is None and result.ambiguous


def test_initials_the_sentence_leaves_open_go_to_review_without_the_page(link_index):
    result = L.link(link_index, "OCC", context=SENTENCE)
    assert result.unitid is None and result.ambiguous


def test_the_title_naming_one_candidate_links_the_initials(link_index):
    result = L.link(link_index, "OCC", context=SENTENCE, title="Petition: end proctoring at Ocean County College")
    assert result.unitid == 185873 and "page" in result.via


def test_the_earlier_text_naming_one_candidate_links_the_initials(link_index):
    before = "On Thursday the College of William and Mary said exams could be proctored online."
    assert L.link(link_index, "W&M", context="W&M regularly offers proctoring.", before=before).unitid == 231624


def test_a_page_naming_two_candidates_decides_nothing(link_index):
    title = "Ocean County College and Onondaga Community College weigh proctoring"
    result = L.link(link_index, "OCC", context=SENTENCE, title=title)
    assert result.unitid is None and result.ambiguous


def test_the_sentence_wins_over_the_page(link_index):
    ctx = "Onondaga Community College students said OCC should stop."
    assert L.link(link_index, "OCC", context=ctx, title="Proctoring at Ocean County College").unitid == 194222


def test_a_project_alias_of_initials_yields_to_the_institution_the_page_names(link_index):
    assert L.link(link_index, "MSU", context="MSU police said they use it.").unitid == 171100
    title = "Montana State University students condemn facial recognition"
    assert L.link(link_index, "MSU", context="MSU police said they use it.", title=title).unitid == 180461


def test_initials_before_a_police_department_yield_to_the_institution_the_sentence_names(link_index):
    ctx = "Facial recognition at Montana State University, in MSU Police Department systems"
    assert L.link(link_index, "MSU Police Department", context=ctx).unitid == 180461


def test_a_student_government_is_read_by_the_initials_after_its_as(link_index):
    assert L.link(link_index, "ASMSU", context="ASMSU recognizes the risks.").ambiguous
    before = "Whereas, The Associated Students of Montana State University find it essential"
    assert L.link(link_index, "ASMSU", context="ASMSU recognizes the risks.", before=before).unitid == 180461


def test_a_branch_campus_named_by_its_town_in_an_article_about_its_system(link_index):
    assert L.link(link_index, "Altoona", context="Students at Altoona protested.",
                  title="Penn State weighs cameras at its campuses").unitid == 214689


def test_a_system_is_not_made_a_campus_by_the_page(link_index):
    result = L.link(link_index, "CUNY", context="the CUNY administration said", title="Protest at Brooklyn College")
    assert result.unitid is None and result.ambiguous


def test_a_system_name_is_not_made_a_campus_by_a_campus_alias_on_the_page(link_index):
    result = L.link(link_index, "University of California", context="At the University of California, a committee met.",
                    before="UCLA housing officials are evaluating facial recognition.")
    assert result.unitid is None and result.ambiguous


def test_the_page_picks_a_campus_before_the_flagship_rule(link_index):
    ctx = "Rutgers said it would not use the system."
    assert L.link(link_index, "Rutgers", context=ctx).unitid == 186380
    assert L.link(link_index, "Rutgers", context=ctx, title="Cameras at Rutgers University-Camden").unitid == 186371


def test_an_ambiguous_name_on_a_page_placed_abroad_is_none(link_index):
    result = L.link(link_index, "UW", context="UW said the machines were removed.",
                    title="Vending machines pulled from a Waterloo campus")
    assert result.unitid is None and not result.ambiguous


def test_a_page_placed_abroad_does_not_overrule_a_sentence_naming_a_us_state(link_index):
    result = L.link(link_index, "UW", context="UW in Wisconsin said the machines were removed.",
                    title="Vending machines pulled from a Waterloo campus")
    assert result.unitid is None and result.ambiguous


def test_only_the_end_of_a_long_earlier_text_is_read():
    before = "Ocean County College " + "x " * MAX_BEFORE_CHARS
    assert "ocean county" not in page_text(None, before)
    assert page_text(None, None) is None and page_text("  ", "") is None


def test_each_member_of_a_list_is_read_with_the_page(link_index):
    got = resolve_members(link_index, "Harvard University, OCC and Brown University", context=SENTENCE,
                          title="Proctoring at Ocean County College")
    assert [r.unitid for r in got] == [166027, 185873, 217156]


def test_link_lines_reads_title_and_before():
    lines = [json.dumps({"mention": "OCC", "context": SENTENCE, "title": "Proctoring at Ocean County College"}),
             json.dumps({"mention": "W&M", "before": "the College of William and Mary announced"}),
             json.dumps({"mention": "OCC", "context": SENTENCE})]
    out = subprocess.run([SCORECARD, "link", "--lines", "--data", str(ROOT / "data")], input="\n".join(lines),
                         capture_output=True, text=True, check=True)
    assert [json.loads(line)["unitid"] for line in out.stdout.splitlines()] == [185873, 231624, None]


def test_link_lines_refuses_a_title_or_before_that_is_not_text():
    _, problems = parse_lines(['{"mention": "OCC", "title": ["a"]}', '{"mention": "OCC", "before": 3}'])
    assert [str(p) for p in problems] == ["stdin:1: title: must be a string", "stdin:2: before: must be a string"]


def test_two_letters_before_a_group_name_are_initials_only_when_the_page_names_one(link_index):
    ctx = "On Monday the UM Employee-Student Alliance (UMESA) posted a statement."
    assert L.link(link_index, "UM Employee-Student Alliance (UMESA)", context=ctx,
                  title="University of Miami will not commit to a ban").unitid == 135726
    result = L.link(link_index, "UM Employee-Student Alliance (UMESA)", context=ctx)
    assert result.unitid is None


def test_two_letters_before_a_council_make_no_review_item_alone(link_index):
    result = L.link(link_index, "A.S. Council", context="The A.S. Council voted on the resolution.")
    assert result.unitid is None and not result.ambiguous


WORDS = st.sampled_from(["OCC", "BSU", "UW", "MSU", "Ocean County College", "Ball State University", "Toronto",
                         "University of California", "Boise State University", "said", "W&M", "the", ",", "CUNY"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=4).map(" ".join), st.lists(WORDS, max_size=8).map(" ".join),
       st.lists(WORDS, max_size=8).map(" ".join))
def test_any_page_gives_an_answer_that_is_a_link_or_a_review_or_nothing(link_index, mention, title, before):
    result = L.link(link_index, mention or "OCC", context=mention, title=title, before=before)
    assert not (result.unitid is not None and result.ambiguous)
    assert result.unitid is None or result.unitid in link_index.institutions
