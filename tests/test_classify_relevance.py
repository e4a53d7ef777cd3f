"""Relevance first: a sentence that may speak of a campus's own use is queued for review, never dropped."""

from scorecard.classify import classify

FR_TITLE = "Halden College tests face scanners at its library doors"


def test_a_campus_office_on_a_page_about_it_is_kept_for_review():
    p = classify("Campus police said students who object can still show their cards at the desk.", title=FR_TITLE)
    assert p.stance != "unrelated"
    assert p.cue.startswith("kept for review")
    assert p.needs_review


def test_a_campus_system_named_without_the_words_is_kept_even_off_a_page_about_it():
    p = classify("Oakmere University has pledged not to switch the scanners back on.",
                 title="Oakmere University apologizes after entry pilot")
    assert (p.stance, p.cue.startswith("kept for review")) == ("wont_use", True)


def test_another_actor_as_the_subject_stays_unrelated():
    p = classify("The city council voted to extend its ban on police cameras.", title=FR_TITLE)
    assert p.stance == "unrelated"


def test_a_question_on_a_page_about_it_stays_unrelated():
    p = classify("Will the college keep the scanners after the trial?", title=FR_TITLE)
    assert p.stance == "unrelated"


def test_a_campus_plan_with_no_system_and_no_page_about_it_stays_unrelated():
    p = classify("The college will repaint the dormitory hallways this summer.")
    assert p.stance == "unrelated"
