"""The one-sentence decision procedure as a table: ordered rows the classifier runs, the first that applies answers.

`facts` reads a sentence's remaining cues once into named facts (the kind of each cue, its
polarity, modality and tense, and where they stand relative to one another); `DECISION` lists
the rows in order, each naming its condition, the stance it gives and the cue it cites. Reading
the table is reading the procedure: nothing else decides a sentence's stance once the cues about
the institution's own use are known (scorecard.classify_sentence decides that first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

_AGAIN = re.compile(r"\bagain\b|resume|reinstate|return to")
_EVALUATION = re.compile(r"evaluat|assess|explor|consider|weigh|review|whether|look|stud|examin|investigat")
_FIRM = re.compile(r"\b(?:will|would|shall|never|committed|pledged|vowed|promised|prohibit|ban)")
_NOT_A_HEDGE = re.compile(r"\bnow (?:or|and) (?:later|ever|in the future|forever)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b")
_INSTRUMENT = ("by ", "via ", "through ", "using ", "with ")


@dataclass(frozen=True)
class Facts:
    """What a sentence's cues say, read once; each hit is the first cue of its kind (or None)."""

    future: object
    commit: object
    ended: object
    plan: object           # a plan that is not hypothetical
    use: object            # use now or in the past, unless ruled out or described inside a denial
    use_now: object
    use_past: object
    deny: object
    exception: object
    permission: object
    abandoned: object
    generic: object
    hedged: object
    later_vague: object    # a vague statement after a hedged commitment ("but it could be revisited")
    negated_plan: object
    conditional: object
    vague: object
    vague_or_review: object  # a vague statement, a review of all technologies or a condition
    protest: object
    qualified: bool        # "at this time", "currently": the sentence limits itself to now
    deny_qualified: bool   # a qualifier after the denial ("does not use it now")
    commit_hedged: bool    # a non-firm commitment with a qualifier ("does not intend to at this time")
    deny_as_future: bool   # "would no longer": a denial about the future
    framed_use: bool       # the use is inside a plan, a proposal or a permission
    weak_use: bool         # "with facial recognition" beside an explicit statement


def facts(masked: str, cues, qualifier: re.Pattern, same_clause: Callable[[str, int, int], bool]) -> Facts:
    """The named facts of one sentence's cues, for the table to read."""
    first = cues.first
    future = first("future timing")
    commit = first("prohibited by law", "commitment not to use", "plan abandoned")
    plan = first("plan or procurement")
    plan = None if plan and plan.hypothetical else plan
    use_now = first("use now")
    use_past = first("use in the past, not said to have stopped")
    deny = first("explicit denial", "present-tense denial")
    permission = first("proposed permission")
    use = use_now or use_past
    if use and commit and commit.start < use.start and same_clause(masked, commit.start, use.start):
        use = None  # "has no intention of ever scanning faces": the use is what is ruled out
    if use and deny and deny.start < use.start and same_clause(masked, deny.start, use.start) \
            and _RELATIVE.search(masked[deny.start:use.start]):
        use = None  # "does not require tools that scan faces": a description inside the denial
    hedged = first("hedged commitment")
    vague_statement = first("vague statement")
    generic = first("generic technology review")
    commit_hedged = False
    if commit and commit.category.name == "commitment not to use" and not _FIRM.search(commit.text):
        window = _NOT_A_HEDGE.sub("", masked[commit.start:commit.start + len(commit.text) + 30])
        commit_hedged = bool(qualifier.search(window))
    framed = bool(use and plan and plan.start < use.start and same_clause(masked, plan.start, use.start))
    return Facts(
        future=future, commit=commit, ended=first("use that stopped"), plan=plan, use=use,
        use_now=use_now, use_past=use_past, deny=deny, exception=first("use with exceptions", "continued use"),
        permission=permission, abandoned=first("plan abandoned"), generic=generic, hedged=hedged,
        later_vague=vague_statement if vague_statement and hedged and vague_statement.start > hedged.start else None,
        negated_plan=first("plan or procurement", negated=True), conditional=first("conditional commitment"),
        vague=first("evasive about the future", "plan paused", "denied commitment", "generic technology review",
                    "vague statement") or next((h for h in cues.hits if h.hypothetical), None),
        vague_or_review=first("vague statement", "generic technology review", "conditional commitment"),
        protest=first("protest or advocacy"),
        qualified=bool(qualifier.search(masked)),
        deny_qualified=bool(deny and qualifier.search(masked[deny.start:])),
        commit_hedged=commit_hedged,
        deny_as_future=bool(deny and masked[:deny.start].endswith(("will ", "would ", "shall "))),
        framed_use=bool(use and (future or framed or (use_past and plan) or (plan and "propos" in plan.text)
                                 or permission)),
        weak_use=bool(use is use_now and use and use.text.startswith(_INSTRUMENT)
                      and (commit or deny or plan or vague_statement or generic)),
    )


def _after(a, b) -> bool:
    return bool(a and b and a.start > b.start)


@dataclass(frozen=True)
class Row:
    """One row of the decision table: when `when` holds, the answer is `stance`, citing `cue`."""

    name: str
    when: Callable[[Facts], bool]
    stance: str
    cue: Callable[[Facts], object]
    confidence: float | None = None  # None: the cue's own confidence


# The decision procedure, in order; the first row whose condition holds gives the answer.
DECISION: tuple[Row, ...] = (
    Row("use with an exception, or a refusal to stop", lambda f: f.exception, "using", lambda f: f.exception),
    Row("use stopped, then a commitment", lambda f: f.ended and _after(f.commit, f.ended), "wont_use", lambda f: f.commit),
    Row("use stopped, then a plan to resume", lambda f: f.ended and _after(f.plan, f.ended), "planning", lambda f: f.plan),
    Row("use stopped", lambda f: f.ended, "ended_use", lambda f: f.ended),
    Row("past use, never again", lambda f: f.use_past and f.commit and _AGAIN.search(f.commit.text), "wont_use",
        lambda f: f.commit),
    Row("past use, denied now", lambda f: f.use_past and f.deny_qualified, "ended_use", lambda f: f.deny, 0.7),
    Row("plan abandoned (after any use)", lambda f: f.abandoned and (not f.use or _after(f.abandoned, f.use)),
        "wont_use", lambda f: f.abandoned),
    Row("use inside a plan, proposal or permission", lambda f: f.use and f.framed_use, "planning",
        lambda f: f.future or f.plan or f.permission or f.use, 0.75),
    Row("past use after a commitment", lambda f: f.use and f.use is f.use_past and not (f.deny or f.use_now)
        and f.commit and f.commit.start < f.use.start, "wont_use", lambda f: f.commit),
    Row("use, not outweighed", lambda f: f.use and not f.weak_use, "using", lambda f: f.use),
    Row("evaluating, among all technologies", lambda f: f.plan and f.generic and _EVALUATION.search(f.plan.text),
        "might_use", lambda f: f.generic),
    Row("plan or procurement", lambda f: f.plan, "planning", lambda f: f.plan),
    Row("proposed permission, unqualified", lambda f: f.permission and not (f.commit or f.vague_or_review),
        "planning", lambda f: f.permission),
    Row("no current plans, but revisitable", lambda f: f.hedged and f.later_vague, "might_use", lambda f: f.later_vague),
    Row("hedged commitment", lambda f: f.hedged, "not_using", lambda f: f.hedged),
    Row("commitment limited to now", lambda f: f.commit and f.commit_hedged, "not_using", lambda f: f.commit, 0.7),
    Row("commitment", lambda f: f.commit, "wont_use", lambda f: f.commit),
    Row("no plan, for now", lambda f: f.negated_plan and f.qualified, "not_using", lambda f: f.negated_plan, 0.65),
    Row("no plan", lambda f: f.negated_plan, "wont_use", lambda f: f.negated_plan, 0.65),
    Row("conditional commitment", lambda f: f.conditional, "might_use", lambda f: f.conditional),
    Row("denial about the future", lambda f: f.deny and f.deny_as_future, "wont_use", lambda f: f.deny),
    Row("denial limited to now", lambda f: f.deny and f.qualified, "not_using", lambda f: f.deny, 0.9),
    Row("denial", lambda f: f.deny, "not_using", lambda f: f.deny),
    Row("vague or evasive", lambda f: f.vague, "might_use", lambda f: f.vague),
    Row("protest only", lambda f: f.protest, "unrelated", lambda f: f.protest),
    Row("permission or timing alone", lambda f: f.permission or f.future, "planning",
        lambda f: f.permission or f.future, 0.6),
)


def decide(f: Facts) -> tuple[Row, object] | None:
    """The first row that applies and the cue it cites; None when no row applies (the fallback reads it)."""
    for row in DECISION:
        if row.when(f):
            return row, row.cue(f)
    return None
