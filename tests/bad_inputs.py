"""The bad-input corpus: what an attacker or a careless editor puts into data/, and the exact
lines `planportal check` must print for it.

Each case edits a fresh copy of the fixture portal (tests/fixtures/portal) in a temporary
directory; big files are generated there, never committed. `tests/test_bad_input.py` runs
every case through `check` and `build`; `benchmarks/bad_input.py` runs them all and prints
how the portal held up. `point` names the point of issue 11 a case belongs to ("known":
mistakes that were already reported well and must stay so).

Every command runs in its own process, under a memory limit and a timeout, so that a case
that would exhaust the machine or hang (a pipe named x.yml) fails instead.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from helpers import FIXTURES, copy_portal

MEMORY_LIMIT = 2 * 1024**3  # address space of one command: far above a normal check or build of the fixture
TIMEOUT = 120  # seconds; only a hang gets near it
PLAN = "data/plans/shifan-2024.yml"
SOURCE = "data/sources/demo.txt"
UNCITED = "data/sources/demo.txt:1: 警告: 未发布（没有方案引用它）"  # when the plan cites another file


@dataclass(frozen=True)
class Case:
    name: str
    point: str
    make: Callable[[Path], None]  # edits the portal at the given data directory (its parent is scratch space)
    lines: tuple[str, ...]  # exactly what `check` prints on stdout
    code: int = 1  # check's exit code (0: warnings only)


def argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "planportal.cli", *args]


def limits(umask: int | None = None) -> Callable[[], None]:
    """What a command's process runs before it starts: the memory limit (and a umask)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        if umask is not None:
            os.umask(umask)

    return apply


def run(*args: str, cwd: Path, umask: int | None = None) -> subprocess.CompletedProcess:
    """`planportal ARGS` in a process of its own, limited in memory and time."""
    return subprocess.run(argv(*args), cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=TIMEOUT, preexec_fn=limits(umask))


def prepare(tmp: Path, case: Case) -> Path:
    data = copy_portal(tmp)
    case.make(data)
    return data


# --- helpers that make the cases ------------------------------------------------------


def edit(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        path = data.parent / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return make


def write(relative: str, content: bytes | str) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        path = data.parent / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return make


def both(*makers: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        for maker in makers:
            maker(data)
    return make


def symlink_out(relative: str, copy_of: str) -> Callable[[Path], None]:
    """Replace data/`relative` by a link to a copy of it outside data/."""
    def make(data: Path) -> None:
        path = data.parent / relative
        outside = data.parent / "outside" / path.name
        outside.parent.mkdir(exist_ok=True)
        shutil.copytree(path, outside) if path.is_dir() else shutil.copy(data.parent / copy_of, outside)
        shutil.rmtree(path) if path.is_dir() else path.unlink()
        path.symlink_to(outside)
    return make


def fifo(relative: str) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        path = data.parent / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()
        os.mkfifo(path)
    return make


def big(relative: str, megabytes: int, head: str = "") -> Callable[[Path], None]:
    def make(data: Path) -> None:
        with open(data.parent / relative, "wb") as f:
            f.write(head.encode("utf-8"))
            line = "# 很长的注释，用来把文件撑大。\n".encode("utf-8")
            f.write(line * (megabytes * 1024 * 1024 // len(line) + 1))
    return make


def alias_bomb() -> str:
    """The billion laughs: 9 levels of 9 aliases each, 9^9 strings once expanded."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def binary() -> bytes:
    return bytes(random.Random(11).randrange(256) for _ in range(4096))


SOURCE_TEXT = (FIXTURES / "portal" / "sources" / "demo.txt").read_text(encoding="utf-8")
SECOND_PLAN = "id: shifan-2024b\ntitle: 另一份方案\nsource:\n  file: demo.md\n  line: 1\n"

# --- the corpus -----------------------------------------------------------------------

CASES = [
    # 1. no file outside data/ is read or published
    Case("source-absolute", "1", edit(PLAN, "file: demo.txt", "file: /etc/passwd"),
         (f"{PLAN}:11: 原文文件 '/etc/passwd' 不能是绝对路径：应为 sources/ 中的文件名", UNCITED)),
    Case("source-parent", "1", edit(PLAN, "file: demo.txt", "file: ../units.yml"),
         (f"{PLAN}:11: 原文文件 '../units.yml' 不能含目录或 ..：应为 sources/ 中的文件名", UNCITED)),
    Case("source-parent-2", "1", edit(PLAN, "file: demo.txt", "file: ../../x"),
         (f"{PLAN}:11: 原文文件 '../../x' 不能含目录或 ..：应为 sources/ 中的文件名", UNCITED)),
    Case("source-subdirectory", "1", both(edit(PLAN, "file: demo.txt", "file: sub/demo.txt"),
                                          write("data/sources/sub/demo.txt", SOURCE_TEXT)),
         (f"{PLAN}:11: 原文文件 'sub/demo.txt' 不能含目录或 ..：应为 sources/ 中的文件名", UNCITED,
          "data/sources/sub:1: 警告: 未发布（没有方案引用它）")),
    Case("source-symlink-out", "1", symlink_out("data/sources/demo.txt", "data/sources/demo.txt"),
         (f"{PLAN}:11: 原文文件 sources/demo.txt 是指向 sources/ 以外的链接，不能发布",)),
    Case("sources-dir-symlink-out", "1", symlink_out("data/sources", ""),
         (f"{PLAN}:11: 原文文件 sources/demo.txt 是指向 sources/ 以外的链接，不能发布",)),
    Case("plan-symlink-out", "1", both(write("data/plans/other.yml", ""), symlink_out("data/plans/other.yml", PLAN)),
         ("data/plans/other.yml:1: 是指向 data 以外的链接，未读取",)),
    Case("units-symlink-out", "1", symlink_out("data/units.yml", "data/units.yml"),
         ("data/units.yml:1: 是指向 data 以外的链接，未读取",)),
    Case("correction-symlink-out", "1", both(write("data/corrections/fix.yml", ""),
                                             symlink_out("data/corrections/fix.yml", PLAN)),
         ("data/corrections/fix.yml:1: 是指向 data 以外的链接，未读取",)),
    Case("source-reserved-name", "1", both(edit(PLAN, "file: demo.txt", "file: index.txt"),
                                           write("data/sources/index.txt", SOURCE_TEXT)),
         (f"{PLAN}:11: 原文文件名 'index.txt' 不能用作网址：不能以 . 开头或是 index.*，不能有首尾空白、控制字符或 # ? %",
          UNCITED)),
    Case("source-same-address", "1", both(write("data/plans/shifan-2024b.yml", SECOND_PLAN),
                                          write("data/sources/demo.md", SOURCE_TEXT)),
         ("data/plans/shifan-2024b.yml:4: 原文文件 demo.md 与 demo.txt 的网页地址相同，请给其中一个改名",)),
    # 2. tracebacks instead of messages
    Case("yaml-nul-byte", "2", write("data/plans/x.yml", "id: x\ntitle: a\0b\n"),
         ("data/plans/x.yml:2: 含 NUL 字符（\\0），不是纯文本，请另存为 UTF-8 纯文本",)),
    Case("yaml-control-character", "2", write("data/plans/x.yml", "id: x\ntitle: a\x01b\n"),
         ("data/plans/x.yml:2: 含不允许的控制字符 U+0001",)),
    Case("yaml-surrogate-escape", "2", edit(PLAN, "title: 示范区2024年安全生产工作要点", 'title: "示范区\\ud800工作要点"'),
         (f"{PLAN}:2: 含无效的 Unicode 代理字符 \\ud800（转义写法），无法写入网页",)),
    Case("yaml-surrogate-escape-in-source", "2", edit(PLAN, "file: demo.txt", 'file: "\\udfff"'),
         (f"{PLAN}:11: 原文文件 sources/\ufffd 不存在", f"{PLAN}:11: 含无效的 Unicode 代理字符 \\udfff（转义写法），无法写入网页", UNCITED)),
    Case("yaml-unknown-tag", "2", edit(PLAN, "title: 示范区2024年", "title: !foo 示范区2024年"),
         (f"{PLAN}:2: 不支持的 YAML 标签 !foo",)),
    Case("yaml-python-tag", "2", edit(PLAN, "issuer: 示范区", "issuer: !!python/name:os.system 示范区"),
         (f"{PLAN}:4: 不支持的 YAML 标签 !!python/name:os.system",)),
    Case("yaml-python-object", "2", edit(PLAN, "source:\n", "source: !!python/object/apply:os.system\n"),
         (f"{PLAN}:10: 不支持的 YAML 标签 !!python/object/apply:os.system",)),
    Case("yaml-bad-int", "2", edit(PLAN, "  line: 2\n", "  line: !!int two\n"),
         (f"{PLAN}:12: 值 'two' 不是 !!int", f"{PLAN}:12: 字段 line 应为整数，实际为 'two'")),
    Case("yaml-10000-brackets", "2", write("data/plans/x.yml", "[" * 10000),
         ("data/plans/x.yml:1: 嵌套超过 32 层，不是方案数据",)),
    Case("directory-named-yml", "2", lambda data: (data / "plans" / "x.yml").mkdir(),
         ("data/plans/x.yml:1: 是目录，不是普通文件，未读取",)),
    Case("fifo-named-yml", "2", fifo("data/plans/x.yml"),
         ("data/plans/x.yml:1: 是管道（FIFO），不是普通文件，未读取",)),
    Case("fifo-progress", "2", fifo("data/progress/2024-06/x.yml"),
         ("data/progress/2024-06/x.yml:1: 是管道（FIFO），不是普通文件，未读取",)),
    Case("fifo-units", "2", fifo("data/units.yml"),
         ("data/units.yml:1: 是管道（FIFO），不是普通文件，未读取",)),
    Case("fifo-source", "2", fifo("data/sources/demo.txt"),
         ("data/sources/demo.txt:1: 是管道（FIFO），不是普通文件，未读取",)),
    # 3. resource exhaustion
    Case("alias-bomb", "3", write("data/plans/x.yml", alias_bomb()),
         ("data/plans/x.yml:2: 不支持 YAML 别名 *a：数据文件中请把内容直接写出",)),
    Case("alias-in-plan", "3", edit(PLAN, "  - id: g1\n", "  - &g id: g1\n  - *g\n"),
         (f"{PLAN}:15: 不支持 YAML 别名 *g：数据文件中请把内容直接写出",)),
    Case("yaml-200000-values", "3", write("data/plans/x.yml", "id: x\ntasks: [" + "1, " * 200_000 + "1]\n"),
         ("data/plans/x.yml:2: 超过 100,000 个值，不是方案数据",)),
    Case("big-plan-50mb", "3", big("data/plans/big.yml", 50),
         ("data/plans/big.yml:1: 文件过大（50.0 MB，上限 5 MB），未读取",)),
    Case("big-units-6mb", "3", big("data/units.yml", 6, "units: []\n"),
         ("data/units.yml:1: 文件过大（6.0 MB，上限 5 MB），未读取",)),
    Case("big-source-50mb", "3", big("data/sources/demo.txt", 50, SOURCE_TEXT),
         ("data/sources/demo.txt:1: 文件过大（50.0 MB，上限 5 MB），未读取",)),
    # 5. ids that become paths are plain
    Case("task-id-trailing-newline", "5", edit(PLAN, "  - id: shifan-2024-1\n", '  - id: "shifan-2024-1\\n"\n'),
         (f"{PLAN}:28: 字段 id 的值 'shifan-2024-1\\n' 不是有效的 id（只能用小写字母、数字和连字符）",)),
    Case("plan-id-trailing-newline", "5", edit(PLAN, "id: shifan-2024\n", 'id: "shifan-2024\\n"\n'),
         (f"{PLAN}:1: 字段 id 的值 'shifan-2024\\n' 不是有效的 id（只能用小写字母、数字和连字符）",)),
    Case("unit-id-trailing-newline", "5", edit("data/units.yml", "  - id: shifan-anweiban\n",
                                               '  - id: "shifan-anweiban\\n"\n'),
         ("data/units.yml:2: 字段 id 的值 'shifan-anweiban\\n' 不是有效的 id（只能用小写字母、数字和连字符）",)),
    Case("unit-id-index", "5", edit("data/units.yml", "units:\n", "units:\n  - id: index\n    name: 目录\n    kind: other\n"),
         ("data/units.yml:2: 单位 id 不能是 index（与目录页的地址相同），请换一个",)),
    Case("task-id-index", "5", edit(PLAN, "  - id: shifan-2024-1\n", "  - id: index\n"),
         (f"{PLAN}:28: 任务 id 不能是 index（与目录页的地址相同），请换一个",)),
    # 6. nothing is skipped silently
    Case("plan-with-yaml-extension", "6", write("data/plans/x.yaml", "id: x\n"),
         ("data/plans/x.yaml:1: 警告: 未读取（扩展名应为 .yml）",), code=0),
    Case("editor-backup", "6", write("data/plans/shifan-2024.yml~", "id: x\n"),
         ("data/plans/shifan-2024.yml~:1: 警告: 未读取（编辑器备份或临时文件）",), code=0),
    Case("stray-file-in-plans", "6", write("data/plans/notes.txt", "备忘\n"),
         ("data/plans/notes.txt:1: 警告: 未读取（方案文件应为 plans/<id>.yml）",), code=0),
    Case("stray-file-in-corrections", "6", write("data/corrections/notes.txt", "备忘\n"),
         ("data/corrections/notes.txt:1: 警告: 未读取（修正文件应为 corrections/<名称>.yml）",), code=0),
    Case("stray-file-in-progress", "6", write("data/progress/2024-06.yml", "unit: x\n"),
         ("data/progress/2024-06.yml:1: 警告: 未读取（进展文件应为 progress/<YYYY-MM>/<单位 id>.yml）",), code=0),
    Case("stray-file-in-data", "6", write("data/README.md", "说明\n"),
         ("data/README.md:1: 警告: 未读取（数据目录只读取 units.yml、plans/、sources/、corrections/、progress/）",), code=0),
    Case("uncited-source", "6", write("data/sources/extra.txt", "多余的原文\n"),
         ("data/sources/extra.txt:1: 警告: 未发布（没有方案引用它）",), code=0),
    Case("source-gbk", "6", write("data/sources/demo.txt", SOURCE_TEXT.encode("gbk")),
         ("data/sources/demo.txt:1: 不是 UTF-8 编码（第 3 字节无法解码），看来是 GBK 编码（记事本的“ANSI”），请另存为 UTF-8",)),
    Case("source-nul", "6", write("data/sources/demo.txt", SOURCE_TEXT.replace("(二)", "(\0二)").replace("二、", "二\0、")),
         ("data/sources/demo.txt:6: 含 NUL 字符（\\0），不是纯文本，请另存为 UTF-8 纯文本",)),
    Case("source-utf16", "6", write("data/sources/demo.txt", SOURCE_TEXT.encode("utf-16")),
         ("data/sources/demo.txt:1: 是 UTF-16 编码，请另存为 UTF-8",)),
    Case("source-utf16-without-bom", "6", write("data/sources/demo.txt", SOURCE_TEXT.encode("utf-16-le")),
         ("data/sources/demo.txt:1: 是 UTF-16 编码（没有 BOM），请另存为 UTF-8",)),
    Case("source-binary", "6", write("data/sources/demo.txt", binary()),
         ("data/sources/demo.txt:1: 不是 UTF-8 编码（第 1 字节无法解码），请另存为 UTF-8",)),
    # also: a syntax error at the line of the fault
    Case("yaml-unclosed-quote", "also", write("data/plans/x.yml", 'id: x\ntitle: "未闭合的引号\nsource:\n  file: demo.txt\n'),
         ("data/plans/x.yml:2: YAML 语法错误: while scanning a quoted scalar, found unexpected end of stream（第 5 行）",)),
    Case("yaml-unclosed-bracket", "also", write("data/plans/x.yml", "id: x\ntitle: [a, b\nsource: 1\n"),
         ("data/plans/x.yml:2: YAML 语法错误: while parsing a flow sequence, expected ',' or ']', but got ':'（第 3 行）",)),
    Case("yaml-cut-short", "also", write("data/plans/x.yml", "id: x\ntasks:\n  - id: x-1\n    lead: [\n\n"),
         ("data/plans/x.yml:4: YAML 语法错误: expected the node content, but found '<stream end>'",)),
    # mistakes that were reported well before and must stay so
    Case("broken-yaml", "known", lambda data: shutil.copy(FIXTURES / "bad" / "bad-yaml-syntax.yml", data / "plans"),
         ("data/plans/bad-yaml-syntax.yml:8: YAML 语法错误: while parsing a flow sequence, expected ',' or ']', "
          "but got ':'（第 9 行）",)),
    Case("unknown-unit", "known", lambda data: shutil.copy(FIXTURES / "bad" / "bad-unknown-unit.yml", data / "plans"),
         ("data/plans/bad-unknown-unit.yml:12: 未知的单位 id shifan-no-such-unit（units.yml 中没有）",)),
    Case("bad-date", "known", edit(PLAN, "written: 2024-03-01", "written: 2024-02-30"),
         (f"{PLAN}:7: 字段 written 的值 '2024-02-30' 不是有效日期（应为 YYYY-MM-DD）",)),
    Case("duplicate-id", "known", edit(PLAN, "  - id: shifan-2024-2\n", "  - id: shifan-2024-1\n"),
         (f"{PLAN}:44: 重复的任务 id shifan-2024-1（{PLAN}:28 已使用）",)),
    Case("parent-cycle", "known", both(edit(PLAN, "period: 2024年\n", "period: 2024年\nparent: shifan-2024b\n"),
                                       write("data/plans/shifan-2024b.yml", SECOND_PLAN.replace(
                                           "demo.md", "demo.txt") + "parent: shifan-2024\n")),
         (f"{PLAN}:10: 上级方案形成循环（shifan-2024 → … → shifan-2024）",
          "data/plans/shifan-2024b.yml:6: 上级方案形成循环（shifan-2024b → … → shifan-2024b）")),
    Case("yaml-gbk", "known", lambda data: shutil.copy(FIXTURES / "bad" / "bad-encoding.yml", data / "plans"),
         ("data/plans/bad-encoding.yml:2: 不是 UTF-8 编码（第 25 字节无法解码），看来是 GBK 编码（记事本的“ANSI”），请另存为 UTF-8",)),
    Case("yaml-utf16", "known", write("data/plans/x.yml", "id: x\ntitle: 标题\n".encode("utf-16")),
         ("data/plans/x.yml:1: 是 UTF-16 编码，请另存为 UTF-8",)),
    Case("yaml-binary", "known", write("data/plans/x.yml", binary()),
         ("data/plans/x.yml:1: 不是 UTF-8 编码（第 1 字节无法解码），请另存为 UTF-8",)),
    Case("empty-plan-file", "known", write("data/plans/x.yml", ""),
         ("data/plans/x.yml:1: 文件内容应为映射（键: 值）",)),
]
