"""The progress form's layout, shared by the module that writes it (blank_form) and the one
that reads it back (filled_form).

Each sheet: a header block (rows 1–4: title; unit, period and 报送截止日; how to fill it in;
what the sheet lists), the column headings in row 5, one task per row from row 6. The task
columns are locked (the sheet is protected, without a password), the others are open.

A very hidden sheet, `planportal`, records what the form was made for (unit, period) and the
value of every locked cell, so the reader can tell an edited locked cell, a form of another
unit or period, and a workbook that is not a planportal form at all.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

FORMAT = 1
MAGIC = "planportal-progress-form"
META_SHEET = "planportal"
HEADER_ROW = 5
FIRST_ROW = 6
UNIT_CELL, PERIOD_CELL, DUE_CELL = "A2", "F2", "J2"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float
    locked: bool


COLUMNS = (
    Column("task", "任务id", 13, True),
    Column("plan", "方案", 16, True),
    Column("number", "编号", 6, True),
    Column("title", "任务", 28, True),
    Column("deadline", "完成期限", 11, True),
    Column("last", "上期报送", 12, True),
    Column("state", "进展状态", 9, False),
    Column("percent", "完成百分比", 8, False),
    Column("progress", "本期进展", 30, False),
    Column("problems", "存在问题", 18, False),
    Column("next_steps", "下步计划", 18, False),
    Column("reporter", "填报人", 8, False),
    Column("date", "填报日期", 11, False),
)
TITLES = {c.key: c.title for c in COLUMNS}
LETTER = {c.key: chr(ord("A") + i) for i, c in enumerate(COLUMNS)}
LAST_LETTER = chr(ord("A") + len(COLUMNS) - 1)
ENTRY_FIELDS = ("state", "percent", "progress", "problems", "next_steps", "reporter", "date")


@dataclass(frozen=True)
class Sheet:
    kind: str  # "report": tasks the unit reports (every row required); "support": tasks it supports
    title: str  # the sheet's name, as shown in messages (牵头任务!G7)
    caption: str


SHEETS = (
    Sheet("report", "牵头任务", "一、本单位牵头（负责）的任务：请逐项填报"),
    Sheet("support", "配合任务", "二、本单位配合、落实的任务：请填报本单位承担部分的进展，无进展的可不填"),
)
SHEET_BY_TITLE = {s.title: s for s in SHEETS}


_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters a worksheet cannot hold (openpyxl refuses them)


def cell_text(value):
    """A value as a cell can hold it: control characters (carried in from a copied text, invisible on
    any page) dropped, where openpyxl would stop the whole workbook with IllegalCharacterError."""
    return _NOT_IN_XLSX.sub("", value) if isinstance(value, str) else value


def as_text(cells) -> None:
    """Cells whose text opens with "=" (openpyxl takes such a string for a formula, and Excel then shows
    #NAME? where the words were) kept as the text they are."""
    for cell in cells:
        if cell.data_type == "f" and isinstance(cell.value, str):
            cell.data_type = "s"


def new_workbook() -> Workbook:
    """An empty workbook whose properties do not change between runs (same data, same file)."""
    wb = Workbook()
    wb.properties.creator = "planportal"
    wb.properties.created = wb.properties.modified = dt.datetime(2000, 1, 1)
    wb.remove(wb.active)
    return wb


def workbook_bytes(wb: Workbook, day: dt.date) -> bytes:
    """The workbook as an .xlsx file that is the same for the same data: `day` (from the data)
    as its created and modified dates and as the time of every file in the zip archive, where
    openpyxl's save would put the time of saving."""
    when = dt.datetime(day.year, day.month, day.day) if day.year >= 1980 else dt.datetime(1980, 1, 1)  # (zip's first)
    wb.properties.created = wb.properties.modified = when
    buf = io.BytesIO()
    with _DatedZip(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True, date_time=when.timetuple()[:6]) as archive:
        ExcelWriter(wb, archive).save()  # (what openpyxl's save does, but for the modified date)
    return buf.getvalue()


class _DatedZip(zipfile.ZipFile):
    """A zip archive whose files all carry one date (openpyxl writes the sheets from temporary
    files, the others by name)."""

    def __init__(self, *args, date_time: tuple, **kwargs):
        super().__init__(*args, **kwargs)
        self.date_time = date_time

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self.date_time)
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16  # as ZipFile.writestr gives a file named by a string
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename, arcname=None, *args, **kwargs):
        with open(filename, "rb") as f:
            self.writestr(arcname if arcname is not None else os.path.basename(filename), f.read())


def unit_header(name: str) -> str:
    return f"填报单位：{name}"


def period_header(label: str) -> str:
    return f"报送期：{label}"
