"""Every file of the portal, independent of mkdocs, as jobs that can run in any process:
the pages built from the model (matrix, timeline and source-text pages among them) and the
providers' files (the search index and pages, the progress workbooks, the static assets).

    site = Generation(portal, as_of, data_dir, site_name=…, templates=…)
    site.nav_pages()   the pages listed in the navigation, with their titles (no body yet)
    site.units()       every page and provider by name ("page:task:x", "job:search")
    site.jobs(keys)    [Job]: the providers (the search index in parts) and page batches
    site.run(job)      the job's (unit, OutputFile) pairs, one at a time
    site.inputs(u, k)  a digest of everything a page or provider shows (buildcache.py)

Nothing here imports mkdocs: `pipeline.py` runs the jobs and writes what they make.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Iterator

from . import datafiles, matrix, pages, render, search, sourcetext, timeline
from .buildcache import digest
from .model import Portal
from .outputs import OutputFile, urls
from .problems import DataError, Problem
from .progress.bulletin import bulletin
from .views import Lookups

SITE_NAME = "安全生产工作方案公开门户"
ASSETS = "assets/planportal"  # where templates/assets/ lands in the site
PROVIDERS = ("search", "workbooks", "assets")  # jobs besides the page batches
SEARCH_PARTS_FROM = 2000  # tasks: from here the term shards are made in two parts, by two workers
BATCH = 100  # pages per job: small enough to spread over the workers, large enough to cost little to send


@dataclass(frozen=True)
class Job:
    kind: str  # "pages", or a provider: "search-index", "search", "workbooks", "assets"
    pages: tuple[tuple[str, ...], ...] = ()  # for "pages": (page kind, key…) of each page
    part: int = 0  # for "search-index": which share of the term shards

    @property
    def name(self) -> str:
        return f"job:{self.kind}" + (f":{self.part}" if self.kind == "search-index" else "")


class Generation:
    """What one build generates: the model as of a day, the page templates, the site's name."""

    def __init__(self, portal: Portal, as_of: dt.date, data_dir: Path, *, site_name: str = SITE_NAME,
                 templates: Path | None = None):
        self.portal, self.as_of, self.data_dir = portal, as_of, Path(data_dir)
        self.site_name, self.templates = site_name, templates  # the project's overrides (None: the package's only)
        self.look = Lookups(portal, as_of)
        self.salt = ""  # what else every file depends on: code, templates, theme, config (set by the caller)
        self.index_cache = None  # search.incremental.Cache: the last build's index data (set by the caller)
        self.compiled: Path | None = None  # where compiled templates are kept between builds (set by the caller)

    @cached_property
    def env(self):
        return render.environment(self.templates, compiled=self.compiled)

    @cached_property
    def bulletins(self) -> list:
        return [bulletin(self.look.progress, period) for period in self.look.progress.periods]

    def prepare(self) -> None:
        """Make what pages compute once and keep (the templates compiled, the status of every
        task, the progress views; in a rebuild, the search index's sources of every task), so
        that worker processes forked after it share them."""
        look = ("statuses", "recorded", "roots", "source_starts", "plans_by_source", "deadline_keys", "progress")
        for owner, names in ((self.look, look), (self, ("env", "bulletins")), (self.portal, ("updated",))):
            for name in names:
                getattr(owner, name)  # a cached property: made now
        if self.look.progress.current:  # a portal with progress reports: its unit and plan pages ask who reports
            self.look.progress.duties
        if self.index_cache is not None:
            self.index_cache.sources(self.portal)

    def page_keys(self) -> list[tuple[str, ...]]:
        """Every page built from the model, in site order: (kind, key…)."""
        look, portal = self.look, self.portal
        return [
            ("home",), ("plans_index",), ("units_index",), ("deadlines_index",),
            *(("plan", p.id) for p in portal.plans),
            *(("unit", u.id) for u in portal.units),
            *(("task", t.id) for t in portal.tasks),
            *(("deadline", key) for key in look.deadline_keys),
            *(("source", name) for name in look.plans_by_source),
            ("progress_index",),
            *(("progress_period", b.period) for b in self.bulletins),
            *(("matrix", p.id) for p in matrix.with_pages(portal)),
            ("timeline",),
        ]

    def made(self, key: tuple[str, ...]) -> list[pages.Page]:
        """The pages one key makes: one, except a source text (split into parts when long)
        and the portal-wide timeline (none when no task has a dated deadline)."""
        if key[0] == "source":
            return sourcetext.pages(self.look, key[1], read_source(self.data_dir, key[1]))
        if key[0] == "timeline":
            return timeline.pages(self.look)
        return [self.page(key)]

    def page(self, key: tuple[str, ...]) -> pages.Page:
        look, kind = self.look, key[0]
        if kind == "home":
            return pages.home(look, self.site_name)
        if kind in ("plans_index", "units_index", "deadlines_index"):
            return getattr(pages, kind)(look)
        if kind == "plan":
            return pages.plan(look, self.portal.plan_by_id[key[1]])
        if kind == "unit":
            return pages.unit(look, self.portal.unit_by_id[key[1]])
        if kind == "task":
            return pages.task(look, self.portal.task_by_id[key[1]])
        if kind == "deadline":
            return pages.deadline(look, key[1])
        if kind == "progress_index":
            return pages.progress_index(look, self.bulletins)
        if kind == "progress_period":
            return pages.progress_period(look, next(b for b in self.bulletins if b.period == key[1]))
        if kind == "matrix":
            return matrix.page(look, self.portal.plan_by_id[key[1]])
        raise ValueError(f"unknown page kind {kind}")

    def nav_pages(self) -> list[OutputFile]:
        """The generated pages listed in the navigation, with title and description but no body:
        mkdocs renders their frames (the theme marks them active in the nav)."""
        heads = pages.nav_heads(self.look, self.site_name)
        return [OutputFile(p.path, "", title=p.title, in_nav=True, description=p.description) for p in heads] \
            + [head for head in search.page_heads(self.portal) if head.in_nav]

    @property
    def search_parts(self) -> int:
        return search_parts(self.portal)

    def providers(self) -> list[Job]:
        return [*(Job("search-index", part=k) for k in range(self.search_parts)), *(Job(kind) for kind in PROVIDERS)]

    def jobs(self, keys: list[tuple[str, ...]] | None = None, providers: list[Job] | None = None,
             batch: int = BATCH) -> list[Job]:
        """The providers (default: all) first, the longest (the search index) leading, so that the
        page batches fill the remaining workers; `keys`: the pages to make (default: all)."""
        keys = self.page_keys() if keys is None else keys
        return [*(self.providers() if providers is None else providers),
                *(Job("pages", tuple(keys[i:i + batch])) for i in range(0, len(keys), batch))]

    def units(self) -> list[tuple[str, Job | tuple[str, ...]]]:
        """Every unit of work, named: ("page:task:x", page key) or ("job:search", Job)."""
        return [*((job.name, job) for job in self.providers()), *((unit_name(key), key) for key in self.page_keys())]

    def run(self, job: Job) -> Iterator[tuple[str, OutputFile]]:
        if job.kind == "pages":
            for key in job.pages:
                for page in self.made(key):
                    yield unit_name(key), render.render(self.env, page)
            return
        if job.kind == "search-index":
            outputs = search.index_part(self.portal, job.part, self.search_parts, cache=self.index_cache)
        elif job.kind == "search":
            outputs = search.iter_outputs(self.portal, self.as_of, shards=False, cache=self.index_cache)
        elif job.kind == "workbooks":
            outputs = []
            if self.bulletins:
                from .progress import summary_xlsx  # (openpyxl: imported only where workbooks are made)

                outputs = [OutputFile(urls.progress_xlsx(b.period), summary_xlsx.workbook(self.portal, b))
                           for b in self.bulletins]
        elif job.kind == "assets":
            outputs = assets(self.templates)
        else:
            raise ValueError(f"unknown job {job.kind}")
        for out in outputs:
            yield job.name, out

    # --- what each page shows, for the build cache ------------------------------------

    def inputs(self, unit: str, key: Job | tuple[str, ...]) -> str:
        """A digest of everything the unit's files show. Conservative: a plan, matrix or source
        page depends on the whole tree of plans it belongs to (parent, sub-plans); a task,
        deadline or unit page on the tasks it lists and the plans around them (`_task_page_shows`,
        `_unit_page_shows`); the unit registry, progress reports and the day count for every
        page; the home page, the indexes and the providers (search, timeline) on everything."""
        if isinstance(key, Job):
            return digest(self.salt, unit, self._everything if key.kind != "assets" else "")
        kind, trees = key[0], self._trees
        if kind in ("plan", "matrix"):
            shown = [trees[key[1]]]
        elif kind == "task":
            shown = self._task_page_shows(key[1])
        elif kind == "unit":
            shown = self._unit_page_shows(key[1])
        elif kind == "deadline":
            tasks, heads = self._task_digests, self._plan_heads
            shown = [f"{tasks[item.task.id]} {heads[item.plan.id]}" for item, _ in self.look.by_deadline[key[1]]]
            shown += ["\n".join(self.look.deadline_keys), self._reading_order]
        elif kind == "source":
            shown = sorted({trees[p.id] for p in self.look.plans_by_source.get(key[1], ())})
            shown.append(self._sources[key[1]])
        else:
            shown = [self._everything]
        return digest(self.salt, unit, self._common, *shown)

    @cached_property
    def _common(self) -> str:
        return digest(self.as_of.isoformat(), self.site_name, repr(self.portal.units), repr(self.portal.progress))

    def _task_page_shows(self, task_id: str) -> list[str]:
        """What a task page shows: the task, its neighbours in its plan (their headings link),
        its plan and parent plan without their tasks (titles, ids), where the lines of the
        plan's source text are (the source link)."""
        task = self.portal.task_by_id[task_id]
        plan = self.portal.plan_by_id[task.plan]
        tasks, heads = self._task_digests, self._plan_heads
        starts = [(line, p.id if p else None) for line, p in self.look.source_starts.get(plan.source_file, ())]
        return [tasks[task_id], *(tasks[t.id] if t else "-" for t in self.look.neighbours[task_id]), heads[plan.id],
                heads.get(plan.parent, "-") if plan.parent else "", repr(starts)]

    def _unit_page_shows(self, unit_id: str) -> list[str]:
        """What a unit page shows: its tasks with their roles, in order (their lists, matrix and
        timeline), the plans it owns with their whole trees (task counts of sub-plans), and
        every plan without its tasks (the plans and parent plans its tasks are listed under)."""
        tasks, trees = self._task_digests, self._trees
        return [*(f"{role} {tasks[task.id]}" for role, task in self.portal.tasks_by_unit.get(unit_id, ())),
                *(trees[p.id] for p in self.portal.owned_plans.get(unit_id, ())), self._all_heads, self._reading_order]

    @cached_property
    def _all_heads(self) -> str:
        return digest(*self._plan_heads.values())

    @cached_property
    def _task_digests(self) -> dict[str, str]:
        """task id -> digest of the task (every field)."""
        return {task.id: task.fingerprint for task in self.portal.tasks}

    @cached_property
    def _plan_heads(self) -> dict[str, str]:
        """plan id -> digest of the plan but its tasks."""
        return {plan.id: digest(*(repr(getattr(plan, f.name)) for f in fields(plan) if f.name != "tasks"))
                for plan in self.portal.plans}

    @cached_property
    def _reading_order(self) -> str:
        order = self.portal.reading_order
        return "\n".join(sorted(order, key=order.__getitem__))

    @cached_property
    def _trees(self) -> dict[str, str]:
        """plan id -> digest of its whole plan tree (from its root down): each plan and its tasks."""
        portal, roots = self.portal, {}
        for plan in portal.plans:
            seen, root = {plan.id}, plan
            while root.parent in portal.plan_by_id and root.parent not in seen:
                seen.add(root.parent)
                root = portal.plan_by_id[root.parent]
            roots[plan.id] = root.id
        members: dict[str, list[str]] = {}
        for plan in portal.plans:
            members.setdefault(roots[plan.id], []).extend(
                [self._plan_heads[plan.id], *(self._task_digests[t.id] for t in plan.tasks)])
        tree = {root: digest(*reprs) for root, reprs in members.items()}
        return {plan_id: tree[root] for plan_id, root in roots.items()}

    @cached_property
    def _sources(self) -> dict[str, str]:
        return {name: digest(read_source(self.data_dir, name)) for name in self.look.plans_by_source}

    @cached_property
    def _everything(self) -> str:
        return digest(self._common, *(self._trees[p.id] for p in self.portal.plans),
                      *(f"{name}={text}" for name, text in sorted(self._sources.items())))


def search_parts(portal: Portal) -> int:
    """The parts the search index's term shards are made in (each by a worker)."""
    return 2 if len(portal.tasks) >= SEARCH_PARTS_FROM else 1


def unit_name(key: tuple[str, ...]) -> str:
    return "page:" + "\x1f".join(key)


def read_source(data_dir: Path, file_name: str) -> str:
    """A source text `check` has passed (a plain name inside sources/, UTF-8)."""
    path = Path(data_dir) / "sources" / file_name
    text, problems = datafiles.read_text(path, datafiles.shown_path(path, Path(data_dir)), Path(data_dir), "sources")
    if text is None:
        raise DataError(problems)
    return text


def _asset_files(templates: Path | None) -> dict[str, Path]:
    """Site-relative name -> file of every asset: the package's, then the project's over them."""
    out: dict[str, Path] = {}
    for root in reversed(render.folders(templates, "assets")):
        files = [path for path in sorted(root.rglob("*")) if path.is_file() and not path.name.startswith(".")]
        outside = [Problem(str(path), 1, f"是指向 {root} 以外的链接，不能发布") for path in files
                   if not datafiles.inside(path, root.parent, "assets")]
        if outside:
            raise DataError(outside)
        out.update({path.relative_to(root).as_posix(): path for path in files})
    return dict(sorted(out.items()))


def assets(templates: Path | None = None) -> list[OutputFile]:
    """Every file of templates/assets/, copied to assets/planportal/ (never what a link there leads to)."""
    return [OutputFile(f"{ASSETS}/{name}", path.read_bytes()) for name, path in _asset_files(templates).items()]


def asset_links(templates: Path | None = None) -> tuple[list[str], list[str]]:
    """The stylesheets and scripts every page loads: templates/assets/css/*.css and js/*.js."""
    names = _asset_files(templates)
    css = [f"{ASSETS}/{n}" for n in names if n.startswith("css/") and n.count("/") == 1 and n.endswith(".css")]
    js = [f"{ASSETS}/{n}" for n in names if n.startswith("js/") and n.count("/") == 1 and n.endswith(".js")]
    return css, js
