"""The linker reads initials against the towns and states their page names, never links a student
paper to its college, and reads a possessive of initials as the initials themselves."""

import pytest

from scorecard import link as L
from scorecard.page_context import placed


def _answer(result) -> str:
    return str(result.unitid) if result.unitid else ("AMBIGUOUS" if result.ambiguous else "NONE")


@pytest.mark.parametrize("paper", [
    "the Brown Daily Herald", "The Michigan Daily", "Iowa State Daily", "The Yale Daily News",
    "The Duke Chronicle", "the GW Hatchet", "Columbia Spectator", "The Ohio State Lantern",
    "Kentucky Kernal", "The Ithaca College Oracle", "The Baylor Lariat Review", "the Purdue Exponent Echo",
])
def test_a_student_paper_is_not_its_college(link_index, paper):
    result = L.link(link_index, paper, context=f"Reporters for {paper} asked about the cameras.")
    assert _answer(result) == "NONE" and "newspaper" in result.via


def test_a_paper_name_with_two_masthead_words_is_still_the_paper(link_index):
    result = L.link(link_index, "The Harvard Daily Sun", context="The Harvard Daily Sun obtained the records.")
    assert _answer(result) == "NONE"


def test_a_several_word_ipeds_alias_inside_a_mention_beats_a_one_word_alias(link_index):
    # "Cal" alone is the project's alias for Berkeley; "Cal Poly" is IPEDS's for San Luis Obispo.
    result = L.link(link_index, "Cal Poly San Luis Obispo", context="Cal Poly San Luis Obispo requires ProctorU.")
    assert result.unitid == 110422


def test_possessive_initials_read_as_the_bare_initials(link_index):
    sentence = "EMU's officers said the department had no such software."
    bare = L.link(link_index, "EMU", context=sentence)
    possessive = L.link(link_index, "EMU's", context=sentence)
    assert bare.ambiguous and possessive.ambiguous
    assert {c.unitid for c in possessive.candidates} == {c.unitid for c in bare.candidates} >= {169798, 232043}


def test_possessive_initials_still_link_when_the_sentence_names_the_holder(link_index):
    sentence = "Eastern Michigan University said EMU's cameras do not match faces."
    assert L.link(link_index, "EMU's", context=sentence).unitid == 169798


def test_hyphenated_initials_are_initials(link_index):
    result = L.link(link_index, "U-M", context="U-M declined to comment.", title="Ann Arbor campus weighs face scans")
    assert result.unitid == 170976


def test_initials_on_a_page_naming_one_holders_town_link_to_it(link_index):
    result = L.link(link_index, "WSU", context="WSU has not said whether it will renew the contract.",
                    title="Pullman students question new cameras")
    assert result.unitid == 236939 and "town or state" in result.via


def test_police_initials_under_a_title_naming_the_town_link_to_its_university(link_index):
    result = L.link(link_index, "MSUPD", context="MSUPD would run the searches.",
                    title="MSU to add cameras across East Lansing")
    assert result.unitid == 171100


def test_a_state_named_as_a_place_in_the_title_picks_the_one_holder_there(link_index):
    result = L.link(link_index, "USF", context="USF will keep the readers at its gates.",
                    title="Universities in Florida add face scans at dorm doors")
    assert result.unitid == 137351


def test_a_state_only_far_up_the_page_places_nothing(link_index):
    result = L.link(link_index, "USF", context="USF will keep the readers at its gates.",
                    before="Universities in Florida are adding face scans at dorm doors.")
    assert result.unitid is None and result.ambiguous


def test_initials_inside_a_group_name_are_not_placed(link_index):
    # "ASMSU" is MSU's students only when the institution is named, not when a town is.
    result = L.link(link_index, "ASMSU", context="ASMSU passed a resolution.", title="Cameras in East Lansing")
    assert result.unitid is None


@pytest.mark.parametrize("title", [
    "University of Washington pauses camera pilot",  # a state inside a name is no place
    "Cameras in Pullman and Detroit",  # two holders placed: the page does not choose
])
def test_initials_the_places_on_the_page_leave_open_go_to_review(link_index, title):
    result = L.link(link_index, "WSU", context="WSU said the pilot would continue.", title=title)
    assert result.unitid is None and result.ambiguous


def test_a_town_in_lower_case_is_a_word_not_a_place(link_index):
    assert placed(link_index, {101693, 170976}, "UM launched a mobile app for entry.") is None
    assert placed(link_index, {101693, 170976}, "UM opened a clinic in Mobile.") == 101693


def test_a_town_inside_an_institutions_name_places_nothing(link_index):
    assert placed(link_index, {236939, 172644}, "Students at Washington State University spoke.") is None
    assert placed(link_index, {236939, 172644}, "A Detroit rally.") == 172644
    assert placed(link_index, {236939, 172644}, "A rally.", near="In Michigan, a rally.") == 172644


def test_no_text_places_nothing(link_index):
    assert placed(link_index, {236939}, "") is None


PAGE = "Ohio State University officials said on Monday that the readers would stay."


def test_a_description_is_the_one_institution_the_page_names(link_index):
    result = L.link(link_index, "the Big Ten school", context="The Big Ten school did not say more.", before=PAGE)
    assert result.unitid == 204796 and result.via.startswith("a description")


def test_a_description_with_two_institutions_on_the_page_goes_to_review(link_index):
    before = "Rutgers University and Purdue University both bought licences."
    result = L.link(link_index, "the Big Ten university", context="The Big Ten university said so.", before=before)
    assert result.unitid is None and result.ambiguous and len(result.candidates) == 2


def test_a_description_keeps_to_its_kind_and_state(link_index):
    before = "Emory University met with the vendor."  # a university, not a college
    assert L.link(link_index, "the Atlanta college", context="x", before=before).unitid is None
    assert L.link(link_index, "the Atlanta university", context="x", before=before).unitid == 139658
    assert L.link(link_index, "the Texas university", context="x", before=PAGE).unitid is None


@pytest.mark.parametrize("mention", ["the other university", "the first private college", "A major Ohio university"])
def test_a_description_pointing_away_or_indefinite_is_not_linked(link_index, mention):
    assert L.link(link_index, mention, context=f"{mention} declined.", before=PAGE).unitid is None


def test_the_states_system_with_a_given_state_is_that_system_for_review(link_index):
    result = L.link(link_index, "the state's community college system", state="NC", context="x")
    assert result.ambiguous and all(c.state == "NC" for c in result.candidates)


@pytest.mark.parametrize("state", [None, "GA"])
def test_the_states_system_without_a_system_there_is_not_read_as_a_name(link_index, state):
    # "Georgia university system" would hold "University of Georgia" swapped: not taken.
    result = L.link(link_index, "the state's university system", state=state, context="x")
    assert result.unitid is None
