"""Institution names in free text, linked with the real data/ (scrapers/names.py)."""

import pytest

from scrapers import names


def found(link_index, text):
    return [(n.text, n.link.unitid, n.link.ambiguous) for n in names.find_names(link_index, text)]


@pytest.mark.parametrize("text,expected", [
    ("Officials at Carnegie Mellon University said the pilot ended.", [("Carnegie Mellon University", 211440, False)]),
    ("Yesterday Boston University confirmed it.", [("Boston University", 164988, False)]),
    ("Harvard University and Boston University declined to comment.",
     [("Harvard University", 166027, False), ("Boston University", 164988, False)]),
    ("A spokesperson for UCLA said Georgia Tech's program differs.",
     [("UCLA", 110662, False), ("Georgia Tech", 139755, False)]),
])
def test_names_in_a_sentence_are_linked(link_index, text, expected):
    assert found(link_index, text) == expected


def test_a_system_is_ambiguous_not_guessed(link_index):
    assert found(link_index, "At the University of California, a committee is drafting rules.") == [
        ("University of California", None, True)]


def test_an_unknown_institution_is_unmatched(link_index):
    assert found(link_index, "Hogwarts University tested it.") == [("Hogwarts University", None, False)]


def test_capitalized_words_without_an_institution_word_are_not_names(link_index):
    assert found(link_index, "On Monday the Student Senate met in Washington with Campus Safety.") == []


def test_a_bare_alias_of_several_campuses_in_a_sentence_is_its_flagship(link_index):
    assert found(link_index, "Many students at Rutgers said the cameras were removed.") == [("Rutgers", 186380, False)]


def test_an_ambiguous_name_is_decided_by_the_city_its_sentence_names(link_index):
    assert found(link_index, "Rutgers University in Camden dropped the plan.") == [("Rutgers University", 186371, False)]


def test_each_member_of_a_list_in_a_sentence_is_found(link_index):
    assert found(link_index, "Researchers from Harvard University, Brown University and Microsoft built it.") == [
        ("Harvard University", 166027, False), ("Brown University", 217156, False)]


def test_an_ambiguous_name_in_a_sentence_placed_abroad_is_not_reported(link_index):
    assert found(link_index, "Officials at UW in Beijing said the cameras stay.") == []
