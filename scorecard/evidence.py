"""Evidence rows: the origins a row can come from, which the review queue filters on.

The core names every origin here, so it needs nothing from ``scrapers``; each source in the
``scrapers`` registry points at one of these.
"""

DATA = "data"  # data/evidence.csv, reviewed in git
SUBMISSION = "submission"  # the web form, the JSON API and `scorecard submit`
CRAWLER = "crawler"  # `scorecard crawl`: campus websites
WATCH = "watch"  # `scorecard watch`: the pages listed in data/sources.csv
FEEDS = "feeds"  # `scorecard feeds`: news feeds in data/feeds.csv
VENDORS = "vendors"  # `scorecard vendors`: vendor pages in data/vendors.csv
ATLAS = "import:atlas"  # `scorecard import atlas`
SCORECARD_PAGE = "import:scorecard-page"  # `scorecard import scorecard-page`

ORIGINS = (DATA, SUBMISSION, CRAWLER, WATCH, FEEDS, VENDORS, ATLAS, SCORECARD_PAGE)
