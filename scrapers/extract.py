"""From a page's bytes to what the crawler needs: title, main text, links and the page's own date.

Bytes go to BeautifulSoup (stdlib html.parser) so its encoding detection applies: a charset from the
HTTP header is tried first and strictly, then ``<meta charset>``, then sniffing. A latin-1 or ASCII
header is read as windows-1252, as browsers do, so curly quotes on real campus pages come out clean.
"""

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Tag

from scorecard import clock
from scorecard.dates import iso_day, month_number

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

DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date",
             "dcterms.issued", "publish-date", "publication_date", "pubdate", "article:modified_time",
             "datemodified", "dcterms.modified", "last-modified")
_ISO_DATE = re.compile(r"((?:19|20)[0-9][0-9])-([0-9][0-9])-([0-9][0-9])")
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
    page_date: str | None = None  # YYYY-MM-DD, as the page states it
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
    today = today or clock.today()
    soup = BeautifulSoup(body, "html.parser", from_encoding=browser_charset(charset))
    index = _Index(soup)
    title_tag = index.first("title")
    title = clean(title_tag.get_text()) if title_tag else ""
    if not title:
        og = next((m for m in index.by_name.get("meta", ()) if m.get("property") == "og:title"), None)
        title = clean(og.get("content", "")) if og else ""
    page_date, date_source = meta_date(index, today)
    base = index.first("base", href=True)
    base_url = (normalize(base["href"], url) or url) if base else url
    links = []
    for a in index.by_name.get("a", ()):
        target = normalize(a["href"], base_url) if a.get("href") else None
        if target:
            links.append((target, clean(a.get_text(" "))))
    if not title:
        h1 = index.first("h1")
        title = clean(h1.get_text(" ")) if h1 else ""
    text = main_text(soup, index)
    if not page_date:
        page_date, date_source = text_date(text, today)
    return Page(title=title, text=text, links=links, page_date=page_date, date_source=date_source,
                encoding=soup.original_encoding)


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


def meta_date(index: _Index, today: dt.date) -> tuple[str | None, str | None]:
    """The page's stated date from metadata: meta tags, JSON-LD, then the first <time datetime>."""
    found = {}
    for m in index.by_name.get("meta", ()):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key in DATE_META and m.get("content"):
            found.setdefault(key, m["content"])
    for script in (t for t in index.by_name.get("script", ()) if t.get("type") == "application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("datePublished", "dateModified"):
                    if isinstance(item.get(key), str):
                        found.setdefault(key.lower(), item[key])
    for key in DATE_META:
        iso = _ISO_DATE.search(found.get(key, ""))
        if iso and (day := iso_day(*map(int, iso.groups()), today)):
            return day, f"meta:{key}"
    t = index.first("time", datetime=True)
    if t and (iso := _ISO_DATE.search(t["datetime"])) and (day := iso_day(*map(int, iso.groups()), today)):
        return day, "time"
    return None, None


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
