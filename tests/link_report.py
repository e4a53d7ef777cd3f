"""Precision, recall and the share sent to review of the entity linker on the labelled mentions.

    python tests/link_report.py [--mentions tests/fixtures/link_mentions.csv] [--data data] [--show-misses]

precision: of the mentions the linker resolved to one institution, the share it got right (a
           link made for a mention labelled AMBIGUOUS or NONE counts as wrong).
recall:    of the mentions labelled with an institution, the share resolved to it.
review:    the share of all mentions marked ambiguous (sent to a reviewer).
right/answers, right/mentions: the real-text measures of issue 11. An *answer* is a link or NONE
           (not ambiguous); right when it is the label.

The mentions file is CSV (mention, state, city, expected; optional context, title, before and
part) or JSON lines with the same keys (title and before: the page's title and earlier text). ``--part heldout`` keeps the rows of one part.
"""

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorecard.link import link, load_index  # noqa: E402


def outcome(result) -> str:
    if result.unitid is not None:
        return str(result.unitid)
    return "AMBIGUOUS" if result.ambiguous else "NONE"


def read_rows(path: Path, part: str | None) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    rows = ([json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl"
            else list(csv.DictReader(text.splitlines())))
    return [r for r in rows if part is None or r.get("part", r.get("split")) == part]


def report(rows: list[dict], index) -> dict:
    got = [outcome(link(index, r["mention"], state=r.get("state") or None, city=r.get("city") or None,
                        context=r.get("context") or None, title=r.get("title") or None,
                        before=r.get("before") or None))
           for r in rows]
    expected = [r["expected"] for r in rows]
    linked = [(g, e) for g, e in zip(got, expected, strict=False) if g not in ("AMBIGUOUS", "NONE")]
    labelled = [(g, e) for g, e in zip(got, expected, strict=False) if e not in ("AMBIGUOUS", "NONE")]
    correct = sum(g == e for g, e in linked)
    return {
        "mentions": len(rows),
        "linked": len(linked),
        "correct": correct,
        "precision": correct / len(linked) if linked else 1.0,
        "recall": sum(g == e for g, e in labelled) / len(labelled) if labelled else 1.0,
        "review_share": got.count("AMBIGUOUS") / len(rows),
        "ambiguous_flagged": sum(g == "AMBIGUOUS" for g, e in zip(got, expected, strict=False) if e == "AMBIGUOUS")
                             / max(1, expected.count("AMBIGUOUS")),
        "none_right": sum(g == "NONE" for g, e in zip(got, expected, strict=False) if e == "NONE") / max(1, expected.count("NONE")),
        "answers": sum(g != "AMBIGUOUS" for g in got),
        "right_answers": sum(g == e and g != "AMBIGUOUS" for g, e in zip(got, expected, strict=False)),
        "misses": [(r["mention"], r.get("state", ""), e, g) for r, g, e in zip(rows, got, expected, strict=False) if g != e],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=Path, default=ROOT / "tests" / "fixtures" / "link_mentions.csv")
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--part", help="only the rows of this part (dev, heldout)")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    rows = read_rows(args.mentions, args.part)
    r = report(rows, load_index(args.data))
    print(f"mentions {r['mentions']}: linked {r['linked']}, correct {r['correct']}")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  sent to review {r['review_share']:.3f}")
    print(f"AMBIGUOUS labels flagged {r['ambiguous_flagged']:.3f}  NONE labels left unlinked {r['none_right']:.3f}")
    print(f"right/answers {r['right_answers'] / max(1, r['answers']):.3f}  "
          f"right/mentions {r['right_answers'] / max(1, r['mentions']):.3f}")
    if args.show_misses:
        for mention, state, expected, got in r["misses"]:
            print(f"  {mention!r} {state}: expected {expected}, got {got}")


if __name__ == "__main__":
    main()
