"""Load a data directory into the model, collecting every problem.

    load(data_dir) -> (Portal | None, [Problem])

Steps, each over all files before the next: read (encoding, YAML syntax) ->
check shape against the schema -> build model objects -> cross-file checks
(validate.py). A file with shape errors is left out of the model, so one bad
file never hides the problems of the others.

With a cache (the build's), each plan file is kept as parsed and, where its shape is
right, as built: its Plan and the problems it decides alone (validate.plan_file), by a
digest of its text. A rebuild then reads only the files that changed; an unchanged file's
document is read from the cache only where a cross-file check reports a line in it or a
correction applies to it.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import pickle
import re
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import collector, corrections, datafiles, schema, shapecheck, validate, yamlsrc
from .model import Deadline, Group, Owner, Plan, Portal, ProgressEntry, ProgressReport, RoleRef, Status, Task, Unit, Where, ROLES
from .problems import Problem


@lru_cache
def _ecma(pattern: str) -> re.Pattern:
    """A schema pattern as JSON Schema (ECMA-262) reads it: `$` is the very end of the text,
    where Python's `$` also matches before a final newline ("a-1\\n" is no id)."""
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


@lru_cache
def _jsonschema():
    """jsonschema's validator (patterns read as `_ecma`) and its format checker, imported when
    first needed: for a file shapecheck.py is not sure of. A rebuild whose files fit their
    shapes never needs it (its import is a tenth of a second)."""
    import jsonschema

    def pattern(validator, pattern, instance, schema_):
        if validator.is_type(instance, "string") and not _ecma(pattern).search(instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")

    return jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern}), \
        jsonschema.Draft202012Validator.FORMAT_CHECKER


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _is_date(text: str) -> bool:
    """A date as the schemas' "date" format (RFC 3339's full-date) is read by jsonschema's format
    checker (a test holds the two together), without importing jsonschema for every date."""
    if not _DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def load(data_dir: Path | str, cache: Path | None = None, workers: int = 1) -> tuple[Portal | None, list[Problem]]:
    """`cache`: a folder where each data file is kept as parsed and shape-checked, by its
    content digest, so that a rebuild parses only the files that changed; `workers`: processes
    that parse plan files (forked: only from a process without threads). Large data is read
    in a child process that hands back only the model and the problems: reading leaves
    several times the model's size in freed but fragmented memory, which would otherwise stay
    with the build (and be copied into every worker)."""
    data_dir = Path(data_dir)
    if workers > 1 and _plans_size(data_dir) >= APART_FROM and "fork" in multiprocessing.get_all_start_methods():
        return _load_apart(data_dir, cache, workers)
    return _load(data_dir, cache, workers)


APART_FROM = 24 * 2**20  # bytes of plan files (about 20,000 tasks)


def _plans_size(data_dir: Path) -> int:
    try:
        return sum(entry.stat(follow_symlinks=False).st_size for entry in os.scandir(data_dir / "plans"))
    except OSError:
        return 0


def _load_apart(data_dir: Path, cache: Path | None, workers: int) -> tuple[Portal | None, list[Problem]]:
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_load_and_send, args=(writer, data_dir, cache, workers))
    child.start()
    writer.close()
    try:
        failed, result = reader.recv()
    finally:
        reader.close()
        child.join()
    if failed:
        raise result
    return result


def _load_and_send(writer, data_dir: Path, cache: Path | None, workers: int) -> None:
    try:
        result = (False, _load(data_dir, cache, workers))
    except Exception as exc:  # raised again in the parent
        result = (True, exc)
    writer.send(result)
    writer.close()


def _load(data_dir: Path, cache: Path | None, workers: int) -> tuple[Portal | None, list[Problem]]:
    problems: list[Problem] = []
    if not data_dir.is_dir():
        what = "是文件，不是数据目录（--data 应为含 units.yml 和 plans/ 的目录）" if data_dir.exists() else "数据目录不存在"
        return None, [Problem(str(data_dir), 1, what)]

    files = datafiles.listing(data_dir)
    problems += files.problems
    units_doc, bad_units = _read(files.units, data_dir, schema.UNITS, problems, required=True)
    read = _read_many(files.plans, data_dir, schema.PLAN, problems, cache, workers)
    good = [r for r in read if r.doc is not None and not r.bad]
    bad_plans = {_text(r.doc, "id") for r in read if r.doc is not None and r.bad} - {None}
    # the source files any plan file names, whole or not (None: a plan file is unreadable, so nobody knows)
    cited = None if any(r.doc is None for r in read) else {r.source for r in read} - {None}

    fixes = [doc for doc, bad in (_read(p, data_dir, schema.CORRECTIONS, problems) for p in files.corrections)
             if doc is not None and not bad]
    targets = {fix.data["plan"] for fix in fixes}
    corrected = [r for r in good if r.plan.id in targets]  # (a correction names a plan by its id)
    problems += corrections.apply([r.doc for r in corrected], fixes)
    for r in corrected:
        r.plan = _plan(r.doc)
        r.local = validate.plan_file(r.plan, r.doc)
    problems += [problem for r in good for problem in r.local]
    progress_docs = [doc for doc, bad in (_read(p, data_dir, schema.PROGRESS, problems) for p in files.progress)
                     if doc is not None and not bad]

    units = _units(units_doc, bad_units) if units_doc else ()
    plans = tuple(r.plan for r in good)
    portal = Portal(plans=plans, units=units, progress=tuple(_progress(doc) for doc in progress_docs))
    # Ids written in records that failed their shape check still count as known,
    # so one mistake gives one message, not a cascade of "unknown id" errors.
    known = validate.Known(
        units={_stripped(u.get("id")) for u in _items(units_doc)}, plans=bad_plans, sources=cited,
        registry_read=units_doc is not None,
    )
    problems += validate.check(portal, data_dir, units_doc, [r.doc for r in good], known)
    problems += validate.progress(portal, progress_docs, known)
    return portal, sorted(set(problems), key=_order)


def _order(p: Problem) -> tuple:
    return (p.file, p.line, p.severity != "error", p.message)


def _read(path: Path, data_dir: Path, shape: dict, problems: list[Problem], required: bool = False):
    """The parsed document (None if unreadable) and the set of its shape problems' paths."""
    shown = datafiles.shown_path(path, data_dir)
    if not path.exists() and not path.is_symlink():
        if required:
            problems.append(Problem(shown, 1, "文件不存在"))
        return None, set()
    text, found = datafiles.read_text(path, shown, data_dir)
    problems += found
    if text is None:
        return None, set()
    doc, found, bad = _parse(text, shown, shape)
    problems += found
    return doc, bad


def _parse(text: str, shown: str, shape: dict) -> tuple[yamlsrc.Document | None, list[Problem], set[tuple]]:
    doc, found = yamlsrc.parse(text, shown)
    if doc is None:
        return None, found, set()
    bad: set[tuple] = set()
    for problem, path_ in shape_errors(doc, shape):
        found.append(problem)
        bad.add(path_)
    return doc, found, bad


PARALLEL_FROM = 2 * 2**20  # bytes of plan files not in the cache: below this, one process parses them


def _read_many(paths: list[Path], data_dir: Path, shape: dict, problems: list[Problem], cache: Path | None,
               workers: int) -> list[_Read]:
    """`_read` of each plan file, in order, with its Plan built: from the cache where its text
    was read before (then its document is read from the cache only if a line of it is
    wanted: `_Stored`), the others parsed, in worker processes when there is much to parse."""
    texts: list[tuple[str, str | None]] = []
    for path in paths:
        shown = datafiles.shown_path(path, data_dir)
        text, found = datafiles.read_text(path, shown, data_dir)
        problems += found
        texts.append((shown, text))
    shape_text = json.dumps(shape, sort_keys=True, ensure_ascii=False)
    keys = [_cache_key(shown, text, shape_text) if cache and text is not None else None for shown, text in texts]
    built: list = [_cached(cache, key + _BUILT) if key else None for key in keys]
    parsed: list = [_cached(cache, key) if key and not built[i] else None for i, key in enumerate(keys)]
    todo = [i for i, (shown, text) in enumerate(texts) if text is not None and parsed[i] is None and not built[i]]
    size = sum(len(texts[i][1]) for i in todo)
    if workers > 1 and len(todo) > 1 and size >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        global _TODO
        _TODO = ([texts[i] for i in todo], shape, cache, [keys[i] for i in todo])
        try:  # (frozen: the workers then share this process's objects instead of copying them)
            with collector.frozen(), multiprocessing.get_context("fork").Pool(min(workers, len(todo))) as pool:
                for i, (whole, data) in zip(todo, pool.imap(_parse_one, range(len(todo)),
                                                            chunksize=max(1, len(todo) // 16))):
                    # (as each arrives, while the workers parse the next)
                    (built if whole else parsed)[i] = pickle.loads(data)
        finally:
            _TODO = None
    else:
        for i in todo:
            parsed[i] = _parse(texts[i][1], texts[i][0], shape)
            if keys[i]:
                _store(cache, keys[i], pickle.dumps(parsed[i], protocol=pickle.HIGHEST_PROTOCOL))
    for i, key in enumerate(keys):  # parsed here, or its built entry lost: kept as built
        if key and parsed[i] is not None and not built[i]:
            built[i] = _built(parsed[i])
            if built[i]:
                _store(cache, key + _BUILT, pickle.dumps(built[i], protocol=pickle.HIGHEST_PROTOCOL))
    if cache and cache.is_dir():  # forget files that are gone or changed
        used = {name for key in keys if key for name in (f"{key}.pickle", f"{key}{_BUILT}.pickle")}
        for entry in cache.glob("*.pickle"):
            if entry.name not in used:
                entry.unlink(missing_ok=True)
    out = []
    for i, result in enumerate(parsed):
        if built[i]:
            found, plan, source, local = built[i]
            problems += found
            doc = _Stored(texts[i][0], cache, keys[i], texts[i][1], shape, result[0] if result else None)
            out.append(_Read(doc, set(), source, plan, local))
            continue
        if result is None:
            out.append(_Read(None, set(), None))
            continue
        doc, found, bad = result
        problems += found
        read = _Read(doc, bad, _text(doc, "source", "file") if doc is not None else None)
        if doc is not None and not bad:
            read.plan = _plan(doc)
            read.local = validate.plan_file(read.plan, doc)
        out.append(read)
    return out


def _built(parsed) -> tuple | None:
    """What the cache keeps of a plan file without shape errors, so that a rebuild need not
    read its document: (its parse problems, its Plan as the file says (before any
    correction), the source file it names, the problems it decides alone); None for another."""
    doc, found, bad = parsed
    if doc is None or bad:
        return None
    plan = _plan(doc)
    for task in plan.tasks:
        task.fingerprint  # made now, kept with the plan (model.Task.fingerprint)
    return found, plan, _text(doc, "source", "file"), validate.plan_file(plan, doc)


_BUILT = ".built"  # the cache entry of a plan file's Plan as built from it, beside its parsed document


@dataclass(slots=True)
class _Read:
    """A plan file as read: its document (None: unreadable), the paths of its shape errors,
    the source file it names; for a file without shape errors, its Plan and the problems it
    decides alone (validate.plan_file)."""

    doc: Any
    bad: set
    source: str | None
    plan: Plan | None = None
    local: list[Problem] = dataclasses.field(default_factory=list)


class _Stored:
    """A plan file's parsed document, read from the cache (or parsed again) only when something
    asks for it: a line for a problem to report, a correction to apply. Where a rebuild finds
    every file as it was, it reads none of them."""

    def __init__(self, file: str, cache: Path, key: str, text: str, shape: dict, doc=None):
        self.file = file
        self._where = (cache, key, text, shape)
        self._doc = doc  # (the document, where it was parsed in this process)

    def __getattr__(self, name: str):  # data, lines, line, at, key_line, graft… of the document
        if self._doc is None:
            cache, key, text, shape = self._where
            self._doc = (_cached(cache, key) or _parse(text, self.file, shape))[0]
        return getattr(self._doc, name)


_TODO = None


def _parse_one(i: int) -> tuple[bool, bytes]:
    """File i of the current `_read_many`, parsed (in a worker) and kept in the cache; for the
    build's process, pickled: with a cache, the file's Plan where it has one (`_built`: the
    document stays in the cache), else the parse."""
    (shown, text), shape, cache, key = _TODO[0][i], _TODO[1], _TODO[2], _TODO[3][i]
    parsed = _parse(text, shown, shape)
    data = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)
    if not key:
        return False, data
    _store(cache, key, data)
    built = _built(parsed)
    if built is None:
        return False, data
    data = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    _store(cache, key + _BUILT, data)
    return True, data


@lru_cache
def _code() -> str:
    from .buildcache import code_digest

    return code_digest()


def _cache_key(shown: str, text: str, shape_text: str) -> str:
    """`shape_text`: the schema as canonical JSON."""
    from .buildcache import digest

    return digest(_code(), shown, shape_text, text)


def _cached(cache: Path, key: str):
    """A file's cache entry: its parse (document, problems, shape errors' paths) or, for a
    key ending in `_BUILT`, what `_built` keeps; None where there is none or it is not one
    (damaged, or written by something else): the file is then read again."""
    try:
        with open(cache / f"{key}.pickle", "rb") as f:
            entry = pickle.load(f)
    except Exception:  # (a damaged pickle can raise nearly anything)
        return None
    if key.endswith(_BUILT):
        fits = isinstance(entry, tuple) and len(entry) == 4 and isinstance(entry[1], Plan)
    else:
        fits = isinstance(entry, tuple) and len(entry) == 3 and (entry[0] is None or isinstance(entry[0], yamlsrc.Document))
    return entry if fits else None


def _store(cache: Path, key: str, data: bytes) -> None:
    """Keep a file's pickled parse result."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f"{key}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, cache / f"{key}.pickle")
    except OSError:
        pass  # a cache that cannot be written only costs time


def _stripped(value):
    """An id as its writer meant it ("x\\n" failed its shape check as x)."""
    return value.strip() if isinstance(value, str) else value


def _text(doc: yamlsrc.Document, *keys: str) -> str | None:
    """The text at `keys` of a document that may have any shape, stripped, or None."""
    value = doc.data
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value.strip() if isinstance(value, str) else None


def _items(units_doc) -> list[dict]:
    data = units_doc.data if units_doc else None
    items = data.get("units") if isinstance(data, dict) else None
    return [u for u in items if isinstance(u, dict)] if isinstance(items, list) else []


def shape_errors(doc: yamlsrc.Document, shape: dict) -> list[tuple[Problem, tuple]]:
    """Each schema violation as (problem, path of the value at fault)."""
    if shapecheck.conforms(shape, _ecma, _is_date)(doc.data):  # then jsonschema finds none (shapecheck.py)
        return []
    validator_class, formats = _jsonschema()
    validator = validator_class(shape, format_checker=formats)
    return [(_problem(doc, err), tuple(err.absolute_path)) for err in validator.iter_errors(doc.data)]


def _problem(doc: yamlsrc.Document, err) -> Problem:
    """`err`: a jsonschema.ValidationError."""
    if err.validator == "anyOf" and err.context:  # "a date or null": report the date branch
        err = next((e for e in err.context if e.validator != "type"), err.context[0])
    path = tuple(err.absolute_path)
    field = next((p for p in reversed(path) if isinstance(p, str)), "文件")
    value = err.instance
    if err.validator == "required":
        missing = err.message.split("'")[1]
        return Problem(doc.file, doc.line(path), f"缺少必填字段 {missing}")
    if err.validator == "additionalProperties":
        extra = sorted(set(value) - set(err.schema.get("properties", {})))
        name = extra[0] if extra else "?"
        return Problem(doc.file, doc.key_line(path + (name,)), f"未知字段 {name}")
    line = doc.line(path)
    if err.validator == "type":
        want = err.validator_value if isinstance(err.validator_value, str) else err.validator_value[0]
        names = {"string": "文字", "integer": "整数", "array": "列表", "object": "映射（键: 值）", "null": "空",
                 "boolean": "true 或 false"}
        if field == "文件":
            return Problem(doc.file, line, f"文件内容应为{names.get(want, want)}")
        return Problem(doc.file, line, f"字段 {field} 应为{names.get(want, want)}，实际为 {value!r}")
    if err.validator == "enum":
        options = "、".join(str(v) for v in err.validator_value)
        return Problem(doc.file, line, f"字段 {field} 的值 {value!r} 无效，应为 {options} 之一")
    if err.validator == "pattern" and err.validator_value != schema.ID["pattern"]:
        return Problem(doc.file, line, f"字段 {field} 的值 {value!r} 格式不对，应为{err.schema.get('description', err.validator_value)}")
    if err.validator == "pattern":
        return Problem(doc.file, line, f"字段 {field} 的值 {value!r} 不是有效的 id（只能用小写字母、数字和连字符）")
    if err.validator == "format":
        return Problem(doc.file, line, f"字段 {field} 的值 {value!r} 不是有效日期（应为 YYYY-MM-DD）")
    if err.validator == "minLength":
        return Problem(doc.file, line, f"字段 {field} 不能为空")
    if err.validator in ("minimum", "maximum") and "maximum" in err.schema:
        return Problem(doc.file, line, f"字段 {field} 应在 {err.schema['minimum']} 到 {err.schema['maximum']} 之间，实际为 {value!r}")
    if err.validator == "minimum":
        return Problem(doc.file, line, f"字段 {field} 应为正整数，实际为 {value!r}")
    if err.validator == "const" and field == "remove":
        return Problem(doc.file, line, f"字段 remove 只能写 true（去掉这一项任务），实际为 {value!r}；不去掉就删掉这一行")
    if err.validator == "const":
        return Problem(doc.file, line, f"字段 {field} 的值应为 {err.validator_value!r}，实际为 {value!r}")
    if err.validator == "minProperties" and len(path) == 2 and path[0] == "tasks":
        return Problem(doc.file, line, f"任务 {path[1]} 的修正是空的：请写出要替换的字段，或 remove: true 去掉这一项")
    if err.validator == "minProperties":
        return Problem(doc.file, line, f"字段 {field} 不能为空")
    return Problem(doc.file, line, f"字段 {field} 的值 {value!r} 不符合要求（{err.message}）")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _units(doc: yamlsrc.Document, bad: set[tuple]) -> tuple[Unit, ...]:
    """Units of the registry; with shape errors, only the entries that are whole."""
    if bad and not all(len(p) >= 2 and p[0] == "units" for p in bad):
        return ()
    broken = {p[1] for p in bad}
    return tuple(
        Unit(
            id=u["id"],
            name=u["name"],
            kind=u["kind"],
            jurisdiction=u.get("jurisdiction"),
            aliases=tuple(u.get("aliases") or ()),
            where=Where(doc.file, doc.line(("units", i))),
        )
        for i, u in enumerate(doc.data["units"])
        if i not in broken
    )


def _plan(doc: yamlsrc.Document) -> Plan:
    d: dict[str, Any] = doc.data
    groups = tuple(
        Group(id=g["id"], title=g["title"], number=g.get("number"), parent=g.get("parent"), line=g.get("line"))
        for g in d.get("groups") or ()
    )
    by_id = {g.id: g for g in groups}
    tasks = tuple(_task(doc, i, t, d["id"], by_id) for i, t in enumerate(d.get("tasks") or ()))
    return Plan(
        id=d["id"],
        title=d["title"],
        source_file=d["source"]["file"],
        source_line=d["source"]["line"],
        kind=d.get("kind"),
        issuer=d.get("issuer"),
        publisher=d.get("publisher"),
        jurisdiction=d.get("jurisdiction"),
        doc_number=d.get("doc_number"),
        written=_date(d.get("written")),
        published=_date(d.get("published")),
        period=d.get("period"),
        parent=d.get("parent"),
        owner=Owner(d["owner"].get("unit"), d["owner"]["written"], bool(d["owner"].get("inferred"))) if d.get("owner") else None,
        groups=groups,
        tasks=tasks,
        where=Where(doc.file, doc.line(())),
    )


def group_path(group_id: str | None, by_id: dict[str, Group]) -> tuple[Group, ...]:
    path: list[Group] = []
    seen: set[str] = set()
    while group_id and group_id in by_id and group_id not in seen:
        seen.add(group_id)
        path.append(by_id[group_id])
        group_id = by_id[group_id].parent
    return tuple(reversed(path))


def _task(doc: yamlsrc.Document, i: int, t: dict, plan_id: str, groups: dict[str, Group]) -> Task:
    status = t.get("status")
    return Task(
        id=t["id"],
        plan=plan_id,
        title=t["title"],
        text=t["text"],
        line=t["line"],
        number=t.get("number"),
        group=t.get("group"),
        groups=group_path(t.get("group"), groups),
        **{role: tuple(RoleRef(r.get("unit"), r["written"], bool(r.get("carried"))) for r in t.get(role) or ()) for role in ROLES},
        deadlines=tuple(Deadline(d["text"], d["kind"], _date(d.get("date"))) for d in t.get("deadlines") or ()),
        status=Status(status["state"], _date(status.get("date")), status.get("note")) if status else None,
        inferred=tuple(t.get("inferred") or ()),
        where=Where(*doc.at(("tasks", i))),
    )


def _progress(doc: yamlsrc.Document) -> ProgressReport:
    d: dict[str, Any] = doc.data
    entries = tuple(
        ProgressEntry(
            task=e["task"],
            state=e["state"],
            percent=e.get("percent"),
            progress=e.get("progress"),
            problems=e.get("problems"),
            next_steps=e.get("next_steps"),
            reporter=e.get("reporter"),
            date=_date(e.get("date")),
            where=Where(doc.file, doc.line(("tasks", i))),
        )
        for i, e in enumerate(d["tasks"])
    )
    return ProgressReport(unit=d["unit"], period=d["period"], entries=entries, example=bool(d.get("example")),
                          where=Where(doc.file, doc.line(())))
