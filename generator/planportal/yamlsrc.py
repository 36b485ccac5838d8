"""Read one YAML data file, keeping the line of every value.

Returns plain Python values (dicts, lists, str, int, bool, None) and a map from
the path of each value (a tuple of keys and indexes) to its 1-based line, so
every later check can name FILE:LINE. Dates stay strings: the schema checks
their format, the model parses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import datafiles
from .problems import Problem

Path_ = tuple  # a path into a document: ("tasks", 3, "lead", 0, "unit")


@dataclass
class Document:
    file: str  # as shown in messages (relative to the data dir's parent when possible)
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    files: dict[Path_, str] = field(default_factory=dict)  # values grafted in from another file (corrections)

    def line(self, path: Path_) -> int:
        """Line of the value at `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def key_line(self, path: Path_) -> int:
        """Line of the key that introduces `path` (for "missing field" messages: the mapping)."""
        return self.lines.get(("#key",) + tuple(path), self.line(path))

    def at(self, path: Path_) -> tuple[str, int]:
        """(file, line) of the value at `path`: this file, or the file a grafted value came from."""
        path = tuple(path)
        probe = path
        while probe and probe not in self.files:
            probe = probe[:-1]
        return self.files.get(probe, self.file), self.line(path)

    def graft(self, path: Path_, value: Any, source: "Document", source_path: Path_) -> None:
        """Put `value` (read from `source` at `source_path`) at `path`, keeping its lines and file."""
        path, source_path = tuple(path), tuple(source_path)
        parent = self.data
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, list) and path[-1] == len(parent):
            parent.append(value)
        else:
            parent[path[-1]] = value
        self._drop(path)
        n = len(source_path)
        for p, line in source.lines.items():
            if p[:n] == source_path:
                self.lines[path + p[n:]] = line
            elif p[:1] == ("#key",) and p[1 : n + 1] == source_path:
                self.lines[("#key",) + path + p[n + 1 :]] = line
        self.files[path] = source.file

    def renumber(self, path: Path_, order: list[int]) -> None:
        """The list at `path` now holds its old items `order` (old indexes, in their new order)."""
        path = tuple(path)
        n = len(path)
        position = {old: new for new, old in enumerate(order)}

        def moved(p: Path_) -> Path_ | None:
            keyed = p[:1] == ("#key",)
            body = p[1:] if keyed else p
            if len(body) <= n or body[:n] != path:
                return p
            if body[n] not in position:
                return None  # the item was dropped
            new = path + (position[body[n]],) + body[n + 1 :]
            return ("#key",) + new if keyed else new

        self._rewrite(moved)

    def _drop(self, path: Path_) -> None:
        n = len(path)
        self._rewrite(lambda p: None if (p[1:] if p[:1] == ("#key",) else p)[:n] == path else p)

    def _rewrite(self, move) -> None:
        for table in (self.lines, self.files):
            items = list(table.items())
            table.clear()
            for p, v in items:
                q = move(p)
                if q is not None:
                    table[q] = v


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """Decode a file as strict UTF-8; a bad byte is reported at its line (see datafiles)."""
    return datafiles.read_text(path, shown)


MAX_DEPTH = 32  # a plan nests 6 levels deep (tasks > task > lead > ref > unit)
MAX_NODES = 100_000  # YAML nodes (keys too) in one file: the largest real plan has ~1,400, 8,000 units ~100,000
_CORE = "tag:yaml.org,2002:"
SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null")}
AS_TEXT = {_CORE + "merge", _CORE + "value"}  # a bare << or = is text here, not a directive


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML that a data file may not use: aliases (they expand without bound), deep
    nesting, more values than any record holds."""


class _Limits:
    """Composes a hand-written record: no aliases, nesting at most MAX_DEPTH deep, at most
    MAX_NODES values.

    All three are refused while composing, before anything is expanded or recursed into,
    so an alias bomb, 10,000 nested brackets or a million-item list cost no more than
    reading the first part of the file.
    """

    _depth = 0
    _nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(problem=f"不支持 YAML 别名 *{event.anchor}：数据文件中请把内容直接写出",
                           problem_mark=event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise _Refused(problem=f"嵌套超过 {MAX_DEPTH} 层，不是方案数据", problem_mark=event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise _Refused(problem=f"超过 {MAX_NODES:,} 个值，不是方案数据", problem_mark=event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Loader(_Limits, yaml.SafeLoader):
    """PyYAML's own reader, scanner and parser (and its error messages)."""


try:
    from yaml.cyaml import CParser
except ImportError:  # PyYAML built without libyaml: PyYAML's own parser only
    CParser = None


class _FastLoader(_Limits, yaml.composer.Composer, CParser or object, yaml.resolver.Resolver):
    """libyaml's scanner and parser (several times faster) under the same composer and limits.
    Used only for text PyYAML's reader accepts; any error is reported by `_Loader` instead,
    so every message is PyYAML's."""

    def __init__(self, stream):
        CParser.__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.resolver.Resolver.__init__(self)


class _CComposer(CParser or object, yaml.resolver.Resolver):
    """libyaml's composer too (all in C, several times faster again), for text in which no
    alias can stand and that cannot hold more than MAX_NODES values (`_bounded`); its nodes'
    depth is checked as they are converted (`_Unchecked`)."""

    def __init__(self, stream):
        CParser.__init__(self, stream)
        yaml.resolver.Resolver.__init__(self)


# Keep ISO dates as strings: the schema validates them, the model parses them.
_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = _CComposer.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Unchecked(Exception):
    """The C composer's nodes go deeper than MAX_DEPTH, or a key is a collection (whose depth
    it did not check): the text is composed again under the limits."""


def _bounded(text: str) -> bool:
    """No alias (it starts with *) and at most MAX_NODES values: every value but the document
    is a sequence entry (after -, [ or ,), or a key or value of a pair (a pair needs a :, ?,
    { or ,; one in a flow sequence makes a mapping too)."""
    if "*" in text:
        return False
    most = 1 + text.count("-") + text.count("[") + 3 * text.count(",") + 4 * (text.count(":") + text.count("?")) \
        + 2 * text.count("{")
    return most <= MAX_NODES


def _compose(text: str) -> tuple[yaml.Node | None, bool]:
    """The document's node and whether its depth is still to be checked."""
    if _FAST and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        bounded = _bounded(text)
        loader = _CComposer(text) if bounded else _FastLoader(text)
        try:
            return loader.get_single_node(), bounded
        except Exception:
            pass  # composed again below, for PyYAML's own message
        finally:
            loader.dispose()
    return yaml.compose(text, Loader=_Loader), False


_FAST = CParser is not None


def parse(text: str, shown: str) -> tuple[Document | None, list[Problem]]:
    try:
        node, unchecked = _compose(text)
        if unchecked:
            try:
                return _document(node, shown, True)
            except _Unchecked:
                node = yaml.compose(text, Loader=_Loader)
    except _Refused as exc:
        return None, [Problem(shown, exc.problem_mark.line + 1, exc.problem)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_error(exc, text, shown)]
    except yaml.reader.ReaderError as exc:  # a control character the YAML reader does not accept
        line = text.count("\n", 0, exc.position) + 1
        return None, [Problem(shown, line, f"含不允许的控制字符 U+{exc.character:04X}")]
    return _document(node, shown)


def _document(node: yaml.Node | None, shown: str, unchecked: bool = False) -> tuple[Document, list[Problem]]:
    doc = Document(shown, None)
    problems: list[Problem] = []
    if node is None:
        doc.data = None
        doc.lines[()] = 1
        return doc, problems
    doc.data = _convert(node, (), doc, problems, unchecked)
    return doc, problems


# Contexts that open something (a bracket, a quote) which PyYAML finds unclosed only at a
# later token: the fault is where it opens.
_OPENERS = ("while parsing a flow sequence", "while parsing a flow mapping", "while scanning a quoted scalar")


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, shown: str) -> Problem:
    """A syntax error at the line of the fault: an unclosed bracket or quote where it opens,
    a file that ends too early at its last line, anything else where PyYAML stopped."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    what = exc.problem or "syntax error"
    context = exc.context_mark
    if exc.context and context and context.line + 1 < line and exc.context.startswith(_OPENERS):
        return Problem(shown, context.line + 1, f"YAML 语法错误: {exc.context}, {what}（第 {line} 行）")
    if mark and mark.index >= len(text.rstrip()):  # the end of the file: the fault is in the last line
        line = text.rstrip().count("\n") + 1
    if exc.context and context and context is not mark:
        what = f"{exc.context}（第 {context.line + 1} 行）, {what}"
    return Problem(shown, line, f"YAML 语法错误: {what}")


def load(path: Path, shown: str, root: Path | None = None) -> tuple[Document | None, list[Problem]]:
    """Read and parse one data file; `root`: the directory it must stay inside (see datafiles)."""
    text, problems = datafiles.read_text(path, shown, root)
    if text is None:
        return None, problems
    return parse(text, shown)


def _convert(node: yaml.Node, path: Path_, doc: Document, problems: list[Problem], unchecked: bool = False) -> Any:
    """`unchecked`: the node's depth is not yet known to be within MAX_DEPTH (`_Unchecked`)."""
    if unchecked and len(path) >= MAX_DEPTH:
        raise _Unchecked
    line = node.start_mark.line + 1
    doc.lines[path] = line
    kind = type(node)
    if node.tag not in _EXPECTED.get(kind, _SCALAR_EXPECTED):
        _check_tag(node, doc, problems)
    if kind is yaml.MappingNode:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # (a scalar's value is always text)
                if unchecked:
                    raise _Unchecked
                problems.append(Problem(doc.file, key_node.start_mark.line + 1, "键必须是文字"))
                continue
            key_line = key_node.start_mark.line + 1
            key = _text(key_node.value, doc.file, key_line, problems)  # as the constructor makes it (construct_scalar)
            if key_node.tag not in _SCALAR_EXPECTED:
                _check_tag(key_node, doc, problems)
            if key in out:
                problems.append(Problem(doc.file, key_line, f"重复的键 {key}"))
            doc.lines[("#key",) + path + (key,)] = key_line
            out[key] = _convert(value_node, path + (key,), doc, problems, unchecked)
        return out
    if kind is yaml.SequenceNode:
        return [_convert(item, path + (i,), doc, problems, unchecked) for i, item in enumerate(node.value)]
    if node.tag == _STR or node.tag not in SCALAR_TAGS:  # as construct_yaml_str makes it
        return _text(node.value, doc.file, line, problems)
    try:  # the constructor itself: construct_object would keep every node it ever saw
        return _Loader.yaml_constructors[node.tag](_LOADER, node)
    except (ValueError, TypeError, yaml.YAMLError):  # an explicit !!int on a word, …
        problems.append(Problem(doc.file, line, f"值 {node.value!r} 不是 {_shown_tag(node.tag)}"))
        return node.value


_STR = _CORE + "str"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str, file: str, line: int, problems: list[Problem]) -> str:
    """A scalar's text; a lone surrogate (only a double-quoted escape such as "\\ud800" makes one)
    is no character and cannot be written as UTF-8: an error, and U+FFFD in its place so that
    later messages quoting the value can be printed."""
    if _SURROGATE.search(value) is None:
        return value
    shown = ", ".join(sorted({f"\\u{ord(ch):04x}" for ch in _SURROGATE.findall(value)}))
    problems.append(Problem(file, line, f"含无效的 Unicode 代理字符 {shown}（转义写法），无法写入网页"))
    return _SURROGATE.sub("\ufffd", value)
_SCALAR_EXPECTED = SCALAR_TAGS | AS_TEXT
_EXPECTED = {yaml.MappingNode: {_CORE + "map"}, yaml.SequenceNode: {_CORE + "seq"}}


def _check_tag(node: yaml.Node, doc: Document, problems: list[Problem]) -> None:
    """Only plain YAML: text, numbers, booleans, null, lists and mappings (no !foo, no !!python/…)."""
    expected = _EXPECTED.get(type(node), _SCALAR_EXPECTED)
    if node.tag not in expected:
        problems.append(Problem(doc.file, node.start_mark.line + 1, f"不支持的 YAML 标签 {_shown_tag(node.tag)}"))


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


_LOADER = _Loader("")


def dump(data: Any) -> str:
    """Write data the way the importer and editors expect: block style, UTF-8, keys in given order."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers  # write dates unquoted


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)
_Dumper.ignore_aliases = lambda self, data: True  # data files never hold aliases: the loader refuses them


def _indented_lists(self, flow=False, indentless=False):  # lists indented under their key
    return yaml.SafeDumper.increase_indent(self, flow, False)


_Dumper.increase_indent = _indented_lists
