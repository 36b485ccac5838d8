"""The full portal of the repository's data/: strict build, a page for every task."""

from __future__ import annotations

from planportal.outputs import urls


def test_every_seed_task_has_its_page(seed_site):
    missing = [t.id for t in seed_site.portal.tasks if not seed_site.page(urls.task(t.id)).is_file()]
    assert missing == []
    assert len(seed_site.portal.tasks) > 100


def test_every_seed_plan_unit_and_source_has_its_page(seed_site):
    portal = seed_site.portal
    for plan in portal.plans:
        assert seed_site.page(urls.plan(plan.id)).is_file(), plan.id
        assert seed_site.page(urls.source(plan.source_file)).is_file(), plan.source_file
    for unit in portal.units:
        assert seed_site.page(urls.unit(unit.id)).is_file(), unit.id


def test_every_deadline_of_the_seed_has_its_page(seed_site):
    for task in seed_site.portal.tasks:
        for d in task.deadlines:
            assert seed_site.page(urls.deadline(urls.deadline_key(d.kind, d.date))).is_file(), (task.id, d.text)


def test_task_page_shows_its_title_and_text(seed_site):
    for task in seed_site.portal.tasks[::25]:
        html = seed_site.html(urls.task(task.id))
        assert task.title.replace("&", "&amp;").replace("<", "&lt;") in html, task.id


def test_notice_page_lists_its_sub_plans(seed_site):
    portal = seed_site.portal
    notice = max(portal.plans, key=lambda p: len(portal.children.get(p.id, ())))
    children = portal.children[notice.id]
    html = seed_site.html(urls.plan(notice.id))
    for child in children:
        assert f'href="../../{urls.plan(child.id)}"' in html
    assert f'href="../{urls.plan(children[0].id)}"' in seed_site.html("plans/")


def test_seed_build_is_quick_and_its_nav_does_not_grow_with_tasks(seed_site):
    assert seed_site.seconds < 60
    html = seed_site.html(urls.task(seed_site.portal.tasks[-1].id))
    nav = html[html.index("md-sidebar--primary"):html.index("md-sidebar--secondary")]
    assert nav.count('class="md-nav__link') == 8


def test_headings_never_skip_a_level(seed_site):
    """h1, then h2, h3… in order on every page: screen readers navigate by them."""
    import re

    problems = []
    for page in seed_site.root.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        match = re.search(r'<article class="md-content__inner md-typeset">(.*)</article>', html, re.S)
        if not match:
            continue
        levels = [int(n) for n in re.findall(r"<h([1-6])\b", match.group(1))]
        if levels and levels[0] != 1 or levels.count(1) > 1:
            problems.append(f"{page}: h1 {levels[:3]}")
        problems += [f"{page}: h{a} -> h{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    assert problems == []
