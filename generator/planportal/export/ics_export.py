"""`export --format ics`: each dated deadline as an all-day calendar event on its cut-off day."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from ..model import Portal
from . import exporter
from .rows import unit_names

STAMP = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # fixed: same data, same file


@exporter("ics")
def export_ics(portal: Portal) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//planportal//任务期限//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "工作方案任务期限")
    for plan in portal.plans:
        for task in plan.tasks:
            lead = unit_names(portal, task, "lead")
            for i, deadline in enumerate(task.deadlines):
                if deadline.date is None:
                    continue
                event = Event()
                event.add("uid", f"{task.id}-{i}@planportal")
                event.add("dtstamp", STAMP)
                event.add("dtstart", deadline.date)
                event.add("dtend", deadline.date + dt.timedelta(days=1))
                event.add("summary", f"【{deadline.text}】{task.title}")
                lines = [f"方案：{plan.title}", f"期限：{deadline.text}"]
                if lead:
                    lines.append(f"牵头：{lead}")
                lines.append(task.text)
                event.add("description", "\n".join(lines))
                event.add("categories", [plan.title])
                cal.add_component(event)
    return cal.to_ical()
