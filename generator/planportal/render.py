"""One Jinja2 environment for the portal's pages (templates/portal/) and task books (templates/book/):
autoescape on, StrictUndefined.

The templates and assets ship inside the package (`planportal/templates/`, found with
importlib.resources, so an installed wheel has them). A project's own templates folder (the
plugin's `templates` option, like mkdocs' `custom_dir`) overrides them file by file: a
template or asset found there is used instead of the package's, and assets may be added.

A template receives exactly its page's context (see `pages.py`) plus these globals:
`urls` (the page addresses) and `ROLE_LABELS`; filters: `cn_date`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from .model import ROLE_LABELS
from .outputs import OutputFile, urls
from .pages import Page
from .views import cn_date

TEMPLATES = Path(str(resources.files("planportal") / "templates"))  # the package's own


def folders(templates: Path | None, folder: str) -> list[Path]:
    """Where one folder's files are looked for: the project's templates first, then the package's."""
    own = [Path(templates) / folder] if templates is not None and Path(templates) != TEMPLATES else []
    return [*own, TEMPLATES / folder]


def environment(templates: Path | None = None, folder: str = "portal", compiled: Path | None = None) -> Environment:
    """The environment for one folder of templates: `portal` (site pages) or `book` (task books).
    `compiled`: a folder that keeps the compiled templates (Jinja's bytecode cache, checked
    against each template's source), so that a rebuild does not compile them again."""
    cache = None
    if compiled is not None:
        Path(compiled).mkdir(parents=True, exist_ok=True)
        cache = FileSystemBytecodeCache(str(compiled))
    env = Environment(
        loader=FileSystemLoader([str(p) for p in folders(templates, folder)]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=cache,
        auto_reload=False,  # one build, one set of templates: no stat of each template per page
    )
    env.globals.update(urls=urls, ROLE_LABELS=ROLE_LABELS)
    env.filters["cn_date"] = cn_date
    return env


def render(env: Environment, page: Page) -> OutputFile:
    """The page as a Markdown file whose body is the template's HTML."""
    html = env.get_template(page.template).render(page.context)
    return OutputFile(page.path, html.strip() + "\n", title=page.title, in_nav=page.in_nav,
                      description=page.description)
