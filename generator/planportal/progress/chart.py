"""The geometry of a period's bar chart by unit, for the Jinja template that draws it
(templates/portal/_progress.html: no SVG is written in Python).

    bars(lines) -> {width, height, rows: [{unit, y, total, segments: [{key, label, count, x, width}]}], ticks}

One horizontal bar per unit, its rows stacked by class (bulletin.CLASSES) on a shared scale.
"""

from __future__ import annotations

from .bulletin import CLASSES, UnitLine

WIDTH, LABEL_W, RIGHT_PAD = 760, 210, 40
TOP, ROW_H, BAR_H, AXIS_H = 8, 26, 16, 26


def _step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if largest / step <= 8:
            return step
    return 1000


def bars(lines: list[UnitLine]) -> dict:
    largest = max((line.rows for line in lines), default=0) or 1
    step = _step(largest)
    top = -(-largest // step) * step  # the axis ends on a whole step
    scale = (WIDTH - LABEL_W - RIGHT_PAD) / top
    rows = []
    for i, line in enumerate(lines):
        x, segments = LABEL_W, []
        for key, label in CLASSES:
            count = line.counts.get(key, 0)
            if count:
                width = round(count * scale, 1)
                segments.append({"key": key, "label": label, "count": count, "x": round(x, 1), "width": width})
                x += width
        rows.append({"line": line, "y": TOP + i * ROW_H, "total": line.rows, "end": round(x, 1), "segments": segments})
    axis_y = TOP + len(lines) * ROW_H + 4
    ticks = [{"value": v, "x": round(LABEL_W + v * scale, 1)} for v in range(0, top + 1, step)]
    return {"width": WIDTH, "height": axis_y + AXIS_H, "label_w": LABEL_W, "bar_h": BAR_H, "row_h": ROW_H,
            "axis_y": axis_y, "rows": rows, "ticks": ticks, "classes": CLASSES}
