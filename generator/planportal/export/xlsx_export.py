"""`export --format xlsx`: the CSV rows as a workbook with a frozen, filterable header."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..model import Portal
from ..progress.form_layout import as_text, cell_text
from . import exporter
from .rows import COLUMNS, task_rows

WIDTHS = {"方案": 30, "分组": 24, "任务": 30, "内容": 60}


@exporter("xlsx")
def export_xlsx(portal: Portal) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "任务"
    ws.append(COLUMNS)
    for row in task_rows(portal):
        ws.append([cell_text(value) for value in row])
        as_text(ws[ws.max_row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, 14)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
