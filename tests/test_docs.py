"""Every command and option of the CLI is documented in the README (datasette's habit)."""

from __future__ import annotations

import argparse

from helpers import ROOT
from planportal.cli import parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_in_the_readme():
    for name in _subcommands():
        assert f"`planportal {name}" in README, f"planportal {name} is not documented in README.md"


def test_every_option_is_in_the_readme():
    for name, sub in _subcommands().items():
        for action in sub._actions:
            for flag in action.option_strings:
                if flag in ("-h", "--help"):
                    continue
                assert flag in README, f"{flag} of planportal {name} is not documented in README.md"


def test_ci_runs_exactly_the_readme_test_command():
    command = "pip install -e '.[test]' && pytest"
    assert command in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == command


def test_every_plugin_option_is_in_the_readme():
    from planportal.mkdocs_plugin import PlanPortalConfig

    for name, _ in PlanPortalConfig._schema:
        assert f"`{name}`" in README, f"plugin option {name} is not documented in README.md"


def test_every_footer_field_is_in_the_readme():
    import re

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = config[config.index("  footer:"):]
    fields = re.findall(r"(?m)^    (\w+):", block)
    assert "site_code" in fields and "conac_image" in fields
    for name in fields:
        assert f"`{name}`" in README, f"extra.footer.{name} is not documented in README.md"
