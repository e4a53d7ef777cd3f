"""data/contacts.csv: each institution's chief administrator and postal address, from IPEDS HD2022.

Derived by ``scorecard outreach derive-contacts --reference DIR`` from the reference file
ipeds_hd2022_contacts.csv; the project never reads the reference folder at run time.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

FILE = "contacts.csv"
REFERENCE_FILE = "ipeds_hd2022_contacts.csv"
COLUMNS = ["unitid", "chief_name", "chief_title", "phone", "address", "city", "state", "zip"]
_FROM_IPEDS = {"unitid": "UNITID", "chief_name": "CHFNM", "chief_title": "CHFTITLE", "phone": "GENTELE",
               "address": "ADDR", "city": "CITY", "state": "STABBR", "zip": "ZIP"}


@dataclass(frozen=True)
class Contact:
    unitid: int
    chief_name: str
    chief_title: str
    phone: str
    address: str
    city: str
    state: str
    zip: str


def derive_rows(reference_rows: list[dict], unitids: set[str]) -> list[dict]:
    """The reference rows of the institutions in institutions.csv, fields trimmed, in unitid order."""
    out = [{col: " ".join((r.get(src) or "").split()) for col, src in _FROM_IPEDS.items()}
           for r in reference_rows if r["UNITID"] in unitids]
    return sorted(out, key=lambda r: int(r["unitid"]))


def derive(reference_dir: Path, data_dir: Path) -> int:
    with open(Path(data_dir) / "institutions.csv", newline="", encoding="utf-8") as f:
        unitids = {r["unitid"] for r in csv.DictReader(f)}
    with open(Path(reference_dir) / REFERENCE_FILE, newline="", encoding="utf-8") as f:
        rows = derive_rows(list(csv.DictReader(f)), unitids)
    with open(Path(data_dir) / FILE, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def load(data_dir: Path) -> dict[int, Contact]:
    with open(Path(data_dir) / FILE, newline="", encoding="utf-8") as f:
        return {int(r["unitid"]): Contact(int(r["unitid"]), *(r[c] for c in COLUMNS[1:])) for r in csv.DictReader(f)}
