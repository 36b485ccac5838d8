"""The theme's page around a generated page, rendered once per kind of page, not once per page.

A generated page is HTML already (a Jinja template of the portal made it), so it needs
neither Python-Markdown nor mkdocs' per-page pipeline: only the theme's page template
(mkdocs-material's main.html with the project's overrides) around it. That template's
output differs between two generated pages of the same folder only where it prints the
page's title, description, address and content, so it is rendered once per

    (folder, whether the page has its own <h1>, whether it has a description)

with placeholders in those four places, exactly as mkdocs would render a page (the same
context, `page_context` and `post_page` plugin events), and each page is that frame with
the placeholders filled in: `Frames.page(out) -> HTML (bytes, as mkdocs writes them)`.

Pages in the navigation (the home page, the indexes) are mkdocs pages with an empty body,
because the theme marks them active in the nav; `Frames.adopt(page)` renders their own
frames (with and without an <h1> of their own) while mkdocs builds them.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import quote

from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .outputs import OutputFile

HIDE = ["navigation", "toc"]  # generated pages show neither the nav sidebar nor a table of contents
SLUG, TITLE, DESCRIPTION, CONTENT = "ppslot7slug", "ppslot7title", "ppslot7description", "ppslot7content"
# The content placeholder as the theme sees it: with "<h1" when the page has its own heading
# (material then prints no title heading of its own).
CONTENT_WITH_H1 = f"<{CONTENT}><h1></{CONTENT}>"
CONTENT_WITHOUT_H1 = f"<{CONTENT}></{CONTENT}>"
_SLOTS = re.compile("|".join(map(re.escape, (CONTENT_WITH_H1, CONTENT_WITHOUT_H1, SLUG, TITLE, DESCRIPTION))))
_NAMES = {CONTENT_WITH_H1: CONTENT, CONTENT_WITHOUT_H1: CONTENT}


def has_h1(body: str) -> bool:
    return "<h1" in body


def encode(text: str) -> bytes:
    return text.encode("utf-8", errors="xmlcharrefreplace")  # as mkdocs writes a page


@dataclass(frozen=True)
class Frame:
    """A rendered page split at its placeholders: encoded literal text at even positions,
    slot names at odd."""

    parts: tuple[bytes | str, ...]

    @classmethod
    def of(cls, rendered: str) -> "Frame":
        parts: list[bytes | str] = []
        last = 0
        for match in _SLOTS.finditer(rendered):
            parts += [encode(rendered[last:match.start()]), _NAMES.get(match.group(), match.group())]
            last = match.end()
        parts.append(encode(rendered[last:]))
        return cls(tuple(parts))

    def fill(self, values: dict[str, str]) -> bytes:
        return b"".join(part if i % 2 == 0 else encode(values[part]) for i, part in enumerate(self.parts))


def slot_path(path: str) -> tuple[str, str]:
    """(the path with the page's own name replaced by SLUG, that name):
    tasks/x.md -> (tasks/ppslot.md, x); plans/index.md -> (ppslot/index.md, plans)."""
    folder, name = posixpath.split(path)
    stem = name[:-3]
    if stem in ("index", "README") and folder:
        parent, own = posixpath.split(folder)
        return posixpath.join(parent, SLUG, name), own
    return posixpath.join(folder, SLUG + ".md"), stem


class Frames:
    """The frames of one build (one mkdocs configuration, theme environment and navigation)."""

    def __init__(self, config, env, nav, files) -> None:
        self.config, self.env, self.nav = config, env, nav
        self.doc_files = files.documentation_pages()
        self._frames: dict[tuple, Frame] = {}
        self._adopted: dict[tuple[str, bool], Frame] = {}
        self._adopting = False
        self._dests: dict[str, str] = {}

    def adopt(self, page: Page) -> None:
        """The frames of a navigation page (mkdocs' Page, its title and description set)."""
        if self._adopting:  # called back from the post_page event of the rendering below
            return
        content, self._adopting = page.content, True
        try:
            for heading in (True, False):
                page.content = CONTENT_WITH_H1 if heading else CONTENT_WITHOUT_H1
                self._adopted[(page.file.src_uri, heading)] = self._render_page(page)
        finally:
            page.content, self._adopting = content, False

    def dest(self, path: str) -> str:
        """Where a page's HTML goes in the site (tasks/x.md -> tasks/x/index.html), as mkdocs puts it."""
        shape, slug = slot_path(path) if "/" in path else (path, "")  # index.md: the site's own index
        dest = self._dests.get(shape)
        if dest is None:
            dest = self._dests[shape] = File(shape, None, self.config.site_dir, self.config.use_directory_urls).dest_uri
        return dest.replace(SLUG, slug)

    def page(self, out: OutputFile) -> bytes:
        """The whole HTML page of a generated page."""
        body = (out.content if isinstance(out.content, str) else out.content.decode("utf-8")).strip()
        adopted = self._adopted.get((out.path, has_h1(body)))
        if adopted is not None:
            return adopted.fill({CONTENT: body})
        if out.in_nav:
            raise ValueError(f"{out.path}: 导航中的生成页面没有在 Generation.nav_pages 中列出")
        shape, slug = slot_path(out.path)
        key = (shape, has_h1(body), bool(out.description))
        frame = self._frames.get(key)
        if frame is None:
            frame = self._frames[key] = self._render(*key)
        return frame.fill({SLUG: quote(slug), CONTENT: body, TITLE: html.escape(out.title or ""),
                           DESCRIPTION: html.escape(out.description or "")})

    def _render(self, shape: str, heading: bool, described: bool) -> Frame:
        """Render the theme's page template as mkdocs' build does for one page (`_build_page`)."""
        config = self.config
        file = File(shape, None, config.site_dir, config.use_directory_urls)
        page = Page(TITLE, file, config)
        page.markdown = ""
        page.meta = {"title": TITLE, "hide": list(HIDE), **({"description": DESCRIPTION} if described else {})}
        page.content = CONTENT_WITH_H1 if heading else CONTENT_WITHOUT_H1
        page.toc = get_toc([])
        return self._render_page(page)

    def _render_page(self, page: Page) -> Frame:
        config = self.config
        active = page.active
        page.active = True
        try:
            config._current_page = page
            context = get_context(self.nav, self.doc_files, config, page)
            template = self.env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=self.nav)
            output = config.plugins.on_post_page(template.render(context), page=page, config=config)
        finally:
            page.active = active
            config._current_page = None
        return Frame.of(output)
