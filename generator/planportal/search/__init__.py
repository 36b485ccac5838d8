"""Client-side Chinese search and the faceted task finder.

    outputs(portal, as_of) -> [OutputFile]
        search/index.md                        the search page (search/?q=…)
        finder/index.md                        the task finder (finder/?unit=…&role=…&…)
        assets/planportal/search/*.js, *.css   scripts and styles
        assets/planportal/search/t2s.txt       traditional -> simplified pairs (OpenCC)
        assets/planportal/search/index/        manifest.json, s<N>.json shards (each term's
                                               first page of postings), p<N>-<i>-<k>.json
                                               further pages, d<N>.json documents,
                                               finder.json facets

Modules: tokenize (the tokenizer; tokenize.js is its twin), index (lunr build, shards,
document chunks), incremental (a rebuild makes only the shards whose terms changed),
paged (postings ordered by weight, cut into pages; the top-k query that engine.js mirrors),
finder (facet data and semantics), pages (the two pages and assets).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..matrix import descendants
from ..model import Portal
from ..outputs import OutputFile, Unchanged
from ..views import cn_date, deadline_title
from . import finder, incremental, index, paged, pages, tokenize
from .tokenize import ABBREVIATIONS, t2s_asset

INDEX = f"{pages.ASSETS}/index"
FORMAT = 2  # 2: postings one per task, ordered by tier and weight, in pages (paged.py)


@dataclass(frozen=True)
class SearchIndex:
    manifest: dict
    shards: list[dict]  # paged (paged.paged_terms)
    pages: dict[str, list[str]]  # index/ path -> a further page of a term's postings
    chunks: list[list[list]]
    finder: dict

    def files(self) -> dict[str, str]:
        """Site path -> JSON text of every index file."""
        out = {f"{INDEX}/manifest.json": _json(self.manifest), f"{INDEX}/finder.json": _json(self.finder)}
        out.update({f"{INDEX}/s{n}.json": _json(s) for n, s in enumerate(self.shards)})
        out.update({f"{INDEX}/{path}": _json(page) for path, page in self.pages.items()})
        out.update({f"{INDEX}/d{n}.json": _json(c) for n, c in enumerate(self.chunks)})
        return out


_json = index.json_text


def deadline_facet(keys: set[str]) -> list[list[str]]:
    """Deadline values in time order: each year (matching its months too), then its months,
    then ongoing, recurring, undated and none."""
    years = {k[:4] for k in keys if k[:4].isdigit()}
    dated = sorted(years | {k for k in keys if k[:4].isdigit()}, key=lambda k: (int(k[:4]), int(k[5:] or 0)))
    out = [[k, f"{k}年" if len(k) == 4 else f"{int(k[5:])}月"] for k in dated]
    for special in ("ongoing", "recurring", "undated"):
        if special in keys:
            out.append([special, deadline_title(special)])
    if finder.NO_DEADLINE in keys:
        out.append([finder.NO_DEADLINE, "未注明期限"])
    return out


def manifest(portal: Portal, shards: int, character_shards: int) -> dict:
    return {
        "format": FORMAT,
        "count": len(portal.tasks),
        "shards": shards,
        "characterShards": character_shards,
        "chunk": index.CHUNK_SIZE,
        "first": paged.FIRST,
        "complete": paged.COMPLETE,
        "tail": paged.TAIL,
        "fields": [f for f, _ in index.FIELDS],
        "abbreviations": [list(group) for group in ABBREVIATIONS],
        "plans": [[p.id, p.title, p.jurisdiction or "", len(descendants(portal, p.id))] for p in portal.plans],
        "units": [[u.id, u.name, list(u.aliases), u.jurisdiction or "",
                   len({t.id for _, t in portal.tasks_by_unit.get(u.id, ())})] for u in portal.units],
    }


def _facets(portal: Portal, as_of: dt.date) -> dict:
    facets = finder.data(portal, as_of, *_indexes(portal)[::-1])
    facets["deadlines"] = deadline_facet({k for keys in facets["deadline"] for k in keys})
    return facets


def _indexes(portal: Portal) -> tuple[dict[str, int], dict[str, int]]:
    """(plan id -> ordinal, unit id -> ordinal)."""
    return {p.id: i for i, p in enumerate(portal.plans)}, {u.id: i for i, u in enumerate(portal.units)}


def build_index(portal: Portal, as_of: dt.date, shards: tuple[int, int] | None = None) -> SearchIndex:
    """The whole index in memory (the build writes it in parts: `index_part`, `outputs`)."""
    plan_index, unit_index = _indexes(portal)
    postings = index.Postings(index.iter_documents(portal))
    count, characters = shards or postings.shard_counts()
    made = [paged.paged_terms(n, ranked) for n, ranked in postings.ranked(count, characters)]
    return SearchIndex(
        manifest=manifest(portal, count, characters),
        shards=[shard for shard, _ in made],
        pages={path: page for _, pages_ in made for path, page in pages_.items()},
        chunks=index.doc_chunks(portal, plan_index, unit_index),
        finder=_facets(portal, as_of),
    )


def index_part(portal: Portal, part: int = 0, parts: int = 1, cache: incremental.Cache | None = None):
    """The term shards of one worker's share (`index.part_postings`), and with part 0 the
    manifest. With the build cache's `cache`: the same files, but only the
    shards whose terms changed since the last build are made (incremental.py)."""
    if cache is not None:
        yield from incremental.index_part(portal, part, parts, cache,
                                          lambda count, characters: _json(manifest(portal, count, characters)))
        return
    postings, count, characters, numbers = index.part_postings(portal, part, parts)
    if part == 0:
        yield OutputFile(f"{INDEX}/manifest.json", _json(manifest(portal, count, characters)))
    for n, ranked in postings.ranked(count, characters, numbers):
        yield from paged.shard_files(INDEX, n, ranked)


class Version:
    """What the index files' addresses carry (?v=), so browsers fetch them again after a change:
    a digest of everything the shards are made of (each task's indexed fields before
    tokenizing, the tokenizer's rules) and of the data files besides the shards, fed one file
    at a time as they are made (`add`), so that no process holds them all at once (unless a
    rebuild made them already: `sources`, incremental.Sources.texts)."""

    def __init__(self, portal: Portal, sources: list[str] | None = None):
        fixed = [FORMAT, index.CHUNK_SIZE, paged.FIRST, paged.COMPLETE, paged.TAIL, index.FIELDS,
                 index.TARGET_POSTINGS_PER_SHARD, index.MAX_SHARDS, [list(g) for g in ABBREVIATIONS],
                 pages.digest(Path(tokenize.__file__).read_bytes())]
        self._hash = hashlib.blake2b(digest_size=16)
        self.add("fixed", _json(fixed))
        for text in incremental.source_texts(portal) if sources is None else sources:
            self.add("sources", text)

    def add(self, path: str, content: str | bytes) -> None:
        for part in (path, content):
            data = part.encode("utf-8") if isinstance(part, str) else part
            self._hash.update(len(data).to_bytes(8, "little"))
            self._hash.update(data)

    def __str__(self) -> str:
        return self._hash.hexdigest()[:10]


def _pages(portal: Portal) -> list[dict]:
    """The search and finder pages: path, template, title, script, nav and description."""
    count = len(portal.tasks)
    return [
        dict(path="search/index.md", template="search.html", title="搜索", script="search.js", in_nav=False,
             description=f"搜索全部 {count} 项任务和各单位、各方案：支持单位简称、繁体字和全角字符。", context={}),
        dict(path="finder/index.md", template="finder.html", title="任务查找", script="finder.js", in_nav=True,
             description=f"按单位、职责、方案、行政区、完成期限和进展状态组合筛选全部 {count} 项任务，"
                         "可收藏、分享和导出。", context={"count": count}),
    ]


def page_heads(portal: Portal) -> list[OutputFile]:
    """The two pages without their body (what the navigation needs before the index is built)."""
    return [OutputFile(p["path"], "", title=p["title"], in_nav=p["in_nav"], description=p["description"])
            for p in _pages(portal)]


def outputs(portal: Portal, as_of: dt.date, shards: bool = True) -> list[OutputFile]:
    """The search and finder pages, their scripts and every index file; with shards=False all
    but the manifest and the term shards (`index_part` makes those, in other workers)."""
    return list(iter_outputs(portal, as_of, shards))


def iter_outputs(portal: Portal, as_of: dt.date, shards: bool = True,
                 cache: incremental.Cache | None = None) -> Iterator[OutputFile | Unchanged]:
    """As `outputs`, one file at a time: the document chunks as they are made (a large
    portal's would otherwise be held all at once), the two pages last (they carry the
    version, a digest of all the files before them, by their content digests). `cache`: a
    rebuild's, whose indexed sources (made once for every job) the version is made of, and
    whose document chunks of tasks unchanged since the last build are the published ones
    (`Unchanged`, incremental.DocChunks)."""
    plan_index, unit_index = _indexes(portal)
    made = cache.sources(portal) if cache is not None else None
    v = Version(portal, made.texts if made is not None else None)

    def data(path: str, content: str) -> OutputFile:
        v.add(path, incremental.content_digest(content))
        return OutputFile(path, content)

    yield data(f"{INDEX}/finder.json", _json(_facets(portal, as_of)))
    tasks = portal.tasks
    chunks = incremental.DocChunks(portal, cache) if cache is not None else None
    for n, at in enumerate(range(0, len(tasks), index.CHUNK_SIZE)):
        path = f"{INDEX}/d{n}.json"
        kept = chunks.published(n, path) if chunks is not None else None
        if kept is not None:  # its tasks as the last build had them: the published file
            v.add(path, kept)
            yield Unchanged(path)
            continue
        yield data(path, _json(index.doc_chunk(portal, tasks[at:at + index.CHUNK_SIZE], plan_index, unit_index)))
    if chunks is not None:
        chunks.save()
    yield data(f"{pages.ASSETS}/t2s.txt", t2s_asset())
    static = pages.static_files()
    yield from static
    assets = {f.path.rsplit("/", 1)[1]: pages.digest(f.content) for f in static}
    env = pages.environment()
    extra = {"finder/index.md": {"as_of": cn_date(as_of)}}  # the finder states the day its status is for
    for p in _pages(portal):
        yield pages.page(env, p["path"], p["template"], p["title"], p["script"], assets, str(v), in_nav=p["in_nav"],
                         description=p["description"], **p["context"], **extra.get(p["path"], {}))
    if shards:
        yield from index_part(portal)
