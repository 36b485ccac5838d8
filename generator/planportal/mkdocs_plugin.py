"""The mkdocs adapter: mkdocs and mkdocs-material make the theme, the hand-written pages
(docs/) and `serve`; the one build pipeline (generate.py -> pipeline.py) makes every
generated file. The plugin only

- turns the generated pages of the navigation (home, indexes, finder) into mkdocs pages
  with an empty body (`on_files`), so the theme renders their frame with the nav marked
  active, and keeps that frame (`on_post_page`);
- gives those pages their title and description (`on_page_markdown`);
- after mkdocs' build, runs the pipeline into the site directory (`on_post_build`): every
  generated page rendered straight from its Jinja template into the theme's page frame
  (theme_frame.py), in worker processes, never through Python-Markdown; then the sitemap;
- links every stylesheet and script of the templates' `assets/` on every page (`on_config`);
- tells the theme when the data was last updated (`planportal_updated`, in the footer);
- refuses configured links that are not http(s) or relative (`on_config`, siteconfig.py);
- watches the data and template directories in `mkdocs serve` / `planportal serve`, and
  answers a request for a path with control characters (`/%00/`) with 400, not a 500.

`planportal build` loads and checks the data itself and passes it in with `use()`; a plain
`mkdocs build` or `mkdocs serve` makes the plugin load the data on each build. Hand-written
pages link to generated ones by address (`../tasks/x/`): only the navigation's generated
pages are mkdocs files.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import FileSystemBytecodeCache
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from . import generate, pipeline, publish, render, sitemap, siteconfig, status
from .buildcache import State
from .generate import Generation
from .loader import load
from .meter import Meter
from .outputs import OutputFile
from .problems import errors
from .theme_frame import CONTENT_WITH_H1, HIDE, Frames
from .views import cn_date

log = logging.getLogger("mkdocs.plugins.planportal")


class TimeZone(c.Type):
    """An IANA time zone name, such as Asia/Shanghai."""

    def __init__(self) -> None:
        super().__init__(str, default=status.DEFAULT_TIMEZONE)

    def run_validation(self, value):
        value = super().run_validation(value)
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(f"未知的时区 {value!r}（应为 IANA 时区名，如 Asia/Shanghai）")
        return value


class Day(c.BaseConfigOption):
    """A day written YYYY-MM-DD, quoted or not (status.day); kept as that text."""

    def run_validation(self, value):
        try:
            return status.day(value).isoformat()
        except ValueError as exc:
            raise ValidationError(str(exc))


class PlanPortalConfig(base.Config):
    data_dir = c.Type(str, default="data")  # the data directory, relative to mkdocs.yml (`data` is taken by Config)
    templates = c.Type(str, default="templates")  # the project's templates and assets over the package's, relative to mkdocs.yml
    as_of = c.Optional(Day())  # YYYY-MM-DD for 逾期/临期; default: today in `timezone`
    timezone = TimeZone()  # the portal's time zone: what "today" means


class PlanPortalPlugin(BasePlugin[PlanPortalConfig]):
    def __init__(self) -> None:
        self._prepared: Generation | None = None
        self._site: Generation | None = None
        self._updated: dt.date | None = None
        self._nav_pages: dict[str, OutputFile] = {}
        self._frames: Frames | None = None
        self._nav = None
        self._serving = False
        self.workers = 0  # processes for the pages (0: one per core)
        self.meter: Meter | None = None
        self.previous: tuple[State, Path] | None = None  # the last build's state and the published site
        self.into: tuple[Path, dict[str, int]] | None = None  # where the pages go instead of mkdocs' site_dir:
        # the previous site reused, with what it holds (publish.reuse, publish.inventory)
        self.started = None  # what pipeline.start began before mkdocs' build (planportal build)
        self.result = pipeline.Result()  # what the last build generated
        self.data_dir = Path("data")
        self.templates_dir = Path("templates")

    def use(self, site: Generation, updated: dt.date | None = None) -> None:
        """Build what the caller has already loaded (planportal build), from data last updated
        on `updated` (Portal.updated)."""
        self._prepared, self._updated = site, updated

    def resolve(self, config) -> None:
        """Data and template directories, relative to mkdocs.yml."""
        root = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = root / self.config.data_dir
        self.templates_dir = root / self.config.templates

    def as_of(self) -> dt.date:
        return dt.date.fromisoformat(self.config.as_of) if self.config.as_of else status.today(self.config.timezone)

    def on_startup(self, *, command, dirty) -> None:
        self._serving = command == "serve"  # the server's threads: no worker processes

    def on_config(self, config):
        problems = siteconfig.link_problems(config)
        if problems:
            raise PluginError("\n".join(map(str, problems)))
        self.resolve(config)
        css, js = generate.asset_links(self.templates_dir)
        config.extra_css = [*config.extra_css, *(p for p in css if p not in config.extra_css)]
        config.extra_javascript.extend(p for p in js if p not in config.extra_javascript)
        return config

    def on_pre_build(self, *, config) -> None:
        """`mkdocs build` empties site_dir next: never a directory that holds something else."""
        refused = None if self._serving else publish.foreign(Path(config.site_dir), generate.ASSETS, "site_dir")
        if refused is not None:
            raise PluginError(refused)

    def on_files(self, files: Files, *, config) -> Files:
        """Only the generated pages of the navigation become mkdocs pages (with an empty body);
        every other generated file is written after mkdocs' build (`on_post_build`)."""
        self._site = self._prepared if self._prepared is not None else self._generate(config)
        self._nav_pages = {}
        for out in self._site.nav_pages():
            if files.get_file_from_path(out.path) is not None:
                raise PluginError(f"planportal: 生成的 {out.path} 与 {config.docs_dir} 中的手写文件同名")
            files.append(File.generated(config, out.path, content="", inclusion=InclusionLevel.INCLUDED))
            self._nav_pages[out.path] = out
        return files

    def on_env(self, env, *, config, files):
        compiled = getattr(self._site, "compiled", None)
        if compiled is not None and env.bytecode_cache is None:  # the theme's templates compiled once, not every build
            folder = Path(compiled) / "theme"
            folder.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        custom = config.theme.custom_dir
        env.globals["planportal_search"] = bool(custom) and (Path(custom) / "partials" / "search.html").is_file()
        env.globals["planportal_updated"] = cn_date(self._updated)
        self._frames = Frames(config, env, self._nav, files)
        return env

    def on_nav(self, nav, *, config, files):
        self._nav = nav
        return nav

    def on_page_markdown(self, markdown, *, page, config, files):
        out = self._nav_pages.get(page.file.src_uri)
        if out is None:
            return markdown
        # The theme prints meta values unescaped (<title>, header, description): escape them here.
        if not page.is_homepage:  # the home page's <title> is the site name alone
            page.meta.setdefault("title", html.escape(out.title))
        page.meta.setdefault("hide", list(HIDE))
        if out.description:
            page.meta.setdefault("description", html.escape(out.description))
        return ""

    def on_page_content(self, html_, *, page, config, files):
        return CONTENT_WITH_H1 if page.file.src_uri in self._nav_pages else html_

    def on_post_page(self, output, *, page, config):
        if page.file.src_uri in self._nav_pages:
            self._frames.adopt(page)
        return output

    def on_post_build(self, *, config) -> None:
        """Every generated file, rendered by the worker processes straight into the site."""
        workers = 1 if self._serving else self.workers
        target, present = self.into or (Path(config.site_dir), None)
        self.result = pipeline.write(self._site, self._frames, target, workers=workers,
                                     meter=self.meter, previous=None if self._serving else self.previous,
                                     started=self.started, present=present)
        written = self.result.written
        seen: set[str] = set()
        for w in written:
            if w.path in seen:
                raise PluginError(f"planportal: 两个生成的文件使用了同一路径：{w.path}")
            seen.add(w.path)
        docs = Path(config.docs_dir)
        hand_written = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.exists()} \
            if docs.is_dir() else set()
        clashes = [w.path for w in written if w.path not in self._nav_pages and w.path in hand_written]
        if clashes:
            raise PluginError(f"planportal: 生成的 {clashes[0]} 与 {config.docs_dir} 中的手写文件同名")
        if config.site_url:
            sitemap.write(config, self._frames.env, self._frames.doc_files,
                          [w for w in self.result.pages if w.path not in self._nav_pages])

    def on_serve(self, server, *, config, builder):
        for path in (self.data_dir, self.templates_dir, render.TEMPLATES):
            if path.is_dir():
                server.watch(str(path))
        server.set_app(refuse_control_characters(server.get_app()))
        return server

    def _generate(self, config) -> Generation:
        portal, problems = load(self.data_dir)
        if errors(problems):
            raise PluginError("planportal: 数据有错误，无法生成页面：\n" + "\n".join(map(str, errors(problems))))
        self._updated = portal.updated
        return Generation(portal, self.as_of(), self.data_dir, site_name=config.site_name,
                          templates=self.templates_dir)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def refuse_control_characters(app):
    """WSGI middleware: a path with a control character (a NUL makes open() raise) is a bad request."""

    def guarded(environ, start_response):
        if _CONTROL.search(environ.get("PATH_INFO", "")):
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"400 Bad Request"]
        return app(environ, start_response)

    return guarded
