"""What the pages say is right: one row per task on a deadline page, a status per deadline,
the day statuses are computed for, labels that keep numbers apart, plans in the order of the
plans list, no time axis without dates, a unit page's own wording, pages of a sane size."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

import pytest

from conftest import SEED_AS_OF
from helpers import FIXTURES
from planportal import matrix, pages, render, status, timeline
from planportal.loader import load
from planportal.model import Deadline, Plan, Portal, Task
from planportal.views import Lookups, cn_date

D = dt.date
ITEM = re.compile(r'<li class="pp-item" data-task-id="([^"]+)">(.*?)</li>\s*(?=<li class="pp-item"|</ul>)', re.S)
MAX_PAGE = 200_000  # bytes of HTML at the seed's size


def _render(page) -> str:
    return render.render(render.environment(), page).content


def _status_portal(*extra: Task) -> Portal:
    portal, _ = load(FIXTURES / "status")
    if not extra:
        return portal
    plans = tuple(dataclasses.replace(p, tasks=p.tasks + extra) if p.id == "ceshi-xiaofang" else p for p in portal.plans)
    return Portal(plans=plans, units=portal.units)


# A task with two dated stages and a standing duty, nothing recorded.
STAGED = Task(id="ceshi-xiaofang-9", plan="ceshi-xiaofang", number="9.", title="分阶段整治", text="分阶段整治。", line=14,
              deadlines=(Deadline("2024年6月底前", "by", D(2024, 6, 30)), Deadline("2024年7月20日前", "date", D(2024, 7, 20)),
                         Deadline("长期坚持", "ongoing")))


def _badges(html: str) -> list[str]:
    return re.findall(r'class="pp-status pp-status--([\w-]+)"', html)


# --- deadline pages ----------------------------------------------------------------------


def test_a_deadline_page_lists_each_task_once_and_counts_its_rows(seed_site):
    for page in sorted((seed_site.root / "deadlines").glob("*/index.html")):
        html = page.read_text(encoding="utf-8")
        rows = ITEM.findall(html)
        ids = [task for task, _ in rows]
        assert ids and len(ids) == len(set(ids)), (page, [t for t, n in Counter(ids).items() if n > 1])
        stated = int(re.search(r"共 (\d+) 项", html).group(1))
        assert stated == len(ids), page


def test_a_task_with_two_phrases_in_one_month_is_one_row_with_both():
    twice = Task(id="ceshi-xiaofang-8", plan="ceshi-xiaofang", title="两次", text="两次。", line=14,
                 deadlines=(Deadline("2024年7月10日前", "date", D(2024, 7, 10)), Deadline("2024年7月底前", "by", D(2024, 7, 31))))
    look = Lookups(_status_portal(twice), D(2024, 6, 1))
    html = _render(pages.deadline(look, "2024-07"))
    rows = dict(ITEM.findall(html))
    assert list(rows).count("ceshi-xiaofang-8") == 1 and len(rows) == len(ITEM.findall(html))
    assert "2024年7月10日前" in rows["ceshi-xiaofang-8"] and "2024年7月底前" in rows["ceshi-xiaofang-8"]
    assert f"共 {len(rows)} 项" in html


# --- a status per deadline ---------------------------------------------------------------


def test_each_deadline_has_its_own_status():
    task = status.task_status(STAGED, D(2024, 7, 1), None)
    assert task.key == "past-due"  # the task: its first stage has passed, nothing recorded
    first, second, ongoing = (status.deadline_status(task, d, D(2024, 7, 1)) for d in STAGED.deadlines)
    assert (first.key, second.key, ongoing.key) == ("past-due", "due-soon", "none")
    assert second.due == D(2024, 7, 20)


@pytest.mark.parametrize("state, expected", [(None, "none"), ("进行中", "in-progress"), ("未开始", "not-started"),
                                             ("已完成", "done")])
def test_ongoing_and_recurring_entries_never_pass(state, expected):
    for d in (Deadline("长期坚持", "ongoing"), Deadline("每季度", "recurring"), Deadline("年底前", "by")):
        task = status.task_status(Task(id="t", plan="p", title="t", text="t", line=1,
                                       deadlines=(Deadline("2020年底前", "by", D(2020, 12, 31)), d)), D(2030, 1, 1), state)
        assert task.key in ("overdue", "past-due", "done")  # the task as a whole: its 2020 cut-off has passed
        task = dataclasses.replace(task, recorded=status.Recorded(state) if state else None)
        assert status.deadline_status(task, d, D(2030, 1, 1)).key == expected


def test_pages_show_the_status_of_the_deadline_they_list():
    look = Lookups(_status_portal(STAGED), D(2024, 7, 1))
    july = dict(ITEM.findall(_render(pages.deadline(look, "2024-07"))))["ceshi-xiaofang-9"]
    assert _badges(july) == ["due-soon"]  # not 期限已过 because the June stage passed
    june = dict(ITEM.findall(_render(pages.deadline(look, "2024-06"))))["ceshi-xiaofang-9"]
    assert _badges(june) == ["past-due"]
    ongoing = dict(ITEM.findall(_render(pages.deadline(look, "ongoing"))))["ceshi-xiaofang-9"]
    assert _badges(ongoing) == []
    task = _render(pages.task(look, STAGED))
    listed = re.search(r'<ul class="pp-deadlines">(.*?)</ul>', task, re.S).group(1)
    assert [(_badges(li) or ["none"])[0] for li in re.findall(r"<li>(.*?)</li>", listed, re.S)] == \
        ["past-due", "due-soon", "none"]
    chart = timeline.render_timeline(look.portal, [STAGED], base="../../", as_of=look.as_of, caption="分阶段")
    titles = re.findall(r"<title>([^<]*)</title>", chart)
    assert "9.分阶段整治：长期坚持" in titles  # never "长期坚持（期限已过）"
    assert "9.分阶段整治：2024年7月20日前（2024-07-20）（临期）" in titles
    calendar = chart[chart.index('<div class="pp-calendar">'):]
    assert "长期坚持（1 项）" in calendar and "期限已过" not in calendar.split("长期坚持（1 项）")[1]


def test_every_page_with_a_status_states_its_day_and_explains_its_badges(seed_site):
    day = f"统计日 {cn_date(SEED_AS_OF)}"
    found = 0
    for page in sorted(seed_site.root.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        body = html[html.find("<article"):html.find("</article>")]
        if page.parent.name == "help" or not re.search(r"pp-status--|pp-tl--|data-status=", body):
            continue
        found += 1
        assert day in body and re.search(r'href="[./]*help/#status"', body), page
        body = re.sub(r'<ul class="pp-state-counts">.*?</ul>', "", body, flags=re.S)  # the home page's counts
        badges = len(re.findall(r'<span class="pp-status pp-status--', body))
        explained = len(re.findall(r'<span class="pp-badge" data-pp-provider="status" title="[^"]+"><span class="pp-status', body))
        assert badges == explained, page
    assert found > 100
    finder = seed_site.html("finder/")
    assert day in finder and 'href="../help/#status"' in finder


def test_a_badge_says_what_it_rests_on():
    look = Lookups(_status_portal(STAGED), D(2024, 7, 1))
    html = _render(pages.task(look, STAGED))
    assert 'title="截止日期2024年6月30日已过；没有进展记录，不知道是否已经完成，因此不称逾期"' in html
    overdue = _render(pages.task(look, look.portal.task_by_id["ceshi-ranqi-1"]))
    assert "截止日期2024年6月30日已过，方案原文写明的进展为“进行中”" in overdue


def test_with_nothing_recorded_the_home_page_says_so(seed_site, fixture_site):
    home = seed_site.html("")
    assert "目前还没有任何进展记录" in home  # the seed's example reports are for 2026; as of 2024 nothing is
    assert "pp-status--past-due" not in home and "pp-status--overdue" not in home
    recorded = fixture_site.html("")
    assert "目前还没有任何进展记录" not in recorded and 'href="./finder/?status=in-progress"' in recorded


# --- timelines ---------------------------------------------------------------------------


def test_labels_keep_a_row_number_apart_from_the_item_number(seed_site):
    portal = seed_site.portal
    plan = portal.plan_by_id["banan-2024-bananhaishiju"]
    html = timeline.render_timeline(portal, plan.tasks, base="../../", as_of=SEED_AS_OF, caption="海事")
    labels = re.findall(r'class="pp-tl-label"[^>]*>([^<]*)<', html)
    assert any(label.startswith("7 17强化") for label in labels) and not any(label.startswith("717") for label in labels)
    assert "7 17强化省际客船" in seed_site.html("tasks/banan-2024-bananhaishiju-7-2/").split("<title>")[1]


def test_plans_stand_in_the_order_of_the_plans_list(seed_site):
    tree = seed_site.html("plans/")
    listed = re.findall(r'<li><a href="\.\./plans/([^/]+)/">', tree)
    wide = seed_site.html("timeline/")
    rows = re.findall(r'<g class="pp-tl-row[^"]*"><a href="\.\./plans/([^/]+)/#pp-timeline">', wide)
    assert rows and rows == [p for p in listed if p in rows]
    status_portal = _status_portal()
    html = timeline.render_timeline(status_portal, list(reversed(status_portal.tasks)), base="./", as_of=D(2024, 6, 15),
                                    caption="全部")
    assert re.findall(r"<svg[^>]*><title>全部：([^<]*)</title>", html) == ["测试区燃气安全专项方案", "测试区消防安全专项方案"]
    matrix_rows = re.findall(r'<tr class="pp-matrix__plan"><th scope="rowgroup" colspan="2"><a href="[./]*plans/([^/]+)/"',
                             seed_site.html("plans/banan-banananban-2024-24/matrix/"))
    assert matrix_rows == [p for p in listed if p in matrix_rows]


def test_only_recurring_deadlines_get_no_time_axis():
    tasks = tuple(Task(id=f"d-{i}", plan="d", title=f"定期{i}", text="", line=i + 2, deadlines=(d,))
                  for i, d in enumerate((Deadline("每季度", "recurring"), Deadline("长期坚持", "ongoing"))))
    plan = Plan(id="d", title="定期工作方案", source_file="d.txt", source_line=1, tasks=tasks)
    portal = Portal(plans=(plan,), units=())
    html = timeline.render_timeline(portal, tasks, base="./", as_of=D(2024, 6, 1), caption="定期")
    assert "<svg" not in html and "不画时间轴" in html
    assert "定期开展（1 项）" in html and "长期坚持（1 项）" in html


def test_the_today_label_is_anchored_inside_the_chart():
    portal = _status_portal()
    late = timeline.build(portal, portal.tasks, as_of=D(2025, 12, 31), caption="全部",
                          statuses={t.id: status.status_of(portal, t, D(2025, 12, 31)) for t in portal.tasks})
    chart = late.charts[0]
    assert chart.today > timeline.WIDTH - timeline.TODAY_HALF and chart.today_anchor == "end"
    early = timeline.build(portal, portal.tasks, as_of=D(2024, 6, 15), caption="全部",
                           statuses={t.id: status.status_of(portal, t, D(2024, 6, 15)) for t in portal.tasks})
    assert early.charts[0].today_anchor == "middle"


# --- unit pages --------------------------------------------------------------------------


def test_a_unit_pages_matrix_does_not_speak_of_this_plan():
    look = Lookups(_status_portal(), D(2024, 6, 15))
    unit = _render(pages.unit(look, look.portal.unit_by_id["ceshi-yingjiju"]))  # all its tasks are in ceshi-ranqi
    assert "本方案属于" not in unit
    assert "它是关于印发《测试区安全生产专项方案》的通知的子方案" in unit and 'href="../../plans/ceshi-notice/matrix/"' in unit
    plan = _render(pages.plan(look, look.portal.plan_by_id["ceshi-ranqi"]))
    assert "本方案属于关于印发《测试区安全生产专项方案》的通知" in plan


# --- size ----------------------------------------------------------------------------------


def test_no_page_passes_200_kb_at_the_seeds_size(seed_site):
    """The notice page summarizes its matrix and timeline and links to the whole matrix; only that
    page (the full table, for print) holds everything. A long original text has a page per plan."""
    big = {page.relative_to(seed_site.root).as_posix(): page.stat().st_size
           for page in seed_site.root.rglob("*.html") if page.stat().st_size > MAX_PAGE}
    assert set(big) == {"plans/banan-banananban-2024-24/matrix/index.html"}, big
    notice = seed_site.html("plans/banan-banananban-2024-24/")
    assert 'href="../../plans/banan-banananban-2024-24/matrix/"' in notice and "data-pp-matrix" not in notice


def test_a_long_text_of_several_plans_has_a_page_per_plan(seed_site):
    portal = seed_site.portal
    notice = portal.plan_by_id["banan-banananban-2024-24"]
    first = seed_site.html("sources/000_478a42098a3f10ff/")
    plans = [p for p in portal.plans if p.source_file == notice.source_file]
    assert 'id="L1"' in first and f"原文较长，按方案分为 {len(plans)} 页" in first
    for child in portal.children[notice.id][:3]:
        part = seed_site.html(f"sources/000_478a42098a3f10ff/{child.id}/")
        assert f'id="L{child.source_line}"' in part and 'id="L1"' not in part
        task = child.tasks[0]
        assert f'href="../../sources/000_478a42098a3f10ff/{child.id}/#L{task.line}"' in seed_site.html(f"tasks/{task.id}/")
    demo = seed_site.html("sources/001_3a58024109c04de6/")  # a text of one plan stays one page
    assert "原文较长" not in demo


def test_a_big_plan_summarizes_its_matrix_and_links_a_page_holding_it_whole():
    portal, _ = load(FIXTURES / "status")
    lead = portal.plan_by_id["ceshi-ranqi"].tasks[0].lead
    tasks = tuple(Task(id=f"big-{i}", plan="big", title=f"任务{i}", text="", line=i + 2, lead=lead,
                       deadlines=(Deadline("2024年底前", "by", D(2024, 12, 31)),)) for i in range(81))
    big = Plan(id="big", title="大方案", source_file="big.txt", source_line=1, tasks=tasks)
    look = Lookups(Portal(plans=portal.plans + (big,), units=portal.units), D(2024, 6, 1))
    html = _render(pages.plan(look, big))
    assert "data-pp-matrix" not in html and 'href="../../plans/big/matrix/"' in html and "pp-unit-totals" in html
    assert "big" in [p.id for p in matrix.with_pages(look.portal)]
    whole = _render(matrix.page(look, big))
    assert whole.count("<tr data-task=") == 81
    unit = _render(pages.unit(look, look.portal.unit_by_id["ceshi-zhujianwei"]))  # its own tasks: the whole matrix
    assert unit.count("<tr data-task=") == 81 + 3 and "None" not in unit
