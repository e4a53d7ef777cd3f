"""The scrapers pass a page's title to the classifier, so sentences that say "the technology" are found."""

import types

from scrapers.stance import find_findings, find_on_page

PAGE = "Campus news\nThe college says it will not pursue the technology after a year of debate."
TITLE = "Northfield College drops its face recognition plan"


def test_a_page_title_about_it_lets_a_sentence_without_the_words_be_found():
    [finding] = find_findings(PAGE, title=TITLE)
    assert finding.stance == "wont_use"
    assert finding.sentence.startswith("The college says")


def test_without_the_title_the_same_sentence_is_not_a_finding():
    assert find_findings(PAGE) == []


def test_find_on_page_gives_the_title_to_a_finder_that_takes_one():
    page = types.SimpleNamespace(text=PAGE, title=TITLE)
    assert [f.stance for f in find_on_page(find_findings, page)] == ["wont_use"]


def test_find_on_page_still_calls_a_one_argument_finder():
    page = types.SimpleNamespace(text=PAGE, title=TITLE)
    seen = []
    assert find_on_page(lambda text: seen.append(text) or [], page) == []
    assert seen == [PAGE]
