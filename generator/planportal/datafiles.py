"""Which files of a data directory are read, and reading one of them safely.

    listing(data_dir)              -> Listing: units.yml, the plan files, what is skipped and why
    read_text(path, shown, root, folder)  -> (text | None, [Problem])

Every file is read only if it resolves inside `root`/`folder` (no symbolic link leads out
of the data directory), is a regular file (a directory, pipe or device named `x.yml` is an error,
and a pipe is never opened), is at most MAX_FILE_BYTES long, and is UTF-8 text without NUL
bytes; each failure is a Problem at the file (and the line of a bad byte), never an exception.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem

MAX_FILE_BYTES = 5 * 1024 * 1024  # any data file: the largest real plan is ~40 KB, the largest text ~350 KB
MB = 1024 * 1024
BACKUP_SUFFIXES = ("~", ".bak", ".orig", ".swp", ".swo", ".tmp", ".rej")


@dataclass(frozen=True)
class Listing:
    units: Path
    plans: list[Path]  # plans/*.yml, sorted, to be read
    problems: list[Problem] = field(default_factory=list)  # what is skipped, and why
    corrections: list[Path] = field(default_factory=list)  # corrections/*.yml
    progress: list[Path] = field(default_factory=list)  # progress/<YYYY-MM>/*.yml


FOLDERS = ("units.yml", "plans", "sources", "corrections", "progress")


def listing(data_dir: Path) -> Listing:
    """The files `load` reads, with a warning for every other entry of data/ and its data folders."""
    problems = []
    for entry in sorted(data_dir.iterdir()):
        if entry.name not in FOLDERS:
            problems.append(_skipped(entry, data_dir, "数据目录只读取 " + "、".join(f + ("" if "." in f else "/") for f in FOLDERS)))
    plans = _yml_files(data_dir / "plans", data_dir, "方案文件应为 plans/<id>.yml", problems)
    corrections = _yml_files(data_dir / "corrections", data_dir, "修正文件应为 corrections/<名称>.yml", problems)
    progress = []
    for period in sorted((data_dir / "progress").iterdir()) if (data_dir / "progress").is_dir() else ():
        if period.is_dir() and not period.is_symlink():
            progress += _yml_files(period, data_dir, "进展文件应为 progress/<YYYY-MM>/<单位 id>.yml", problems)
        else:
            problems.append(_skipped(period, data_dir, "进展文件应为 progress/<YYYY-MM>/<单位 id>.yml"))
    return Listing(data_dir / "units.yml", plans, problems, corrections, progress)


def _yml_files(folder: Path, data_dir: Path, expected: str, problems: list[Problem]) -> list[Path]:
    """The *.yml entries of a folder, sorted; a warning for every other entry."""
    found = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else ():
        if entry.name.endswith(".yml") and not entry.name.startswith("."):
            found.append(entry)
        elif entry.name.endswith(".yaml"):
            problems.append(_skipped(entry, data_dir, "扩展名应为 .yml"))
        elif entry.name.endswith(BACKUP_SUFFIXES) or entry.name.startswith((".#", "#")):
            problems.append(_skipped(entry, data_dir, "编辑器备份或临时文件"))
        else:
            problems.append(_skipped(entry, data_dir, expected))
    return found


def _skipped(entry: Path, data_dir: Path, why: str) -> Problem:
    return Problem(shown_path(entry, data_dir), 1, f"未读取（{why}）", "warning")


def shown_path(path: Path, data_dir: Path) -> str:
    """A file's name in messages: the data dir as the user gave it, then the relative path."""
    return str(data_dir / path.relative_to(data_dir)) if path.is_relative_to(data_dir) else str(path)


def inside(path: Path, data_dir: Path, folder: str = "") -> bool:
    """Whether `path`, every symbolic link followed, stays inside `data_dir`/`folder`.
    `data_dir` itself may be a link (--data can name one); `folder` may not lead elsewhere."""
    return Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(data_dir), folder))


def read_text(path: Path, shown: str, root: Path | None = None, folder: str = "") -> tuple[str | None, list[Problem]]:
    """The file as text (strict UTF-8, a BOM dropped), or the problems that keep it unread."""
    raw, problems = read_bytes(path, shown, root, folder)
    if raw is None:
        return None, problems
    return decode(raw, shown)


def read_bytes(path: Path, shown: str, root: Path | None = None, folder: str = "") -> tuple[bytes | None, list[Problem]]:
    if root is not None and not inside(path, root, folder):
        return None, [Problem(shown, 1, f"是指向 {Path(root, folder)} 以外的链接，未读取")]
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind:
            return None, [Problem(shown, 1, f"是{kind}，不是普通文件，未读取")]
        # O_NONBLOCK: should the file have become a pipe since stat(), opening it does not wait
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as f:
            kind = _kind(os.fstat(fd).st_mode)
            if kind:
                return None, [Problem(shown, 1, f"是{kind}，不是普通文件，未读取")]
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None, [Problem(shown, 1, "文件不存在")]
    except OSError as exc:
        return None, [Problem(shown, 1, f"无法读取：{exc.strerror or exc}")]
    if len(raw) > MAX_FILE_BYTES:
        size = max(len(raw), _size(path))
        return None, [Problem(shown, 1, f"文件过大（{size / MB:.1f} MB，上限 {MAX_FILE_BYTES // MB} MB），未读取")]
    return raw, []


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file (missing, a directory, a pipe…), or None when it can."""
    try:
        kind = _kind(os.stat(path).st_mode)
    except FileNotFoundError:
        return "文件不存在"
    except OSError as exc:
        return f"无法读取：{exc.strerror or exc}"
    return f"是{kind}，不是普通文件" if kind else None


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "目录"
    if stat.S_ISFIFO(mode):
        return "管道（FIFO）"
    return "设备或套接字"


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _gbk(raw: bytes) -> bool:
    """Whether bytes that are not UTF-8 read as Chinese text in GBK (GB18030), as Windows saves "ANSI" text."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return (len(set(cjk)) >= 4 and not any(c < " " and c not in "\t\r\n" for c in text)
            and len(cjk) * 4 >= sum(1 for c in text if c > "\x7f"))


def _utf16_without_bom(raw: bytes) -> bool:
    """Whether bytes read as text in UTF-16 with no byte order mark, as some Windows tools save it: no control
    characters but line ends and tabs, and nearly all of it letters, digits, CJK or its punctuation."""
    head = raw[:4000]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(c < " " and c not in "\t\r\n" for c in text):
            continue
        plain = sum(1 for c in text if " " <= c <= "~" or c in "\t\r\n" or "\u4e00" <= c <= "\u9fff"
                    or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
        if plain >= 0.9 * len(text):
            return True
    return False


def decode(raw: bytes, shown: str) -> tuple[str | None, list[Problem]]:
    """Strict UTF-8 without NUL bytes; a bad byte is reported at its line."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(shown, 1, "是 UTF-16 编码，请另存为 UTF-8")]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    utf16 = [Problem(shown, 1, "是 UTF-16 编码（没有 BOM），请另存为 UTF-8")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _utf16_without_bom(raw):
            return None, utf16
        line = raw[: exc.start].count(b"\n") + 1
        hint = "，看来是 GBK 编码（记事本的“ANSI”）" if _gbk(raw) else ""
        return None, [Problem(shown, line, f"不是 UTF-8 编码（第 {exc.start + 1} 字节无法解码）{hint}，请另存为 UTF-8")]
    nul = text.find("\0")
    if nul >= 0 and _utf16_without_bom(raw):  # Latin letters and digits in UTF-16: every other byte NUL
        return None, utf16
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        return None, [Problem(shown, line, "含 NUL 字符（\\0），不是纯文本，请另存为 UTF-8 纯文本")]
    return text, []
