"""data/public_records_laws.csv: one state's public-records law, citation and response deadline.

Hand-researched (sources in each row and in data/README.md). A records request cites its row;
a state with no row is an error, never a guess.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

FILE = "public_records_laws.csv"
COLUMNS = ["state", "state_name", "law_name", "citation", "response_deadline", "source_url", "law_source_url", "notes"]
NONE_STATED = "none stated"
STATES = 51  # the 50 states and DC


class LawError(ValueError):
    pass


@dataclass(frozen=True)
class Law:
    state: str
    state_name: str
    law_name: str
    citation: str
    deadline_days: int | None  # None: the law states no number of days
    source_url: str
    law_source_url: str
    notes: str

    def named(self) -> str:
        """How a letter names the law: its name and citation, or the state's law in general."""
        if not self.law_name:
            return f"the public-records law of {self.state_name}"
        return f"the {self.law_name}" + (f" ({self.citation})" if self.citation else "")


def parse(rows: list[dict], where: str) -> dict[str, Law]:
    """Rows as read by csv.DictReader; raises LawError naming file:line: field: reason."""
    laws: dict[str, Law] = {}
    for line, r in enumerate(rows, 2):
        state = (r.get("state") or "").strip()
        if len(state) != 2 or not state.isupper():
            raise LawError(f"{where}:{line}: state: {state!r} is not a two-letter state code")
        if state in laws:
            raise LawError(f"{where}:{line}: state: {state} is listed twice")
        deadline = (r.get("response_deadline") or "").strip()
        if deadline == NONE_STATED:
            days = None
        elif deadline.isdigit() and int(deadline) > 0:
            days = int(deadline)
        else:
            raise LawError(f"{where}:{line}: response_deadline: {deadline!r} is neither a number of days "
                           f"nor {NONE_STATED!r}")
        if not (r.get("source_url") or "").startswith(("http://", "https://")):
            raise LawError(f"{where}:{line}: source_url: is required (an http(s) URL)")
        laws[state] = Law(state, r["state_name"], r["law_name"], r["citation"], days, r["source_url"],
                          r["law_source_url"], r["notes"])
    return laws


def load(data_dir: Path) -> dict[str, Law]:
    path = Path(data_dir) / FILE
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            raise LawError(f"{path}:1: header: expected {', '.join(COLUMNS)}")
        return parse(list(reader), str(path))


def law_for(laws: dict[str, Law], state: str) -> Law:
    if state not in laws:
        raise LawError(f"no public-records law is recorded for state {state!r} in {FILE}; "
                       "add its row (law, citation, deadline, source) before sending it a records request")
    return laws[state]
