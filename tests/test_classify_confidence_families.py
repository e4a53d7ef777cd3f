"""Confidence by the deciding rule's family: observed share right, shrunk towards the regression's prior."""

from scorecard.classify_confidence import family, shrunk


def test_the_family_is_the_cue_and_how_the_system_was_referred_to():
    feats = ["stance=wont_use", "cue=plan abandoned", "rule>=0.85", "via=context", "negation"]
    assert family(feats) == "cue=plan abandoned|via=context"


def test_a_family_never_seen_keeps_the_prior():
    assert shrunk(0.7, None, 3.0) == 0.7


def test_a_family_seen_often_takes_its_observed_share_right():
    assert round(shrunk(0.7, [300.0, 291.0], 3.0), 2) == 0.97


def test_a_family_seen_once_stays_near_the_prior():
    assert 0.7 < shrunk(0.7, [1.0, 1.0], 3.0) < 0.8


def test_a_reading_by_context_is_never_surer_than_naming_the_system():
    from scorecard.classify import classify
    title = "Northfield College weighs face recognition for dorms"
    direct = classify("The college has never used facial recognition.")
    by_context = classify("The college has never used the technology.", title=title)
    assert by_context.confidence < direct.confidence
