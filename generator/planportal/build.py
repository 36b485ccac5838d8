"""`planportal build`: the whole pipeline, top to bottom (`planportal serve` runs it too: preview.py).

    load + validate data   (errors: print every FILE:LINE: message, exit 1)
    -> mkdocs build        (strict) into a staging directory beside the target: the theme,
                            the hand-written pages and the frames of the nav's generated
                            pages; then the planportal plugin runs the pipeline
                            (generate.py jobs -> worker processes -> pipeline.py writes
                            every page, framed by the theme, and every asset)
    -> publish             (only on success, publish.py: readable modes, swapped in
                            atomically, so a complete site is always at the path)

A rebuild makes its new site from the previous one, which the last build kept in its cache
(publish.reuse): the pipeline writes into it only what changed, mkdocs' files are merged
in, and what the new site lacks is removed; mkdocs itself still builds into a staging
directory of its own.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sys
import time
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from . import buildcache, collector, generate, identity, pipeline, publish, siteconfig
from .loader import load
from .meter import Meter
from .problems import DataError, errors, warnings
from .search import incremental

log = logging.getLogger("mkdocs")
PLUGIN = "planportal"
KEPT = "previous-site"  # in the build cache: the site before the published one, reused by the next build


def command(data_dir: Path, site_dir: Path, config: Path = Path("mkdocs.yml"), as_of: dt.date | None = None,
            workers: int = 0) -> int:
    with collector.frozen():  # the model, once made, is never scanned by the collector (collector.py)
        return _build(data_dir, site_dir, config, as_of, workers)


def _build(data_dir: Path, site_dir: Path, config: Path, as_of: dt.date | None, workers: int) -> int:
    start = time.monotonic()
    log_to_stderr()
    meter = Meter()
    site_dir = Path(site_dir).resolve()
    refused = publish.foreign(site_dir, generate.ASSETS, "--site-dir")
    if refused is not None:
        print(refused, file=sys.stderr)
        return 1
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = publish.staging(site_dir)
    kept = buildcache.cache_dir(site_dir) / KEPT
    tree = None  # the previous site, reused for the new one
    started = None
    try:
        # 1. Load the mkdocs configuration (its links checked); the plugin tells where templates live.
        absent = siteconfig.missing(Path(config))
        if absent is not None:
            print(absent, file=sys.stderr)
            return _fail(staging, tree)
        cfg = load_config(config_file=str(config), site_dir=str(staging), strict=True)
        plugin = cfg.plugins.get(PLUGIN)
        if plugin is None:
            print(f"{config}: plugins 中缺少 {PLUGIN}", file=sys.stderr)
            return _fail(staging, tree)
        plugin.resolve(cfg)
        bad_links = siteconfig.link_problems(cfg)
        if bad_links:
            raise DataError(bad_links)
        for warning in identity.placeholders(Path(config), cfg.extra.get("footer")):
            print(warning, file=sys.stderr)

        # 2. Nothing changed since the last build (data, templates, configuration, code, day)?
        as_of = as_of or plugin.as_of()
        looks = (plugin.templates_dir, Path(config), Path(cfg.docs_dir), Path(cfg.theme.custom_dir or plugin.templates_dir))
        stamp = buildcache.folder_stamp(*looks, Path(data_dir))  # (an edit while the build runs: see remember)
        salt = buildcache.digest(buildcache.code_digest(), buildcache.folder_digest(*looks))
        inputs = buildcache.digest(salt, buildcache.folder_digest(Path(data_dir)), as_of.isoformat(), cfg.site_name)
        state = buildcache.State.load(site_dir)
        if state.up_to_date(site_dir, inputs):
            for line in state.warnings:
                print(line, file=sys.stderr)
            print(f"网站已是最新，未重新生成 → {site_dir}（{time.monotonic() - start:.1f} 秒）", file=sys.stderr)
            shutil.rmtree(staging, ignore_errors=True)
            return 0

        # 3. Load and validate the data.
        meter.phase("读取数据")
        with collector.made_at_once():
            portal, problems = load(data_dir, cache=buildcache.cache_dir(site_dir) / "yaml",
                                    workers=workers or pipeline.workers_default())
        for problem in errors(problems):
            print(problem, file=sys.stderr)
        if errors(problems) or portal is None:
            print(f"共 {len(errors(problems))} 个错误，未生成网站（{site_dir} 保持不变）", file=sys.stderr)
            return _fail(staging, tree)
        notes = []
        if warnings(problems):
            notes.append(f"{len(warnings(problems))} 个警告（planportal check --data {data_dir} 可查看）")
        if not portal.tasks:
            notes.append(f"{data_dir}: 数据中没有任何任务，生成的网站是空的")
        for line in notes:
            print(line, file=sys.stderr)
        started = pipeline.start(portal, workers=workers, fresh=not state.inputs)  # works while mkdocs builds
        tree, present = _reuse(site_dir, kept)

        # 4. Build the site with mkdocs (strict: any warning aborts); the plugin generates every
        #    page and asset from the model, in `workers` processes, reusing what the last build made.
        with collector.made_at_once():
            site = generate.Generation(portal, as_of, data_dir, site_name=cfg.site_name,
                                       templates=plugin.templates_dir)
        site.salt = salt
        site.index_cache = incremental.Cache(buildcache.cache_dir(site_dir) / "search", state, site_dir, salt)
        site.index_cache.start()
        site.compiled = buildcache.cache_dir(site_dir) / "jinja"
        plugin.use(site, portal.updated)
        plugin.workers, plugin.meter, plugin.previous = workers, meter, (state, site_dir)
        plugin.started, plugin.into = started, (tree, present) if tree is not None else None
        meter.phase("mkdocs：主题与手写页面")
        mkdocs_build(cfg)
        made, whole = {w.dest for w in plugin.result.written}, tree is None
        if tree is None:
            publish.keep_identical(staging, site_dir, skip=made)
        else:  # mkdocs' files into the reused site, and out of it what the new site lacks
            made |= publish.merge(staging, tree, site_dir, present, skip=made)
            publish.prune(tree, present, made)
            shutil.rmtree(staging)
            staging, tree = tree, None
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return _fail(staging, tree)
    except TemplateSyntaxError as exc:
        print(f"{exc.filename}:{exc.lineno}: 模板语法错误: {exc.message}", file=sys.stderr)
        return _fail(staging, tree)
    except TemplateError as exc:
        print(f"planportal build: 模板错误: {exc}", file=sys.stderr)
        return _fail(staging, tree)
    except (MkDocsException, ValueError, OSError) as exc:
        print(f"planportal build: {exc}", file=sys.stderr)
        return _fail(staging, tree)
    except BaseException:
        _fail(staging, tree)
        raise
    finally:
        if started is not None:  # ended by the pipeline, unless the build failed before
            started.close(wait=False)
        meter.close()

    # 5. Swap the new site in, then remember what it holds for the next build (while the previous
    #    site is being removed).
    result = plugin.result

    def remember() -> None:
        # An input edited while the build ran may or may not be in the site: the next build must
        # not find the site up to date (an edit made and undone meanwhile would be left showing).
        # Every page's own input digest is what it was made from, so only this one is changed.
        settled = inputs if buildcache.folder_stamp(*looks, Path(data_dir)) == stamp else \
            buildcache.digest(inputs, "edited while building")
        try:  # the search index's data for the next build (without it, the next build makes the index whole)
            incremental.commit(buildcache.cache_dir(site_dir) / "search", settled)
        except OSError:
            pass
        buildcache.State.of(settled, notes, result, site_dir, previous=state).save(site_dir)

    publish.publish(staging, site_dir, meanwhile=remember, keep=kept, whole=whole)
    fresh = sum(1 for w in result.pages if not w.linked)
    print(f"已生成 {len(result.pages)} 个页面（{fresh} 个有变化）→ {site_dir}（{time.monotonic() - start:.1f} 秒）",
          file=sys.stderr)
    return 0


def _reuse(site_dir: Path, kept: Path) -> tuple[Path | None, dict[str, int] | None]:
    """The previous site to make the new one from, and what it holds; (None, None) when there
    is none, or it cannot be read (then it is removed: the build starts from scratch)."""
    tree = publish.reuse(site_dir, kept)
    if tree is None:
        return None, None
    try:
        return tree, publish.inventory(tree)
    except OSError:
        shutil.rmtree(tree, ignore_errors=True)
        return None, None


def _fail(staging: Path, tree: Path | None = None) -> int:
    """Remove what the failed build made: its staging directory, and the previous site it was
    reusing (the next build starts from scratch)."""
    for folder in (staging, tree):
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return 1


class _Stderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (the CLI's, or a test's capture)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def log_to_stderr(level: int = logging.WARNING) -> None:
    """mkdocs' own messages (warnings that fail a strict build), as the mkdocs CLI shows them."""
    if not any(isinstance(h, _Stderr) for h in log.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        log.addHandler(handler)
    log.setLevel(min(log.level or logging.WARNING, level))
