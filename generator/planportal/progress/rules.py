"""What makes a reported row wrong, whether it was typed into a form or into a data file.

    row_problems(state, percent, date, period, today) -> [(field, message)]

`field` names the value at fault (state, percent, date), so the form reader can point at
its cell and the data check at its line.
"""

from __future__ import annotations

import datetime as dt

from . import periods


def row_problems(state: str, percent: int | None, date: dt.date | None, period: str,
                 today: dt.date) -> list[tuple[str, str]]:
    out = []
    if state == "已完成" and percent is not None and percent < 100:
        out.append(("percent", f"进展状态为已完成，完成百分比应为 100，实际为 {percent}"))
    if state == "未开始" and percent:
        out.append(("percent", f"进展状态为未开始，完成百分比应为 0，实际为 {percent}"))
    if date is not None and date > today:
        out.append(("date", f"填报日期 {date.isoformat()} 晚于今天（{today.isoformat()}）"))
    elif date is not None and date < periods.first_day(period):
        out.append(("date", f"填报日期 {date.isoformat()} 早于报送期 {periods.label(period)}"))
    return out
