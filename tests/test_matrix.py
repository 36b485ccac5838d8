"""Responsibility matrices (planportal.matrix): cells and totals against the data."""

from __future__ import annotations

import datetime as dt
import random
from html.parser import HTMLParser

import pytest

from helpers import FIXTURES, ROOT
from planportal import matrix
from planportal.loader import load
from planportal.model import VIEW_ROLES, Plan, Portal, Task

AS_OF = dt.date(2024, 6, 15)
MARK = matrix.MARKS


class Grid(HTMLParser):
    """One matrix table read back: unit keys (header), task rows and total rows, cell by cell."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.kinds: list[str] = []
        self.rows: dict[str, list[str]] = {}  # task id -> unit cell texts
        self.totals: dict[str, list[str]] = {}  # role -> unit cell texts
        self.links: list[str] = []
        self._row: list[str] | None = None
        self._key: tuple[str, str] | None = None
        self._cell: list[str] | None = None
        self._section = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("thead", "tbody", "tfoot"):
            self._section = tag
        elif tag == "th" and self._section == "thead" and a.get("data-unit") is not None:
            self.units.append(a["data-unit"])
            self.kinds.append(a["data-kind"])
        elif tag == "tr" and "data-task" in a:
            self._row, self._key = [], ("task", a["data-task"])
        elif tag == "tr" and self._section == "tfoot":
            self._row, self._key = [], ("total", a["data-role"])
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "a" and "href" in a:
            self.links.append(a["href"])

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            kind, key = self._key
            cells = self._row[1:] if kind == "task" else self._row  # a task row's first td is its deadline
            (self.rows if kind == "task" else self.totals)[key] = cells
            self._row = None


def expected_cell(portal, task, key: str) -> str:
    held = portal.roles_of(task) if portal else task.roles()
    return "".join(MARK[role] for role in VIEW_ROLES
                   if any(r == role and matrix.column_key(ref.unit, ref.written) == key for r, ref in held))


def check_cells(grid: Grid, tasks, portal=None) -> None:
    for task in tasks:
        cells = grid.rows[task.id]
        assert len(cells) == len(grid.units)
        for key, text in zip(grid.units, cells):
            assert text == expected_cell(portal, task, key), (task.id, key)
        # every unit the task names has a column
        assert {matrix.column_key(r.unit, r.written) for _, r in task.roles()} <= set(grid.units)


@pytest.fixture(scope="module")
def status_portal():
    portal, _ = load(FIXTURES / "status")
    return portal


def test_fixture_plan_matrix_cells_and_totals():
    portal, _ = load(FIXTURES / "portal")
    plan = portal.plans[0]
    html = matrix.render_matrix(portal, plan.tasks, base="../../", caption="分工", as_of=AS_OF)
    grid = Grid(html)
    check_cells(grid, plan.tasks)
    assert grid.rows["shifan-2024-3"][grid.units.index("shifan-zhujianwei")] == "牵"
    assert grid.rows["shifan-2024-3"][grid.units.index("shifan-anweiban")] == "督"
    assert grid.rows["shifan-2024-2"][grid.units.index("shifan-zhujianwei")] == "配"
    assert grid.totals["lead"][grid.units.index("shifan-zhujianwei")] == "2"
    assert grid.totals["support"][grid.units.index("shifan-zhujianwei")] == "1"
    assert "units" not in grid.totals  # only roles that occur get a totals row
    assert "../../tasks/shifan-2024-1/" in grid.links and "../../units/shifan-zhenjie/" in grid.links
    assert all(not link.startswith("/") for link in grid.links)
    # grouped by kind, in KIND_ORDER
    order = [matrix.KIND_ORDER.index(k) for k in grid.kinds]
    assert order == sorted(order)
    assert '<caption>' in html and "牵头" in html and "临期" in html  # caption, legend, status badge


def test_totals_count_tasks_per_unit_and_role(status_portal):
    tasks = status_portal.tasks
    grid = Grid(matrix.render_matrix(status_portal, tasks, base="./", caption="全部"))
    for role, cells in grid.totals.items():
        for key, text in zip(grid.units, cells):
            n = sum(1 for t in tasks if any(matrix.column_key(r.unit, r.written) == key for r in t.refs(role)))
            assert text == (str(n) if n else ""), (role, key)


def test_unregistered_names_are_columns_at_the_end(status_portal):
    grid = Grid(matrix.render_matrix(status_portal, status_portal.tasks, base="./", caption="全部"))
    assert grid.units[-1] == "?区商务委" and grid.kinds[-1] == "unregistered"
    assert grid.rows["ceshi-xiaofang-3"][-1] == "配"


def test_focus_unit_comes_first(status_portal):
    tasks = [t for _, t in status_portal.tasks_by_unit["ceshi-zhujianwei"]]
    grid = Grid(matrix.render_matrix(status_portal, tasks, base="../../", caption="住建委", focus_unit="ceshi-zhujianwei"))
    assert grid.units[0] == "ceshi-zhujianwei" and grid.kinds[0] == "focus"
    check_cells(grid, {t.id: t for t in tasks}.values())


def test_nothing_to_show_and_no_units():
    portal, _ = load(FIXTURES / "portal")
    assert matrix.render_matrix(portal, [], base="./", caption="空") == ""
    bare = [Task(id="x", plan=portal.plans[0].id, title="无单位", text="无单位", line=1)]
    html = matrix.render_matrix(portal, bare, base="./", caption="无单位")
    assert "未写明责任单位" in html and "<table" not in html


def test_notice_page_covers_all_subplans(status_portal):
    pages = {f.path: f for f in matrix.outputs(status_portal, AS_OF)}
    page = pages["plans/ceshi-notice/matrix.md"]
    assert page.in_nav is False and "责任分工总矩阵" in page.title
    grid = Grid(page.content)
    check_cells(grid, status_portal.tasks)
    assert "@page { size: A4 landscape" in page.content
    assert "../../../tasks/ceshi-ranqi-1/" in grid.links


def test_subplan_matrix_links_to_its_notice(status_portal):
    plan = status_portal.plan_by_id["ceshi-ranqi"]
    html = matrix.render_matrix(status_portal, plan.tasks, base="../../", caption="燃气")
    assert 'href="../../plans/ceshi-notice/matrix/"' in html


@pytest.mark.skipif(not (ROOT / "data" / "plans").is_dir(), reason="no seed data")
def test_seed_notice_matrix_sample():
    portal, _ = load(ROOT / "data")
    for notice in sorted(portal.children):
        tasks = matrix.descendants(portal, notice)
        # tasks naming no unit are counted, not listed, unless their plan has an owner (主)
        with_units = [t for t in tasks if portal.roles_of(t)]
        if not with_units:
            continue
        page = next(f for f in matrix.outputs(portal, AS_OF) if f.path == f"plans/{notice}/matrix.md")
        grid = Grid(page.content)
        assert set(grid.rows) == {t.id for t in with_units}
        check_cells(grid, random.Random(6).sample(with_units, min(25, len(with_units))), portal)


def test_an_owned_plans_unassigned_tasks_are_its_owners():
    portal, _ = load(ROOT / "data")
    plan = portal.plan_by_id["banan-2024-gongan"]  # 公安系统…方案: no task names a unit
    assert plan.owner.unit == "banan-gonganfenju" and plan.owner.inferred
    html = matrix.render_matrix(portal, plan.tasks, base="../../", caption="公安")
    grid = Grid(html)
    assert grid.units == ["banan-gonganfenju"]
    assert all(cells == [MARK["owner"]] for cells in grid.rows.values()) and len(grid.rows) == len(plan.tasks)
    assert "主管（原文未写明责任单位，归方案的主管单位）" in html
    roles = {r for r, t in portal.tasks_by_unit["banan-gonganfenju"] if t.plan == plan.id}
    assert roles == {"owner"}


def test_rows_carry_status_and_cutoff_for_the_script(status_portal):
    html = matrix.render_matrix(status_portal, status_portal.tasks, base="./", caption="全部", as_of=dt.date(2024, 7, 1))
    assert '<tr data-task="ceshi-ranqi-1" data-status="overdue" data-due="2024-06-30">' in html
    assert '<tr data-task="ceshi-ranqi-3" data-status="done" data-due="2024-07-15">' in html
    assert '<tr data-task="ceshi-ranqi-4" data-status="none">' in html


def test_notice_page_lists_plans_that_name_no_unit_below_the_table():
    portal, _ = load(FIXTURES / "status")
    task = Task(id="ceshi-bare-1", plan="ceshi-bare", title="无单位任务", text="无单位任务", line=2)
    bare = Plan(id="ceshi-bare", title="测试区无单位方案", source_file="status.txt", source_line=1,
                parent="ceshi-notice", tasks=(task,))
    bigger = Portal(plans=portal.plans + (bare,), units=portal.units)
    page = next(f for f in matrix.outputs(bigger, AS_OF) if f.path == "plans/ceshi-notice/matrix.md")
    table, below = page.content.split("</table>")
    assert "ceshi-bare" not in table
    assert "以下 1 个方案的任务都未写明责任单位" in below and "../../../plans/ceshi-bare/" in below
