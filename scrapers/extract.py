"""From a page's bytes to what the crawler needs: title, main text, links and the page's own date.

trafilatura finds the main text and the title (the page's single <h1>, else its <title> without the
site's name) and keeps headings in the text; htmldate, run by it, finds the original publication date
from the markup, never after the injected today, and kept only as precise as the page states it
(page_dates.py). Kept here, where the libraries do not fit: decoding
(a charset from the HTTP header is tried first and strictly, then ``<meta charset>``, then sniffing,
and a latin-1 or ASCII header is read as windows-1252, as browsers do), the links, the text of a page
trafilatura will not call an article (``main_text``; vendors.py also uses it to drop navigation),
and a date stated next to a word such as Posted or Effective, since htmldate's own free-text search
falls back to copyright years.
"""

import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

import htmldate
import trafilatura
from bs4 import BeautifulSoup, Comment, Tag
from bs4.dammit import UnicodeDammit
from trafilatura.metadata import extract_title
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from scorecard import clock
from scorecard.dates import iso_day, month_number

from . import page_dates
from .urls import normalize

DROP_TAGS = frozenset(("script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "iframe",
             "svg", "canvas", "button", "select", "dialog"))
DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary")
DROP_MARKERS = re.compile(r"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|skip-link|"
                          r"cookie-banner|social-share|site-header)($|[-_ ])", re.I)
BLOCK_TAGS = frozenset(("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
              "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figcaption",
              "address", "body"))
_WINDOWS_1252_ALIASES = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "us-ascii", "ascii", "l1"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
BLOCK_END = "\x1e"  # marks the end of a block while the text is gathered

_TEXT_DATE = re.compile(
    r"\b(?:posted|published|updated|last updated|last modified|last revised|revised|effective(?: date)?|"
    r"issued|date)\s*(?:on|:)?\s*:?\s*"
    r"(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>(?:19|20)[0-9][0-9])"
    r"|(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})/(?P<y2>(?:19|20)[0-9][0-9])"
    r"|(?P<iso>(?:19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9]))", re.I)


@dataclass
class Page:
    title: str
    text: str  # main text, one block per line
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, anchor text)
    page_date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY: as precise as the page states it
    date_source: str | None = None
    encoding: str | None = None

    @property
    def content_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean(text: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub("", text)).strip()


def browser_charset(charset: str | None) -> str | None:
    if not charset:
        return None
    charset = charset.strip().strip("'\"").lower()
    return "windows-1252" if charset in _WINDOWS_1252_ALIASES else charset


class _Index:
    """Every tag of a parsed page by name, and its comments, from one walk over the tree."""

    def __init__(self, soup: BeautifulSoup):
        self.by_name: dict[str, list[Tag]] = defaultdict(list)
        self.tags: list[Tag] = []
        self.comments: list[Comment] = []
        for node in soup.descendants:
            if isinstance(node, Tag):
                self.tags.append(node)
                self.by_name[node.name].append(node)
            elif isinstance(node, Comment):
                self.comments.append(node)

    def first(self, name: str, **attrs) -> Tag | None:
        return next((t for t in self.by_name.get(name, ()) if all(t.get(k) for k in attrs)), None)


def parse_html(body: bytes, url: str, charset: str | None = None, today: dt.date | None = None) -> Page:
    """Title, main text and date from trafilatura and htmldate; links, charset and the fallbacks here."""
    today = today or clock.today()
    dammit = UnicodeDammit(body, known_definite_encodings=[c for c in [browser_charset(charset)] if c], is_html=True)
    markup = dammit.unicode_markup or ""
    soup = BeautifulSoup(markup, "html.parser")
    index = _Index(soup)
    base = index.first("base", href=True)
    base_url = (normalize(base["href"], url) or url) if base else url
    links = []
    for a in index.by_name.get("a", ()):
        target = normalize(a["href"], base_url) if a.get("href") else None
        if target:
            links.append((target, clean(a.get_text(" "))))
    tree = load_html(markup) if markup.strip() else None  # None for a fragment without <html>
    title = own_title(extract_title(tree) if tree is not None else None, index)
    page_date = markup_date(markup, url, today)
    body = article_body(tree, url) if tree is not None else None
    text = "\n".join(blocks(body)) if body is not None else ""
    text = text or main_text(soup, index)
    page_date, date_source = own_date(page_date, text, url, today)
    return Page(title=title, text=text, links=links, page_date=page_date, date_source=date_source,
                encoding=dammit.original_encoding)


def trafilatura_config():
    """trafilatura's defaults, but a short page's extracted text is trusted: a campus statement can be a
    few sentences, and below 250 characters trafilatura's fallback keeps the menus and footer too."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "25")
    return config


CONFIG = trafilatura_config()


# htmldate's settings: the original publication date, from markup only (meta, JSON-LD, time elements,
# the URL): its free-text search falls back to a copyright year or the commonest date on the page,
# which the page does not claim as its own. No max_date: given today, htmldate turns a later date
# into the first of its month (2026-08-20 after today 2026-08-19 became 2026-08-01), a day the page
# never states; the future is refused here instead. Without one it would read the wall clock.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": dt.datetime.max}


def article_body(tree, url: str):
    """trafilatura's main text (headings kept) as its XML body, or None. Its metadata pass is not
    run: it costs more than the text itself, and the title and date are found separately."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                      include_tables=True, include_formatting=False, config=CONFIG, fast=True)
    return doc.body if doc is not None else None


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _ascii_digits_only(markup: str) -> str:
    """Non-ASCII digits (fullwidth, Arabic-Indic, ...) masked, so htmldate reads dates in ASCII digits
    only, as every input pattern here does."""
    return _NON_ASCII.sub(lambda m: "".join("?" if c.isdigit() else c for c in m.group()), markup)


def markup_date(markup: str, url: str, today: dt.date) -> str | None:
    """htmldate's date for the page, unless after ``today``. A page that omits <html> (HTML5 allows it)
    is refused by htmldate, so it gets one; bytes are given, as htmldate fetches a string that looks
    like a URL."""
    if not markup.strip():
        return None
    if "html" not in markup[:50].lower():
        markup = "<html>" + markup
    markup = _ascii_digits_only(markup)
    found = htmldate.find_date(markup.encode("utf-8"), url=url, **DATE_PARAMS)
    stated = page_dates.as_stated(found, markup, url) if found else None
    return stated if stated and page_dates.not_after(stated, today) else None


def own_date(markup_found: str | None, text: str, url: str, today: dt.date) -> tuple[str | None, str | None]:
    """(page date, where it was found): htmldate's, made finer by a day written next to Posted or
    Effective, or a month in the URL's path, that falls inside it (or stands in for it)."""
    page_date, source = markup_found, "htmldate" if markup_found else None
    if page_date is None or len(page_date) < len("YYYY-MM-DD"):
        for later, where in (text_date(text, today), (page_dates.url_month(url, today), "url")):
            if page_dates.finer(page_date, later) != page_date:
                page_date, source = later, where
    return page_date, source


INLINE = frozenset(("hi", "ref", "del", "span"))
TEXTUAL = frozenset(("p", "head", "item", "cell", "code"))  # in these, <code> is inline, not a code block


def blocks(element) -> list[str]:
    """trafilatura's extracted body as plain lines, one block (heading, paragraph, list item, cell) each,
    without the markdown marks its text output adds to list items and tables."""
    lines: list[str] = []
    parts = [element.text or ""]

    def flush():
        line = clean("".join(parts))
        if line:
            lines.append(line)
        parts.clear()

    for child in element:
        if child.tag in INLINE or (child.tag == "code" and element.tag in TEXTUAL):
            parts.append("".join(child.itertext()))
        else:
            flush()
            if child.tag != "lb":
                lines.extend(blocks(child))
        parts.append(child.tail or "")
    flush()
    return lines


def own_title(found: str | None, index: _Index) -> str:
    """The page's own title: trafilatura's when it is part of <title> (the site's name dropped), else
    <title> as it is, then og:title, then the first <h1>. trafilatura takes a lone <h1> first, which on
    some pages is a dialog's or a banner's, not the page's."""
    title_tag = index.first("title")
    title = clean(title_tag.get_text()) if title_tag else ""
    found = clean(found or "")
    if found and found in title:
        return found
    if not title:
        og = next((m for m in index.by_name.get("meta", ()) if m.get("property") == "og:title"), None)
        title = clean(og.get("content", "")) if og else ""
    if not title:
        h1 = index.first("h1")
        title = clean(h1.get_text(" ")) if h1 else ""
    return title or found


def decode(body: bytes, charset: str | None = None) -> tuple[str, str]:
    """(text, encoding used) for a non-HTML body: the declared charset if it decodes, else UTF-8,
    else windows-1252; an unknown charset name is ignored rather than an error."""
    for enc in (browser_charset(charset), "utf-8", "windows-1252"):
        if not enc:
            continue
        try:
            return body.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace"), "utf-8"


def parse_text(body: bytes, charset: str | None = None) -> Page:
    raw, enc = decode(body, charset)
    lines = [clean(line) for line in raw.splitlines()]
    return Page(title="", text="\n".join(line for line in lines if line), encoding=enc)


def main_text(soup: BeautifulSoup, index: _Index | None = None) -> str:
    """The page's own text: navigation, headers, footers, scripts and styles dropped; one block a line."""
    index = index or _Index(soup)
    for c in index.comments:
        c.extract()
    for tag in index.tags:  # a dropped tag's descendants are skipped
        if tag.decomposed:
            continue
        if tag.name in ("header", "footer") and tag.find_parent(("article", "main")) is not None:
            continue  # an article's own header (title, byline) is part of it
        if tag.name in DROP_TAGS or tag.get("role") in DROP_ROLES:
            tag.decompose()
            continue
        marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])]) if tag.attrs else ""
        if marks.strip() and tag.name not in ("body", "main", "article") and DROP_MARKERS.search(marks):
            tag.decompose()
    alive = [t for t in index.tags if not t.decomposed]
    root = (next((t for t in alive if t.name == "main"), None) or next((t for t in alive if t.get("role") == "main"), None)
            or next((t for t in alive if t.name == "article"), None) or soup.body or soup)
    for tag in alive:  # newlines inside a paragraph are only spaces; blocks end with a separator
        if tag.name == "br":
            tag.replace_with(BLOCK_END)
        elif tag.name in BLOCK_TAGS:
            tag.insert_after(BLOCK_END)
    lines = [clean(line) for line in root.get_text().split(BLOCK_END)]
    return "\n".join(line for line in lines if line)


def text_date(text: str, today: dt.date) -> tuple[str | None, str | None]:
    """A date the text states next to a word such as Posted, Updated or Effective."""
    for m in _TEXT_DATE.finditer(text):
        if m["iso"]:
            y, mo, d = map(int, m["iso"].split("-"))
        elif m["year"]:
            mo = month_number(m["month"])
            y, d = int(m["year"]), int(m["day"])
        else:
            y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if day := iso_day(y, mo, d, today):
            return day, "text"
    return None, None
