"""Client-side Chinese search and the faceted task finder.

STUB — filled in by the search issue. The build calls `outputs(portal, as_of)` and
adds the returned files (search page, finder page, index shards, scripts) to the site.
"""

from __future__ import annotations

import datetime as dt

from ..model import Portal
from ..outputs import OutputFile


def outputs(portal: Portal, as_of: dt.date) -> list[OutputFile]:
    return []
