"""sitemap.xml with the generated pages too (mkdocs lists only its own pages): written
only when `site_url` is set, as mkdocs does, from the theme's own sitemap template."""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass

from mkdocs import utils
from mkdocs.structure.files import File


@dataclass(frozen=True)
class _Page:
    canonical_url: str
    abs_url: str
    update_date: str
    is_link: bool = False


@dataclass(frozen=True)
class _Entry:
    page: _Page


def write(config, env, documentation, written) -> None:
    """Re-render sitemap.xml(.gz) over mkdocs' documentation pages and the generated pages in `written`."""
    date = utils.get_build_date()
    ours = []
    for w in written:
        url = File(w.path, None, config.site_dir, config.use_directory_urls).url
        ours.append(_Entry(_Page(config.site_url + url, "/" + url, date)))
    output = env.get_template("sitemap.xml").render(pages=[*documentation, *ours], config=config)
    path = os.path.join(config.site_dir, "sitemap.xml")
    utils.write_file(output.encode("utf-8"), path)
    with open(path + ".gz", "wb") as f, gzip.GzipFile(fileobj=f, filename=path, mode="wb",
                                                       mtime=utils.get_build_timestamp()) as gz:
        gz.write(output.encode("utf-8"))

