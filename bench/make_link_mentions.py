"""Write tests/fixtures/link_mentions.csv: the hand-written mentions plus mentions drawn from data/.

The hand-written part (bench/link_mentions_hand.csv) is real-world shorthand, systems, shared
domains, misspellings from real sources and non-institutions. The drawn part takes a fixed random
sample of active, degree-granting institutions whose name no other institution shares or begins,
and writes each name the way a press story might (St. for Saint, 'and' for '&', a comma for the
campus hyphen, lower case, no 'The'), or as a URL on its own website. The expected answer is
the institution drawn. Run: python bench/make_link_mentions.py
"""

import csv
import random
import re
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SEED = 7
DRAWN_NAMES = 40
DRAWN_URLS = 15


def _norm(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ").replace("'", "")))


def press_style(name: str, rng: random.Random) -> str:
    out = name
    out = re.sub(r"^The ", "", out)
    out = re.sub(r"\bSaint\b", "St.", out)
    out = out.replace(" & ", " and ")
    out = re.sub(r"-(?=[A-Z])", ", ", out, count=1)
    return out.lower() if rng.random() < 0.3 else out


def drawn(institutions: list[dict], rng: random.Random) -> list[dict]:
    live = [r for r in institutions if r["active"] == "1" and r["degree_granting"] == "1"
            and r["in_50_states_dc"] == "1"]
    norms = {}
    for r in institutions:
        norms.setdefault(_norm(r["name"]), []).append(r)
    all_norms = list(norms)

    def distinctive(r):
        n = _norm(r["name"])
        return len(norms[n]) == 1 and not any(o != n and o.startswith(n + " ") for o in all_norms)

    names = rng.sample([r for r in live if distinctive(r)], DRAWN_NAMES)
    rows = [{"mention": press_style(r["name"], rng), "state": "", "city": "", "expected": r["unitid"],
             "note": "drawn: name as the press writes it"} for r in names]
    hosts = {}
    for r in institutions:
        host = (urlsplit(r["website"]).hostname or "").removeprefix("www.")
        hosts.setdefault(host, []).append(r)
    domains = {}
    for r in institutions:
        domains.setdefault(r["web_domain"], []).append(r)
    unique_hosts = [r for r in live if r["website"] and len(hosts[(urlsplit(r["website"]).hostname or "")
                                                                  .removeprefix("www.")]) == 1
                    and len(domains[r["web_domain"]]) == 1]
    for r in rng.sample(unique_hosts, DRAWN_URLS):
        host = (urlsplit(r["website"]).hostname or "").removeprefix("www.")
        rows.append({"mention": f"https://news.{host}/2023/05/campus-safety-update/", "state": "", "city": "",
                     "expected": r["unitid"], "note": "drawn: article URL on the institution's site"})
    return rows


def main() -> None:
    institutions = list(csv.DictReader((ROOT / "data" / "institutions.csv").open(encoding="utf-8")))
    hand = list(csv.DictReader((ROOT / "bench" / "link_mentions_hand.csv").open(encoding="utf-8")))
    rows = hand + drawn(institutions, random.Random(SEED))
    out = ROOT / "tests" / "fixtures" / "link_mentions.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["mention", "state", "city", "expected", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} mentions to {out}")


if __name__ == "__main__":
    main()
