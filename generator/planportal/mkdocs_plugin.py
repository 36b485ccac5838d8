"""The mkdocs adapter: hands the core's generated files to mkdocs (as the material blog
plugin does with its posts and archive pages). It knows nothing of pages; it only

- adds every `OutputFile` in `on_files` via `File.generated` — pages `NOT_IN_NAV` unless
  they ask to be in the nav, assets as plain files;
- links every stylesheet and script of `templates/assets/` on every page (`on_config`);
- gives each generated page its title and description (`on_page_markdown`);
- tells the theme when the data was last updated (`planportal_updated`, in the footer);
- refuses configured links that are not http(s) or relative (`on_config`, siteconfig.py);
- watches the data and template directories in `mkdocs serve` / `planportal serve`, and
  answers a request for a path with control characters (`/%00/`) with 400, not a 500.

`planportal build` loads and checks the data itself and passes the files in with `use()`;
a plain `mkdocs build` or `mkdocs serve` makes the plugin load the data on each build.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from . import generate, siteconfig, status
from .loader import load
from .outputs import OutputFile
from .problems import DataError, errors
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


class PlanPortalConfig(base.Config):
    data_dir = c.Type(str, default="data")  # the data directory, relative to mkdocs.yml (`data` is taken by Config)
    templates = c.Type(str, default="templates")  # page templates and assets, relative to mkdocs.yml
    as_of = c.Optional(c.Type(str))  # YYYY-MM-DD for 逾期/临期; default: today in `timezone`
    timezone = TimeZone()  # the portal's time zone: what "today" means


class PlanPortalPlugin(BasePlugin[PlanPortalConfig]):
    def __init__(self) -> None:
        self._prepared: list[OutputFile] | None = None
        self._updated: dt.date | None = None
        self._pages: dict[str, OutputFile] = {}
        self.data_dir = Path("data")
        self.templates_dir = Path("templates")

    def use(self, outputs: list[OutputFile], updated: dt.date | None = None) -> None:
        """Build from files the caller has already generated (planportal build), from data
        last updated on `updated` (Portal.updated)."""
        self._prepared, self._updated = outputs, updated

    def resolve(self, config) -> None:
        """Data and template directories, relative to mkdocs.yml."""
        root = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = root / self.config.data_dir
        self.templates_dir = root / self.config.templates

    def as_of(self) -> dt.date:
        return dt.date.fromisoformat(self.config.as_of) if self.config.as_of else status.today(self.config.timezone)

    def on_config(self, config):
        problems = siteconfig.link_problems(config)
        if problems:
            raise PluginError("\n".join(map(str, problems)))
        self.resolve(config)
        css, js = generate.asset_links(self.templates_dir)
        config.extra_css = [*config.extra_css, *(p for p in css if p not in config.extra_css)]
        config.extra_javascript.extend(p for p in js if p not in config.extra_javascript)
        return config

    def on_env(self, env, *, config, files):
        custom = config.theme.custom_dir
        env.globals["planportal_search"] = bool(custom) and (Path(custom) / "partials" / "search.html").is_file()
        env.globals["planportal_updated"] = cn_date(self._updated)
        return env

    def on_files(self, files: Files, *, config) -> Files:
        outputs = self._prepared if self._prepared is not None else self._generate(config)
        self._pages = {}
        for out in outputs:
            if files.get_file_from_path(out.path) is not None:
                raise PluginError(f"planportal: 生成的 {out.path} 与 {config.docs_dir} 中的手写文件同名")
            inclusion = InclusionLevel.INCLUDED if out.in_nav or not out.is_page else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, out.path, content=out.content, inclusion=inclusion))
            if out.is_page:
                self._pages[out.path] = out
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        out = self._pages.get(page.file.src_uri)
        if out and out.title:
            # The theme prints meta values unescaped (<title>, header, description): escape them here.
            if not page.is_homepage:  # the home page's <title> is the site name alone
                page.meta.setdefault("title", html.escape(out.title))
            page.meta.setdefault("hide", ["navigation", "toc"])
        if out and out.description:
            page.meta.setdefault("description", html.escape(out.description))
        return markdown

    def on_serve(self, server, *, config, builder):
        for path in (self.data_dir, self.templates_dir):
            if path.is_dir():
                server.watch(str(path))
        server.set_app(refuse_control_characters(server.get_app()))
        return server

    def _generate(self, config) -> list[OutputFile]:
        portal, problems = load(self.data_dir)
        try:
            if errors(problems):
                raise DataError(errors(problems))
            self._updated = portal.updated
            return generate.outputs(portal, self.as_of(), self.data_dir, site_name=config.site_name,
                                    templates=self.templates_dir)
        except DataError as exc:
            raise PluginError("planportal: 数据有错误，无法生成页面：\n" + "\n".join(map(str, exc.problems)))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def refuse_control_characters(app):
    """WSGI middleware: a path with a control character (a NUL makes open() raise) is a bad request."""

    def guarded(environ, start_response):
        if _CONTROL.search(environ.get("PATH_INFO", "")):
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"400 Bad Request"]
        return app(environ, start_response)

    return guarded
