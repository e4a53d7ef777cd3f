"""Reading a sentence with its page: the title and the sentences before it, whose use it is, how it is framed.

Every sentence here is written for these tests in the styles of real coverage; none is copied.
"""

import json

import pytest
from click.testing import CliRunner

from scorecard.classify import classify, find_mentions
from scorecard.classify_input import InputError, read_line
from scorecard.classify_names import names_an_institution, neutralise
from scorecard.cli import cli

TITLE = "Northfield College shelves campus face recognition plan"


def stance(text, title=None, before=None):
    return classify(text, title=title, before=before).stance


# ---------------------------------------------------------------- reference by context

def test_the_technology_refers_to_facial_recognition_when_the_title_is_about_it():
    assert stance("The college will not pursue the technology.", title=TITLE) == "wont_use"


def test_the_technology_means_nothing_on_a_page_not_about_it():
    assert stance("The college will not pursue the technology.", title="Northfield opens a new library") == "unrelated"


def test_the_preceding_sentence_gives_the_system_its_meaning():
    before = "Administrators described a facial recognition pilot at the dorm entrances."
    assert stance("The system has been running in one residence hall since 2019.", before=before) == "using"


def test_a_plan_start_date_read_through_context_is_planning():
    assert stance("Officials said the college will begin using the software on a trial basis next month.",
                  title="Face scanning to speed up stadium entry at Northfield") == "planning"


def test_a_sentence_read_through_context_is_less_certain_than_one_that_names_it():
    direct = classify("The college will not pursue facial recognition.")
    by_context = classify("The college will not pursue the technology.", title=TITLE)
    assert by_context.confidence < direct.confidence


def test_a_non_response_on_a_page_about_it_is_no_response():
    assert stance("Northfield College did not respond to repeated requests for comment.", title=TITLE) == "no_response"


# ---------------------------------------------------------------- whose use it is

def test_an_institution_named_after_a_city_is_not_the_city():
    text = "The University of California, Los Angeles abandoned plans to install facial recognition."
    assert stance(text) == "wont_use"


def test_an_advocacy_group_framing_the_sentence_is_not_its_actor():
    text = ("Ahead of a day of action organised by a privacy group, Northfield College dropped its plan to "
            "add facial recognition to its cameras.")
    assert stance(text) == "wont_use"


def test_a_newspaper_cited_at_the_end_is_not_the_actor():
    text = "Northfield officials showed interest in facial recognition last spring, according to the student paper."
    assert stance(text) == "planning"


def test_campus_police_initials_are_the_institution():
    text = "Students accused the NUPD of running facial recognition on photos from the rally."
    assert stance(text) == "using"


def test_a_campus_abroad_is_not_the_scorecards_business():
    assert stance("Harbin Normal University installed facial recognition gates at its dormitories.",
                  title="Chinese campus tries face scanning at dorm gates") == "unrelated"


def test_school_meals_paid_by_face_in_k12_are_unrelated():
    assert stance("Pupils can now pay for lunch by looking into a face recognition camera.",
                  title="Secondary schools roll out face payment in canteens") == "unrelated"


def test_a_sentence_about_an_outsider_does_not_continue_the_one_before():
    before = "Northfield College has dropped its plan to add facial recognition to its cameras."
    assert stance("A city police department nearby still runs the technology.", title=TITLE, before=before) != "wont_use"


def test_a_sentence_with_no_cue_continues_the_one_before():
    before = "Northfield College lets students enter the gym with a face scan."
    assert stance("Enrollment in the program is voluntary.", title="Face scans at the campus gym", before=before) == "using"


def test_a_product_described_by_its_maker_is_no_campus_use():
    assert stance("Proctorio is a browser extension that watches test takers' faces for signs of cheating.") == "unrelated"


def test_a_product_the_college_requires_is_its_use():
    assert stance("Proctorio, which the college requires for online exams, checks each student's face.") == "using"


def test_students_fearing_use_is_not_a_report_of_use():
    assert stance("Some students feared the college was using facial recognition to watch them.") != "using"


def test_questions_left_unanswered_own_everything_they_asked_about():
    text = ("The college did not answer questions about whether its police use facial recognition, how it "
            "intends to use the technology or which vendor it plans to hire.")
    assert stance(text) == "no_response"


def test_a_title_about_a_campus_abroad_wins_over_its_campus_words():
    assert stance("The new program uses a facial recognition scanner at every canteen door.",
                  title="Japanese campus tests face scanning in its canteens") == "unrelated"


def test_a_city_police_page_is_an_outsiders_page():
    assert stance("Detectives stopped using facial recognition after a month.",
                  title="City police halt face search app trial") == "unrelated"


# ---------------------------------------------------------------- tense, modality, counterfactuals

def test_would_have_been_the_first_means_the_plan_was_dropped():
    assert stance("Northfield would have been the first college in the state to adopt facial recognition.") == "wont_use"


def test_would_no_longer_pursue_is_a_commitment():
    assert stance("Administrators wrote that they would no longer pursue the use of facial recognition.") == "wont_use"


def test_machines_removed_after_use_came_to_light_is_ended_use():
    assert stance("Northfield removed the machines after students found they used facial recognition.") == "ended_use"


def test_an_interest_in_it_is_planning():
    assert stance("The college's interest in facial recognition surprised the faculty senate.") == "planning"


# ---------------------------------------------------------------- names

def test_names_are_replaced_by_the_actor_they_stand_for():
    text = "The University of Miami Police Department (UMPD) denied it."
    assert neutralise(text, [])[0] == "the university denied it."


def test_agencies_and_outlets_in_capitals_are_not_institutions():
    assert not names_an_institution("The FBI and the ACLU told CNET.")


def test_a_city_police_department_by_its_initials_is_not_the_institution():
    assert not names_an_institution("The SDPD said its detectives tried the app.")


def test_a_mention_inside_a_name_moves_with_the_text():
    text = "UCLA tested facial recognition."
    named, [term] = neutralise(text, find_mentions(text))
    assert named[term.start:term.end] == "facial recognition"


# ---------------------------------------------------------------- scorecard classify --lines with JSON

def run(stdin):
    return CliRunner().invoke(cli, ["classify", "--lines"], input=stdin)


def test_lines_mode_reads_json_objects_with_title_and_before():
    rows = [{"text": "The college will not pursue the technology.", "title": TITLE},
            "Campus police use face recognition.",
            {"text": "It has been in a pilot phase since 2019.", "before": "The dorms added facial recognition."}]
    result = run("\n".join(json.dumps(r) if isinstance(r, dict) else r for r in rows) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["stance"] for o in out] == ["wont_use", "using", "using"]


@pytest.mark.parametrize("line, problem", [
    ('{"text": "x", "title": 3}', "line 1: field 'title' must be a string"),
    ('{"title": "x"}', "line 1: field 'text' is missing"),
    ('{"text": "x", "page": "y"}', "line 1: unknown field(s) page"),
    ('{"text": "x"', "line 1: not valid JSON"),
])
def test_a_bad_json_line_is_named_by_line_and_field(line, problem):
    with pytest.raises(InputError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        read_line(line, 1)


def test_a_bad_line_stops_the_command_before_anything_is_printed():
    result = run('Campus police use face recognition.\n{"text": 5}\n')
    assert result.exit_code == 1
    assert "line 2: field 'text' must be a string" in result.output
    assert '"stance"' not in result.output
