"""Rebuilds after edits of every kind make the site a build from scratch makes, byte for byte,
and rewrite exactly the files whose content changed: the seed data (plans with sub-plans,
progress reports) edited one step after another — a task's title, a deadline, a plan's title,
a task's unit, a plan's owner, a task removed, a plan removed and added back, a unit renamed, the site's name — each
rebuild compared with a clean build of the same data."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from helpers import ROOT, site_config
from test_build_cache import contents, identities

from planportal import generate, pages
from planportal.build import command
from planportal.loader import load

AS_OF = dt.date(2024, 6, 15)
PLAN = "plans/banan-2024-gongan.yml"  # a sub-plan of the district's notice


def _replace(path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _drop_last_task(path) -> None:
    text = path.read_text(encoding="utf-8")
    starts = [m.start() for m in re.finditer(r"\n  - id: ", text)]
    path.write_text(text[:starts[-1]] + "\n", encoding="utf-8")


@pytest.fixture
def seed(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def _same_as_fresh(tmp_path, data, site, config, step: str) -> set[str]:
    """Rebuild `site`; it must be the site a clean build makes, with exactly the files whose
    content changed rewritten. Returns the rewritten files."""
    before, shown = identities(site), contents(site)
    assert command(data, site, config=config, as_of=AS_OF) == 0, step
    after = identities(site)
    rewritten = {p for p in after if before.get(p) != after[p]}
    now = contents(site)
    assert rewritten == {p for p, content in now.items() if shown.get(p) != content}, step
    fresh = tmp_path / f"fresh-{step}"
    assert command(data, fresh, config=config, as_of=AS_OF) == 0, step
    assert now == contents(fresh), step
    shutil.rmtree(fresh)
    shutil.rmtree(tmp_path / ".planportal-cache" / fresh.name, ignore_errors=True)
    return rewritten


def test_rebuilds_after_edits_of_every_kind_are_the_site_a_clean_build_makes(tmp_path, seed):
    data, site, config = seed, tmp_path / "site", site_config(tmp_path)
    assert command(data, site, config=config, as_of=AS_OF) == 0

    _replace(data / PLAN, "title: 实现安全生产理论学习常态化", "title: 实现安全生产理论学习常态长效化")
    rewritten = _same_as_fresh(tmp_path, data, site, config, "task-title")
    assert "tasks/banan-2024-gongan-3-1-1/index.html" in rewritten
    assert "tasks/banan-2024-gongan-3-1-2/index.html" in rewritten  # its neighbour names it
    assert "tasks/banan-2024-gongan-3-2-5/index.html" not in rewritten  # nothing of it shown there

    _replace(data / PLAN, "      - text: 2025年底\n        kind: by\n        date: 2025-12-31",
             "      - text: 2025年6月底\n        kind: by\n        date: 2025-06-30")
    _same_as_fresh(tmp_path, data, site, config, "deadline")

    _replace(data / PLAN, "title: 公安系统安全生产治本攻坚三年行动方案", "title: 公安系统安全生产治本攻坚行动方案")
    rewritten = _same_as_fresh(tmp_path, data, site, config, "plan-title")
    assert "tasks/banan-2024-gongan-3-2-5/index.html" in rewritten  # every task page names its plan
    _replace(data / "plans" / "banan-2024-nongyenongcun.yml", "title: 农业农村系统安全生产", "title: 农业农村安全生产")
    rewritten = _same_as_fresh(tmp_path, data, site, config, "plan-title-units")
    assert "units/banan-gezhenjie/index.html" in rewritten  # its tasks are listed under the plan's title

    _replace(data / "plans" / "banan-2024-nongyenongcun.yml", "      - unit: banan-gezhenjie\n", "      - unit: banan-fulian\n")
    _same_as_fresh(tmp_path, data, site, config, "unit-of-a-task")

    _replace(data / "plans" / "banan-2024-qucanlian.yml", "owner:\n  unit: banan-canlian\n", "owner:\n  unit: banan-fulian\n")
    _same_as_fresh(tmp_path, data, site, config, "owner")

    _drop_last_task(data / PLAN)
    _same_as_fresh(tmp_path, data, site, config, "task-removed")

    leaf = sorted(p for p in (data / "plans").glob("banan-2024-*.yml") if p.name != "banan-2024-gongan.yml")[0]
    kept = tmp_path / leaf.name
    shutil.move(leaf, kept)
    _same_as_fresh(tmp_path, data, site, config, "plan-removed")
    shutil.move(kept, leaf)
    _same_as_fresh(tmp_path, data, site, config, "plan-added")

    _replace(data / "units.yml", "name: 巴南区城市管理局", "name: 巴南区城市管理和综合执法局")
    _same_as_fresh(tmp_path, data, site, config, "unit-renamed")

    renamed = site_config(tmp_path, ("site_name: 安全生产工作方案公开门户", "site_name: 安全生产方案公开门户"))
    _same_as_fresh(tmp_path, data, site, renamed, "config")


def test_an_edit_undone_while_a_build_ran_is_not_taken_for_built(tmp_path, seed, monkeypatch):
    """A task's title edited, then edited again while the build runs (after it digested its
    inputs, before it read the data) and that second edit undone after the build: the site
    shows the second edit, so the next build must rebuild it, not find the site up to date."""
    import planportal.build as build

    data, site, config = seed, tmp_path / "site", site_config(tmp_path)
    assert command(data, site, config=config, as_of=AS_OF) == 0
    _replace(data / PLAN, "title: 实现安全生产理论学习常态化", "title: 实现安全生产理论学习常态长效化")
    real_load = build.load

    def load_after_an_edit(*args, **kwargs):
        _replace(data / PLAN, "常态长效化", "常态长效制度化")  # saved while the build runs
        return real_load(*args, **kwargs)

    monkeypatch.setattr(build, "load", load_after_an_edit)
    assert command(data, site, config=config, as_of=AS_OF) == 0
    monkeypatch.setattr(build, "load", real_load)
    page = site / "tasks" / "banan-2024-gongan-3-1-1" / "index.html"
    assert "常态长效制度化" in page.read_text(encoding="utf-8")  # what the build read
    _replace(data / PLAN, "常态长效制度化", "常态长效化")  # the second edit undone
    _same_as_fresh(tmp_path, data, site, config, "undone")
    assert "常态长效制度化" not in page.read_text(encoding="utf-8")


def test_a_template_change_rebuilds_the_pages_it_makes(tmp_path, seed):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    config = site_config(tmp_path)
    _replace(config, f"      templates: {ROOT / 'templates'}", f"      templates: {templates}")
    _replace(config, f"custom_dir: {ROOT / 'templates' / 'overrides'}", f"custom_dir: {templates / 'overrides'}")
    data, site = seed, tmp_path / "site"
    assert command(data, site, config=config, as_of=AS_OF) == 0
    portal_templates = templates / "portal"
    portal_templates.mkdir(exist_ok=True)
    package = ROOT / "generator" / "planportal" / "templates" / "portal" / "task.html"
    (portal_templates / "task.html").write_text(
        package.read_text(encoding="utf-8").replace("</h1>", "</h1>\n<p>（模板已改）</p>", 1), encoding="utf-8")
    rewritten = _same_as_fresh(tmp_path, data, site, config, "template")
    assert "tasks/banan-2024-gongan-3-2-5/index.html" in rewritten
    assert "（模板已改）" in (site / "tasks" / "banan-2024-gongan-3-2-5" / "index.html").read_text(encoding="utf-8")


def test_the_navigation_heads_are_the_pages_their_builders_make():
    portal, _ = load(ROOT / "data")
    site = generate.Generation(portal, AS_OF, ROOT / "data")
    full = [site.page(key) for key in site.page_keys()
            if key[0] in ("home", "plans_index", "units_index", "deadlines_index", "progress_index")]
    heads = pages.nav_heads(site.look, site.site_name)
    assert [(p.url, p.template, p.title, p.in_nav, p.description) for p in heads] == \
        [(p.url, p.template, p.title, p.in_nav, p.description) for p in full]
