"""Responsibility matrices (task × unit, 牵/配/落/督/责) as HTML tables.

STUB — filled in by the timelines/matrices/status issue.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from .model import Portal, Task


def render_matrix(portal: Portal, tasks: Sequence[Task], *, base: str, caption: str, focus_unit: str | None = None,
                  as_of: dt.date | None = None) -> str:
    """HTML for the matrix of `tasks`; `base` is the relative prefix from the page to the site root."""
    return ""


def outputs(portal: Portal, as_of: dt.date) -> list:
    """Extra pages (e.g. a notice's portal-wide matrix) as OutputFiles."""
    return []
