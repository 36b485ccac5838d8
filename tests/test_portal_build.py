"""`planportal build`: the whole portal from data, atomically, through mkdocs with the plugin."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from conftest import FIXTURE_AS_OF
from helpers import CONFIG, FIXTURES, ROOT, copy_portal, free_port, http_get, run_cli, site_config, wait_for
from planportal.build import command
from planportal.outputs import urls
from planportal.render import TEMPLATES



def article(html: str) -> str:
    return re.search(r'<article class="md-content__inner md-typeset">(.*)</article>', html, re.S).group(1)


def test_every_page_kind_is_built(fixture_site):
    portal = fixture_site.portal
    expected = ["", "plans/", "units/", "deadlines/", "finder/", "about/", "help/", "sources/demo/"]
    expected += [urls.plan(p.id) for p in portal.plans] + [urls.unit(u.id) for u in portal.units]
    expected += [urls.task(t.id) for t in portal.tasks]
    expected += [urls.deadline(k) for k in ("2024-06", "2024-12", "ongoing", "recurring")]
    assert [u for u in expected if not fixture_site.page(u).is_file()] == []


def test_pages_say_zh_cn_and_make_no_outside_reference(fixture_site):
    for html_file in fixture_site.root.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert '<html lang="zh-CN"' in html, html_file
        # Nothing is loaded from outside the site: no fonts, scripts, styles or images from a host.
        for tag, attr, value in re.findall(r"<(link|script|img|iframe|source)\b[^>]*?\b(href|src)=\"([^\"]*)\"", html):
            assert not re.match(r"^(https?:)?//", value), f"{html_file}: {tag} {attr}={value}"
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_nav_stays_small_and_lists_no_task(fixture_site):
    html = fixture_site.html(urls.task("shifan-2024-1"))
    nav = html[html.index("md-sidebar--primary"):html.index("md-sidebar--secondary")]
    titles = re.findall(r'class="md-nav__link">\s*<span class="md-ellipsis">\s*(\S+)\s*</span>', nav)
    assert titles == ["首页", "方案", "单位", "期限", "任务查找", "进展通报", "使用说明", "关于"]
    assert "tasks/" not in nav


def test_empty_sections_are_not_rendered(fixture_site):
    lead_only = fixture_site.html(urls.unit("shifan-zhujianwei"))  # leads and supports; supervises nothing
    assert "牵头的任务" in lead_only and "配合的任务" in lead_only
    assert "督促的任务" not in lead_only and "落实的任务" not in lead_only
    supervisor = fixture_site.html(urls.unit("shifan-anweiban"))
    assert "督促的任务" in supervisor
    lead_only_task = article(fixture_site.html(urls.task("shifan-2024-4")))  # a lead; no deadline, no status
    assert "牵头" in lead_only_task
    assert "完成期限" not in lead_only_task and "进展情况" not in lead_only_task and "配合" not in lead_only_task


def test_footer_shows_the_site_identity_from_mkdocs_yml(fixture_site):
    html = fixture_site.html("")
    assert "主办单位：示例单位安全生产委员会办公室" in html
    assert "Made with" not in html


def test_unresolved_names_are_plain_text(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("      - unit: shifan-shichangjianguanju\n        written: 区市场监管局",
                                 "      - unit: null\n        written: 区某某局"), encoding="utf-8")
    assert command(data, tmp_path / "site", config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    html = (tmp_path / "site" / "tasks" / "shifan-2024-3" / "index.html").read_text(encoding="utf-8")
    assert '<span class="pp-unresolved" title="未能对应到单位名录">区某某局</span>' in html
    assert not re.search(r"<a [^>]*>区某某局</a>", html)


def _previous_site(tmp_path):
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    (site / "marker.txt").write_text("previous build", encoding="utf-8")
    return site, (site / "index.html").read_bytes()


def _untouched(site, index) -> bool:
    leftovers = [p.name for p in site.parent.iterdir() if p.name.startswith(".site")]
    return (site / "marker.txt").is_file() and (site / "index.html").read_bytes() == index and not leftovers


def test_bad_data_exits_1_and_leaves_the_previous_site(tmp_path, capsys):
    site, index = _previous_site(tmp_path)
    data = copy_portal(tmp_path)
    shutil.copy(FIXTURES / "bad" / "bad-date.yml", data / "plans" / "bad-date.yml")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 1
    err = capsys.readouterr().err
    assert "bad-date.yml:3:" in err and "2024-02-30" in err
    assert _untouched(site, index)


def test_a_failing_mkdocs_build_leaves_the_previous_site(tmp_path, capsys):
    site, index = _previous_site(tmp_path)
    broken = ROOT / f".mkdocs-broken-{os.getpid()}.yml"  # beside mkdocs.yml, so docs/ resolves the same
    broken.write_text(CONFIG.read_text(encoding="utf-8").replace("  - 关于: about.md", "  - 关于: no-such-page.md"),
                      encoding="utf-8")
    try:
        assert command(FIXTURES / "portal", site, config=broken, as_of=FIXTURE_AS_OF) == 1
    finally:
        broken.unlink()
    assert "no-such-page.md" in capsys.readouterr().err
    assert _untouched(site, index)


def test_cli_build(tmp_path):
    result = run_cli("build", "--data", str(FIXTURES / "portal"), "--site-dir", "out", "--config", str(CONFIG),
                     "--as-of", "2024-06-15", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "tasks" / "shifan-2024-1" / "index.html").is_file()
    assert re.search(r"已生成 \d+ 个页面", result.stderr)
    assert "\r" not in result.stderr  # no progress line when stderr is not a terminal


def test_a_missing_configuration_is_named_and_nothing_is_built(tmp_path):
    """--config naming no file (a typo, a folder): the command says so in Chinese, at the path,
    where mkdocs said "Config file … does not exist."; nothing is made."""
    site = tmp_path / "out"
    for config, said in ((tmp_path / "mkdocs.yaml", "配置文件不存在"), (tmp_path, "是一个目录，不是配置文件")):
        result = run_cli("build", "--data", str(FIXTURES / "portal"), "--site-dir", "out", "--config", str(config),
                         cwd=tmp_path)
        assert result.returncode == 1
        assert f"{config}: {said}" in result.stderr and "does not exist" not in result.stderr
        assert not site.exists() and not list(tmp_path.glob(".out-*"))  # no site, no staging folder left
        result = run_cli("serve", "--config", str(config), cwd=tmp_path)
        assert result.returncode == 1 and f"{config}: {said}" in result.stderr


def test_a_site_dir_holding_other_files_is_never_built_over(tmp_path):
    """A typo in --site-dir (a project folder) or a web server's root holding other sites: publishing a site
    there replaces the whole directory. Both `planportal build` and plain `mkdocs build` refuse, saying why,
    and leave every file; a site the last build published there is rebuilt as before."""
    held = tmp_path / "www"
    held.mkdir()
    (held / "other-site.html").write_text("<p>另一个网站</p>", encoding="utf-8")
    result = run_cli("build", "--data", str(FIXTURES / "portal"), "--site-dir", str(held), "--config", str(CONFIG),
                     "--as-of", "2024-06-15", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{held}: 这个位置已有其他文件（如 other-site.html），不是 planportal 生成的网站" in result.stderr
    env = {**os.environ, "PLANPORTAL_DATA": str(FIXTURES / "portal")}
    mkdocs = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(CONFIG), "-d", str(held)],
                            env=env, capture_output=True, text=True)
    assert mkdocs.returncode != 0 and "不是 planportal 生成的网站" in mkdocs.stderr
    assert sorted(p.name for p in held.iterdir()) == ["other-site.html"]
    site = tmp_path / "site"
    for _ in range(2):  # a new directory, then the site it holds
        again = run_cli("build", "--data", str(FIXTURES / "portal"), "--site-dir", str(site), "--config", str(CONFIG),
                        "--as-of", "2024-06-15", cwd=tmp_path)
        assert again.returncode == 0, again.stderr


def test_plain_mkdocs_build_uses_the_plugin(tmp_path):
    env = {**os.environ, "PLANPORTAL_DATA": str(FIXTURES / "portal")}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(CONFIG),
                             "-d", str(tmp_path / "site")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "tasks" / "shifan-2024-3" / "index.html").is_file()
    assert (tmp_path / "site" / "assets" / "planportal" / "css" / "portal.css").is_file()


def test_a_template_mistake_is_reported_with_its_line_and_leaves_the_site(tmp_path, capsys):
    site, index = _previous_site(tmp_path)
    templates = tmp_path / "templates"  # the project's own templates: one page template overridden
    (templates / "portal").mkdir(parents=True)
    task = templates / "portal" / "task.html"
    task.write_text((TEMPLATES / "portal" / "task.html").read_text(encoding="utf-8")
                    .replace("{{ task.title }}", "{{ task.no_such_field }}", 1), encoding="utf-8")
    config = ROOT / f".mkdocs-templates-{os.getpid()}.yml"
    config.write_text(CONFIG.read_text(encoding="utf-8").replace("templates: templates", f"templates: {templates}"),
                      encoding="utf-8")
    try:
        assert command(FIXTURES / "portal", site, config=config, as_of=FIXTURE_AS_OF) == 1
    finally:
        config.unlink()
    assert "no_such_field" in capsys.readouterr().err
    assert _untouched(site, index)


def test_plain_mkdocs_build_reports_bad_data_with_file_and_line(tmp_path):
    data = copy_portal(tmp_path)
    shutil.copy(FIXTURES / "bad" / "bad-date.yml", data / "plans" / "bad-date.yml")
    env = {**os.environ, "PLANPORTAL_DATA": str(data)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(CONFIG),
                             "-d", str(tmp_path / "site")], env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "bad-date.yml:3:" in result.stderr


def test_serve_rebuilds_what_changed_and_keeps_the_last_good_site_on_an_error(tmp_path):
    """`planportal serve` on loopback: an edit to a data file shows up in the served page, made by
    the cached build (only what changed is made again); a bad edit prints FILE:LINE and the last
    good site stays served."""
    data = copy_portal(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "planportal.cli", "serve", "--data", str(data), "--config",
             str(site_config(tmp_path)), "--dev-addr", f"127.0.0.1:{port}"], cwd=tmp_path, stdout=out, stderr=out)
    task_url = f"http://127.0.0.1:{port}/{urls.task('shifan-2024-3')}"
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    try:
        page = wait_for(lambda: http_get(task_url), 90)
        assert page and "开展燃气隐患排查" in page
        assert "livereload" in page  # the browser reloads after each build
        plan.write_text(text.replace("title: 开展燃气隐患排查", "title: 开展燃气安全大排查"), encoding="utf-8")
        assert wait_for(lambda: "开展燃气安全大排查" in (http_get(task_url) or ""), 90), "the edit was not rebuilt"
        assert wait_for(lambda: re.search(r"已生成 \d+ 个页面（(\d+) 个有变化）", log.read_text(encoding="utf-8")[-2000:]), 30)
        made = [int(n) for n in re.findall(r"已生成 (\d+) 个页面（(\d+) 个有变化）", log.read_text(encoding="utf-8"))[-1]]
        assert 0 < made[1] < made[0]  # the pages that show the edit, not the whole site
        plan.write_text(text.replace("title: 开展燃气隐患排查", "title: [开展燃气隐患排查"), encoding="utf-8")
        line = next(i for i, row in enumerate(text.splitlines(), 1) if "title: 开展燃气隐患排查" in row)
        assert wait_for(lambda: f"shifan-2024.yml:{line}: " in log.read_text(encoding="utf-8"), 60), log.read_text()
        assert "开展燃气安全大排查" in (http_get(task_url) or "")
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_page_titles(fixture_site):
    def title(url):
        return re.search(r"<title>(.*?)</title>", fixture_site.html(url)).group(1)

    assert title("") == "安全生产工作方案公开门户"
    assert title(urls.task("shifan-2024-3")) == "3.开展燃气隐患排查 - 安全生产工作方案公开门户"
    assert title(urls.unit("shifan-zhujianwei")) == "示范区住房和城乡建设委员会 - 安全生产工作方案公开门户"
    assert title(urls.deadline("2024-06")) == "期限：2024年6月 - 安全生产工作方案公开门户"


def test_markup_in_data_is_shown_as_text(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("title: 开展燃气隐患排查", 'title: "开展<b>燃气</b>&隐患排查"'), encoding="utf-8")
    assert command(data, tmp_path / "site", config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    html = (tmp_path / "site" / "tasks" / "shifan-2024-3" / "index.html").read_text(encoding="utf-8")
    assert "<b>燃气</b>" not in html
    assert "<title>3.开展&lt;b&gt;燃气&lt;/b&gt;&amp;隐患排查 - " in html
