"""The search index: one lunr.py index over every task, cut into shards by term.

    documents(portal)        one record per task, ref = the task's ordinal in base 36
    build_lunr(docs)         lunr.py Builder, pre-tokenized fields (see tokenize.py),
                             boosts: title 10, lead 5, units 3, text 1; no pipeline
    shard(serialized, n, c)  the serialized index split by `tokenize.shard_of(term)`:
                             each shard holds its terms' postings and, of every field
                             vector, only its terms' entries (renumbered), so BM25 scores
                             stay the global ones and add up across shards
    pack(shard) / unpack     the shard's transport form; `search/engine.js` unpacks it to
                             lunr's serialized form (lunr-schema) and `lunr.Index.load`s it
    doc_chunks(docs, size)   what a result shows (title, plan, units, text), in files of
                             `size` tasks by ordinal, fetched only for shown results

A first query fetches the manifest, the shards of its terms and the chunks of the top
results — never the whole corpus.

    Postings(docs)           the same index, built straight from the token lists: per term
                             and field the documents and term frequencies, then the packed
                             shards with lunr's BM25 weights computed exactly as lunr.py
                             does (tested against it) — what the build uses, several times
                             faster and smaller than lunr.py's Builder and serialized form

One departure from lunr.py, everywhere (`Builder` is lunr.py's Builder with it): the average
field length in BM25's length normalization is the mean rounded to two significant digits
(`average_length`), not the exact mean. So editing one task moves no weight but those of its
own terms (the exact mean, and with it every posting's weight, moves with any edit that
changes a field's length), and a rebuild rewrites only the shards of those terms
(`incremental.py`). The effect on ranking is a uniform change of b·length/average within a
field by under 5% (under 2% for every field of the seed corpus): for one term, the order of
the tasks is unchanged; sums over several terms or fields move by a few thousandths.
"""

from __future__ import annotations

import json
import math
from array import array
from collections import Counter
from fractions import Fraction
from dataclasses import dataclass
from itertools import filterfalse, repeat
from operator import add
from functools import cached_property
from typing import Callable, Iterable, Iterator

import lunr.builder
from lunr.field_ref import FieldRef

from ..model import Portal, Task
from . import shared
from .tokenize import fnv1a, index_tokens, is_character, shard_of

FIELDS = (("title", 10), ("lead", 5), ("units", 3), ("text", 1))
LUNR_VERSION = "2.3.9"
TARGET_POSTINGS_PER_SHARD = 2000
MAX_SHARDS = 16384  # at 100,000 tasks a shard still holds about TARGET_POSTINGS_PER_SHARD postings
CHUNK_SIZE = 8


def ref(ordinal: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        ordinal, r = divmod(ordinal, 36)
        out = digits[r] + out
        if not ordinal:
            return out


_REFS: list[str] = []


def refs(count: int) -> list[str]:
    """ref(o) for every ordinal below `count` (at least): made once in a process and grown as
    needed, since the shards and pages write one per posting."""
    if len(_REFS) < count:
        _REFS.extend(ref(o) for o in range(len(_REFS), max(count, 2 * len(_REFS))))
    return _REFS


@dataclass(frozen=True)
class Doc:
    ordinal: int
    task: Task
    fields: dict[str, list[str]]  # field -> tokens

    @property
    def ref(self) -> str:
        return ref(self.ordinal)


def unit_names(portal: Portal, refs) -> list[str]:
    """Every name a reader may type for the units of `refs`: registry name, aliases, as written."""
    names: list[str] = []
    for r in refs:
        unit = portal.unit_of(r)
        for name in ([unit.name, *unit.aliases] if unit else []) + [r.written]:
            if name and name not in names:
                names.append(name)
    return names


def searchable_text(task: Task) -> str:
    """The text field: group headings, the task's text, and deadlines not already in it."""
    parts = [g.label for g in task.groups] + [task.text]
    parts += [d.text for d in task.deadlines if d.text and d.text not in task.text]
    return "\n".join(p for p in parts if p)


def documents(portal: Portal) -> list[Doc]:
    return list(iter_documents(portal))


def iter_documents(portal: Portal) -> Iterator[Doc]:
    """One document per task, made as it is needed (a large portal's tokens never all at once)."""
    names: dict[str, list[str]] = {}  # unit names recur in every task: tokenized once

    def tokens(refs) -> list[str]:
        out = []
        for name in unit_names(portal, refs):
            if name not in names:
                names[name] = index_tokens(name)
            out += names[name]
        return out

    for i, task in enumerate(portal.tasks):
        fields = {
            "title": index_tokens(task.title),
            "lead": tokens(task.lead),
            "units": tokens(task.support + task.implement + task.supervise + task.units),
            "text": index_tokens(searchable_text(task)),
        }
        yield Doc(i, task, fields)


def average_length(total: int, documents: int) -> float:
    """The average field length BM25 uses: the mean rounded half up to two significant
    digits (3.578 -> 3.6, 26.49 -> 26, 338.2 -> 340); 0 when no document has tokens in the field."""
    if not total or not documents:
        return 0
    mean = Fraction(total, documents)
    e = 0  # the power of ten of the second significant digit
    while mean >= 100 * Fraction(10) ** e:
        e += 1
    while mean < 10 * Fraction(10) ** e:
        e -= 1
    scaled = mean / Fraction(10) ** e
    digits = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
    return digits * 10 ** e if e >= 0 else digits / 10 ** -e


class Builder(lunr.builder.Builder):
    """lunr.py's Builder with the average field length of `average_length`."""

    def _calculate_average_field_lengths(self):
        totals = {name: 0 for name in self._fields}
        documents = {name: 0 for name in self._fields}
        for field_ref, length in self.field_lengths.items():
            name = field_ref.split("/", 1)[0]
            totals[name] += length
            documents[name] += 1
        self.average_field_length = {name: average_length(totals[name], documents[name]) for name in self._fields}


class PretokenizedBuilder(Builder):
    """lunr.py's Builder for fields given as final token lists: `add` skips lunr's
    tokenizer (which deep-copies a metadata dict per token) and the empty pipeline, and
    records the same postings, term frequencies and field lengths, in the same order;
    `serialized` computes the same BM25 field vectors as `build().serialize()` (the same
    arithmetic in the same order) without lunr's sorted-insert vectors and token set."""

    def serialized(self) -> dict:
        self._calculate_average_field_lengths()
        k1, b, n = self._k1, self._b, self.document_count
        idf: dict[str, float] = {}
        vectors = []
        for field_ref, frequencies in self.field_term_frequencies.items():
            field_name = field_ref.split("/", 1)[0]
            average = self.average_field_length[field_name]  # 0 only where no document has a term in the field
            ratio = self.field_lengths[field_ref] / average if frequencies else 0
            boost = self._fields[field_name].boost
            doc_boost = self._documents[field_ref.split("/", 1)[1]].get("boost", 1)
            pairs = []
            for term, tf in frequencies.items():
                posting = self.inverted_index[term]
                weight = idf.get(term)
                if weight is None:
                    with_term = sum(len(docs) for f, docs in posting.items() if f != "_index")
                    weight = idf[term] = math.log(1 + abs((n - with_term + 0.5) / (with_term + 0.5)))
                score = weight * ((k1 + 1) * tf) / (k1 * (1 - b + b * ratio) + tf)
                score *= boost
                score *= doc_boost
                pairs.append((posting["_index"], round(score, 3)))
            pairs.sort()
            vectors.append([field_ref, [x for pair in pairs for x in (pair[0], round(pair[1], 3))]])
        return {"version": LUNR_VERSION, "fields": list(self._fields), "fieldVectors": vectors,
                "invertedIndex": [[term, self.inverted_index[term]] for term in sorted(self.inverted_index)],
                "pipeline": []}

    def add(self, doc, attributes=None):
        doc_ref = str(doc[self._ref])
        self._documents[doc_ref] = attributes or {}
        self.document_count += 1
        for field_name in self._fields:
            terms = doc[field_name]
            field_ref = str(FieldRef(doc_ref, field_name))
            frequencies = Counter(terms)
            self.field_term_frequencies[field_ref] = frequencies
            self.field_lengths[field_ref] = len(terms)
            for term in frequencies:
                posting = self.inverted_index.get(term)
                if posting is None:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                posting[field_name][doc_ref] = {}


def build_lunr(docs: list[Doc], builder_class=PretokenizedBuilder) -> dict:
    """The serialized lunr index (lunr-schema, as `lunr.Index.load` reads it)."""
    if not docs:  # lunr.py cannot build an empty index (it averages field lengths over no documents)
        return {"version": LUNR_VERSION, "fields": [name for name, _ in FIELDS], "fieldVectors": [],
                "invertedIndex": [], "pipeline": []}
    builder = builder_class()  # no pipeline: tokens are final
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in docs:
        builder.add({"ref": doc.ref, **doc.fields})
    if isinstance(builder, PretokenizedBuilder):
        return builder.serialized()
    return builder.build().serialize()


def shard_counts(serialized: dict) -> tuple[int, int]:
    """(shards for words and bigrams, shards for single characters): powers of two sized so
    that a shard holds about TARGET_POSTINGS_PER_SHARD postings."""
    postings = [0, 0]
    for term, posting in serialized["invertedIndex"]:
        postings[is_character(term)] += sum(len(docs) for f, docs in posting.items() if f != "_index")

    return _shard_count(postings[0]), _shard_count(postings[1])


def _shard_count(postings: int) -> int:
    wanted = max(1, math.ceil(postings / TARGET_POSTINGS_PER_SHARD))
    return min(MAX_SHARDS, 1 << (wanted - 1).bit_length())


def shard(serialized: dict, shards: int, character_shards: int = 1) -> list[dict]:
    """Split a serialized lunr index into shards + character_shards serialized lunr indexes
    by term (`tokenize.shard_of`)."""
    parts = [{"version": serialized["version"], "fields": serialized["fields"], "fieldVectors": [],
              "invertedIndex": [], "pipeline": []} for _ in range(shards + character_shards)]
    local: dict[int, tuple[int, int]] = {}  # global term index -> (shard, local index)
    for term, posting in sorted(serialized["invertedIndex"], key=lambda tp: tp[0]):
        s = shard_of(term, shards, character_shards)
        n = len(parts[s]["invertedIndex"])
        local[posting["_index"]] = (s, n)
        parts[s]["invertedIndex"].append([term, {**posting, "_index": n}])
    for field_ref, elements in serialized["fieldVectors"]:
        split: dict[int, list[tuple[int, float]]] = {}
        for k in range(0, len(elements), 2):
            s, n = local[elements[k]]
            split.setdefault(s, []).append((n, elements[k + 1]))
        for s, pairs in split.items():
            parts[s]["fieldVectors"].append([field_ref, [x for pair in sorted(pairs) for x in pair]])
    return parts


def pack(part: dict) -> dict:
    """Transport form of a serialized lunr shard: each term's postings per field as
    "ref:score,…" with the score in thousandths (lunr rounds scores to 3 decimals). A field
    vector holds exactly one (term, score) per posting, so `unpack` rebuilds the vectors
    from the postings: lossless for indexes without metadata."""
    fields = part["fields"]
    scores: dict[tuple[str, int], float] = {}
    for field_ref, elements in part["fieldVectors"]:
        for k in range(0, len(elements), 2):
            scores[(field_ref, elements[k])] = elements[k + 1]
    terms = []
    for term, posting in part["invertedIndex"]:
        n = posting["_index"]
        terms.append([term, [",".join(f"{r}:{round(scores[(f'{f}/{r}', n)] * 1000)}" for r in posting[f])
                             for f in fields]])
    return {"fields": fields, "terms": terms}


def unpack(packed: dict) -> dict:
    """The inverse of `pack` (engine.js does the same in the browser)."""
    fields = packed["fields"]
    inverted, vectors = [], {}
    for n, (term, per_field) in enumerate(packed["terms"]):
        posting: dict = {"_index": n}
        for f, joined in zip(fields, per_field):
            posting[f] = {}
            for item in joined.split(",") if joined else ():
                r, score = item.split(":")
                posting[f][r] = {}
                vectors.setdefault(f"{f}/{r}", []).extend([n, int(score) / 1000])
        inverted.append([term, posting])
    return {"version": LUNR_VERSION, "fields": fields, "fieldVectors": [[k, v] for k, v in vectors.items()],
            "invertedIndex": inverted, "pipeline": []}


def packed_shards(serialized: dict, shards: int, character_shards: int = 1) -> list[dict]:
    """`[pack(p) for p in shard(serialized, …)]`, computed in one pass over the vectors."""
    fields = serialized["fields"]
    field_no = {f: i for i, f in enumerate(fields)}
    per_term: dict[int, list[list[str]]] = {}
    for field_ref, elements in serialized["fieldVectors"]:
        field, doc_ref = field_ref.split("/", 1)
        i = field_no[field]
        for k in range(0, len(elements), 2):
            lists = per_term.get(elements[k])
            if lists is None:
                lists = per_term[elements[k]] = [[] for _ in fields]
            lists[i].append(f"{doc_ref}:{round(elements[k + 1] * 1000)}")
    parts: list[dict] = [{"fields": fields, "terms": []} for _ in range(shards + character_shards)]
    for term, posting in sorted(serialized["invertedIndex"], key=lambda tp: tp[0]):
        lists = per_term.get(posting["_index"], [[] for _ in fields])
        parts[shard_of(term, shards, character_shards)]["terms"].append([term, [",".join(x) for x in lists]])
    return parts


def new_lists() -> list[array]:
    """A term's postings, empty: per field the ordinals (int) and the term frequencies, one
    byte each until one needs more (`add_frequency`): most are 1 or 2, and the frequencies of a
    large portal are a third of its postings' memory in the process that tokenizes every task."""
    return [array("i") if k % 2 == 0 else array("B") for k in range(2 * len(FIELDS))]


def add_frequency(lists: list[array], k: int, at: int, tf: int) -> None:
    """Insert `tf` at position `at` of lists[k] (a frequencies array), widened as it needs."""
    try:
        lists[k].insert(at, tf)
    except OverflowError:
        for code in "Hi":
            if lists[k].itemsize < array(code).itemsize:
                lists[k] = array(code, lists[k])
                try:
                    lists[k].insert(at, tf)
                    return
                except OverflowError:
                    continue
        raise


class Postings:
    """Per term, per field: the documents (ordinals) that hold it and how often; field lengths.

    `keep(term)`: hold the postings of these terms only (one part of the shards, built in its
    own worker); the postings of the others are only counted, for `shard_counts`.
    """

    def __init__(self, docs: Iterable[Doc], keep: Callable[[str], bool] | None = None):
        self.count = 0
        self.lengths = [array("i") for _ in FIELDS]
        self.terms: dict[str, list[array]] = {}  # term -> [docs of field 0, frequencies in field 0, docs of field 1, …]
        self.others: dict[str, int] = {}  # terms not kept -> their postings
        terms, others = self.terms, self.others
        names = [name for name, _ in FIELDS]
        for doc in docs:
            self.count += 1
            ordinal, fields = doc.ordinal, doc.fields
            for i, name in enumerate(names):
                tokens = fields[name]
                self.lengths[i].append(len(tokens))
                at = 2 * i
                for term, tf in Counter(tokens).items():
                    lists = terms.get(term)
                    if lists is None:
                        if term in others or (keep is not None and not keep(term)):
                            others[term] = others.get(term, 0) + 1
                            continue
                        lists = terms[term] = new_lists()
                    lists[at].append(ordinal)
                    try:
                        lists[at + 1].append(tf)
                    except OverflowError:
                        add_frequency(lists, at + 1, len(lists[at + 1]), tf)

    def share(self, keep: Callable[[str], bool]) -> "Postings":
        """The postings `Postings(docs, keep)` holds, taken from these (built with every term kept)."""
        out = Postings(())
        out.count, out.lengths = self.count, self.lengths
        for term, lists in self.terms.items():
            if keep(term):
                out.terms[term] = lists
            else:
                out.others[term] = sum(len(lists[2 * i]) for i in range(len(FIELDS)))
        return out

    def totals(self) -> list[int]:
        """Postings of words and bigrams, of single characters (kept terms or not)."""
        postings = [0, 0]
        for term, lists in self.terms.items():
            postings[is_character(term)] += sum(len(lists[2 * i]) for i in range(len(FIELDS)))
        for term, count in self.others.items():
            postings[is_character(term)] += count
        return postings

    def shard_counts(self) -> tuple[int, int]:
        """As `shard_counts` of the serialized index (kept terms or not)."""
        words, characters = self.totals()
        return _shard_count(words), _shard_count(characters)

    def packed_shards(self, shards: int, character_shards: int = 1) -> list[dict]:
        """As `packed_shards(build_lunr(docs), …)`."""
        return [packed for _, packed in self.shards(shards, character_shards)]

    def shards(self, shards: int, character_shards: int = 1, numbers: Iterable[int] | None = None):
        """(number, packed shard) of each shard in `numbers` (default: all), one at a time:
        lunr.py's Builder arithmetic (k1 1.2, b 0.75, average field length over all documents
        rounded as `average_length` says, idf over (document, field) pairs, rounded to 3
        decimals), in the same order; each weight in thousandths."""
        fields = [name for name, _ in FIELDS]
        known = refs(self.count)
        for number, terms in self._by_shard(shards, character_shards, numbers):
            packed = [[term, [",".join(f"{known[o]}:{w}" for o, w in zip(ordinals, weights))
                              for ordinals, weights in self._weights(term)]] for term in terms]
            yield number, {"fields": fields, "terms": packed}

    def ranked(self, shards: int, character_shards: int = 1, numbers: Iterable[int] | None = None):
        """(number, [(term, postings)…]) of each shard in `numbers`: each term's postings one per
        task as (tier, weight, ordinal) in page order (paged.py), the weights those of `shards`
        summed over the fields, without writing and reading them back as text."""
        for number, terms in self._by_shard(shards, character_shards, numbers):
            yield number, [(term, self.ranked_term(term)) for term in terms]

    def ranked_term(self, term: str) -> list[tuple[int, int, int]]:
        """One term's postings as `ranked` gives them: per task (tier, weight, ordinal), by tier
        and weight (highest first), then ordinal. The weights are `_weights`' (the same
        arithmetic), summed over the fields; a task's tier is that of its highest field."""
        lists = self.terms[term]
        with_term = sum(len(lists[2 * i]) for i in range(len(FIELDS)))
        weights = [self._field_weights(i, with_term, lists[2 * i], lists[2 * i + 1]) if lists[2 * i] else ()
                   for i in range(len(FIELDS))]
        fields = sorted((i for i in range(len(FIELDS)) if weights[i]), key=lambda i: -len(weights[i]))
        total = dict(zip(lists[2 * fields[0]], weights[fields[0]]))  # ordinal -> weight summed over its fields
        for i in fields[1:]:
            get = total.get
            for o, w in zip(lists[2 * i], weights[i]):
                total[o] = get(o, 0) + w
        weight = total.__getitem__
        postings: list[tuple[int, int, int]] = []
        above: set[int] = set()  # the tasks of the higher tiers
        for tier, numbers in _TIER_FIELDS:
            held = [lists[2 * i] for i in numbers if weights[i]]
            if not held:
                continue
            if len(held) == 1:
                tasks = list(filterfalse(above.__contains__, held[0]) if above else held[0])  # ascending
            else:
                tasks = sorted(set().union(*held).difference(above))
            if tier:
                above.update(tasks)
            tasks.sort(key=weight, reverse=True)  # stable: equal weights stay by ordinal
            postings += zip(repeat(tier), map(weight, tasks), tasks)
        return postings

    def _field_weights(self, i: int, with_term: int, ordinals, frequencies) -> list[int]:
        """The weights (thousandths) of a term held by `with_term` (document, field) pairs in
        field `i` of the tasks `ordinals`, with these frequencies, as lunr.py computes them.
        A weight depends only on the idf, the field's length (through its norm) and the
        frequency, and few (norm, frequency) pairs recur across a common term's tasks: each is
        computed once, by its code (the task's length class times 256 plus the frequency), and
        terms of the same document frequency (the same idf) share them. round(score, 3) is the
        decimal nearest the score's exact value, so round(score * 1000) (off by under 1e-9 from
        the exact thousandths for any weight here) is lunr.py's integer unless score * 1000 is
        that close to a half: only then are the two roundings made."""
        classes, norms = self._classes[i]
        if getattr(frequencies, "typecode", "") != "B":  # a frequency may not fit in a code
            norm = self._norms[i]
            idf = self._idf(with_term)
            boost = FIELDS[i][1]
            return [round(round(idf * (_K1_1 * tf) / (norm[o] + tf) * boost, 3) * 1000)
                    for o, tf in zip(ordinals, frequencies)]
        codes = list(map(add, map(classes.__getitem__, ordinals), frequencies))
        key = (with_term, i)
        known = self._known.get(key)
        if known is None:
            known = {}
            if with_term <= SHARED_WEIGHTS:
                self._known[key] = known
        missing = set(codes).difference(known)
        if missing:
            idf, boost = self._idf(with_term), FIELDS[i][1]
            for code in missing:
                tf = code & 255
                score = idf * (_K1_1 * tf) / (norms[code >> 8] + tf) * boost
                w = round(score * 1000)  # round(round(score, 3) * 1000), unless score * 1000 is near a tie
                if abs(score * 1000 - w) > 0.4999:
                    w = round(round(score, 3) * 1000)
                known[code] = w
        return list(map(known.__getitem__, codes))

    def _idf(self, with_term: int) -> float:
        n = self.count
        return math.log(1 + abs((n - with_term + 0.5) / (with_term + 0.5)))

    @cached_property
    def _known(self) -> dict[tuple[int, int], _Weights]:
        return {}

    @cached_property
    def _classes(self) -> list[tuple[list[int], list[float]]]:
        """Per field: each task's field-length class times 256, and each class's norm (`_norms`)."""
        out = []
        for lengths, norms in zip(self.lengths, self._norms):
            number: dict[float, int] = {}
            for norm in norms:
                number.setdefault(norm, len(number))
            out.append(([number[norm] << 8 for norm in norms], list(number)))
        return out

    def _by_shard(self, shards: int, character_shards: int, numbers: Iterable[int] | None):
        by_shard: dict[int, list[str]] = {}
        for term in self.terms:
            by_shard.setdefault(shard_of(term, shards, character_shards), []).append(term)
        for number in range(shards + character_shards) if numbers is None else numbers:
            yield number, sorted(by_shard.get(number, ()))

    @cached_property
    def _norms(self) -> list[list[float]]:
        """k1 * (1 - b + b * length / average) per field and document: lunr's denominator less tf."""
        norms = []
        for lengths in self.lengths:
            average = average_length(sum(lengths), self.count)
            norms.append([_K1 * (1 - _B + _B * (length / average)) if average else 0 for length in lengths])
        return norms

    def _weights(self, term: str) -> list[tuple[array, list[int]]]:
        """Per field: (the documents holding `term`, their weights in thousandths)."""
        n, lists = self.count, self.terms[term]
        with_term = sum(len(lists[2 * i]) for i in range(len(FIELDS)))
        idf = math.log(1 + abs((n - with_term + 0.5) / (with_term + 0.5)))
        out = []
        for i, (_, boost) in enumerate(FIELDS):
            norm = self._norms[i]
            out.append((lists[2 * i], [round(round(idf * ((_K1 + 1) * tf) / (norm[o] + tf) * boost, 3) * 1000)
                                       for o, tf in zip(lists[2 * i], lists[2 * i + 1])]))
        return out


_K1, _B = 1.2, 0.75  # lunr's BM25 parameters
_K1_1 = _K1 + 1
SHARED_WEIGHTS = 64  # terms held by this many (document, field) pairs or fewer share their weights by idf
_TIERS = {"title": 2, "lead": 1, "units": 1}  # a posting's tier by field (paged.py); other fields 0
_TIER_FIELDS = [(t, [i for i, (name, _) in enumerate(FIELDS) if _TIERS.get(name, 0) == t]) for t in (2, 1, 0)]


def part_shards(count: int, characters: int, part: int, parts: int) -> list[int]:
    """The shard numbers (words and bigrams, then characters) that part `part` of `parts` makes."""
    return [n for n in range(count + characters) if (n if n < count else n - count) % parts == part]


def part_postings(portal: Portal, part: int, parts: int) -> tuple[Postings, int, int, list[int]]:
    """One part's share of the index: the postings of its terms (a term's shard is its hash
    modulo a power of two, so a part keeps its own terms only; every part counts all
    postings, so all agree on the number of shards), the shard counts, and the shard
    numbers it makes. With too few shards to share, part 0 makes all and the others none."""
    keep = (lambda term: fnv1a(term) % parts == part) if parts > 1 else None
    postings = shared.take(part, parts)  # every task tokenized once for all parts, when the build started that
    if postings is None:
        postings = Postings(iter_documents(portal), keep)
    count, characters = postings.shard_counts()
    if parts > 1 and (count % parts or characters % parts):
        if part:
            return postings, count, characters, []
        if postings.others:  # (shared.py's process sends part 0 every term then)
            postings = Postings(iter_documents(portal))
        parts = 1
    return postings, count, characters, part_shards(count, characters, part, parts)


def json_text(value) -> str:
    """An index file's text: compact JSON, Chinese as written."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def doc_record(portal: Portal, task: Task, plan_index: dict[str, int], unit_index: dict[str, int]) -> list:
    """[id, title, number, plan, lead, others, deadlines, text]; units as manifest indexes
    (or the written name when unresolved)."""

    def units(refs) -> list:
        out: list = []
        for r in refs:
            value = unit_index[r.unit] if r.unit in unit_index else r.written
            if value not in out:
                out.append(value)
        return out

    others = task.support + task.implement + task.supervise + task.units
    return [task.id, task.title, task.number or "", plan_index[task.plan], units(task.lead), units(others),
            "；".join(d.text for d in task.deadlines), task.text]


def doc_chunks(portal: Portal, plan_index: dict[str, int], unit_index: dict[str, int],
               size: int = CHUNK_SIZE) -> list[list[list]]:
    tasks = portal.tasks
    return [doc_chunk(portal, tasks[i:i + size], plan_index, unit_index) for i in range(0, len(tasks), size)]


def doc_chunk(portal: Portal, tasks, plan_index: dict[str, int], unit_index: dict[str, int]) -> list[list]:
    """One document chunk: the records of `tasks` (CHUNK_SIZE of them, fewer at the end)."""
    return [doc_record(portal, t, plan_index, unit_index) for t in tasks]
