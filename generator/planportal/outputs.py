"""What the generator produces, independent of mkdocs: files with a site path and content.

Pages are Markdown (rendered by mkdocs inside the theme); assets are copied as they are.
`urls` is the one place that knows where each kind of page lives: paths are derived
from ids only, so re-imports never break links (the contract's "stable paths").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def source_stem(file_name: str) -> str:
    """The name a source text's page is published under (sources/<stem>/): two texts of one stem
    (a.txt, a.md) would share it."""
    return file_name.rsplit(".", 1)[0]


@dataclass(frozen=True)
class OutputFile:
    path: str  # site-relative source path, e.g. "tasks/gaoan-2024-1.md" or "assets/planportal/search/shard-0.json"
    content: str | bytes
    title: str | None = None
    in_nav: bool = False  # generated pages stay out of the nav unless listed in mkdocs.yml
    description: str | None = None  # a page's <meta name="description"> (else the site's)

    @property
    def is_page(self) -> bool:
        return self.path.endswith(".md")


@dataclass(frozen=True)
class Unchanged:
    """A file the last build made that a provider found unchanged (a search shard whose terms no
    edit touched): the pipeline links the published one into the new site."""
    path: str


class urls:
    """Site paths (directory URLs, relative to the site root, no leading slash)."""

    @staticmethod
    def plan(plan_id: str) -> str:
        return f"plans/{plan_id}/"

    @staticmethod
    def matrix(plan_id: str) -> str:
        """A notice's matrix over all its sub-plans."""
        return f"plans/{plan_id}/matrix/"

    @staticmethod
    def timeline() -> str:
        """The deadlines of the whole portal on one page."""
        return "timeline/"

    @staticmethod
    def unit(unit_id: str) -> str:
        return f"units/{unit_id}/"

    @staticmethod
    def task(task_id: str) -> str:
        return f"tasks/{task_id}/"

    @staticmethod
    def source(file_name: str, line: int | None = None, part: str | None = None) -> str:
        """A source text's page (`part`: the id of the plan whose page of a long text it is), at a line."""
        return f"sources/{source_stem(file_name)}/" + (f"{part}/" if part else "") + (f"#L{line}" if line else "")

    @staticmethod
    def deadline_key(kind: str, date: dt.date | None) -> str:
        """The deadline page a deadline belongs to: YYYY-MM, YYYY, ongoing or recurring."""
        if kind in ("ongoing", "recurring"):
            return kind
        if date is None:
            return "undated"
        if kind == "year":
            return f"{date.year}"
        return f"{date.year}-{date.month:02d}"

    @staticmethod
    def deadline(key: str) -> str:
        return f"deadlines/{key}/"

    @staticmethod
    def progress(period: str | None = None) -> str:
        """The progress index, or one period's 通报 page (progress/2025-03/)."""
        return f"progress/{period}/" if period else "progress/"

    @staticmethod
    def progress_xlsx(period: str) -> str:
        return f"progress/{period}.xlsx"
