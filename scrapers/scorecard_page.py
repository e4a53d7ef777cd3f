"""``scorecard import scorecard-page URL|FILE``: a published scorecard organised as headed lists.

The 2020 campus scorecard and pages like it put schools under headings such as WON'T USE, MIGHT
USE and ARE USING. Each listed school becomes pending evidence of that stance, with the page as its
source (source kind ``advocacy``), dated by the page (its published or modified date, or
``--as-of``).
"""

from __future__ import annotations

import datetime as dt
import re

from bs4 import BeautifulSoup

from scorecard import evidence
from scorecard.datafiles import DataError, Problem
from scorecard.link import STATE_CODES, STATES, Index, normalize

from .common import ImportReport, check_rows, link_or_report, parse_date

RECORDED_BY = "scorecard-page import"
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

# First match wins, so the negative and hedged forms are tried before plain "using".
STANCE_HEADINGS: list[tuple[str, re.Pattern]] = [
    ("wont_use", re.compile(r"\b(won'?t|will not|wont|pledged? not to|commit(ted)? not to|bann?(ed|s)?)\b", re.I)),
    ("might_use", re.compile(r"\b(might|may|could|unclear|undecided)\b", re.I)),
    ("no_response", re.compile(r"\b(no response|did not respond|didn'?t respond|no answer)\b", re.I)),
    ("ended_use", re.compile(r"\b(stopped|ended|no longer)\b", re.I)),
    ("not_using", re.compile(r"\b(not using|don'?t use|do not use|aren'?t using|are not using)\b", re.I)),
    ("planning", re.compile(r"\b(planning|plans? to|considering)\b", re.I)),
    ("using", re.compile(r"\b(are using|using|uses?|in use)\b", re.I)),
]


def stance_of_heading(text: str) -> str | None:
    t = text.replace("\u2019", "'")
    for stance, pattern in STANCE_HEADINGS:
        if pattern.search(t):
            return stance
    return None


def clean_school(text: str) -> str:
    """A list item as a school name: footnote marks and notes in brackets go, a state stays."""
    t = re.sub(r"[*\u2020\u2021\u00a7]+", "", text).strip()
    t = re.sub(r"\s*\[[^\]]*\]", "", t)

    def keep_state(m):
        inside = m.group(1).strip()
        return m.group(0) if inside.upper() in STATE_CODES or normalize(inside) in STATES else ""

    t = re.sub(r"\s*\(([^)]*)\)", keep_state, t)
    t = re.split(r"\s+[\u2013\u2014-]\s+|:\s", t, maxsplit=1)[0]  # "UCLA - reversed course" -> "UCLA"
    return t.strip(" ,.;")


def page_date(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    """(the page's date text, where it was found) from its metadata or first <time>."""
    for attr, key in (("property", "article:modified_time"), ("property", "article:published_time"),
                      ("name", "date"), ("name", "dcterms.date"), ("itemprop", "dateModified"),
                      ("itemprop", "datePublished")):
        tag = soup.find("meta", attrs={attr: key})
        if tag and tag.get("content"):
            return tag["content"].strip(), f"meta {key}"
    tag = soup.find("time")
    if tag:
        return (tag.get("datetime") or tag.get_text()).strip(), "<time>"
    return None, None


def page_url(soup: BeautifulSoup) -> str | None:
    tag = soup.find("link", rel="canonical") or soup.find("meta", property="og:url")
    if tag:
        return (tag.get("href") or tag.get("content") or "").strip() or None
    return None


def publisher_of(soup: BeautifulSoup) -> str:
    tag = soup.find("meta", property="og:site_name")
    if tag and tag.get("content"):
        return tag["content"].strip()
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def parse(text: str, name: str, index: Index, today: dt.date, source_url: str | None = None,
          as_of: str | None = None) -> ImportReport:
    """Every school listed under a stance heading, as evidence; or DataError listing problems."""
    soup = BeautifulSoup(text, "html.parser")
    problems: list[Problem] = []
    url = source_url or page_url(soup)
    if not url:
        problems.append(Problem(name, 0, "source_url", "the page names no URL (no <link rel=canonical> or "
                                "og:url); pass --source-url"))
    raw_date, where = (as_of, "--as-of") if as_of else page_date(soup)
    stated_on = parse_date(raw_date) if raw_date else None
    if raw_date is None:
        problems.append(Problem(name, 0, "date", "the page has no date (no article:published_time, "
                                "article:modified_time or <time>); pass --as-of YYYY-MM-DD"))
    elif stated_on is None:
        problems.append(Problem(name, 0, "date", f"{raw_date!r} from {where} is not a date "
                                "(use YYYY-MM-DD or 'Month D, YYYY')"))
    publisher = publisher_of(soup)
    report = ImportReport(name)
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    stance = heading = None
    headings_found = 0
    seen: dict[str, tuple[int, str]] = {}
    made: list[tuple[int, dict]] = []
    for tag in soup.find_all([*HEADINGS, "li"]):
        line = tag.sourceline or 0
        if tag.name in HEADINGS:
            heading = tag.get_text(" ", strip=True)
            stance = stance_of_heading(heading)
            headings_found += stance is not None
            continue
        if stance is None or tag.find_parent("nav"):
            continue
        item = tag.get_text(" ", strip=True)
        school = clean_school(item)
        if not school:
            continue
        key = normalize(school)
        if key in seen:
            first_line, first_stance = seen[key]
            reason = (f"{school!r} is listed twice (first on line {first_line})" if first_stance == stance else
                      f"{school!r} is listed under {first_stance} on line {first_line} and under {stance}")
            problems.append(Problem(name, line, "school", reason))
            continue
        seen[key] = (line, stance)
        # Its note may name the campus; the page's title may name the institution its initials are.
        # The items before it are not read as context: each names a school of its own.
        found = link_or_report(index, report, school, line, context=item, title=title)
        if found is None or not url or not stated_on:
            continue
        made.append((line, evidence.pending_row(
            evidence.SCORECARD_PAGE, f"{url}\n{stance}", unitid=found.unitid, stance=stance, stated_on=stated_on,
            source_urls=url, source_kind="advocacy", publisher=publisher,
            summary=f"The scorecard page lists {school!r} under the heading {heading!r}.", recorded_by=RECORDED_BY,
            notes=f"Linked as {found.name!r} ({found.via}, score {found.score}); page dated from {where}.",
            details={"importer": "scorecard-page", "page": url, "listed_as": school, "line": line,
                     "link_score": found.score, "link_via": found.via})))
    if headings_found == 0:
        problems.append(Problem(name, 0, "headings", "no stance headings found (WON'T USE, MIGHT USE, "
                                "ARE USING and the like, as <h1>-<h6>)"))
    problems += check_rows(made, index, name, today)
    if problems:
        raise DataError(problems)
    report.rows = [r for _, r in made]
    return report
