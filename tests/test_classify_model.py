"""The learned stance model: it decides over the rules' reading, explains itself, keeps relevance first, is calibrated."""

import hashlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from stance_training import isotonic, overruled, role, training_files

from scorecard.classify_model import GROUPS, calibrated, model, read
from scorecard.classify_passage import answer_group, decided_by, learnable
from scorecard.classify_sentence import Mention
from scorecard.method import STANCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
RETRAIN = "python bench/train_stance_model.py"


def _model(weights: dict, margin: float = 0.0) -> dict:
    """A small hand-written model: the same format the training script writes."""
    step = {"by": "model probability", "x": [0.0, 0.5, 0.9], "y": [0.3, 0.6, 0.95]}
    return {"bias": {s: 0.0 for s in STANCES}, "weights": weights,
            "calibration": {"margins": dict.fromkeys(GROUPS, margin), "direct": step,
                            "indirect": {"by": "model probability", "x": [0.0], "y": [0.9]},
                            "off the topic": {"by": "model probability", "x": [0.0], "y": [0.5]}}}


def _mention(sentence: str, stance: str, cue: str) -> Mention:
    return Mention(sentence, stance, 0.8, cue, "facial recognition", rule_confidence=0.8)


# ---------------------------------------------------------------------------- the shipped model


def test_the_shipped_model_was_trained_on_the_fixtures_as_they_are_now():
    recorded = model()["trained_on"]["files"]
    files = training_files([FIXTURES])
    stale = [p.name for p in files["train"] + files["calibrate"]
             if recorded.get(p.name, {}).get("sha256") != hashlib.sha256(p.read_bytes()).hexdigest()]
    gone = [name for name, f in recorded.items() if f["folder"] == "tests/fixtures" and not (FIXTURES / name).exists()]
    assert not stale and not gone, (f"statement files changed since scorecard/stance_model.json was trained "
                                    f"({', '.join(stale + gone)}): retrain with `{RETRAIN}`")


def test_the_shipped_model_never_trained_or_calibrated_on_a_measuring_set():
    assert all(f["role"] in ("train", "calibrate") and not name.endswith("_test.csv")
               for name, f in model()["trained_on"]["files"].items())


def test_the_shipped_model_gives_every_stance_a_probability():
    m = model()
    p = read(["stance=using", "w:uses", "w:frt"], m).probabilities
    assert set(p) == set(STANCES) and abs(sum(p.values()) - 1) < 1e-9


# ---------------------------------------------------------------------------- which file does what


def test_a_test_set_only_measures_and_the_calibrate_set_only_calibrates():
    assert role(Path("stance_written_d_test.csv")) == "test"
    assert role(Path("stance_real_style_heldout.csv")) == "test"
    assert role(Path("stance_real_style_calibrate.csv")) == "calibrate"
    assert role(Path("stance_written_d_train.csv")) == "train"


def test_two_different_files_of_the_same_name_in_two_folders_are_refused_by_name(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "stance_x_train.csv").write_text(f"text,stance\n{folder},using\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="stance_x_train.csv"):
        training_files([tmp_path / "a", tmp_path / "b"])


def test_a_missing_folder_or_no_training_file_is_refused_by_name(tmp_path):
    with pytest.raises(SystemExit, match="no such folder"):
        training_files([tmp_path / "absent"])
    (tmp_path / "stance_x_test.csv").write_text("text,stance\nit,using\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no training statements"):
        training_files([tmp_path])


def test_the_same_file_in_two_folders_is_read_once(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "stance_x_train.csv").write_text("text,stance\nit,using\n", encoding="utf-8")
    assert [p.parent.name for p in training_files([tmp_path / "a", tmp_path / "b"])["train"]] == ["a"]


# ---------------------------------------------------------------------------- deciding


def test_the_model_overrules_the_rules_when_its_words_outweigh_them_and_names_them():
    decide = decided_by(_model({"w:pilot": {"planning": 3.0}}))
    m = decide(_mention("The college will pilot facial recognition.", "using", "use now: pilot frt"), None, None, "none")
    assert m.stance == "planning"
    assert m.cue.startswith("learned model: ") and "rules: using" in m.cue
    assert m.features[0].startswith('words "pilot" +3.00')


def test_the_rules_stand_when_the_model_is_not_surer_by_its_margin():
    decide = decided_by(_model({"w:pilot": {"planning": 3.0}}, margin=0.99))
    m = decide(_mention("The college will pilot facial recognition.", "using", "use now: pilot frt"), None, None, "none")
    assert (m.stance, m.cue) == ("using", "use now: pilot frt")


def test_relevance_first_the_model_cannot_throw_away_the_institutions_own_statement():
    decide = decided_by(_model({"w:uses": {"unrelated": 5.0, "using": 1.0}}))
    m = decide(_mention("The college uses facial recognition.", "using", "use now: uses frt"), None, None, "none")
    assert m.stance == "using"
    assert m.confidence < 0.8  # kept, for a reviewer


def test_a_sentence_the_rules_passed_over_is_kept_for_review_when_unrelated_is_not_likely():
    decide = decided_by(_model({"w:system": {"unrelated": 0.5, "using": 0.45, "ended_use": 0.45}}))
    passed = Mention("The system went live in the fall.", "unrelated", 0.9, "no facial-recognition mention", "")
    m = decide(replace(passed, rule_confidence=0.9), "Northfield installs face scanners", None, "about it")
    assert m.stance != "unrelated" and m.confidence < 0.8
    assert m.cue.startswith("kept for review: learned model: ")


def test_a_clear_outsider_as_the_subject_may_be_unrelated():
    decide = decided_by(_model({"w:city": {"unrelated": 5.0}}))
    m = decide(_mention("The city police use facial recognition.", "using", "use now: use frt"), None, None, "none")
    assert m.stance == "unrelated"


def test_a_law_that_binds_the_institution_is_not_an_outsiders_statement():
    decide = decided_by(_model({"w:state": {"unrelated": 5.0}}))
    m = decide(_mention("State law bars the college from using facial recognition.", "wont_use",
                        "prohibited by law: bars the university from"), None, None, "none")
    assert m.stance == "wont_use"


def test_a_sentence_kept_for_review_stays_below_the_review_line_whatever_the_model_says():
    decide = decided_by(_model({"w:cards": {"using": 9.0}}))
    m = decide(_mention("Students can still show their cards.", "using", "kept for review: use now: show"),
               None, None, "about it")
    assert m.confidence < 0.8


def test_a_sentence_with_no_mention_and_no_page_is_left_to_the_rules():
    m = Mention("The library opens at nine.", "unrelated", 0.9, "no facial-recognition mention", "")
    assert not learnable(m, page="none")
    assert learnable(m, page="known")


def test_without_a_shipped_model_the_rules_reading_stands():
    m = _mention("The college uses facial recognition.", "using", "use now: uses frt")
    assert decided_by(None)(m, None, None, "none").stance == "using"


# ---------------------------------------------------------------------------- calibration


def test_a_reading_by_context_is_never_surer_than_a_direct_one_at_the_same_probability():
    m = _model({})
    direct = _mention("The college uses facial recognition.", "using", "use now: uses frt")
    by_context = Mention("The college uses the technology.", "using", 0.8, "use now: uses frt", "the technology")
    assert (answer_group(direct, "about it"), answer_group(by_context, "about it")) == ("direct", "indirect")
    assert answer_group(by_context, "known") == "off the topic"
    assert calibrated(0.95, 0.8, "indirect", m) < calibrated(0.95, 0.8, "direct", m)


def test_where_the_rules_always_stand_their_own_score_is_what_is_calibrated():
    m = _model({"w:pilot": {"planning": 9.0}}, margin=1.0)
    m["calibration"]["direct"] = {"by": "rule confidence", "x": [0.0, 0.7], "y": [0.4, 0.85]}
    read = decided_by(m)(_mention("The college will pilot facial recognition.", "using", "use now: pilot frt"),
                         None, None, "none")
    assert (read.stance, read.confidence) == ("using", 0.85)


def test_the_calibration_map_rises_with_the_probability_and_is_never_certain():
    xs, ys = isotonic(np.array([0.2, 0.3, 0.4, 0.6, 0.7, 0.9, 0.95]), np.array([0, 1, 0, 1, 1, 1, 1], float))
    assert xs == sorted(xs) and ys == sorted(ys)
    assert 0 < ys[0] and ys[-1] < 1


def test_equal_scores_get_one_value_in_the_calibration_map():
    xs, ys = isotonic(np.array([0.6, 0.6, 0.6, 0.9]), np.array([0, 1, 1, 1], float))
    assert xs.count(0.6) <= 1 and len(xs) == len(ys)


def test_the_margin_keeps_the_rules_answer_unless_the_model_is_surer_by_more():
    P = np.array([[0.6, 0.4], [0.9, 0.1]])
    assert list(overruled(P, np.array([1, 1]), 0.3)) == [1, 0]


def test_the_rules_stand_unless_the_model_beats_them_by_more_than_one_standard_error():
    from stance_training import chosen_margin
    P = np.array([[0.55, 0.45]] * 20)
    gold, rules = np.array([0] * 11 + [1] * 9), np.ones(20, dtype=int)  # the model right 11 of 20, the rules 9 of 20
    assert chosen_margin(P, rules, gold) == 1.0  # within one standard error (0.11): the rules stand
    many, rules = np.array([[0.55, 0.45]] * 100), np.ones(100, dtype=int)
    margin = chosen_margin(many, rules, np.array([0] * 60 + [1] * 40))  # 60 of 100 against 40: clearly better
    assert (overruled(many, rules, margin) == 0).all()


def test_the_regression_learns_which_feature_means_which_stance():
    from stance_training import Binary, fit, softmax
    X = Binary([[0], [0], [1], [1]], 2)
    Y = np.array([[1, 0], [1, 0], [0, 1], [0, 1]], float)
    W, b = fit(X, Y, np.ones(4), l2=0.1, steps=200)
    assert list(softmax(X @ W + b).argmax(axis=1)) == [0, 0, 1, 1]
