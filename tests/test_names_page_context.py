"""The importers that link names in text pass the page's title and earlier text with each sentence,
so initials the sentence leaves open are the institution the page names (real data/ index)."""

import datetime as dt

from scrapers import feeds, names, vendors
from scrapers import scorecard_page as sp
from scrapers.stance import Finding

SENTENCE = "Students asked OCC to stop requiring the proctoring software."
TITLE = "Petition: end proctoring at Ocean County College"


def linked(found):
    return [(n.text, n.link.unitid, n.link.ambiguous) for n in found]


def test_the_name_finder_reads_initials_with_the_title(link_index):
    assert linked(names.find_names(link_index, SENTENCE)) == [("OCC", None, True)]
    assert linked(names.find_names(link_index, SENTENCE, title=TITLE)) == [("OCC", 185873, False)]


def test_the_name_finder_reads_initials_with_the_earlier_text(link_index):
    before = "Ocean County College now requires the extension for every online exam."
    assert linked(names.find_names(link_index, SENTENCE, before=before)) == [("OCC", 185873, False)]


def test_the_name_finder_reads_a_project_alias_of_initials_with_the_page(link_index):
    text = "MSU police said the cameras were removed."
    assert linked(names.find_names(link_index, text)) == [("MSU", 171100, False)]
    title = "Montana State University students condemn facial recognition"
    assert linked(names.find_names(link_index, text, title=title)) == [("MSU", 180461, False)]


def test_text_before_is_the_page_up_to_the_sentence():
    assert names.text_before("One. Two. Three.", "Three.") == "One. Two. "
    assert names.text_before("One. Two.", "Four.") == "" and names.text_before("One.", "One.") == ""


def test_the_feed_importer_links_a_sentence_with_the_article_title_and_earlier_text(link_index):
    finding = Finding(sentence=SENTENCE, stance="unclassified", before="", after="")
    found, where = feeds._institutions(link_index, feeds.Feed("https://news.example/feed", "News"), finding, TITLE)
    assert (linked(found), where) == ([("OCC", 185873, False)], "sentence")
    earlier = "Ocean County College now requires the extension.\n"
    found, _ = feeds._institutions(link_index, feeds.Feed("https://news.example/feed", "News"), finding,
                                   "Exams go online", earlier)
    assert linked(found) == [("OCC", 185873, False)]


def test_the_vendor_importer_links_a_sentence_with_the_page_title(link_index):
    body = (f"<html><head><title>{TITLE}</title></head><body><main><p>{SENTENCE}</p></main></body></html>").encode()
    _, found = vendors.page_names(link_index, body, "https://vendor.example/case", today=dt.date(2026, 11, 26))
    assert [(n.text, n.link.unitid) for n, where, _ in found if where == "sentence"] == [("OCC", 185873)]


def scorecard_page(title: str) -> str:
    return (f"<html><head><title>{title}</title><link rel='canonical' href='https://scorecard.example/'>"
            "<meta property='article:published_time' content='2026-11-01'></head>"
            "<body><h2>Won't use facial recognition</h2><ul><li>OCC</li></ul></body></html>")


def test_the_scorecard_page_import_links_a_listed_school_with_the_page_title(link_index):
    report = sp.parse(scorecard_page("Where Ocean County College stands"), "page.html", link_index, dt.date(2026, 11, 26))
    assert [r["unitid"] for r in report.rows] == [185873]
    report = sp.parse(scorecard_page("Campus scorecard"), "page.html", link_index, dt.date(2026, 11, 26))
    assert report.rows == [] and [m.text for m in report.ambiguous] == ["OCC"]
