"""Train the classifier's last-resort model from the project's own statement sets.

Run by hand after changing the statement sets or the lexicon's mention patterns:
``python tests/train_stance_fallback.py``. Reads every ``tests/fixtures/stance_*.csv`` whose role
is training (statements written for this project; ``*_test.csv`` and the real-style held-out and
calibrate sets are left out, as the learned model leaves them out, and so is the shared dev set, so
they stay checks, not training data)
and writes ``scorecard/stance_fallback.json``: a multinomial naive Bayes over the words and word
pairs of each mentioning sentence, with facial-recognition mentions replaced by ``frt``. The
classifier consults it only when no rule fires, and names the words that swayed it.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify_report import read_rows  # noqa: E402
from stance_training import role  # noqa: E402

from scorecard.classify import FALLBACK_FILE, fallback_features  # noqa: E402
from scorecard.method import STANCES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [p for p in sorted((ROOT / "tests" / "fixtures").glob("stance_*.csv")) if role(p) == "train"]
MIN_COUNT = 2  # a feature seen once is noise with this little data
SMOOTHING = 0.5


def train(rows: list[tuple[str, str]]) -> dict:
    """Log priors and per-stance log likelihoods of the features seen at least MIN_COUNT times."""
    docs: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text, stance in rows:
        docs[stance] += 1
        counts[stance].update(set(fallback_features(text)))
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    vocab = sorted(f for f, n in total.items() if n >= MIN_COUNT)
    model = {"priors": {}, "unseen": {}, "log_likelihood": {}}
    for stance in STANCES:
        if not docs[stance]:
            continue
        denominator = sum(counts[stance][f] for f in vocab) + SMOOTHING * len(vocab)
        model["priors"][stance] = round(math.log(docs[stance] / sum(docs.values())), 4)
        model["unseen"][stance] = round(math.log(SMOOTHING / denominator), 4)
        model["log_likelihood"][stance] = {f: round(math.log((counts[stance][f] + SMOOTHING) / denominator), 4)
                                           for f in vocab if counts[stance][f]}
    return model


def main() -> int:
    rows = [r for path in SOURCES for r in read_rows(path)]
    model = train(rows)
    out = ROOT / "scorecard" / FALLBACK_FILE
    about = ("Last-resort naive Bayes for scorecard.classify, written by tests/train_stance_fallback.py from "
             f"{len(rows)} statements in {', '.join(p.name for p in SOURCES)}. Do not edit by hand.")
    out.write_text(json.dumps({"about": about, **model}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} from {len(rows)} statements, {len({f for v in model['log_likelihood'].values() for f in v})} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
