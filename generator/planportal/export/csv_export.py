"""`export --format csv`: one row per task, UTF-8 with BOM so spreadsheet programs read Chinese."""

from __future__ import annotations

import csv
import io

from ..model import Portal
from . import exporter
from .rows import COLUMNS, task_rows


@exporter("csv")
def export_csv(portal: Portal) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(task_rows(portal))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
