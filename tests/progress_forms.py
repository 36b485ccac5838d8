"""Tests' tools for progress forms: make them with the CLI, fill them as a person would."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from helpers import run_cli


def make_form(cwd: Path, unit: str, period: str, name: str | None = None) -> Path:
    target = cwd / (name or f"{unit}-{period}.xlsx")
    result = run_cli("progress", "form", unit, "--period", period, "-o", str(target), cwd=cwd)
    assert result.returncode == 0, result.stderr
    return target


def columns(ws) -> dict[str, str]:
    """Column heading (row 5) -> column letter, read as a person reads the sheet."""
    return {cell.value: cell.column_letter for cell in ws[5] if cell.value}


def task_rows(ws) -> dict[str, int]:
    """Task id -> row, for the rows the form lists."""
    letter = columns(ws)["任务id"]
    return {ws[f"{letter}{r}"].value: r for r in range(6, ws.max_row + 1) if ws[f"{letter}{r}"].value}


def fill(ws, task: str, **values) -> int:
    """Type values into the row of `task` (keys are the column headings); returns the row."""
    row = task_rows(ws)[task]
    cols = columns(ws)
    for heading, value in values.items():
        ws[f"{cols[heading]}{row}"] = value
    return row


def cell(ws, task: str, heading: str) -> str:
    return f"{ws.title}!{columns(ws)[heading]}{task_rows(ws)[task]}"


def load(path: Path):
    return openpyxl.load_workbook(path)
