"""The decision procedure is a table the classifier runs: ordered rows, the first that applies answers."""

from scorecard.classify_decision import DECISION, Facts, decide
from scorecard.method import STANCES


class _Hit:
    def __init__(self, start, text="cue"):
        self.start, self.text = start, text


def _facts(**given):
    fields = {name: None for name in Facts.__dataclass_fields__}
    fields.update({name: False for name in ("qualified", "deny_qualified", "commit_hedged", "deny_as_future",
                                            "framed_use", "weak_use")})
    fields.update(given)
    return Facts(**fields)


def test_every_row_names_its_condition_and_a_known_stance():
    assert all(row.name and row.stance in STANCES for row in DECISION)
    assert len({row.name for row in DECISION}) == len(DECISION)


def test_a_stop_after_use_outranks_the_use():
    stop, use = _Hit(20), _Hit(0)
    row, cue = decide(_facts(ended=stop, use=use, use_now=use))
    assert (row.stance, cue) == ("ended_use", stop)


def test_a_commitment_after_a_stop_makes_it_wont_use():
    stop, commit = _Hit(0), _Hit(30)
    row, cue = decide(_facts(ended=stop, commit=commit))
    assert (row.name, row.stance, cue) == ("use stopped, then a commitment", "wont_use", commit)


def test_a_denial_limited_to_now_is_not_using_and_a_denial_about_the_future_is_wont_use():
    deny = _Hit(10)
    assert decide(_facts(deny=deny, qualified=True))[0].stance == "not_using"
    assert decide(_facts(deny=deny, deny_as_future=True))[0].stance == "wont_use"


def test_no_row_applies_when_no_cue_is_left():
    assert decide(_facts()) is None
