"""The scorecard's method: stance vocabulary, colors, source-strength ladder and the color rules.

This is the one place the method is written down. The pipeline (``colors.py``), the validator,
the published database's vocabulary tables, the ``/method`` page and the tests all read it, so
the method the site publishes cannot drift from the code that applies it.
"""

from dataclasses import dataclass

STALE_YEARS = 3  # rule stale_keeps_color: default staleness window


@dataclass(frozen=True)
class Stance:
    name: str
    color: str | None  # None: says nothing about the institution's own use
    meaning: str
    substantive: bool  # may decide a color on its own (rule no_response_last)


STANCES: dict[str, Stance] = {
    s.name: s
    for s in [
        Stance("wont_use", "green", "says it does not use facial recognition and commits not to, "
               "or a written policy prohibits it", True),
        Stance("not_using", "yellow", "says it does not use it now, with no commitment about the future", True),
        Stance("might_use", "yellow", "a vague statement that leaves future use open "
               "(\"we evaluate all technologies\")", True),
        Stance("no_response", "yellow", "was asked and did not answer", False),
        Stance("ended_use", "yellow", "used it before and stopped, with no commitment", True),
        Stance("planning", "red", "announced plan, proposal, draft policy allowing it, procurement, evaluation", True),
        Stance("using", "red", "in operation now, pilots, proctoring or access systems that match faces included", True),
        Stance("unrelated", None, "mentions facial recognition but says nothing about this institution's own use "
               "(research, teaching, phones, other institutions, opinion)", False),
    ]
}

# A scraper finding waits for a classifier or a reviewer; it can never be approved as is.
UNCLASSIFIED = "unclassified"
STORE_STANCES = [*STANCES, UNCLASSIFIED]


@dataclass(frozen=True)
class Color:
    name: str
    label: str
    hex: str  # badge background; all pass WCAG AA with the text color below
    text_hex: str
    description: str


COLORS: dict[str, Color] = {
    c.name: c
    for c in [
        Color("green", "WON'T USE", "#1b5e20", "#ffffff", "committed not to use facial recognition"),
        Color("yellow", "MIGHT USE", "#f9d648", "#1a1a1a", "no commitment either way, or no answer"),
        Color("red", "USING OR PLANNING", "#b71c1c", "#ffffff", "uses facial recognition or plans to"),
        Color("gray", "NOT YET SURVEYED", "#5f6368", "#ffffff", "no approved evidence yet"),
    ]
}

# Rule ties_go_to_stronger_source's ladder, strongest first. The rank stored with each row is its position here.
SOURCE_KINDS: dict[str, str] = {
    "official_policy": "a written policy of the institution",
    "official_statement": "a statement published or sent by the institution",
    "press_quoting_official": "press coverage quoting an official of the institution",
    "press_report": "press coverage without a named official",
    "advocacy": "an advocacy group's scorecard, list or report",
    "volunteer_report": "a report from a volunteer",
    "vendor_claim": "a vendor's customer list, case study or marketing",
}
VENDOR_CLAIM = "vendor_claim"

REVIEW_STATUSES = ["pending", "approved", "rejected"]


@dataclass(frozen=True)
class Relation:
    code: str
    label: str  # what the form shows
    source_kind: str  # the source kind a reviewer starts from (they may change it)


# Who a volunteer submitter is. The code becomes the evidence row's recorded_by once approved;
# an approved official_response is the institution's own reply.
RELATIONS: dict[str, Relation] = {
    r.code: r
    for r in [
        Relation("student", "student", "volunteer_report"),
        Relation("staff", "staff or faculty, speaking for myself", "volunteer_report"),
        Relation("official_response", "official response: I speak for the institution", "official_statement"),
        Relation("journalist", "journalist", "press_report"),
        Relation("other", "other", "volunteer_report"),
    ]
}
SUBMISSION_VIAS = ["form", "api", "cli"]  # how a submission arrived
AUDIT_ACTIONS = ["submit", "edit", "approve", "reject", "export"]

@dataclass(frozen=True)
class Rule:
    """A color rule; its id is stable (the method page's anchor, colors.py's comments, the tests' names)."""
    id: str
    text: str

    def __str__(self) -> str:
        return self.text


RULES: list[Rule] = [
    Rule("only_approved_counts",
         "Only approved evidence counts. Entries merged in data/ are approved; scraper findings and "
         "web submissions wait for a reviewer."),
    Rule("latest_substantive_decides",
         "A campus takes the stance of its most recent substantive approved evidence (by the date the "
         "statement was made). Dates may be partial (2020, 2020-02, 2020-02-19) and compare by their "
         "earliest day, with a more precise date winning a tie inside the same period."),
    Rule("ties_go_to_stronger_source",
         "Ties on the same date go to the stronger source: official policy > official statement > press "
         "quoting an official > press report > advocacy group > volunteer report > vendor claim. Should "
         "two statements still tie, the one reporting more use (red over yellow over green) wins."),
    Rule("no_response_last", "no_response decides only when no substantive statement exists at all."),
    Rule("vendor_claim_alone",
         "A vendor claim alone never colors a campus: it raises the needs_review flag instead, when it "
         "is at least as recent as the deciding evidence (or the campus has none)."),
    Rule("stale_keeps_color",
         f"Evidence older than the staleness window (default {STALE_YEARS} years, counted from the end of "
         "the period a partial date names) keeps its color but raises the stale flag."),
    Rule("contradiction_is_a_conflict",
         "A newer statement that contradicts an older one (green then red, or red then green) is kept in "
         "the history and counted in conflicts, so the page can say \"changed on\"."),
]


def source_rank(kind: str) -> int:
    """0 is the strongest source."""
    return list(SOURCE_KINDS).index(kind)


# Severity breaks full ties (rule ties_go_to_stronger_source): evidence of use outweighs a denial.
COLOR_SEVERITY = {"green": 0, "yellow": 1, "red": 2}
