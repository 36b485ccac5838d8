"""What planportal asks of mkdocs.yml beyond mkdocs' own checks: that it is there
(`missing`), and that every configured link is an http(s) address or a relative one.

A `javascript:` or `data:` address in, say, `extra.footer.icp_url` would be printed as a
link that runs when clicked. Links are `site_url`, `repo_url` and, anywhere under `extra`,
a value whose key is `url`, `link`, `href` or `homepage` or ends in `_url`, `_link`, `_href`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from collections.abc import Mapping
from typing import Any, Iterator

import yaml

from .problems import Problem

SCHEMES = ("http", "https")
_LINK_KEY = re.compile(r"(?:^|_)(?:url|link|href)$|^homepage$")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def missing(config_file: Path) -> str | None:
    """Why the configuration cannot be read, said in the portal's language (mkdocs says it in
    English), or None when it is a file."""
    path = Path(config_file)
    if path.is_file():
        return None
    what = "是一个目录，不是配置文件" if path.is_dir() else "配置文件不存在"
    return f"{path}: {what}（请用 --config 指向站点的 mkdocs.yml）"


def link_problems(config: Any) -> list[Problem]:
    """Each link of a loaded mkdocs config that is neither http(s) nor relative, at its line in mkdocs.yml."""
    config_file = config.config_file_path
    shown, lines = _shown(config_file), _key_lines(config_file)
    problems = []
    for path, value in _links(config):
        if not allowed(value):
            name = ".".join(str(p) for p in path)
            problems.append(Problem(shown, lines.get(path, 1),
                                    f"{name} 的地址 {value!r} 不允许：链接只能是 http(s) 地址或相对地址"))
    return problems


def allowed(address: str) -> bool:
    """An http(s) address, or a relative one (path, //host, #anchor, ?query); nothing a browser runs."""
    if _CONTROL.search(address):
        return False
    scheme = _SCHEME.match(address.strip())
    return scheme is None or scheme.group(1).lower() in SCHEMES


def _links(config: Any) -> Iterator[tuple[tuple, str]]:
    for key in ("site_url", "repo_url"):
        value = config.get(key)
        if isinstance(value, str) and value:
            yield (key,), value
    yield from _walk(config.get("extra") or {}, ("extra",))


def _walk(value: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(item, str) and item and _LINK_KEY.search(str(key)):
                yield path + (key,), item
            else:
                yield from _walk(item, path + (key,))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _walk(item, path + (i,))


def _shown(config_file: str | None) -> str:
    if not config_file:
        return "mkdocs.yml"
    relative = os.path.relpath(config_file)
    return config_file if relative.startswith("..") else relative


def _key_lines(config_file: str | None) -> dict[tuple, int]:
    """path of each value -> line of its key, from the file as written (tags such as !ENV
    are not resolved: composing reads only the structure)."""
    try:
        node = yaml.compose(Path(config_file).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, TypeError, ValueError, yaml.YAMLError):
        return {}
    lines: dict[tuple, int] = {}

    def walk(node: yaml.Node, path: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, item in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines[path + (key.value,)] = key.start_mark.line + 1
                    walk(item, path + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[path + (i,)] = item.start_mark.line + 1
                walk(item, path + (i,))

    if node is not None:
        walk(node, ())
    return lines
