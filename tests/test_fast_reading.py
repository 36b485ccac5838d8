"""The fast paths of reading data decide nothing on their own: libyaml's composer gives the
documents, lines and problems PyYAML's composer under the limits gives, and the compiled
shape check says yes only where jsonschema finds no error."""

from __future__ import annotations

import copy
import pickle
import random
import shutil

import pytest

from helpers import FIXTURES, ROOT
from planportal import loader, schema, shapecheck, yamlsrc
from planportal.problems import errors


def _nested(depth: int) -> list[str]:
    block = "".join("  " * i + "a:\n" for i in range(depth)) + "  " * depth + "x\n"
    return [block, "- " * depth + "x\n", "[" * depth + "]" * depth, "k: " + "[" * depth + "]" * depth,
            "? " + "[" * depth + "]" * depth + "\n: v\n"]


TEXTS = [
    *(text for depth in (31, 32, 33, 40) for text in _nested(depth)),
    "a: &x 1\nb: *x\n", "a: &x 1\nb: &x 2\n", "a: *x\n", "a: 1\na: 2\n", "--- a\n--- b\n", "? [a]\n: 1\n",
    "? {a: b}\n: 1\n", "a: !!int x\n", "a: !foo x\n", "!!map {a: 1}", "!!str [1]", "<<: 1\n", "= : 2\n",
    "x: 1.5\ny: .inf\nz: 0x1F\nv: yes\nu: ~\n", "", "# only a comment\n", "a: 2024-01-01\n", "a: 'x*y'\n",
    "[a: b, c]\n", "{a, b: c}\n", "- ? a\n  : b\n", "a:\n  - b\n  -\n  - c:\n", "a: [1,\n", "a: 'unclosed\n",
    "\ta: 1\n", "a: b: c\n", "[" * 2000 + "]" * 2000, "[" + ",".join(["a"] * 110_000) + "]",
]


def _documents():
    for path in sorted([*(FIXTURES / "portal").rglob("*.yml"), *(ROOT / "data").rglob("*.yml")]):
        yield path.read_text(encoding="utf-8")
    yield from TEXTS


def _parsed(text: str):
    doc, problems = yamlsrc.parse(text, "x.yml")
    return problems, doc and (doc.data, list(doc.lines.items()))


def test_libyaml_composes_as_pyyaml_under_the_limits(monkeypatch):
    texts = list(_documents())
    fast = [_parsed(text) for text in texts]
    monkeypatch.setattr(yamlsrc, "_FAST", False)  # PyYAML's own reader, parser and composer
    assert fast == [_parsed(text) for text in texts]


def test_data_files_are_composed_by_libyaml():
    text = (FIXTURES / "portal" / "plans" / "shifan-2024.yml").read_text(encoding="utf-8")
    assert yamlsrc._bounded(text)
    assert not yamlsrc._bounded(text + "x: '*'\n")  # where an alias may stand, PyYAML's composer counts


def _shapes():
    for path in sorted([*(FIXTURES / "portal").rglob("*.yml"), *(ROOT / "data").rglob("*.yml")]):
        doc, _ = yamlsrc.parse(path.read_text(encoding="utf-8"), str(path))
        if path.name == "units.yml":
            yield doc.data, schema.UNITS
        elif "corrections" in path.parts:
            yield doc.data, schema.CORRECTIONS
        elif "progress" in path.parts:
            yield doc.data, schema.PROGRESS
        elif "plans" in path.parts:
            yield doc.data, schema.PLAN


_VALUES = [None, True, False, 0, 1, -1, 1.0, 2.5, "", "x", "a-1", "A", "a-1\n", "2024-02-30", "2024-12-31", "未开始",
           "lead", [], [1], ["lead"], {}, {"written": "x"}, {"text": "t", "kind": "by"}, {"state": "进行中"}]


def _mutated(data, rnd: random.Random):
    data = copy.deepcopy(data)
    for _ in range(rnd.randint(1, 3)):
        parent, key = None, None
        node = data
        while isinstance(node, (dict, list)) and node and rnd.random() < 0.8:
            parent, key = node, rnd.choice(list(node) if isinstance(node, dict) else range(len(node)))
            node = node[key]
        if parent is None:
            continue
        if isinstance(parent, dict) and rnd.random() < 0.3:
            del parent[key]
        elif isinstance(parent, dict) and rnd.random() < 0.3:
            parent[rnd.choice(["extra", "id", "remove", "line", "status", "unit"])] = copy.deepcopy(rnd.choice(_VALUES))
        else:
            parent[key] = copy.deepcopy(rnd.choice(_VALUES))
    return data


@pytest.mark.parametrize("seed", range(3))
def test_the_shape_check_says_yes_only_where_jsonschema_finds_nothing(seed):
    rnd = random.Random(seed)
    said_yes = 0
    for data, shape in _shapes():
        check = shapecheck.conforms(shape, loader._ecma, loader._is_date)
        validator_class, formats = loader._jsonschema()
        validator = validator_class(shape, format_checker=formats)
        assert check(data) and not list(validator.iter_errors(data))  # the valid files take the fast path
        for _ in range(60):
            mutated = _mutated(data, rnd)
            if check(mutated):
                said_yes += 1
                assert not list(validator.iter_errors(mutated)), mutated
    assert said_yes > 50  # it does answer yes to changed documents that still fit


def test_a_date_is_a_date_where_jsonschema_says_so():
    """The loader checks dates itself (not importing jsonschema for every file it parses): as
    jsonschema's format checker does, for every kind of near miss."""
    _, formats = loader._jsonschema()
    for text in ["2024-12-31", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31",
                 "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01\n", " 2024-01-01", "2024-01-01T00:00",
                 "２０２４-01-01", "٢٠٢٤-01-01", "20240101", "", "x", "2024-00-10", "2024-01-00"]:
        assert loader._is_date(text) == formats.conforms(text, "date"), text


def test_a_rebuild_reads_unchanged_plan_files_as_a_fresh_read_does(tmp_path):
    """A rebuild takes each unchanged plan file's model from the cache and reads its document
    only for a line to report: the model and every problem are those of reading afresh, a
    problem met in an unchanged file at its line, a correction applied to an unchanged file."""
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(ROOT / "data", data)
    assert not errors(loader.load(data, cache=cache)[1])  # every file read once, into the cache
    first = "banan-2024-gongan-3-1-1"  # stands at line 74 of a file left as it is
    edited = data / "plans" / "banan-2024-jiaoyu.yml"
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "  - id: banan-2024-jiaoyu-2-1\n", f"  - id: {first}\n", 1), encoding="utf-8")
    (data / "corrections").mkdir()
    (data / "corrections" / "fix.yml").write_text(
        "plan: banan-2024-gongan\ntasks:\n  banan-2024-gongan-3-1-2:\n    title: 改过的标题\n"
        "  banan-2024-gongan-9-9:\n    remove: true\n", encoding="utf-8")
    portal, problems = loader.load(data, cache=cache)
    fresh, fresh_problems = loader.load(data)
    assert problems == fresh_problems
    assert portal.plans == fresh.plans and [p.where for p in portal.plans] == [p.where for p in fresh.plans]
    assert [t.where for t in portal.tasks] == [t.where for t in fresh.tasks]
    assert portal.task_by_id["banan-2024-gongan-3-1-2"].title == "改过的标题"
    messages = [str(p).replace(f"{tmp_path}/", "") for p in errors(problems)]
    assert f"data/plans/banan-2024-jiaoyu.yml:23: 重复的任务 id {first}（data/plans/banan-2024-gongan.yml:74 已使用）" \
        in messages
    assert any(m.startswith("data/corrections/fix.yml:5: ") and "banan-2024-gongan-9-9" in m for m in messages)


def test_a_damaged_or_foreign_cache_entry_is_read_again_from_its_file(tmp_path):
    """Whatever a cache entry has become (cut short, another pickle, not a pickle), the plan
    file is read again: the model and problems of a fresh read, no crash."""
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(ROOT / "data", data)
    fresh, fresh_problems = loader.load(data)
    loader.load(data, cache=cache)
    entries = sorted(cache.glob("*.pickle"))
    assert any(p.name.endswith(".built.pickle") for p in entries) and len(entries) > 2
    for damage in (lambda b: b[: len(b) // 2], lambda b: pickle.dumps(("a", "b", "c", "d")),
                   lambda b: pickle.dumps(None), lambda b: b"not a pickle"):
        for path in entries:
            path.write_bytes(damage(path.read_bytes()))
        portal, problems = loader.load(data, cache=cache)
        assert portal.plans == fresh.plans and problems == fresh_problems
        assert sorted(cache.glob("*.pickle")) == entries  # each entry written again
        assert [type(loader._cached(cache, p.name.removesuffix(".pickle"))) for p in entries] == [tuple] * len(entries)
