"""Term postings ordered by weight and cut into pages, and the top-k query that reads only
the pages it needs (engine.js is its twin).

A term's postings, one per task (its BM25 weights summed over the fields, in thousandths,
exactly the one-term score), are ordered by the term's tier in the task (2: in the title,
1: in the lead or other units, 0: elsewhere), then weight, then ordinal: the order in
which the search page ranks tasks. The shard keeps, per term,

    [term, [df2, df1, df0], [max2, max1, max0], [p2, p1, p0], pages]

the number of tasks and the largest weight at each tier, the first page (FIRST postings,
as "ref:weight,…" per tier) and the number of further pages, in files of their own
(`page_path`), page k holding FIRST * 2**k postings (so a term of n postings has about
log2(n / FIRST) of them). A term of FIRST postings or fewer is whole in its shard.

`top(variants, k, first, page)` ranks as the unpaged computation does (a task is a hit
when it holds every term of a variant; it takes its best variant by tier, then weight;
ties by ordinal) but reads further pages only until the first k are decided: a task not
yet seen in a term's loaded pages has, in that term, a tier no higher than the last
loaded posting's and a weight no higher than it (same tier) or than the tier's maximum
(lower tier); when no task outside the k best known can reach the k-th, the k are final
(a threshold algorithm over the terms' ordered lists). Then, unless the query is one term
(whose count is in its shard), the rest is loaded too when it is at most COMPLETE postings,
so that the page can say the exact number of hits.
"""

from __future__ import annotations

import bisect

from typing import Callable, Iterable, Iterator

from ..outputs import OutputFile
from .index import json_text, refs

FIRST = 128  # postings in a term's first page, in its shard
COMPLETE = 2048  # when the top k are decided with at most this many postings left unloaded, they are
# loaded too, so that the number of hits is exact (always so on a small portal)
TAIL = 16384  # when the first results are undecided and the query's terms have at most this many
# postings left unloaded, all are loaded in one round (at most about 60 KB gzip: on a phone,
# about what one more round trip costs); else the next page of each term
TIERS = (2, 1, 0)


def tier_of(fields: Iterable[str]) -> int:
    fields = set(fields)
    return 2 if "title" in fields else 1 if fields & {"lead", "units"} else 0


def postings_of(fields: list[str], per_field: list[str]) -> list[tuple[int, int, int]]:
    """(tier, weight, ordinal) of each task, from a packed term (per field "ref:weight,…"),
    in page order: tier, weight descending, then ordinal."""
    weight: dict[int, int] = {}
    seen: dict[int, set[str]] = {}
    for f, joined in zip(fields, per_field):
        if not joined:
            continue
        for item in joined.split(","):
            r, w = item.split(":")
            o = int(r, 36)
            weight[o] = weight.get(o, 0) + int(w)
            seen.setdefault(o, set()).add(f)
    out = [(tier_of(seen[o]), w, o) for o, w in weight.items()]
    out.sort(key=lambda p: (-p[0], -p[1], p[2]))
    return out


def encode(postings: list[tuple[int, int, int]]) -> list[str]:
    """A page: "ref:weight,…" for tier 2, 1 and 0 (postings in page order: by tier, highest first)."""
    known = refs(0)
    try:
        return [",".join([f"{known[o]}:{w}" for _, w, o in postings[start:end]]) for start, end in _tiers(postings)]
    except IndexError:  # an ordinal beyond the refs made so far
        refs(max(o for _, _, o in postings) + 1)
        return encode(postings)


def _tiers(postings: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each tier of TIERS in postings ordered by tier, highest first."""
    out, start = [], 0
    for tier in TIERS:
        end = bisect.bisect_right(postings, -tier, lo=start, key=_negated_tier)
        out.append((start, end))
        start = end
    return out


def _negated_tier(posting: tuple[int, int, int]) -> int:  # ascending along a page
    return -posting[0]


def decode(page: list[str]) -> list[tuple[int, int, int]]:
    out = []
    for tier, joined in zip(TIERS, page):
        for item in joined.split(",") if joined else ():
            r, w = item.split(":")
            out.append((tier, int(w), int(r, 36)))
    return out


def cut(postings: list) -> list[list]:
    """The pages: FIRST postings, then twice as many each time."""
    pages, start, size = [], 0, FIRST
    while start < len(postings) or not pages:
        pages.append(postings[start:start + size])
        start, size = start + size, size * 2
    return pages


def page_path(shard: int, position: int, page: int) -> str:
    """Page `page` (1…) of the term at `position` in shard `shard` (relative to index/)."""
    return f"p{shard}-{position}-{page}.json"


def paged_terms(number: int, ranked: list[tuple[str, list[tuple[int, int, int]]]]) -> tuple[dict, dict[str, list[str]]]:
    """Shard `number`'s terms with their postings in page order (index.Postings.ranked) ->
    (the paged shard, {page path: page}): each page as `encode(page)` of `cut(postings)`,
    sliced once per tier from the term's own tier bounds."""
    terms, pages = [], {}
    for position, (term, postings) in enumerate(ranked):
        bounds = _tiers(postings)  # each tier's first posting has its highest weight
        counts = [end - start for start, end in bounds]
        tops = [postings[start][1] if end > start else 0 for start, end in bounds]
        made = []
        start, size = 0, FIRST
        while start < len(postings) or not made:
            end = start + size
            made.append(_encode(postings, [(max(a, start), min(b, end)) for a, b in bounds]))
            start, size = end, size * 2
        terms.append([term, counts, tops, made[0], len(made) - 1])
        for k, page in enumerate(made[1:], 1):
            pages[page_path(number, position, k)] = page
    return {"terms": terms}, pages


def _encode(postings: list[tuple[int, int, int]], spans: list[tuple[int, int]]) -> list[str]:
    """`encode` of the page whose tiers are postings[start:end] for each (start, end) of `spans`."""
    known = refs(0)
    try:
        return [",".join([f"{known[o]}:{w}" for _, w, o in postings[start:end]]) if end > start else ""
                for start, end in spans]
    except IndexError:  # an ordinal beyond the refs made so far
        refs(max(o for _, _, o in postings) + 1)
        return _encode(postings, spans)


def shard_files(folder: str, number: int, ranked: list) -> Iterator[OutputFile]:
    """The files of shard `number` (its terms as index.Postings.ranked gives them) in the
    site's index `folder`: s<N>.json (each term's first page) and p<N>-<position>-<k>.json
    (its further pages)."""
    shard, further = paged_terms(number, ranked)
    yield OutputFile(f"{folder}/s{number}.json", json_text(shard))
    for path, page in further.items():
        yield OutputFile(f"{folder}/{path}", json_text(page))


# --- the query -------------------------------------------------------------------------


class Term:
    """One term's loaded pages: postings by ordinal, the last loaded (tier, weight)."""

    def __init__(self, entry: list | None, shard: int, position: int):
        self.shard, self.position = shard, position
        if entry is None:
            entry = ["", [0, 0, 0], [0, 0, 0], ["", "", ""], 0]
        _, self.counts, self.tops, first, self.pages = entry
        self.df = sum(self.counts)
        self.loaded = 0  # further pages loaded
        self.hits: dict[int, tuple[int, int]] = {}
        self.last = (3, 0)
        self.add(first)

    @property
    def done(self) -> bool:
        return self.loaded >= self.pages

    def add(self, page: list[str]) -> None:
        for tier, w, o in decode(page):
            self.hits[o] = (tier, w)
            self.last = (tier, w)

    def unseen_best(self, level: int) -> int | None:
        """The largest weight a task not yet seen here can have in this term at a tier of
        at least `level` (None: no such task can be left)."""
        if self.done:
            return None
        best = None
        last_tier, last_weight = self.last
        for i, tier in enumerate(TIERS):
            if tier < level or not self.counts[i]:
                continue
            if tier == last_tier:
                w = last_weight
            elif tier < last_tier:
                w = self.tops[i]
            else:
                continue
            best = w if best is None else max(best, w)
        return best


def _bound(terms: list[Term], o: int | None) -> tuple[int, int] | None:
    """The best (tier, weight) task `o` (None: a task seen in none of the terms) can reach
    in this variant, or None when it cannot be a hit of it."""
    for level in TIERS:
        total = 0
        for t in terms:
            got = t.hits.get(o) if o is not None else None
            if got is not None:
                if got[0] < level:
                    break
                total += got[1]
            else:
                w = t.unseen_best(level)
                if w is None:
                    break
                total += w
        else:
            return (level, total)
    return None


def _exact(terms: list[Term], o: int) -> tuple[int, int] | None:
    got = [t.hits.get(o) for t in terms]
    if any(g is None for g in got):
        return None
    return (min(g[0] for g in got), sum(g[1] for g in got))


def candidates(terms: list[Term]) -> list[Term]:
    """The terms whose loaded postings hold every task that can still be a hit of a variant:
    a term with every page loaded holds them all (the one with fewest postings), else each
    term's loaded postings, together."""
    whole = [t for t in terms if t.done]
    return [min(whole, key=lambda t: len(t.hits))] if whole else terms


def decided(variants: list[list[Term]], k: int) -> list[tuple[int, int, int]] | None:
    """The k best hits [(tier, weight, ordinal)] if the loaded pages decide them, else None."""
    seen = {o for v in variants for t in candidates(v) for o in t.hits}
    known, bounds = [], []
    for o in seen:
        exact = [e for e in (_exact(v, o) for v in variants) if e is not None]
        upper = [b for b in (_bound(v, o) for v in variants) if b is not None]
        low = max(exact) if exact else None
        high = max(upper) if upper else None
        if low is not None:
            known.append((low, high, o))
        elif high is not None:
            bounds.append((high, o))
    known.sort(key=lambda e: (-e[0][0], -e[0][1], e[2]))
    best = known[:k]
    if any(low != high for low, high, _ in best):
        return None
    rest = [(high, o) for _, high, o in known[k:]] + bounds
    unseen = [b for b in (_bound(v, None) for v in variants) if b is not None]
    if len(best) < k:
        return [(*low, o) for low, _, o in best] if not rest and not unseen else None
    kth = (best[-1][0], best[-1][2])
    if any(high > kth[0] or high == kth[0] and o < kth[1] for high, o in rest):
        return None
    if any(b >= kth[0] for b in unseen):
        return None
    return [(*low, o) for low, _, o in best]


def top(variants: list[list[str]], k: int, entry: Callable[[str], tuple[list | None, int, int]],
        page: Callable[[int, int, int], list[str]]) -> tuple[list[tuple[int, int, int]], list[str]]:
    """The k best hits (tier, weight, ordinal) of the query's variants (lists of terms), and
    the page paths it read. `entry(term)` -> (the term's shard entry or None, shard, position);
    `page(shard, position, k)` -> page k of that term. Each round loads the next page of
    every term whose pages are not all loaded, or all the pages left when the terms have at
    most TAIL postings left (a multi-term query over flat weights reads most of its terms'
    postings before its first results are decided: a short tail costs fewer round trips
    loaded whole than page by page)."""
    terms = {t: Term(*entry(t)) for v in variants for t in v}
    lists = [[terms[t] for t in v] for v in variants]
    read = []
    single = len(variants) == 1 and len(variants[0]) == 1
    while True:
        got = decided(lists, k)
        left = sum(t.df - len(t.hits) for t in terms.values() if not t.done)
        if got is not None and (single or not left or left > COMPLETE):
            return got, read
        pending = [t for t in terms.values() if not t.done]
        if not pending:  # everything loaded: decided cannot fail then
            raise AssertionError("undecided with every page loaded")
        whole = got is not None or (not single and left <= TAIL)
        for t in pending:
            for _ in range(t.pages - t.loaded if whole else 1):
                t.loaded += 1
                read.append(page_path(t.shard, t.position, t.loaded))
                t.add(page(t.shard, t.position, t.loaded))


def full(variants: list[list[str]], postings: Callable[[str], list[tuple[int, int, int]]]) -> list[tuple[int, int, int]]:
    """Every hit (tier, weight, ordinal), ranked, from whole posting lists: the unpaged
    computation `top` must agree with."""
    per = {t: {o: (tier, w) for tier, w, o in postings(t)} for v in variants for t in v}
    best: dict[int, tuple[int, int]] = {}
    for v in variants:
        rarest = min(v, key=lambda t: len(per[t]))
        for o in per[rarest]:
            got = [per[t].get(o) for t in v]
            if any(g is None for g in got):
                continue
            key = (min(g[0] for g in got), sum(g[1] for g in got))
            if o not in best or key > best[o]:
                best[o] = key
    return sorted(((t, w, o) for o, (t, w) in best.items()), key=lambda e: (-e[0], -e[1], e[2]))
