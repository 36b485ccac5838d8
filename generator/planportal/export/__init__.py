"""Machine-readable exports of all tasks (the contract's `planportal export`).

Each format is a module that registers one function Portal -> bytes.
"""

from __future__ import annotations

from typing import Callable

from ..model import Portal

FORMATS: dict[str, Callable[[Portal], bytes]] = {}
SUFFIXES = {"json": ".json", "csv": ".csv", "xlsx": ".xlsx", "ics": ".ics"}


def exporter(name: str):
    def register(fn: Callable[[Portal], bytes]):
        FORMATS[name] = fn
        return fn

    return register


def export(portal: Portal, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"不支持的导出格式 {fmt}（可用: {'、'.join(sorted(FORMATS))}）")
    return FORMATS[fmt](portal)


from . import csv_export, ics_export, json_export, xlsx_export  # noqa: E402,F401  (each registers its format)
