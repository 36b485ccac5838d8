"""A term shard made again after an edit (incremental.py): only the terms the edit moved are
ranked and paged anew; every other term's entry and further pages are the published ones.

A term's entry and pages (paged.py) are a function of its postings, their field lengths, the
task count and the rounded average field lengths; a rebuild that gets this far has the same
count and averages. So a term is made anew only when an edited task's frequency of it in a
field changed, or the task holds it in a field whose length changed (its weight there
moves): `incremental` lists these terms (`fresh`). Any other term of the shard keeps its
entry, read from the published shard file, and its pages: linked when the term kept its
position in the shard, copied to their new names when terms before it came or went. A
published file that is not the one the last build recorded (buildcache.State.intact) is
never read: its term, or the whole shard, is made from the postings instead.
"""

from __future__ import annotations

import bisect
import json
from array import array
from pathlib import Path
from typing import Callable, Iterator

from ..buildcache import State
from ..outputs import OutputFile, Unchanged
from . import index, paged


def shard_files(folder: str, n: int, terms: list[str], old: list[str] | None, fresh: set[str], postings: index.Postings,
                state: State, published: Path) -> Iterator[OutputFile | Unchanged]:
    """Shard `n`'s files in the site's index `folder`: `terms` (sorted) as they are now; `old`
    (sorted) as the published shard holds them (None: unknown, all made anew)."""
    entries = _published_entries(folder, n, old, state, published)
    at = {term: q for q, term in enumerate(old or ())}
    ranked, kept = [], {}  # kept: position -> (entry, [(path, None: linked, or content)])
    for p, term in enumerate(terms):
        q = at.get(term)
        pages = None
        if entries is not None and q is not None and term not in fresh:
            pages = _published_pages(folder, n, p, q, entries[q], state, published)
        if pages is None:
            ranked.append((term, postings.ranked_term(term)))
        else:
            ranked.append((term, []))  # a placeholder: its entry is the published one
            kept[p] = entries[q], pages
    shard, further = paged.paged_terms(n, ranked)
    for p, (entry, _) in kept.items():
        shard["terms"][p] = entry
    yield OutputFile(f"{folder}/s{n}.json", index.json_text(shard))
    for path, page in further.items():
        yield OutputFile(f"{folder}/{path}", index.json_text(page))
    for _, pages in kept.values():
        for path, content in pages:
            yield Unchanged(path) if content is None else OutputFile(path, content)


def _published_entries(folder: str, n: int, old: list[str] | None, state: State, published: Path) -> list | None:
    """The published shard's term entries, if they are those of the terms `old`."""
    if old is None:
        return None
    path = state.intact(published, f"{folder}/s{n}.json")
    try:
        entries = json.loads(path.read_bytes())["terms"] if path is not None else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(entries, list) or [e[0] if isinstance(e, list) and e else None for e in entries] != old:
        return None
    return entries


def _published_pages(folder: str, n: int, p: int, q: int, entry: list, state: State,
                     published: Path) -> list[tuple[str, bytes | None]] | None:
    """The further pages of the term at position `q` of the published shard `n`, named for
    position `p`: (path, None) where the published file stays, (path, content) where it
    moves; None if one is missing or not the one recorded."""
    try:
        count = entry[4]  # [term, counts, tops, first page, further pages] (paged.py)
        out = []
        for k in range(1, count + 1):
            old = state.intact(published, f"{folder}/{paged.page_path(n, q, k)}")
            if old is None:
                return None
            out.append((f"{folder}/{paged.page_path(n, p, k)}", None if p == q else old.read_bytes()))
    except (OSError, IndexError, TypeError):
        return None
    return out


def move(raws: dict[int, dict[str, list[array]]], moves: dict[str, list[tuple[int, int, int, int]]],
         shard_of: Callable[[str], int]) -> bool:
    """The edited tasks' postings in the loaded raw shards (shard -> term -> per field the
    ordinals and term frequencies) changed as `moves` says: term -> [(task, field, old
    frequency, new frequency)] (0: not there). False if a posting the last build's sources
    say is there is not (the raw file is not theirs): the part is then made from scratch."""
    for term, changes in moves.items():
        terms = raws.get(shard_of(term))
        if terms is None:  # another part's shard
            continue
        lists = terms.get(term)
        for i, f, was, now in changes:
            if was:
                ordinals = lists[2 * f] if lists is not None else ()
                at = bisect.bisect_left(ordinals, i)
                if at == len(ordinals) or ordinals[at] != i or lists[2 * f + 1][at] != was:
                    return False
                if was != now:
                    ordinals.pop(at)
                    lists[2 * f + 1].pop(at)
            if now and was != now:
                if lists is None:
                    lists = terms[term] = index.new_lists()
                ordinals = lists[2 * f]
                at = bisect.bisect_left(ordinals, i)
                if at < len(ordinals) and ordinals[at] == i:
                    return False
                ordinals.insert(at, i)
                index.add_frequency(lists, 2 * f + 1, at, now)
    return True
