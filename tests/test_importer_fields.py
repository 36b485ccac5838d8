"""Shapes of activity plans (安全生产月, 专项行动): sections that only state the period or the theme,
items whose numbered lines are the item's fields, roles written in an item's running sentences.
Small composed texts; each test names the shape it pins."""

from __future__ import annotations

from planportal.importer import import_texts


def tasks_of(text: str) -> list[dict]:
    return [t for p in import_texts([("a.txt", text)]).plans for t in p["tasks"]]


def names(task: dict, role: str) -> list[str]:
    return [r["written"] for r in task.get(role) or []]


def test_a_section_that_states_only_the_period_or_the_theme_is_no_task_part():
    text = (
        "某县2016年安全生产月活动方案\n"
        "一、活动主题和时间\n"
        "活动主题:强化安全发展观念。活动时间:6月1日至30日。\n"
        "二、活动安排\n"
        "(一)开展宣传咨询日活动。在县城广场设点咨询。(责任单位:县应急局)\n"
        "(二)开展应急演练活动。组织企业开展演练。(责任单位:县消防大队)\n"
    )
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["(一)", "(二)"]
    assert names(tasks[0], "units") == ["县应急局"]
