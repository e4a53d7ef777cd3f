"""The stance classifier, one behaviour per test. Sentences are written for these tests, not
taken from the shared dev set."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scorecard.classify import (
    Passage,
    classify,
    classify_sentence,
    find_mentions,
    mentions_facial_recognition,
    normalise,
    split_sentences,
)
from scorecard.method import STANCES


def stance(text: str) -> str:
    return classify(text).stance


# ---------------------------------------------------------------- mentions

@pytest.mark.parametrize("sentence, term", [
    ("Officers ran the photo through face-recognition software.", "face-recognition"),
    ("The gym installed face scanning turnstiles.", "face scanning"),
    ("Visitors are checked by face-scanning cameras.", "face-scanning"),
    ("Staff log in with facial authentication.", "facial authentication"),
    ("The new policy covers biometric identification.", "biometric identification"),
    ("The dorm doors compare residents' faces against enrolment photos.", "compare residents' faces against"),
    ("Detectives had accounts with Clearview AI.", "Clearview AI"),
    ("The office licensed Amazon Rekognition.", "Amazon Rekognition"),
    ("Cameras run SAFR at the arena.", "SAFR"),
    ("The security team turned on Verkada face search.", "Verkada face search"),
    ("Exams are watched by Honorlock.", "Honorlock"),
    ("The police used NEC NeoFace.", "NEC NeoFace"),
])
def test_mention_terms_are_found(sentence, term):
    assert [t.text for t in find_mentions(sentence)] == [term]


def test_security_cameras_alone_are_not_a_mention():
    assert not mentions_facial_recognition("Our parking garages have new security cameras and license plate readers.")


def test_text_without_a_mention_is_unrelated():
    p = classify("The college will install brighter lights along the campus paths.")
    assert (p.stance, p.mentions) == ("unrelated", ())


def test_mentions_facial_recognition_sees_a_mention_split_by_a_line_break():
    assert mentions_facial_recognition("The board discussed facial\nrecognition on Tuesday.")


# ---------------------------------------------------------------- the stances

def test_commitment_not_to_use_is_wont_use():
    assert stance("The college doesn't use face recognition and never will.") == "wont_use"


def test_written_prohibition_is_wont_use():
    assert stance("A campus rule adopted in May forbids face matching on university cameras.") == "wont_use"


def test_no_intention_is_wont_use():
    assert stance("Officials say the institute has no intention of buying facial recognition.") == "wont_use"


def test_abandoned_plan_is_wont_use():
    assert stance("The school scrapped its proposal to add face recognition at the arena after an outcry.") == "wont_use"


def test_currently_does_not_use_is_not_using():
    assert stance("The college doesn't currently run facial recognition on its cameras.") == "not_using"


def test_at_this_time_denial_is_not_using():
    assert stance("At this time the university has no face recognition on campus.") == "not_using"


def test_no_plans_at_this_time_is_not_using():
    assert stance("There are no plans at this time to use facial recognition, the dean said.") == "not_using"


def test_denial_with_no_ban_is_not_using():
    assert stance("The school isn't using face recognition, though it has declined to ban it.") == "not_using"


def test_evaluating_all_technologies_is_might_use():
    assert stance("The campus reviews all new safety technologies, face recognition among them.") == "might_use"


def test_following_the_law_is_might_use():
    assert stance("Any use of face recognition would comply with applicable laws, a spokesman said.") == "might_use"


def test_no_policy_is_might_use():
    assert stance("The college has no written policy on facial recognition.") == "might_use"


def test_not_ruling_out_is_might_use():
    assert stance("The president has not ruled out face recognition for the new stadium.") == "might_use"


def test_conditional_commitment_is_might_use():
    assert stance("Campus police will not use facial recognition without approval from the trustees.") == "might_use"


def test_did_not_respond_is_no_response():
    assert stance("The institute did not respond to several emails about facial recognition.") == "no_response"


def test_declined_to_comment_is_no_response():
    assert stance("A spokeswoman declined to comment on face recognition.") == "no_response"


def test_had_not_replied_is_no_response():
    assert stance("By Friday the college had not replied to our questions about facial recognition.") == "no_response"


def test_declining_to_say_about_future_use_is_might_use():
    assert stance("The school declined to say whether it might adopt facial recognition later.") == "might_use"


def test_stopped_use_is_ended_use():
    assert stance("Campus police quit using Clearview AI in 2021.") == "ended_use"


def test_contract_that_lapsed_is_ended_use():
    assert stance("The university let its face recognition contract lapse last spring.") == "ended_use"


def test_stopped_use_with_commitment_is_wont_use():
    assert stance("The college halted its face-scanning pilot and pledged never to bring it back.") == "wont_use"


def test_plan_to_install_is_planning():
    assert stance("The university intends to put facial recognition cameras in the new library next year.") == "planning"


def test_request_for_proposals_is_planning():
    assert stance("The college released an RFP for a camera system with face recognition.") == "planning"


def test_draft_policy_allowing_use_is_planning():
    assert stance("A draft rule would let campus police run face recognition searches.") == "planning"


def test_evaluating_facial_recognition_itself_is_planning():
    assert stance("Administrators are evaluating face recognition for dormitory access.") == "planning"


def test_system_in_operation_is_using():
    assert stance("The recreation center checks members in with facial recognition.") == "using"


def test_pilot_is_using():
    assert stance("The university is piloting face recognition at two residence halls.") == "using"


def test_proctoring_identity_check_by_face_is_using():
    assert stance("The college requires online test takers to pass a Proctorio face check.") == "using"


def test_vendor_case_study_is_using():
    assert stance("A vendor case study says the campus uses its face-matching cameras at every gate.") == "using"


def test_past_use_without_a_stop_is_using():
    assert stance("Campus detectives ran dozens of facial recognition searches in 2023.") == "using"


# ---------------------------------------------------------------- unrelated context

def test_research_lab_is_unrelated():
    assert stance("A robotics lab on campus is training face recognition models on synthetic data.") == "unrelated"


def test_seminar_is_unrelated():
    assert stance("The philosophy department will host a seminar on the ethics of facial recognition.") == "unrelated"


def test_phones_are_unrelated():
    assert stance("Most students unlock their phones with face recognition.") == "unrelated"


def test_other_city_is_unrelated():
    assert stance("The city of Somerville banned face recognition by its agencies.") == "unrelated"


def test_retailers_are_unrelated():
    assert stance("Some retailers scan shoppers with facial recognition.") == "unrelated"


def test_opinion_piece_is_unrelated():
    assert stance("In a column, a law student argued that facial recognition should be banned.") == "unrelated"


def test_protest_is_unrelated():
    assert stance("Students held a rally against facial recognition outside the union.") == "unrelated"


def test_call_for_a_ban_is_unrelated():
    assert stance("The graduate union urged the administration to prohibit facial recognition.") == "unrelated"


# ---------------------------------------------------------------- negation scope

def test_negated_plan_is_not_read_as_a_plan():
    assert stance("The college is not planning to adopt face recognition.") == "wont_use"


def test_negation_in_another_clause_does_not_flip_use():
    assert stance("The school does not sell student data, but it uses facial recognition at the gym.") == "using"


def test_question_about_use_is_not_a_report_of_use():
    assert stance("Asked whether campus police use face recognition, a spokesman said they do not.") == "not_using"


# ---------------------------------------------------------------- passages

def test_use_outweighs_denial_in_one_passage():
    p = classify("The university says it does not use facial recognition. Public records show campus "
                 "police searched Clearview AI more than 40 times.")
    assert p.stance == "using"
    assert "Clearview AI" in p.sentence


def test_later_stop_outweighs_earlier_use_in_one_passage():
    p = classify("In 2019 the college introduced face scanning at the gym. The program was discontinued in 2021.")
    assert p.stance == "ended_use"


def test_follow_up_sentence_referring_back_counts():
    p = classify("The institute does not run face recognition. It has no plans to adopt the technology.")
    assert p.stance == "wont_use"
    assert len(p.mentions) == 2


def test_every_mention_is_reported_with_stance_cue_and_term():
    p = classify("The college piloted face recognition in 2022. A professor there studies face recognition bias.")
    assert [(m.stance, m.term) for m in p.mentions] == [("using", "face recognition"), ("unrelated", "face recognition")]
    assert all(m.cue for m in p.mentions)


def test_decision_names_the_cue_that_fired():
    p = classify("Campus safety has vowed never to adopt face recognition.")
    assert p.cue.startswith("commitment not to use") and "vowed" in p.cue


def test_passage_result_fields():
    p = classify("The college does not use face recognition at present.")
    assert isinstance(p, Passage)
    assert p.stance in STANCES and 0 < p.confidence <= 1
    assert p.sentence == "The college does not use face recognition at present."
    assert p.to_dict()["color"] == "yellow"


def test_classify_sentence_reads_one_sentence():
    m = classify_sentence("Campus police use face recognition.")
    assert (m.stance, m.term) == ("using", "face recognition")


# ---------------------------------------------------------------- text handling

def test_html_entities_and_curly_quotes_are_normalised():
    p = classify("<p>&ldquo;We won&rsquo;t use facial&nbsp;recognition,&rdquo; the provost said.</p>")
    assert p.stance == "wont_use"
    assert p.sentence == "\"We won't use facial recognition,\" the provost said."


def test_curly_apostrophe_contraction_is_read_as_negation():
    assert stance("The college doesn\u2019t use face recognition right now.") == "not_using"


def test_line_breaks_inside_a_sentence_are_joined():
    assert split_sentences("Campus security has not\nswitched on face recognition.") == [
        "Campus security has not switched on face recognition."]


def test_blank_line_ends_a_sentence():
    assert split_sentences("Campus safety update\n\nNo face recognition is used") == [
        "Campus safety update", "No face recognition is used"]


def test_abbreviations_do_not_split_sentences():
    text = ("Dr. Ames of St. Mary's College said the U.S. Department of Education sent guidance at 9 a.m. on "
            "Monday, e.g. on proctoring by Examity Inc. and others. The college does not use it.")
    assert split_sentences(text) == [
        "Dr. Ames of St. Mary's College said the U.S. Department of Education sent guidance at 9 a.m. on "
        "Monday, e.g. on proctoring by Examity Inc. and others.",
        "The college does not use it."]


def test_abbreviation_at_the_end_of_a_sentence_still_splits():
    assert split_sentences("The contract went to Acme Inc. The campus will use it.") == [
        "The contract went to Acme Inc.", "The campus will use it."]


def test_question_and_exclamation_marks_split():
    assert len(split_sentences("Does the college use face recognition? It does! Really.")) == 3


def test_normalise_collapses_odd_spaces_and_dashes():
    assert normalise("face\u00a0recognition \u2013 banned\u200b") == "face recognition - banned"


def test_empty_text_is_unrelated():
    assert classify("").stance == "unrelated"


def test_question_answered_no_is_not_using():
    assert stance("Does campus security use face recognition? No.") == "not_using"


def test_unanswered_question_is_not_a_statement():
    assert stance("Will the college adopt face recognition?") == "unrelated"


def test_elided_object_after_a_mention_is_read():
    assert stance("Campus police tried Clearview AI in 2019. They stopped a year later.") == "ended_use"


def test_never_again_after_past_use_is_wont_use():
    p = classify("The gym piloted face scanning in 2021. The college has promised it will never use face recognition again.")
    assert p.stance == "wont_use"


def test_other_actor_in_one_clause_does_not_hide_the_institutions_own():
    assert stance("Although many colleges have installed face recognition, this one has not.") == "not_using"


def test_continuing_use_is_using():
    assert stance("The arena will keep using face recognition for season-ticket holders.") == "using"


def test_mention_offsets_survive_characters_that_lengthen_when_lower_cased():
    [term] = find_mentions("\u0130stanbul\u0130 campus police use facial recognition.")
    assert term.text == "facial recognition"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_stance_from_the_vocabulary(text):
    p = classify(text)
    assert p.stance in STANCES and 0 <= p.confidence <= 1
    assert all(m.stance in STANCES for m in p.mentions)


def test_reference_back_prefers_the_technology_over_it():
    p = classify("Students rallied against facial recognition. The college told reporters it has no plans to adopt "
                 "the technology.")
    assert p.stance == "wont_use"


def test_end_of_a_pilot_with_no_restart_outweighs_the_pilot():
    p = classify("The college piloted face recognition in 2021. The pilot ended in May and the college will not "
                 "restart it.")
    assert p.stance == "wont_use"


def test_denying_a_report_of_use_is_not_using():
    assert stance("The college denied that its police use face recognition.") == "not_using"


def test_nobody_using_it_is_not_using():
    assert stance("Not one office at the college relies on face recognition.") == "not_using"


def test_denial_with_an_exception_is_using():
    assert stance("The college does not use face recognition, except at the doors of its data center.") == "using"


def test_law_barring_the_institution_is_wont_use():
    assert stance("A state statute bars public colleges from using face recognition.") == "wont_use"


def test_cannot_use_is_wont_use():
    assert stance("Under its privacy rules the university cannot deploy face recognition.") == "wont_use"


def test_wording_no_rule_knows_falls_back_to_the_learned_model_with_low_confidence():
    p = classify("The college pledged this spring to hold off on face recognition entirely.")
    assert p.cue.startswith("learned fallback:")
    assert p.confidence <= 0.5


def test_no_place_on_campus_said_by_the_institution_is_wont_use():
    assert stance("The college says face recognition has no place on its grounds.") == "wont_use"


def test_stopping_short_of_a_ban_while_not_using_is_not_using():
    assert stance("The school stopped short of banning face recognition but does not use it.") == "not_using"


def test_plans_put_on_ice_are_might_use():
    assert stance("The institute has put its face recognition plans on ice.") == "might_use"


def test_institutions_own_statement_beside_critics_is_not_unrelated():
    assert stance("Answering critics, the institute said it does not run face recognition.") == "not_using"


def test_gadget_sold_on_campus_is_unrelated():
    assert stance("The campus shop sells smart doorbells with face recognition.") == "unrelated"


def test_may_be_used_is_not_a_prohibition():
    assert stance("The institute says face recognition may be used in emergencies.") == "might_use"


def test_draft_ban_is_not_a_plan_to_use():
    assert stance("The institute is drafting a rule that would ban face recognition.") == "might_use"


def test_refusing_to_stop_is_using():
    assert stance("The college will not stop running face recognition at its arena.") == "using"


def test_a_stop_announced_for_later_is_ended_use():
    assert stance("The institute plans to phase out face recognition at its gym next year.") == "ended_use"


def test_state_university_names_are_not_the_state():
    assert stance("Kansas State is weighing face recognition for its football stadium.") == "planning"


def test_universities_named_after_cities_are_institutions():
    assert stance("Boston College uses face recognition at its hockey rink.") == "using"
    assert stance("City College has banned face recognition.") == "wont_use"


def test_description_inside_a_denial_is_not_use():
    assert stance("The college does not require proctoring tools that scan faces.") == "not_using"


def test_campus_police_pressing_for_it_is_planning():
    assert stance("Campus police are pressing the provost to approve face recognition software.") == "planning"


def test_non_reply_after_a_mention_is_no_response():
    assert stance("We wrote to the institute about face recognition in May. It never replied.") == "no_response"


def test_later_scrapping_of_a_pilot_outweighs_the_pilot():
    p = classify("The college began a face recognition pilot in 2021. Later it scrapped the pilot and vowed not "
                 "to bring it back.")
    assert p.stance == "wont_use"


def test_use_inside_a_commitment_is_what_is_ruled_out():
    assert stance("The institute has no intention of ever scanning visitors' faces.") == "wont_use"


@pytest.mark.parametrize("sentence", [
    "Test takers confirm their identity with a selfie before each exam.",
    "The gym offers touchless entry using your face.",
    "The dining hall lets students pay with their face.",
])
def test_identity_checks_by_face_are_mentions_of_use(sentence):
    assert stance(sentence) == "using"
