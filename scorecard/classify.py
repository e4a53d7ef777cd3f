"""The stance classifier: from text about facial recognition to a stance, with its reason.

Rules read, a learned model decides: every cue lives in ``stance_lexicon.json`` so reviewers can
read and extend them, and every decision names the cue that fired or the features that overruled it. Only when no rule fires on a sentence that mentions
facial recognition does a small naive Bayes model, trained offline from the project's own
statements (``tests/train_stance_fallback.py``), give a low-confidence answer that names the
words that swayed it. Scrapers, feed importers and the CLI all call
:func:`classify`; readers that only need a yes/no call :func:`mentions_facial_recognition`.

How a sentence is read:

1. Normalise (HTML entities and tags, curly quotes, dashes, odd spaces) and split into sentences.
2. Find the facial-recognition mentions and replace each by the token ``frt`` (with contractions
   expanded), so every cue can be written against one placeholder: "does not use frt".
   On a page about facial recognition (its ``title`` or the text ``before`` mention it), "the
   technology", "the system", "its plans" count as mentions too (``classify_context``).
3. Read institution names as the actor they stand for (``classify_names``), so "University of
   California, Los Angeles" is not a city and "UMPD" is the campus police.
4. Match the lexicon's categories in order; a matched span is masked, so "no plans to" is read
   once, as a commitment, and never again as a plan. Negation in front of a cue flips or drops it.
5. Decide from which categories fired (the table in ``classify_sentence``): context that is not
   the institution's own use (research, other actors, opinion) first, then stopped use, use,
   plans, commitments, denials, vague statements.
6. The learned stance model (``classify_model``, ``stance_model.json``, trained offline by
   ``bench/train_stance_model.py``) reads the rules' structure and answer, the words and the
   context and decides where it is more reliable than the rules (by how the answer was reached);
   its confidence is a calibrated probability of being right; below 0.8 the answer is marked
   for a reviewer. ``rules_only`` gives the rules' reading alone.

A passage takes the strongest evidence among its sentences: evidence of use or plans outweighs
a denial, unless a later sentence says that use or plan ended. A sentence with no cue of its own
on a page about facial recognition continues the sentence before it.
"""

from .classify_learned import FALLBACK_FILE, fallback_features
from .classify_passage import PASSAGE_RANK, Passage, classify, rules_only
from .classify_sentence import Mention, classify_sentence
from .classify_text import (
           LEXICON_FILE,
           Term,
           find_mentions,
           lexicon,
           mentions_facial_recognition,
           normalise,
           split_sentences,
)

__all__ = ["FALLBACK_FILE", "LEXICON_FILE", "PASSAGE_RANK", "Mention", "Passage", "Term", "classify", "classify_sentence", "rules_only",
           "fallback_features", "find_mentions", "lexicon", "mentions_facial_recognition", "normalise", "split_sentences"]
