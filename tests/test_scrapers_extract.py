"""Pure parts of the scrapers: page text, dates, links, URL rules, mention finding."""

import datetime as dt

from webserver import FIXTURES

from scorecard.classify import classify
from scrapers import extract, urls
from scrapers.stance import Finding, find_findings, split_sentences

TODAY = dt.date(2026, 11, 26)
VIDEO = (FIXTURES / "campus" / "policies" / "video-security.html").read_bytes()


def test_main_text_drops_navigation_footer_script_and_style():
    page = extract.parse_html(VIDEO, "http://x.edu/policies/video-security.html", today=TODAY)
    assert page.text == (
        "Video Security Policy\n"
        "The university operates cameras in public areas to protect people and property. The university "
        "police have never used facial recognition technology and have no plans to do so. Recordings are "
        "kept for thirty days.\n"
        "Questions go to the privacy office.")


def test_title_and_meta_date_are_read():
    page = extract.parse_html(VIDEO, "http://x.edu/p", today=TODAY)
    assert (page.title, page.page_date, page.date_source) == (
        "Video Security Policy", "2022-07-15", "htmldate")


def test_date_stated_in_the_text_is_found():
    body = (FIXTURES / "campus" / "news" / "camera-update.html").read_bytes()
    page = extract.parse_html(body, "http://x.edu/news/camera-update.html", today=TODAY)
    assert (page.page_date, page.date_source) == ("2021-03-03", "text")


def test_time_element_and_numeric_dates_are_read():
    assert extract.parse_html(b'<p><time datetime="2020-02-19">Feb 19</time></p>', "http://x.edu/",
                              today=TODAY).page_date == "2020-02-19"
    assert extract.text_date("Effective Date: 8/9/2019", TODAY) == ("2019-08-09", "text")


ARTICLE = (b'<html><head><title>Camera rules | Example University</title>'
           b'<meta property="article:published_time" content="2022-07-15T09:00:00Z">'
           b'<meta property="article:modified_time" content="2024-01-10T09:00:00Z"></head>'
           b'<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Camera rules</h1>'
           b'<p>The university does not use facial recognition on its campus cameras, and has no plans to.</p>'
           b'<ul><li>Cameras cover the public entrances of the library.</li>'
           b'<li>Footage is kept for thirty days and then deleted.</li></ul></main>'
           b'<footer>Copyright 2025 Example University</footer></body></html>')


def test_the_original_publication_date_is_preferred_to_the_modified_one():
    assert extract.parse_html(ARTICLE, "http://x.edu/news/rules", today=TODAY).page_date == "2022-07-15"


def test_a_meta_date_after_the_injected_today_is_refused_not_rounded_to_its_month():
    page = extract.parse_html(ARTICLE, "http://x.edu/news/rules", today=dt.date(2022, 7, 14))
    assert (page.page_date, page.date_source) == (None, None)


def test_article_text_keeps_its_heading_and_list_items_as_plain_lines():
    page = extract.parse_html(ARTICLE, "http://x.edu/news/rules", today=TODAY)
    assert page.title == "Camera rules"
    assert page.text == (
        "Camera rules\n"
        "The university does not use facial recognition on its campus cameras, and has no plans to.\n"
        "Cameras cover the public entrances of the library.\n"
        "Footage is kept for thirty days and then deleted.")


def test_future_or_impossible_dates_are_ignored():
    assert extract.text_date("Updated on February 30, 2020", TODAY) == (None, None)
    assert extract.text_date("Posted 2031-01-01", TODAY) == (None, None)


def test_links_are_absolute_and_normalised():
    body = b'<base href="/policies/"><a href="video.html#top">Video</a><a href="mailto:a@b.edu">x</a>'
    page = extract.parse_html(body, "http://X.edu:80/index.html", today=TODAY)
    assert page.links == [("http://x.edu/policies/video.html", "Video")]


def test_inline_tags_do_not_split_a_sentence():
    page = extract.parse_html(b"<p>We do <em>not</em> use <a href='/x'>face recognition</a>.</p><p>Next.</p>",
                              "http://x.edu/", today=TODAY)
    assert page.text == "We do not use face recognition.\nNext."


def test_plain_text_page_is_read():
    page = extract.parse_text("Caf\u00e9 policy\r\n\r\nNo facial recognition.".encode("cp1252"), None)
    assert page.text == "Caf\u00e9 policy\nNo facial recognition."


def test_findings_carry_their_neighbours():
    text = "Cameras watch the doors. We never use facial recognition. Footage is kept.\nOther block."
    mention = classify(text).mentions[0]  # the finding carries the classifier's own confidence and cue
    assert find_findings(text) == [Finding(sentence="We never use facial recognition.", stance="wont_use",
                                           before="Cameras watch the doors.", after="Footage is kept.",
                                           confidence=mention.confidence, cue=mention.cue)]
    assert mention.cue.startswith("learned fallback: ") and mention.confidence < 0.8


def test_mentions_include_vendor_names_and_other_wordings():
    for sentence in ("Police tried Clearview AI in 2020.", "Face-matching software is banned.",
                     "Biometric identification is not used.", "A pilot of face scanning at the gym ended."):
        assert len(find_findings(sentence)) == 1, sentence
    assert find_findings("Face masks are required. Recognition awards are in May.") == []


def test_sentences_never_cross_a_block():
    assert split_sentences("Heading without stop\nA sentence. Another one!") == [
        "Heading without stop", "A sentence.", "Another one!"]


def test_normalize_drops_fragment_tracking_and_session_parameters():
    assert urls.normalize("HTTPS://News.Example.edu:443/a/b;jsessionid=XYZ?utm_source=t&b=2&a=1&sid=9#frag") == \
        "https://news.example.edu/a/b?a=1&b=2"
    assert urls.normalize("javascript:void(0)") is None
    assert urls.normalize("http://[::1]:8080/x") == "http://[::1]:8080/x"


def test_in_domains_matches_subdomains_only():
    assert urls.in_domains("https://police.cmu.edu/x", {"cmu.edu"})
    assert not urls.in_domains("https://notcmu.edu/x", {"cmu.edu"})


def test_trap_reasons():
    cases = {
        "http://x.edu/calendar/2026/11": "calendar",
        "http://x.edu/events/2026-11-05/": "calendar",
        "http://x.edu/news/2026/11/05/": "calendar",
        "http://x.edu/news/2026/11/05/page/3/": "calendar",
        "http://x.edu/news/2026/11/05/story": None,
        "http://x.edu/list?month=2026-12": "calendar",
        "http://x.edu/search?a=1&b=2&c=3&d=4": "query_string",
        "http://x.edu/a/b/a/b/a/b": "repeating_path",
        "http://x.edu/" + "x" * 400: "long_url",
        "http://x.edu/map.pdf": "not_a_page",
        "http://x.edu/policies/video-security.html": None,
        "http://x.edu/news/2021/camera-update": None,
    }
    assert {u: urls.trap_reason(u) for u in cases} == cases


def test_relevance_counts_candidate_words_in_path_and_anchor():
    assert urls.relevance("http://x.edu/police/cameras") == 2
    assert urls.relevance("http://x.edu/page?id=3", "Privacy policy") == 2
    assert urls.relevance("http://x.edu/athletics/tickets") == 0


def test_decode_ignores_unknown_charsets_and_falls_back():
    assert extract.decode("caf\u00e9".encode("utf-8"), "no-such-charset") == ("caf\u00e9", "utf-8")
    assert extract.decode("caf\u00e9 \u201cx\u201d".encode("cp1252"), None) == ("caf\u00e9 \u201cx\u201d", "windows-1252")


def test_a_stance_the_store_does_not_know_is_queued_as_unclassified(monkeypatch):
    """Another classifier can be plugged in; what it says outside the vocabulary waits for a reviewer."""
    import types
    from dataclasses import astuple

    from scrapers import stance

    mentions = [types.SimpleNamespace(sentence="We never use facial recognition.", stance="wont_use",
                                      confidence=0.9, cue="never use"),
                types.SimpleNamespace(sentence="Clearview AI is used elsewhere.", stance="made_up_stance",
                                      confidence=0.4, cue="elsewhere")]
    monkeypatch.setattr(stance, "classify", lambda text: types.SimpleNamespace(mentions=mentions))
    found = stance.find_findings("Cameras watch. We never use facial recognition. Clearview AI is used elsewhere.")
    assert [astuple(f) for f in found] == [
        ("We never use facial recognition.", "wont_use", "Cameras watch.", "Clearview AI is used elsewhere.", 0.9,
         "never use"),
        ("Clearview AI is used elsewhere.", "unclassified", "We never use facial recognition.", "", 0.4, "elsewhere")]


def test_cms_page_keeps_only_the_article_text():
    body = (FIXTURES.parent / "pages" / "cms-news.html").read_bytes()
    page = extract.parse_html(body, "https://www.example.edu/policies/news/2022/video-security-update.html",
                              today=TODAY)
    assert page.text == (
        "Update on the Draft Video Security Policy\n"
        "Earlier this year the university shared a draft policy on video security for comment.\n"
        "After considering the feedback, the university has removed the draft language on facial recognition "
        "from the policy. University police have not used facial recognition technology and have no plans to.\n"
        "Cameras remain in public areas only.\n"
        "Footage is kept for 30 days.")
    assert (page.page_date, page.date_source) == ("2022-07-15", "htmldate")
    assert [f.sentence for f in find_findings(page.text)] == [
        "After considering the feedback, the university has removed the draft language on facial recognition "
        "from the policy.",
        "University police have not used facial recognition technology and have no plans to."]
    assert ("https://www.example.edu/policies/privacy/", "Privacy notice on biometric identification") in page.links


def test_an_articles_own_header_is_kept_but_the_sites_is_dropped():
    body = (b"<body><header>Site banner</header><article><header><h1>Camera rules</h1><p>Posted on May 2, 2023</p>"
            b"</header><p>No face recognition is used.</p><footer>Filed under safety</footer></article>"
            b"<footer>Site footer</footer></body>")
    page = extract.parse_html(body, "http://x.edu/", today=TODAY)
    assert page.text == "Camera rules\nPosted on May 2, 2023\nNo face recognition is used."
    assert page.page_date == "2023-05-02"


def test_inline_code_stays_inside_its_sentence():
    body = (b"<html><head><title>Camera API</title></head><body><main><h1>Camera API</h1>"
            b"<p>Call <code>match_faces</code> only where facial recognition has been approved in writing.</p>"
            b"</main></body></html>")
    page = extract.parse_html(body, "http://x.edu/api", today=TODAY)
    assert page.text == "Camera API\nCall match_faces only where facial recognition has been approved in writing."


def test_a_lone_h1_that_is_not_part_of_the_title_does_not_replace_it():
    body = (b"<html><head><title>Video policy - Example University</title></head><body>"
            b"<div class='dialog'><h1>Keyboard shortcuts</h1></div><main><h2>Video policy</h2>"
            b"<p>The university does not use facial recognition on its campus cameras, and has no plans to.</p>"
            b"</main></body></html>")
    assert extract.parse_html(body, "http://x.edu/video", today=TODAY).title == "Video policy - Example University"
