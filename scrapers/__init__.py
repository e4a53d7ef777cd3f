"""Every source of evidence: the polite fetcher and what reads through it.

``SOURCES`` is the one registry the CLI reads: each source's module, the origin its rows carry
(one of ``scorecard.evidence.ORIGINS``) and the list in data/ it reads, if any. Adding a source is
one module here, one line below, one fixture-backed test and one README row.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from scorecard import evidence


@dataclass(frozen=True)
class Source:
    name: str  # how the CLI and the README call it
    module: str  # the module in this package that reads it
    origin: str  # stored on every evidence row it produces
    watch_list: str | None = None  # the file in data/ listing what it reads

    def load(self) -> ModuleType:
        return importlib.import_module(f"{__name__}.{self.module}")


SOURCES = {s.name: s for s in (
    Source("crawl", "crawl", evidence.CRAWLER),
    Source("watch", "watch", evidence.WATCH, "sources.csv"),
    Source("feeds", "feeds", evidence.FEEDS, "feeds.csv"),
    Source("vendors", "vendors", evidence.VENDORS, "vendors.csv"),
    Source("atlas", "atlas", evidence.ATLAS),
    Source("scorecard-page", "scorecard_page", evidence.SCORECARD_PAGE),
)}
