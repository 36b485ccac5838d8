"""Links of the built portal: none broken, and task <-> unit links both ways."""

from __future__ import annotations

import re

from planportal.outputs import urls


def test_fixture_site_has_no_broken_internal_links(fixture_site, check_links):
    assert check_links(fixture_site.root) == []


def test_seed_site_has_no_broken_internal_links(seed_site, check_links):
    assert check_links(seed_site.root) == []


def _hrefs(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]*)"', html))


def _cross_link_problems(site) -> list[str]:
    """Every resolved unit of a task is linked from the task page, and links back to it."""
    problems = []
    unit_pages: dict[str, set[str]] = {}
    for task in site.portal.tasks:
        task_links = _hrefs(site.html(urls.task(task.id)))
        for role, ref in task.roles():
            if ref.unit is None:
                continue
            if f"../../{urls.unit(ref.unit)}" not in task_links:
                problems.append(f"task {task.id} does not link to unit {ref.unit} ({role})")
            if ref.unit not in unit_pages:
                unit_pages[ref.unit] = _hrefs(site.html(urls.unit(ref.unit)))
            if f"../../{urls.task(task.id)}" not in unit_pages[ref.unit]:
                problems.append(f"unit {ref.unit} does not link back to task {task.id} ({role})")
    return problems


def test_fixture_tasks_and_units_link_both_ways(fixture_site):
    assert _cross_link_problems(fixture_site) == []


def test_seed_tasks_and_units_link_both_ways(seed_site):
    assert _cross_link_problems(seed_site) == []


def test_task_links_its_source_line_and_the_line_links_back(fixture_site):
    task = fixture_site.portal.task_by_id["shifan-2024-3"]
    assert '../../sources/demo/#L8' in _hrefs(fixture_site.html(urls.task(task.id)))
    source = fixture_site.html("sources/demo/")
    line = re.search(r'<div class="pp-line" id="L8">.*?</div>', source).group(0)
    assert 'href="../../tasks/shifan-2024-3/"' in line


def test_seed_every_task_line_is_linked_back_from_its_source(seed_site):
    """From the page of the text its task page links to (a long text has a page per plan)."""
    pages: dict[str, str] = {}
    for plan in seed_site.portal.plans:
        for task in plan.tasks:
            link = re.search(r'href="\.\./\.\./(sources/[^"#]+)#L(\d+)"', seed_site.html(urls.task(task.id)))
            url, line = link.group(1), int(link.group(2))
            pages.setdefault(url, seed_site.html(url))
            assert line == task.line and f'id="L{line}"' in pages[url], task.id
            assert f'href="../../{urls.task(task.id)}"' in pages[url] or \
                f'href="../../../{urls.task(task.id)}"' in pages[url], task.id
