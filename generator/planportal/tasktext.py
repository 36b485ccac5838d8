"""Whether a task id still names the task a person's record was made for.

A task's id is its numbering path in its plan (importer/ids.py). When a text is imported again
(a corrected copy, a newer importer), an item added above shifts the numbers below it: the id a
progress record or a correction names may now be another task's, or no task's. Records hold only
the id, so what the task said when the record was made is compared with what it says now:

    same_task("区残联各部室经常性开展安全教育", "区残联各部室经常性开展安全教育,提高全员安全参与意识")  -> True
    same_task("开展安全检查", "开展安全培训")  -> False

The same task when, spaces, punctuation and symbols left out (full-width forms as half-width),
the texts are equal, one holds the other (a title cut shorter or
longer), or they agree on nine characters in ten (a character or two of a long text changed).
Items of one template (督促会员单位经常性开展安全教育… beside 区残联各部室经常性开展安全教育…) agree on
far fewer and are other tasks, as is a short title with a few characters changed.
"""

from __future__ import annotations

import difflib
import unicodedata

ALIKE = 0.9  # difflib's ratio from which two texts are one task's
SHORTEST = 4  # characters a text needs to count as part of a longer one


def same_task(before: str | None, after: str | None) -> bool:
    a, b = _bare(before), _bare(after)
    if not a or not b:  # nothing to compare: never taken for the same task
        return False
    if min(len(a), len(b)) >= SHORTEST and (a in b or b in a):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= ALIKE


def _bare(text: str | None) -> str:
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in folded if not unicodedata.category(c).startswith(("P", "Z", "C", "S")))
