"""The term shards rebuilt from the last build's: only the shards whose terms changed.

A shard's content is a function of its terms' postings (per field: the tasks that hold the
term and how often), the lengths of those tasks' fields, the number of tasks and each
field's average length (rounded: index.average_length). So when the number of tasks, the
rounded averages and the number of shards are unchanged, a task whose indexed text changed
(title, unit names, text: `sources`) changes only its terms whose frequency in a field
changed and those it holds in a field whose length changed (its weight there moves): every
shard without such a term is the published one, hard-linked into the new site, and in the
shards with one only those terms are made anew (reshard.py).

The build cache (buildcache.py) keeps, in `.planportal-cache/<site>/search/`:

    index.json            the last build's: its inputs digest (buildcache.State.inputs),
                          the key of its global file and, per shard, the digest of its raw file
    global-<key>.json     what every shard depends on: the task count, the digests of the
                          sources files, each field's lengths, the postings per shard family
                          and the number of shards (key: a digest of it and of the build's salt)
    sources/<digest>.json the indexed sources of SOURCES_CHUNK tasks in a row (digest: of the
                          file), so that a rebuild reads only those of the tasks that changed
    raw/<digest>.pickle   a shard's postings before weighting: term -> per field the tasks'
                          ordinals (ascending) and term frequencies (digest: of the file)
    docs.json             the document chunks' keys of the last build (DocChunks: a rebuild
                          makes only the chunks whose tasks changed)
    pending/<part>.json   what a search-index job of the running build made (merged into
                          index.json by `commit` once the site is published)

A rebuild reads index.json only if it belongs to the build that made the published site
(its inputs digest is the state's) and its salt (code, templates, configuration) is this
build's. It finds the tasks whose sources changed in the sources files whose digest changed
(each checked against its digest), tokenizes only those tasks (their old sources too, to
know their old terms), reads the raw files of the shards whose terms moved (also checked),
moves the changed tasks' postings in them, and makes just those shards.
Whenever anything is missing, damaged or unreadable, or more than a quarter of the tasks
changed, it builds the part from scratch, which gives the same files.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..buildcache import State, digest, file_digest
from ..model import Portal
from ..outputs import OutputFile, Unchanged
from . import index, paged, reshard
from .tokenize import index_tokens, is_character, shard_of

FORMAT = 2  # 2: the sources in files of SOURCES_CHUNK tasks, by digest
SOURCES_CHUNK = 512
FIELD_NAMES = [name for name, _ in index.FIELDS]
SHARD_FILE = re.compile(r"^[sp](\d+)(?!\d)[^/]*\.json$")  # s12.json and the further pages of its terms, p12-….json


def sources(portal: Portal, tasks=None) -> list[list]:
    """Per task (default: every task), what its index fields are made of: [title, lead unit
    names, other unit names, text]."""
    return [[task.title, index.unit_names(portal, task.lead),
             index.unit_names(portal, task.support + task.implement + task.supervise + task.units),
             index.searchable_text(task)] for task in (portal.tasks if tasks is None else tasks)]


def source_texts(portal: Portal) -> Iterator[str]:
    """The texts of the sources files (`chunked`), made one at a time: a large portal's
    sources would otherwise be held all at once, in every process that needs them."""
    tasks = portal.tasks
    for i in range(0, len(tasks), SOURCES_CHUNK):
        yield index.json_text(sources(portal, tasks[i:i + SOURCES_CHUNK]))


@dataclass
class Sources:
    """Every task's indexed sources (`sources`) with the texts and digests of their files
    (`chunked`): made once in a rebuild, for every part and the search job."""
    tasks: list[list]
    texts: list[str]
    digests: list[str]


def chunked(now: list) -> tuple[list[str], list[str]]:
    """(texts, digests) of the sources files of `now` (`sources`; as `source_texts` makes them)."""
    texts = [index.json_text(now[i:i + SOURCES_CHUNK]) for i in range(0, len(now), SOURCES_CHUNK)]
    return texts, [content_digest(text) for text in texts]


def content_digest(content: str) -> str:
    """A made file's content digest, as the build's state records it (of its UTF-8 bytes)."""
    return file_digest(content.encode("utf-8"))


DOCS = "docs.json"  # the document chunks' keys: pending/docs.json from the search job, then docs.json


class DocChunks:
    """The search's document chunks (d<n>.json, the records of CHUNK_SIZE tasks in a row) a
    rebuild need not make: a chunk's key is a digest of its tasks' fingerprints, of the
    order of the plans and units (its records name them by ordinal) and of the build's salt;
    where the last build that made the published site had the same key and its file is
    intact, the published file is the chunk. The keys go to `pending/docs.json`, which
    `commit` keeps as `docs.json` for the next build."""

    def __init__(self, portal: Portal, cache: "Cache"):
        self.cache, tasks = cache, portal.tasks
        orders = digest(*(p.id for p in portal.plans), "", *(u.id for u in portal.units))
        self.keys = [digest(cache.salt, orders, *(t.fingerprint for t in tasks[at:at + index.CHUNK_SIZE]))
                     for at in range(0, len(tasks), index.CHUNK_SIZE)]
        self.last = cache.previous_docs()

    def published(self, n: int, path: str) -> str | None:
        """The content digest of chunk n's published file, if that file is chunk n now."""
        if n < len(self.last) and self.last[n] == self.keys[n] and \
                self.cache.state.intact_file(self.cache.published, path) is not None:
            return self.cache.state.files[path][1]
        return None

    def save(self) -> None:
        folder = self.cache.folder / "pending"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / DOCS).write_text(json.dumps({"keys": self.keys}), encoding="utf-8")


def fields_of(source: list) -> dict[str, list[str]]:
    """A task's index tokens per field from its sources (as index.iter_documents makes them)."""
    title, lead, others, text = source
    return {"title": index_tokens(title), "lead": [t for name in lead for t in index_tokens(name)],
            "units": [t for name in others for t in index_tokens(name)], "text": index_tokens(text)}


@dataclass
class Cache:
    """The last build's index data (read in the search-index jobs) and where this build's goes."""
    folder: Path  # .planportal-cache/<site>/search
    state: State  # the last build's
    published: Path  # the published site
    salt: str  # this build's (code, templates, configuration)
    _sources: Sources | bool | None = field(default=None, init=False, repr=False, compare=False)  # `sources`

    def start(self) -> None:
        """Before the jobs run: no pending data of an earlier, failed build."""
        shutil.rmtree(self.folder / "pending", ignore_errors=True)

    def sources(self, portal: Portal) -> Sources | None:
        """This build's `Sources`, made at the first call and kept, when the last build's index
        data can be used (a rebuild); None otherwise: a build from scratch makes them a file at
        a time (`source_texts`), never all at once."""
        if self._sources is None:
            self._sources = False
            if self.previous() is not None:
                now = sources(portal)
                self._sources = Sources(now, *chunked(now))
        return self._sources or None

    def previous(self) -> tuple[dict, dict[int, str]] | None:
        """(global data, shard -> raw digest) of the last build, if it made the published site."""
        try:
            last = json.loads((self.folder / "index.json").read_text(encoding="utf-8"))
            if last.get("format") != FORMAT or not self.state.inputs or last.get("inputs") != self.state.inputs:
                return None
            text = (self.folder / f"global-{last['key']}.json").read_text(encoding="utf-8")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if digest(self.salt, text) != last["key"]:  # another salt (code, templates, configuration), or damaged
            return None
        return json.loads(text), {int(n): d for n, d in last["raw"].items()}

    def previous_docs(self) -> list[str]:
        """The document chunks' keys of the last build (DocChunks), if it made the published site."""
        try:
            last = json.loads((self.folder / DOCS).read_text(encoding="utf-8"))
            keys = last["keys"] if self.state.inputs and last.get("inputs") == self.state.inputs else []
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return []
        return keys if isinstance(keys, list) and all(isinstance(k, str) for k in keys) else []

    def published_shards(self) -> dict[int, list[str]]:
        """Shard number -> the files the last build made for it (and recorded)."""
        out: dict[int, list[str]] = {}
        for unit, (_, paths) in self.state.units.items():
            if unit.startswith("job:search-index"):
                for path in paths:
                    m = SHARD_FILE.match(path.rsplit("/", 1)[-1])
                    if m and path.startswith(f"{INDEX}/"):
                        out.setdefault(int(m.group(1)), []).append(path)
        return out

    def load_raw(self, key: str) -> dict[str, list[array]]:
        path = self.folder / "raw" / f"{key}.pickle"
        data = path.read_bytes()
        if file_digest(data) != key:  # damaged
            raise ValueError(f"{path}: not the file saved")
        return pickle.loads(data)

    def load_sources(self, key: str) -> list:
        """The sources file `key`; a damaged one is removed (the build from scratch makes it again)."""
        path = self.folder / "sources" / f"{key}.json"
        data = path.read_bytes()
        if file_digest(data) != key:
            path.unlink(missing_ok=True)
            raise ValueError(f"{path}: not the file saved")
        return json.loads(data)

    def save_raw(self, terms: dict[str, list[array]]) -> str:
        data = pickle.dumps(terms, protocol=pickle.HIGHEST_PROTOCOL)
        key = file_digest(data)
        path = self.folder / "raw" / f"{key}.pickle"
        try:
            kept = path.read_bytes() == data  # an earlier build's, unless damaged
        except OSError:
            kept = False
        if not kept:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{key}.{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        return key

    def save_pending(self, part: int, key: str, made: tuple[str, list[str], list[str]] | None,
                     raw: dict[int, str]) -> None:
        """`made`: (the global file's text, the sources files' texts and digests still to
        save), by one part."""
        if made is not None:
            text, sources, keys = made
            self._save(self.folder / f"global-{key}.json", text)
            for k, t in zip(keys, sources):
                self.save_sources(k, t)
        folder = self.folder / "pending"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{part}.json").write_text(json.dumps({"key": key, "raw": raw}), encoding="utf-8")

    def save_sources(self, key: str, text: str) -> None:
        """A sources file (its digest `key`), unless an earlier build's is there."""
        self._save(self.folder / "sources" / f"{key}.json", text)

    @staticmethod
    def _save(path: Path, text: str) -> None:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)


INDEX = "assets/planportal/search/index"  # as search.INDEX (not imported: search imports this module)


def commit(folder: Path, inputs: str) -> None:
    """After the site is published: the pending parts (and, for parts that did not run, the
    last build's) become index.json, if together they give every shard of one global file;
    otherwise there is no index data (the next build makes the index from scratch). Files
    no longer referenced are removed."""
    pending_dir = folder / "pending"
    if not folder.is_dir():
        return
    _commit_docs(folder, inputs)
    index_json = folder / "index.json"
    try:
        pending = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(pending_dir.glob("*.json"))
                   if p.name != DOCS]
        try:
            last = json.loads(index_json.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            last = {}
        keys = {p["key"] for p in pending} or {last.get("key")}
        raw: dict[str, str] = {}
        key = keys.pop() if len(keys) == 1 else None
        if key is not None and last.get("key") == key and last.get("format") == FORMAT:
            raw.update(last.get("raw", {}))
        for p in pending:
            raw.update({str(n): d for n, d in p["raw"].items()})
        complete, chunks = False, []
        if key is not None and (folder / f"global-{key}.json").is_file():
            made = json.loads((folder / f"global-{key}.json").read_text(encoding="utf-8"))
            chunks = made["sources"]
            complete = set(raw) == {str(n) for n in range(sum(made["shards"]))} and \
                all((folder / "raw" / f"{d}.pickle").is_file() for d in raw.values()) and \
                all((folder / "sources" / f"{d}.json").is_file() for d in chunks)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        complete = False
    if complete:
        tmp = folder / f"index.json.{os.getpid()}"
        tmp.write_text(json.dumps({"format": FORMAT, "inputs": inputs, "key": key, "raw": raw}), encoding="utf-8")
        os.replace(tmp, index_json)
        keep = {f"global-{key}.json", "index.json", "raw", "sources", DOCS}
        used = {"raw": {f"{d}.pickle" for d in raw.values()}, "sources": {f"{d}.json" for d in chunks}}
    else:
        index_json.unlink(missing_ok=True)
        keep, used = {DOCS}, {}
    shutil.rmtree(pending_dir, ignore_errors=True)
    for path in folder.iterdir():
        if path.name not in keep:
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    for name, names in used.items():
        if (folder / name).is_dir():
            for path in (folder / name).iterdir():
                if path.name not in names:
                    path.unlink(missing_ok=True)


def _commit_docs(folder: Path, inputs: str) -> None:
    """The document chunks' keys the search job of the published build made (DocChunks), as
    the next build's `docs.json`; none where that job did not run."""
    pending = folder / "pending" / DOCS
    try:
        keys = json.loads(pending.read_text(encoding="utf-8"))["keys"]
        tmp = folder / f"{DOCS}.{os.getpid()}"
        tmp.write_text(json.dumps({"inputs": inputs, "keys": keys}), encoding="utf-8")
        os.replace(tmp, folder / DOCS)
    except (OSError, ValueError, KeyError, TypeError):
        (folder / DOCS).unlink(missing_ok=True)


# --- the search-index job ------------------------------------------------------------------


@dataclass
class Plan:
    """What one part makes in a rebuild: its shards to make, with the terms whose postings or
    weights moved (`fresh`) and the ones left as they were (taken from the published site)."""
    postings: index.Postings  # task count, field lengths and the new postings of the dirty shards
    count: int
    characters: int
    dirty: list[int]  # shards to make (some of their terms may be reused)
    reused: list[int]  # shards linked whole
    old: dict[int, list[str]]  # dirty shard -> its terms in the last build (their positions)
    new: dict[int, list[str]]  # dirty shard -> its terms now
    fresh: set[str]  # terms whose postings or weights changed
    raw: dict[int, str]  # shard -> raw digest, for the next build
    key: str
    made: tuple[str, list[str], list[str]]  # the global file's text, the sources files' texts and digests
    published: dict[int, list[str]]


def index_part(portal: Portal, part: int, parts: int, cache: Cache, manifest) -> Iterator[OutputFile | Unchanged]:
    """As search.index_part (the same files), reusing the last build's shards where it can;
    records this part's raw shards for the next build. `manifest(count, characters)`: the
    manifest's text."""
    plan = _incremental(portal, part, parts, cache)
    if plan is None:
        yield from _full(portal, part, parts, cache, manifest)
        return
    if part == 0:
        yield OutputFile(f"{INDEX}/manifest.json", manifest(plan.count, plan.characters))
    for n in plan.dirty:
        yield from reshard.shard_files(INDEX, n, plan.new[n], plan.old.get(n), plan.fresh, plan.postings,
                                       cache.state, cache.published)
    for n in plan.reused:
        for path in plan.published[n]:
            yield Unchanged(path)
    cache.save_pending(part, plan.key, plan.made if part == 0 else None, plan.raw)


def _global(chunks: tuple[list[str], list[str]], lengths, totals, count: int, characters: int,
            salt: str) -> tuple[str, tuple[str, list[str], list[str]]]:
    """(key, (text, sources texts, sources digests)) of the global file and the sources files."""
    texts, keys = chunks
    text = index.json_text({"count": len(lengths[0]), "sources": keys, "lengths": [list(x) for x in lengths],
                            "postings": list(totals), "shards": [count, characters]})
    return digest(salt, text), (text, texts, keys)


def _full(portal: Portal, part: int, parts: int, cache: Cache, manifest):
    """search.index_part's way: every task tokenized; this part's raw shards saved (and, by
    part 0, the sources files, one at a time)."""
    postings, count, characters, numbers = index.part_postings(portal, part, parts)
    if part == 0:
        yield OutputFile(f"{INDEX}/manifest.json", manifest(count, characters))
    for n, ranked in postings.ranked(count, characters, numbers):
        yield from paged.shard_files(INDEX, n, ranked)
    by_shard: dict[int, dict] = {n: {} for n in numbers}  # none when another part makes all
    for term in sorted(postings.terms):
        if (n := shard_of(term, count, characters)) in by_shard:
            by_shard[n][term] = postings.terms[term]
    raw = {n: cache.save_raw(terms) for n, terms in by_shard.items()}
    keys = []
    for text in source_texts(portal):
        keys.append(content_digest(text))
        if part == 0:
            cache.save_sources(keys[-1], text)
    key, made = _global(([], keys), postings.lengths, postings.totals(), count, characters, cache.salt)
    cache.save_pending(part, key, made if part == 0 else None, raw)


def _incremental(portal: Portal, part: int, parts: int, cache: Cache) -> Plan | None:
    """What this part needs to make only its changed shards, or None: build from scratch."""
    previous, made = cache.previous(), cache.sources(portal)
    if previous is None or made is None:
        return None
    now = made.tasks
    old, raw_of = previous
    n, chunks = len(portal.tasks), (made.texts, made.digests)
    if old["count"] != n or len(old["sources"]) != len(chunks[1]) or not n:
        return None
    before = {}  # changed task -> its fields in the last build
    for k, (was, key) in enumerate(zip(old["sources"], chunks[1])):
        if was != key:
            try:
                last = cache.load_sources(was)
            except (OSError, ValueError):
                return None
            first = k * SOURCES_CHUNK
            if len(last) != len(now[first:first + SOURCES_CHUNK]):
                return None
            before.update({first + i: fields_of(a) for i, a in enumerate(last) if a != now[first + i]})
    changed = sorted(before)
    if 4 * len(changed) > n:  # cheaper from scratch
        return None
    after = {i: fields_of(now[i]) for i in changed}
    lengths = [array("i", x) for x in old["lengths"]]
    totals = list(old["postings"])
    moves: dict[str, list[tuple[int, int, int, int]]] = {}  # term -> [(task, field, old tf, new tf)]
    for i in changed:
        for f, name in enumerate(FIELD_NAMES):
            lengths[f][i] = len(after[i][name])
            was, now_ = Counter(before[i][name]), Counter(after[i][name])
            for term in was:
                totals[is_character(term)] -= 1
            for term in now_:
                totals[is_character(term)] += 1
            resized = len(before[i][name]) != len(after[i][name])  # its weights in the field move
            for term in was.keys() | now_.keys():
                if was[term] != now_[term] or resized:
                    moves.setdefault(term, []).append((i, f, was[term], now_[term]))
    count, characters = index._shard_count(totals[0]), index._shard_count(totals[1])
    if [count, characters] != old["shards"]:
        return None
    if any(index.average_length(sum(a), n) != index.average_length(sum(b), n)
           for a, b in zip(old["lengths"], lengths)):
        return None
    if parts > 1 and (count % parts or characters % parts):  # as search.index_part: part 0 makes all
        if part:
            key, made = _global(chunks, lengths, totals, count, characters, cache.salt)
            return Plan(index.Postings(()), count, characters, [], [], {}, {}, set(), {}, key, made, {})
        parts = 1
    mine = index.part_shards(count, characters, part, parts)
    touched: dict[int, list[str]] = {}  # shard -> its terms that moved
    for term in moves:
        touched.setdefault(shard_of(term, count, characters), []).append(term)
    published = cache.published_shards()
    dirty, reused = [], []
    for s in mine:
        files = published.get(s)
        if s in touched or s not in raw_of or not files or \
                any(cache.state.intact_file(cache.published, path) is None for path in files):
            dirty.append(s)
        else:
            reused.append(s)
    try:
        raws = {s: cache.load_raw(raw_of[s]) for s in dirty if s in raw_of}
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    if len(raws) != len(dirty):
        return None
    previous_terms = {s: sorted(terms) for s, terms in raws.items()}
    if not reshard.move(raws, moves, lambda term: shard_of(term, count, characters)):
        return None
    postings = index.Postings(())
    postings.count, postings.lengths = n, lengths
    raw, new = {s: raw_of[s] for s in reused}, {}
    for s, terms in raws.items():
        for term in touched.get(s, ()):  # only a term that moved can have lost its last posting
            if term in terms and not any(terms[term][2 * f] for f in range(len(FIELD_NAMES))):
                del terms[term]
        terms = dict(sorted(terms.items()))
        postings.terms.update(terms)
        new[s] = list(terms)
        raw[s] = cache.save_raw(terms)
    key, made = _global(chunks, lengths, totals, count, characters, cache.salt)
    return Plan(postings, count, characters, dirty, reused, previous_terms, new, set(moves), raw, key, made, published)
