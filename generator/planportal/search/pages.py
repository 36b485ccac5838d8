"""The search page (search/) and the task finder page (finder/), and the static files
their scripts need: templates/search/*.js, *.css and lunr.js from the installed mkdocs
package (lunr.js 2.3.9, the version lunr.py targets; never from a CDN)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..outputs import OutputFile

TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "search"
ASSETS = "assets/planportal/search"
SCRIPTS = ("lunr.js", "tokenize.js", "engine.js")  # loaded in this order before the page's own script
STYLES = ("search.css",)


def lunr_js() -> str:
    """lunr.js as shipped with mkdocs' search plugin, its licence kept, API comments dropped."""
    import mkdocs.contrib.search

    path = Path(mkdocs.contrib.search.__file__).parent / "templates" / "search" / "lunr.js"
    source = path.read_text(encoding="utf-8")
    head, sep, body = source.partition("*/")
    # Doc comments stand on their own lines (`/**` … `*/`); code never starts a line with `/**`.
    body = re.sub(r"(?m)^[ \t]*/\*\*(?:(?!\*/)[\s\S])*\*/[ \t]*\n", "", body)
    return head + sep + body


def static_files(templates: Path = TEMPLATES) -> list[OutputFile]:
    files = [OutputFile(f"{ASSETS}/lunr.js", lunr_js())]
    for path in sorted(templates.iterdir()):
        if path.suffix in (".js", ".css"):
            files.append(OutputFile(f"{ASSETS}/{path.name}", path.read_text(encoding="utf-8")))
    return files


def digest(content: str | bytes) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha1(data).hexdigest()[:10]


def environment(templates: Path = TEMPLATES) -> Environment:
    return Environment(loader=FileSystemLoader(templates), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def page(env: Environment, path: str, template: str, title: str, script: str, assets: dict[str, str],
         version: str, in_nav: bool = False, **context) -> OutputFile:
    """A Markdown page whose body is the template's HTML; asset links relative to the page
    (`search/index.md` -> `search/` -> `../assets/…`), each with its content digest."""
    base = "../" * path.count("/")
    link = lambda name: f"{base}{ASSETS}/{name}?v={assets[name]}"  # noqa: E731
    html = env.get_template(template).render(
        title=title, base=base, version=version,
        scripts=[link(n) for n in (*SCRIPTS, script)], styles=[link(n) for n in STYLES], **context)
    return OutputFile(path, html.strip() + "\n", title=title, in_nav=in_nav)
