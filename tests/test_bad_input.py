"""Hardening (issue 11): no file outside data/ is read or published, no input crashes or exhausts
the build, and the deployed site stays readable and is never missing.

The data cases live in `bad_inputs.py` (shared with benchmarks/bad_input.py); each is run
through `check` (the exact FILE:LINE lines, the exit code, no traceback) and, when it is an
error, through `build` (exit 1, the same lines, the previous site byte-identical).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from bad_inputs import CASES, Case, prepare, run
from conftest import FIXTURE_AS_OF
from helpers import CONFIG, FIXTURES, ROOT, copy_portal, free_port, http_status, site_config, wait_for
from planportal import build, publish, siteconfig, status

ERRORS = [case for case in CASES if case.code]


def snapshot(site: Path) -> dict[str, tuple[str, int]]:
    """Every path of a site with its content hash and mode: equal snapshots, byte-identical sites."""
    out = {".": ("dir", stat.S_IMODE(site.stat().st_mode))}
    for path in sorted(site.rglob("*")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        out[path.relative_to(site).as_posix()] = (digest, stat.S_IMODE(path.lstat().st_mode))
    return out


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}"))


@pytest.fixture
def previous_site(tmp_path, fixture_site) -> tuple[Path, dict]:
    """A copy of the built fixture site at tmp/site, and its snapshot."""
    site = tmp_path / "site"
    shutil.copytree(fixture_site.root, site)
    return site, snapshot(site)


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


# --- the data corpus ------------------------------------------------------------------


def test_the_corpus_covers_every_point():
    assert {case.point for case in CASES} == {"1", "2", "3", "5", "6", "also", "known"}
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_check_reports_each_bad_input_at_its_file_and_line(tmp_path, case: Case):
    prepare(tmp_path, case)
    result = run("check", cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout.splitlines() == list(case.lines)
    assert result.returncode == case.code


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c.name)
def test_build_refuses_each_bad_input_and_keeps_the_previous_site(tmp_path, previous_site, case: Case):
    site, before = previous_site
    prepare(tmp_path, case)
    result = run("build", "--site-dir", "site", "--config", str(CONFIG), cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    printed = result.stderr.splitlines()
    assert [line for line in case.lines if ": 警告: " not in line] == [line for line in printed if line in case.lines]
    assert snapshot(site) == before
    assert leftovers(site) == []


# --- 2. an empty portal builds and says so; serve answers a bad path with 400 ----------


def test_a_portal_without_tasks_builds_and_says_it_is_empty(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[:text.index("tasks:")], encoding="utf-8")
    result = run("build", "--site-dir", "site", "--config", str(CONFIG), "--as-of", "2024-06-15", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "data: 数据中没有任何任务，生成的网站是空的" in result.stderr.splitlines()
    assert "本站暂未收录任何任务。" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "plans" / "shifan-2024" / "index.html").is_file()


def test_a_data_directory_without_plans_builds(tmp_path):
    data = copy_portal(tmp_path)
    shutil.rmtree(data / "plans")
    shutil.rmtree(data / "sources")
    result = run("build", "--site-dir", "site", "--config", str(CONFIG), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "site" / "search" / "index.html").is_file()


def test_serve_answers_a_nul_in_the_path_with_400_and_no_traceback(tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "planportal.cli", "serve", "--data", str(FIXTURES / "portal"), "--config",
             str(site_config(tmp_path)), "--dev-addr", f"127.0.0.1:{port}"], cwd=tmp_path, stdout=out, stderr=out)
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: http_status(f"{base}/") == 200, 90)
        assert http_status(f"{base}/%00/x") == 400
        assert http_status(f"{base}/plans/%00") == 400
        assert http_status(f"{base}/no-such-page/") == 404
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert "Traceback" not in log.read_text(encoding="utf-8")


# --- 1. paths taken from configuration ------------------------------------------------


def test_an_asset_linking_out_of_the_templates_is_not_published(tmp_path, previous_site):
    site, before = previous_site
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("book"))
    (templates / "assets").mkdir(exist_ok=True)  # the project's assets, added to the package's
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the public", encoding="utf-8")
    (templates / "assets" / "leak.txt").symlink_to(secret)
    config = site_config(tmp_path, (f"      templates: {ROOT / 'templates'}", f"      templates: {templates}"))
    copy_portal(tmp_path)
    result = run("build", "--site-dir", "site", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{templates / 'assets' / 'leak.txt'}:1: 是指向 {templates / 'assets'} 以外的链接，不能发布" \
        in result.stderr.splitlines()
    assert snapshot(site) == before


# --- 7. configured links --------------------------------------------------------------


@pytest.mark.parametrize("address", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                                     "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                     "vbscript:x", "file:///etc/passwd"])
def test_a_configured_link_that_runs_code_is_refused(address):
    assert not siteconfig.allowed(address)


@pytest.mark.parametrize("address", ["https://beian.miit.gov.cn/", "http://example.gov.cn/x", "HTTPS://x.cn",
                                     "//example.gov.cn/", "/aqsc/about/", "../about/", "about/", "#top", "?q=1"])
def test_http_and_relative_links_are_allowed(address):
    assert siteconfig.allowed(address)


def test_build_refuses_a_javascript_link_in_the_footer(tmp_path, previous_site):
    site, before = previous_site
    config = site_config(tmp_path, ('icp: ""', 'icp: 示例ICP备00000000号'),
                         ('icp_url: ""', 'icp_url: "javascript:alert(document.cookie)"'))
    copy_portal(tmp_path)
    result = run("build", "--site-dir", "site", "--config", "mkdocs.yml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = line_of(config, "icp_url:")
    assert (f"mkdocs.yml:{line}: extra.footer.icp_url 的地址 'javascript:alert(document.cookie)' 不允许："
            "链接只能是 http(s) 地址或相对地址") in result.stderr.splitlines()
    assert snapshot(site) == before


def test_plain_mkdocs_build_refuses_a_data_link_too(tmp_path):
    config = site_config(tmp_path, ("extra:\n", "repo_url: javascript://example.gov.cn/%0Aalert(1)\nextra:\n"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d",
                             str(tmp_path / "site")], env={**os.environ, "PLANPORTAL_DATA": str(FIXTURES / "portal")},
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0
    assert f"mkdocs.yml:{line_of(config, 'repo_url:')}: repo_url 的地址 'javascript://example.gov.cn/%0Aalert(1)' 不允许" in result.stderr


# --- 8. the deployed site stays readable ---------------------------------------------


def modes(site: Path) -> set[tuple[str, int]]:
    return {("dir" if p.is_dir() else "file", stat.S_IMODE(p.stat().st_mode)) for p in site.rglob("*")}


def test_the_site_is_world_readable_whatever_the_umask(tmp_path):
    data = copy_portal(tmp_path)
    site = tmp_path / "site"
    # a first build, a rebuild, and one made from the site the rebuild kept (with a task page new in it)
    for day in ("2024-06-15", "2024-06-16", "2024-06-17"):
        if day.endswith("17"):
            plan = data / "plans" / "shifan-2024.yml"
            plan.write_text(plan.read_text(encoding="utf-8").replace("id: shifan-2024-4", "id: shifan-2024-9"),
                            encoding="utf-8")
        result = run("build", "--data", str(data), "--site-dir", "site", "--config", str(CONFIG),
                     "--as-of", day, cwd=tmp_path, umask=0o077)
        assert result.returncode == 0, result.stderr
        assert stat.S_IMODE(site.stat().st_mode) == 0o755
        assert modes(site) == {("dir", 0o755), ("file", 0o644)}
    assert (site / "tasks" / "shifan-2024-9" / "index.html").is_file()


def test_a_rebuild_keeps_the_mode_of_the_site_directory(tmp_path, previous_site):
    site, _ = previous_site
    site.chmod(0o750)
    result = run("build", "--data", str(FIXTURES / "portal"), "--site-dir", "site", "--config", str(CONFIG),
                 "--as-of", "2024-06-15", cwd=tmp_path, umask=0o077)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(site.stat().st_mode) == 0o750
    assert modes(site) == {("dir", 0o755), ("file", 0o644)}


# --- 9. some complete site is always at the path -------------------------------------


def _die_after_mkdocs(monkeypatch) -> None:
    """Once mkdocs has built the new site, the process 'dies' right after the first rename
    and right before the first tree removal of the swap."""
    real_build = build.mkdocs_build

    def dying_after(real):
        def call(*args, **kwargs):
            real(*args, **kwargs)
            raise KeyboardInterrupt("killed")
        return call

    def dying_before(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    def mkdocs_then_arm(cfg):
        real_build(cfg)
        for module, name in ((os, "rename"), (os, "replace"), (Path, "rename"), (Path, "replace")):
            monkeypatch.setattr(module, name, dying_after(getattr(module, name)))
        monkeypatch.setattr(shutil, "rmtree", dying_before)

    monkeypatch.setattr(build, "mkdocs_build", mkdocs_then_arm)


@pytest.mark.parametrize("kept", [False, True], ids=["fresh", "from-the-kept-site"])
def test_a_build_killed_during_the_swap_leaves_a_complete_site(tmp_path, previous_site, monkeypatch, kept):
    site, before = previous_site
    if kept:  # a rebuild first, which keeps the site before it: the killed build makes its site from that
        assert build.command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF + dt.timedelta(days=2)) == 0
        assert (tmp_path / ".planportal-cache" / "site" / build.KEPT).is_dir()
    _die_after_mkdocs(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        build.command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF + dt.timedelta(days=1))
    monkeypatch.undo()
    assert site.is_dir()
    assert set(snapshot(site)) == set(before)  # every page there: the old site or the new one, complete


def test_without_an_atomic_exchange_the_swap_still_replaces_the_site(tmp_path, previous_site, monkeypatch, capsys):
    site, before = previous_site
    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    assert build.command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF + dt.timedelta(days=1)) == 0
    after = snapshot(site)
    assert set(after) == set(before) and after != before  # the same pages, as of another day
    assert leftovers(site) == []


def test_a_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(tmp_path, previous_site):
    site, before = previous_site
    args = ["--data", str(FIXTURES / "portal"), "--site-dir", "site", "--config", str(CONFIG), "--as-of", "2024-06-16"]
    process = subprocess.Popen([sys.executable, "-m", "planportal.cli", "build", *args], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not leftovers(site) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert leftovers(site), "the build never made its staging directory"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert snapshot(site) == before
    assert re.fullmatch(rf"\.site-{process.pid}-\w{{8}}", leftovers(site)[0])
    result = run("build", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert leftovers(site) == []
    assert set(snapshot(site)) == set(before)


def test_a_staging_directory_of_a_running_build_is_left_alone(tmp_path, previous_site):
    site, _ = previous_site
    running = tmp_path / f".site-{os.getpid()}-abcd1234"
    running.mkdir()
    publish.remove_stale(site)
    assert running.is_dir()


# --- also: "today" is the portal's, not the machine's --------------------------------

EVENING_UTC = dt.datetime(2024, 6, 30, 20, 0, tzinfo=dt.timezone.utc)  # 2024-07-01 04:00 in Beijing


def test_today_is_the_date_in_the_portals_time_zone():
    assert status.today("Asia/Shanghai", now=EVENING_UTC) == dt.date(2024, 7, 1)
    assert status.today("UTC", now=EVENING_UTC) == dt.date(2024, 6, 30)
    assert status.today(now=EVENING_UTC) == dt.date(2024, 7, 1)  # the default: Asia/Shanghai


def _plugin(config: Path):
    from mkdocs.config import load_config

    return load_config(config_file=str(config)).plugins["planportal"]


class _EveningUTC(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return EVENING_UTC.astimezone(tz) if tz else EVENING_UTC.replace(tzinfo=None)


def test_the_build_day_defaults_to_the_day_in_shanghai_and_follows_the_timezone_option(tmp_path, monkeypatch):
    clock = types.SimpleNamespace(**{**vars(dt), "datetime": _EveningUTC})
    monkeypatch.setattr(status, "dt", clock)
    assert _plugin(CONFIG).as_of() == dt.date(2024, 7, 1)
    config = site_config(tmp_path, ("      templates: ", "      timezone: America/New_York\n      templates: "))
    assert _plugin(config).as_of() == dt.date(2024, 6, 30)


def test_an_unknown_timezone_is_a_configuration_error(tmp_path):
    site_config(tmp_path, ("      templates: ", "      timezone: Mars/Olympus\n      templates: "))
    copy_portal(tmp_path)
    result = run("build", "--site-dir", "site", "--config", "mkdocs.yml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "未知的时区 'Mars/Olympus'（应为 IANA 时区名，如 Asia/Shanghai）" in result.stderr


def test_the_as_of_option_is_a_day_written_quoted_or_not_and_a_bad_one_is_a_configuration_error(tmp_path):
    """mkdocs.yml's `as_of: 2024-06-30` (YAML reads it as a date) counts as the quoted text does;
    a day that is none, or one the pages cannot count in, fails the build with the option named
    in Chinese, no traceback, and no site."""
    config = site_config(tmp_path, ("      templates: ", "      as_of: 2024-06-30\n      templates: "))
    assert _plugin(config).as_of() == dt.date(2024, 6, 30)
    copy_portal(tmp_path)
    for written, said in (('"2024-13-01"', "不是有效日期: 2024-13-01（应为 YYYY-MM-DD）"),
                          ("六月底", "不是有效日期: 六月底（应为 YYYY-MM-DD）"),
                          ("9999-12-31", "日期超出范围: 9999-12-31（应在 1900 年到 2999 年之间）")):
        site_config(tmp_path, ("      templates: ", f"      as_of: {written}\n      templates: "))
        result = run("build", "--site-dir", "site", "--config", "mkdocs.yml", cwd=tmp_path)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and said in result.stderr and "as_of" in result.stderr
        assert not (tmp_path / "site").exists()
