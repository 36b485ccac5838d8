"""Server-side SVG timelines and the by-month deadline calendar.

STUB — filled in by the timelines/matrices/status issue.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from .model import Portal, Task


def render_timeline(portal: Portal, tasks: Sequence[Task], *, base: str, as_of: dt.date, caption: str) -> str:
    """HTML (an inline <svg> plus a calendar) for `tasks`; `base` is the relative prefix to the site root."""
    return ""


def outputs(portal: Portal, as_of: dt.date) -> list:
    """Extra pages (e.g. the portal-wide timeline and calendar) as OutputFiles."""
    return []
