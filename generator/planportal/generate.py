"""Every file of the portal, independent of mkdocs: the pages built from the model,
the providers' pages (search, matrix, timeline) and the static assets.

    outputs(portal, as_of, data_dir) -> [OutputFile]

The mkdocs plugin hands these files to mkdocs; nothing here imports mkdocs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import datafiles, matrix, pages, render, search, sourcetext, timeline
from .model import Portal
from .outputs import OutputFile, urls
from .problems import DataError, Problem
from .progress import summary_xlsx
from .progress.bulletin import bulletin
from .views import Lookups

SITE_NAME = "安全生产工作方案公开门户"
ASSETS = "assets/planportal"  # where templates/assets/ lands in the site


def outputs(portal: Portal, as_of: dt.date, data_dir: Path, *, site_name: str = SITE_NAME,
            templates: Path = render.TEMPLATES) -> list[OutputFile]:
    look = Lookups(portal, as_of)
    bulletins = [bulletin(look.progress, period) for period in look.progress.periods]
    built = [
        pages.home(look, site_name),
        pages.plans_index(look),
        pages.units_index(look),
        pages.deadlines_index(look),
        *(pages.plan(look, p) for p in portal.plans),
        *(pages.unit(look, u) for u in portal.units),
        *(pages.task(look, t) for t in portal.tasks),
        *(pages.deadline(look, key) for key in look.deadline_keys),
        *(p for name in look.plans_by_source for p in sourcetext.pages(look, name, read_source(data_dir, name))),
        pages.progress_index(look, bulletins),
        *(pages.progress_period(look, b) for b in bulletins),
        *matrix.pages(look),
        *timeline.pages(look),
    ]
    env = render.environment(templates)
    files = [render.render(env, page) for page in built]
    files += search.outputs(portal, as_of)
    files += [OutputFile(urls.progress_xlsx(b.period), summary_xlsx.workbook(portal, b))
              for b in bulletins]
    files += assets(templates)
    _no_duplicates(files)
    return files


def read_source(data_dir: Path, file_name: str) -> str:
    """A source text `check` has passed (a plain name inside sources/, UTF-8)."""
    path = Path(data_dir) / "sources" / file_name
    text, problems = datafiles.read_text(path, datafiles.shown_path(path, Path(data_dir)), Path(data_dir), "sources")
    if text is None:
        raise DataError(problems)
    return text


def assets(templates: Path = render.TEMPLATES) -> list[OutputFile]:
    """Everything under templates/assets/, copied to assets/planportal/ (never what a link there leads to)."""
    root = Path(templates) / "assets"
    files = [path for path in sorted(root.rglob("*")) if path.is_file() and not path.name.startswith(".")]
    outside = [Problem(str(path), 1, f"是指向 {root} 以外的链接，不能发布") for path in files
               if not datafiles.inside(path, Path(templates), "assets")]
    if outside:
        raise DataError(outside)
    return [OutputFile(f"{ASSETS}/{path.relative_to(root).as_posix()}", path.read_bytes()) for path in files]


def asset_links(templates: Path = render.TEMPLATES) -> tuple[list[str], list[str]]:
    """The stylesheets and scripts every page loads: templates/assets/css/*.css and js/*.js."""
    root = Path(templates) / "assets"
    css = [f"{ASSETS}/css/{p.name}" for p in sorted((root / "css").glob("*.css"))]
    js = [f"{ASSETS}/js/{p.name}" for p in sorted((root / "js").glob("*.js"))]
    return css, js


def _no_duplicates(files: list[OutputFile]) -> None:
    seen: set[str] = set()
    for f in files:
        if f.path in seen:
            raise ValueError(f"两个生成的文件使用了同一路径：{f.path}")
        seen.add(f.path)
