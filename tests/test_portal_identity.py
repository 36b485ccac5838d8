"""The site as a government web team publishes it: the footer's identity fields (empty ones
render nothing), a warning while the shipped example values are unchanged, the day the
data was last updated on every page (from the data, so builds are reproducible), and a
description of its own for every kind of page."""

from __future__ import annotations

import datetime as dt
import html
import os
import re

import pytest

from conftest import FIXTURE_AS_OF
from helpers import FIXTURES, ROOT
from planportal.build import command
from planportal.outputs import urls

CONFIG = ROOT / "mkdocs.yml"
FILLED = {
    "owner": "示范区应急管理局",
    "contact": "联系电话：023-12345678",
    "site_code": "5001130001",
    "icp": "渝ICP备12345678号",
    "icp_url": "https://beian.example.cn/",
    "police": "渝公网安备 50011302000123号",
    "police_url": "https://beian.example.cn/police",
    "conac_image": "assets/planportal/img/emblem.svg",
    "conac_url": "https://bszs.example.cn/",
}


def configured(footer: dict[str, str]):
    """A copy of mkdocs.yml beside it (so docs/ resolves the same) with these footer values."""
    text = CONFIG.read_text(encoding="utf-8")
    for key, value in footer.items():
        text, n = re.subn(rf"(?m)^(    {key}:) .*$", rf'\1 "{value}"', text)
        assert n == 1, key
    path = ROOT / f".mkdocs-identity-{os.getpid()}-{len(footer)}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def footer(page: str) -> str:
    return re.search(r'<div class="md-copyright pp-footer">(.*?)</div>', page, re.S).group(1)


def test_the_shipped_example_values_are_warned_about(tmp_path, capsys):
    assert command(FIXTURES / "portal", tmp_path / "site", config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    err = capsys.readouterr().err
    assert re.search(r"mkdocs\.yml:\d+: 警告: extra\.footer\.owner 仍是示例值“示例单位", err)
    assert "extra.footer.contact 仍是示例值" in err


@pytest.fixture(scope="module")
def filled_site(tmp_path_factory):
    config = configured(FILLED)
    try:
        site = tmp_path_factory.mktemp("identity") / "site"
        assert command(FIXTURES / "portal", site, config=config, as_of=FIXTURE_AS_OF) == 0
    finally:
        config.unlink()
    return site


def test_every_identity_field_is_shown_and_no_warning_once_set(filled_site, capsys):
    page = (filled_site / "tasks" / "shifan-2024-3" / "index.html").read_text(encoding="utf-8")
    foot = footer(page)
    assert "主办单位：示范区应急管理局" in foot and "联系电话：023-12345678" in foot
    assert "网站标识码：5001130001" in foot
    assert '<a href="https://beian.example.cn/" rel="noopener">渝ICP备12345678号</a>' in foot
    assert '<a href="https://beian.example.cn/police" rel="noopener">渝公网安备 50011302000123号</a>' in foot
    conac = re.search(r'<a href="https://bszs.example.cn/"[^>]*><img src="([^"]+)" alt="党政机关网站标识"', foot)
    assert conac and conac.group(1) == "../../assets/planportal/img/emblem.svg"  # relative: works under a sub-path
    assert "警告" not in capsys.readouterr().err


def test_empty_fields_render_nothing(tmp_path):
    config = configured({key: "" for key in FILLED})
    try:
        assert command(FIXTURES / "portal", tmp_path / "site", config=config, as_of=FIXTURE_AS_OF) == 0
    finally:
        config.unlink()
    foot = footer((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    for text in ("主办单位", "网站标识码", "备案", "<img", "<a ", "pp-footer__ids", "联系电话"):
        assert text not in foot, text
    assert "数据更新于" in foot


def test_every_page_says_when_the_data_was_last_updated(fixture_site, tmp_path):
    """The latest date in the data (here a progress record of 2024-06-30), not the build's clock."""
    pages = sorted(fixture_site.root.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        assert "数据更新于 2024年6月30日" in path.read_text(encoding="utf-8"), path
    again = tmp_path / "site"
    assert command(FIXTURES / "portal", again, config=CONFIG, as_of=dt.date(2031, 1, 1)) == 0
    assert footer(fixture_site.html("")) == footer((again / "index.html").read_text(encoding="utf-8"))
    assert fixture_site.portal.updated == dt.date(2024, 6, 30)


def description(page: str) -> str:
    return html.unescape(re.search(r'<meta name="description" content="([^"]*)">', page).group(1))


def test_each_page_has_a_description_of_its_own(fixture_site):
    site_description = re.search(r"(?m)^site_description: (.*)$", CONFIG.read_text(encoding="utf-8")).group(1)
    addresses = ["", "plans/", "units/", "deadlines/", urls.plan("shifan-2024"), urls.unit("shifan-zhujianwei"),
                 urls.unit("shifan-anweiban"), urls.task("shifan-2024-3"), urls.task("shifan-2024-4"),
                 urls.deadline("2024-06"), urls.deadline("ongoing"), "sources/demo/", "search/", "finder/", "help/", "about/"]
    found = {a: description(fixture_site.html(a)) for a in addresses}
    assert len(set(found.values())) == len(addresses), found
    assert site_description not in found.values()
    assert "2024年6月底前完成全面排查" in found[urls.task("shifan-2024-3")]
    assert "示范区住房和城乡建设委员会" in found[urls.unit("shifan-zhujianwei")]
    assert all(len(d) <= 120 for d in found.values())


def test_a_progress_report_updates_the_data_date():
    from planportal.loader import load

    portal, _ = load(ROOT / "data")
    reported = max(e.date for r in portal.progress for e in r.entries if e.date)
    assert portal.updated == reported and reported > max(p.published for p in portal.plans if p.published)
