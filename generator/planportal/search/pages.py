"""The search page (search/) and the task finder page (finder/), and the static files
their scripts need: the package's templates/search/*.js and *.css (nothing from a CDN)."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..outputs import OutputFile

TEMPLATES = Path(str(resources.files("planportal") / "templates" / "search"))
ASSETS = "assets/planportal/search"
SCRIPTS = ("tokenize.js", "engine.js")  # loaded in this order before the page's own script
PRELOAD = ("index/manifest.json", "t2s.txt")  # what engine.js fetches first, requested while the page loads
STYLES = ("search.css",)


def static_files(templates: Path = TEMPLATES) -> list[OutputFile]:
    return [OutputFile(f"{ASSETS}/{path.name}", path.read_text(encoding="utf-8"))
            for path in sorted(templates.iterdir()) if path.suffix in (".js", ".css")]


def digest(content: str | bytes) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha1(data).hexdigest()[:10]


def environment(templates: Path = TEMPLATES) -> Environment:
    return Environment(loader=FileSystemLoader(templates), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def page(env: Environment, path: str, template: str, title: str, script: str, assets: dict[str, str],
         version: str, in_nav: bool = False, description: str | None = None, **context) -> OutputFile:
    """A Markdown page whose body is the template's HTML; asset links relative to the page
    (`search/index.md` -> `search/` -> `../assets/…`), each with its content digest."""
    base = "../" * path.count("/")
    link = lambda name: f"{base}{ASSETS}/{name}?v={assets[name]}"  # noqa: E731
    html = env.get_template(template).render(
        title=title, base=base, version=version,
        scripts=[link(n) for n in (*SCRIPTS, script)], styles=[link(n) for n in STYLES],
        preload=[f"{base}{ASSETS}/{name}?v={version}" for name in PRELOAD], **context)
    return OutputFile(path, html.strip() + "\n", title=title, in_nav=in_nav, description=description)
