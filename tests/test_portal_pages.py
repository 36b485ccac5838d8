"""Page contexts and source ranges, without mkdocs: pure functions of the model."""

from __future__ import annotations

import dataclasses
import datetime as dt

from helpers import FIXTURES
from planportal import pages, sourcetext
from planportal.loader import load
from planportal.model import Group, Plan, Task
from planportal.views import Lookups, deadline_title, page_base


def _look() -> Lookups:
    portal, _ = load(FIXTURES / "portal")
    return Lookups(portal, dt.date(2024, 6, 15))


def test_addresses_and_relative_bases():
    assert pages.Page("tasks/a-1/", "task.html", "t", {}).path == "tasks/a-1.md"
    assert pages.Page("plans/", "plans_index.html", "t", {}).path == "plans/index.md"
    assert pages.Page("", "home.html", "t", {}).path == "index.md"
    assert page_base("") == "./" and page_base("plans/") == "../" and page_base("tasks/a-1/") == "../../"


def test_deadline_titles():
    assert [deadline_title(k) for k in ("2024-06", "2024", "ongoing", "recurring")] == [
        "2024年6月", "2024年（全年）", "长期坚持", "定期开展（每月、每季度等）"]


def test_plan_sections_open_each_group_once_and_only_groups_with_tasks():
    look = _look()
    page = pages.plan(look, look.portal.plan_by_id["shifan-2024"])
    headings = [[(h["id"], h["level"]) for h in s["headings"]] for s in page.context["sections"]]
    assert headings == [[("group-g1", 3)], [("group-g2", 3), ("group-g2-1", 4)]]
    assert [len(s["tasks"]) for s in page.context["sections"]] == [2, 2]


def test_unit_roles_hold_only_what_the_unit_does():
    look = _look()
    page = pages.unit(look, look.portal.unit_by_id["shifan-zhujianwei"])
    assert [r["role"] for r in page.context["roles"]] == ["lead", "support"]
    assert page.context["total"] == 3


def test_task_neighbours_follow_the_plan_order():
    look = _look()
    first = pages.task(look, look.portal.task_by_id["shifan-2024-1"]).context
    assert first["previous"] is None and first["next"].task.id == "shifan-2024-2"


def _plan(tasks, groups=(), line=1) -> Plan:
    return Plan(id="p", title="方案", source_file="s.txt", source_line=line, groups=tuple(groups), tasks=tuple(tasks))


def test_a_task_runs_to_the_next_start_and_the_last_one_stops_at_its_text():
    text = "\n".join([
        "方案",            # 1 plan title
        "一、任务",        # 2 group
        "1.甲任务。",      # 3 task a
        "一是甲的细节。",  # 4 still a
        "",               # 5 blank: trailing, not a's
        "2.乙任务。",      # 6 task b (last)
        "一是乙的细节。",  # 7 in b's text
        "二、保障措施",    # 8 not a task
        "加强领导。",      # 9 not a task
    ]) + "\n"
    a = Task(id="a", plan="p", title="甲任务", text="一是甲的细节。", line=3)
    b = Task(id="b", plan="p", title="乙任务", text="一是乙的细节。", line=6)
    plan = _plan([a, b], [Group(id="g1", title="任务", number="一、", line=2)])
    covered = sourcetext.task_ranges([plan], sourcetext.split_lines(text))
    assert {n: t.id for n, t in covered.items()} == {3: "a", 4: "a", 6: "b", 7: "b"}
    blocks = sourcetext.blocks([plan], text)
    assert [(blk.task.id if blk.task else None, [ln.number for ln in blk.lines]) for blk in blocks] == [
        (None, [1, 2]), ("a", [3, 4]), (None, [5]), ("b", [6, 7]), (None, [8, 9])]
    assert [t.id for t in blocks[1].lines[0].starts] == ["a"]
    assert blocks[0].lines[0].heading and blocks[0].lines[1].heading


def test_source_lines_count_like_cat_n():
    assert sourcetext.split_lines("\ufeffa\r\nb\r\n") == ["a", "b"]
    assert sourcetext.split_lines("a\n\nb") == ["a", "", "b"]


def test_ungrouped_tasks_after_grouped_ones_get_their_own_heading():
    look = _look()
    items = [look.items[t] for t in ("shifan-2024-1", "shifan-2024-2")]
    loose = dataclasses.replace(items[1], task=dataclasses.replace(items[1].task, groups=()))
    sections = pages._sections([items[0], loose])
    assert [[h["label"] for h in s["headings"]] for s in sections] == [["一、压实安全责任"], ["其他任务"]]
    assert pages._sections([loose])[0]["headings"] == []
