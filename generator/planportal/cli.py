"""The `planportal` command line: one thin handler per command, each one call into the core."""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import errno
import json
import os
import sys
from pathlib import Path

from . import __version__
from .problems import DataError, Problem, errors, warnings

DESCRIPTION = "planportal：把政府工作方案变成可检索、可打印的公开门户。"

# argparse's own words (usage, option groups, its errors), in the language of every other message;
# a text not listed here (another Python's wording) is shown as argparse has it
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项值 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "至多一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与 %s 同时使用",
    "ignored explicit argument %r": "多余的值 %r",
    "one of the arguments %s is required": "需要 %s 之一",
}
argparse._ = lambda text: _ARGPARSE_ZH.get(text, text)

_OS_ERRORS = {  # errno -> what a person can act on
    errno.ENOENT: "所在目录不存在（请先建立目录，或检查路径）",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EISDIR: "是一个目录，请给出文件名",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "所在的文件系统是只读的",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.ENAMETOOLONG: "文件名过长",
    errno.EEXIST: "已有同名的文件",
}


def os_message(exc: OSError) -> str:
    """An OSError as one line in Chinese, naming the file: `nodir/x.json: 无法写入：所在目录不存在…`."""
    what = _OS_ERRORS.get(exc.errno) or exc.strerror or str(exc)
    return f"{exc.filename}: {what}" if exc.filename else f"planportal: {what}"


def write_output(target: Path, data: bytes) -> None:
    """Write a command's output file whole or not at all: a temporary file beside it, then renamed
    over it, so a failure (disk full, killed) never leaves half a file where a good one was."""
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # /dev/stdout, a pipe, a link: written into where it leads, never replaced by a file of its own
        with open(target, "wb") as f:
            f.write(data)
        return
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.filename == str(tmp):
            exc.filename = str(target)
        raise


def _print_problems(problems: list[Problem], out=sys.stdout) -> None:
    for p in problems:
        print(p, file=out)
    n_err, n_warn = len(errors(problems)), len(warnings(problems))
    if problems:
        print(f"共 {n_err} 个错误，{n_warn} 个警告", file=sys.stderr)


def _load_or_fail(data: str):
    from .loader import load

    portal, problems = load(Path(data))
    if errors(problems):
        raise DataError(errors(problems))
    return portal


def cmd_check(args) -> int:
    from .loader import load

    _, problems = load(Path(args.data))
    _print_problems(problems)
    if not problems:
        print(f"{args.data}: 数据检查通过", file=sys.stderr)
    return 1 if errors(problems) else 0


def cmd_export(args) -> int:
    from .export import export

    data = export(_load_or_fail(args.data), args.format)
    if args.output and args.output != "-":
        write_output(Path(args.output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def cmd_schema(args) -> int:
    from .schema import schemas

    all_schemas = schemas()
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, file in (("units.yml", "units.schema.json"), ("plans/*.yml", "plan.schema.json"),
                           ("corrections/*.yml", "corrections.schema.json"), ("progress/*/*.yml", "progress.schema.json")):
            (out / file).write_text(json.dumps(all_schemas[name], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(out / file)
        return 0
    which = {"units": "units.yml", "plan": "plans/*.yml", "corrections": "corrections/*.yml",
             "progress": "progress/*/*.yml"}[args.which]
    print(json.dumps(all_schemas[which], ensure_ascii=False, indent=2))
    return 0


def cmd_import(args) -> int:
    from .importer import command

    return command([Path(s) for s in args.sources], Path(args.data), report=args.report, force=args.force)


def cmd_build(args) -> int:
    from .build import command

    return command(Path(args.data), Path(args.site_dir), config=Path(args.config), as_of=args.as_of,
                   workers=args.workers)


def cmd_serve(args) -> int:
    from .preview import serve

    return serve(Path(args.data), config=Path(args.config), addr=args.dev_addr)


def cmd_book(args) -> int:
    from .book import command

    return command(Path(args.data), args.unit, pdf=args.pdf, output=args.output, as_of=args.as_of)


def cmd_progress_form(args) -> int:
    from .progress.command import form_command

    if bool(args.unit) == args.all:
        print("planportal progress form: 请给出一个单位，或用 --all 生成全部单位的表格", file=sys.stderr)
        return 2
    return form_command(Path(args.data), args.unit, args.all, args.period, args.output, args.due, args.plan)


def cmd_progress_import(args) -> int:
    from .progress.command import import_command

    return import_command([Path(f) for f in args.files], Path(args.data), replace=args.replace, period=args.period)


def _period(value: str) -> str:
    from .progress.periods import parse

    period = parse(value)
    if period is None:
        raise argparse.ArgumentTypeError(f"不是有效的报送期: {value}（应为 YYYY-MM，如 2025-03）")
    return period


def _date(value: str) -> dt.date:
    from .status import day

    try:
        return day(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc))


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"进程数应为 0（每个 CPU 核一个）或正整数，实际为 {value}")
    return number


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="planportal", description=DESCRIPTION)
    p.add_argument("--version", action="version", version=f"planportal {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def data_opt(sp):
        sp.add_argument("--data", default="data", metavar="DIR", help="数据目录（默认 data/）")

    sp = sub.add_parser("import", help="导入发布的方案原文，写入结构化数据")
    sp.add_argument("sources", nargs="+", metavar="SOURCE.txt", help="UTF-8 纯文本原文（从网页复制）")
    data_opt(sp)
    sp.add_argument("--report", action="store_true", help="逐个文档列出方案、任务、单位、期限数量和未归入任何内容的正文行")
    sp.add_argument("--force", action="store_true", help="覆盖有人修改过或手写的方案文件（放弃这些修改）")
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("check", help="校验全部数据，逐条列出 FILE:LINE: 错误")
    data_opt(sp)
    sp.set_defaults(func=cmd_check)

    def site_opts(sp):
        sp.add_argument("--config", default="mkdocs.yml", metavar="FILE", help="mkdocs 配置文件（默认 mkdocs.yml）")
        sp.add_argument("--as-of", type=_date, default=None, metavar="DATE", help="按此日期计算逾期、临期（默认今天）")

    sp = sub.add_parser("build", help="校验、生成页面并构建静态网站")
    data_opt(sp)
    sp.add_argument("--site-dir", default="site", metavar="DIR", help="输出目录（默认 site/）")
    site_opts(sp)
    sp.add_argument("--workers", type=_workers, default=0, metavar="N", help="生成页面的进程数（默认每个 CPU 核一个）")
    sp.set_defaults(func=cmd_build)

    sp = sub.add_parser("serve", help="本地预览，数据或模板修改后自动重建")
    data_opt(sp)
    sp.add_argument("--config", default="mkdocs.yml", metavar="FILE", help="mkdocs 配置文件（默认 mkdocs.yml）")
    sp.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="IP:PORT", help="监听地址（默认 127.0.0.1:8000）")
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("export", help="导出全部任务：json、csv、xlsx、ics")
    sp.add_argument("--format", required=True, choices=["json", "csv", "xlsx", "ics"])
    data_opt(sp)
    sp.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认标准输出）")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("book", help="某个单位的可打印任务书（HTML，或 --pdf）")
    sp.add_argument("unit", metavar="UNIT", help="单位 id 或名称")
    data_opt(sp)
    sp.add_argument("--pdf", action="store_true", help="输出 PDF")
    sp.add_argument("-o", "--output", metavar="FILE", help="输出文件")
    sp.add_argument("--as-of", type=_date, default=None, metavar="DATE", help="按此日期计算逾期、临期")
    sp.set_defaults(func=cmd_book)

    sp = sub.add_parser("progress", help="进展报送：生成各单位的进展表（form），导入填好的表格（import）")
    steps = sp.add_subparsers(dest="step", required=True, metavar="STEP")
    st = steps.add_parser("form", help="生成一个单位（或 --all 全部单位）某报送期的 XLSX 进展表")
    st.add_argument("unit", nargs="?", metavar="UNIT", help="单位 id 或名称")
    st.add_argument("--all", action="store_true", help="每个有任务的单位一份，写入 -o 指定的目录")
    st.add_argument("--period", required=True, type=_period, metavar="YYYY-MM", help="报送期，如 2025-03")
    st.add_argument("-o", "--output", metavar="FILE|DIR", help="输出文件（默认 UNIT-YYYY-MM.xlsx）；--all 时为目录")
    st.add_argument("--due", type=_date, metavar="DATE", help="报送截止日（默认报送期当月 25 日）")
    st.add_argument("--plan", metavar="PLAN", help="只列此方案及其下属方案的任务")
    data_opt(st)
    st.set_defaults(func=cmd_progress_form)
    st = steps.add_parser("import", help="导入填好的进展表，写入 DIR/progress/<报送期>/<单位>.yml")
    st.add_argument("files", nargs="+", metavar="FILE.xlsx", help="填好的进展表")
    data_opt(st)
    st.add_argument("--replace", action="store_true", help="本期已导入过时，以本次的表格替换（先列出不同之处）")
    st.add_argument("--period", type=_period, metavar="YYYY-MM", help="只接受这一报送期的表格")
    st.set_defaults(func=cmd_progress_import)

    sp = sub.add_parser("schema", help="输出数据文件的 JSON Schema，供编辑器边写边校验")
    sp.add_argument("which", nargs="?", choices=["units", "plan", "corrections", "progress"], default="plan",
                    help="units、plan、corrections 或 progress（默认 plan）")
    sp.add_argument("--out", metavar="DIR", help="把全部 schema 写入此目录")
    sp.set_defaults(func=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DataError as exc:
        _print_problems(exc.problems, sys.stderr)
        return 1
    except OSError as exc:
        print(os_message(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: every file is written whole or not at all, so a word is enough
        print("planportal：已中断", file=sys.stderr)
        return 130


def run() -> None:
    """The `planportal` program: `main`, then out of the process at once. Left to itself, Python
    frees every object of the model one at a time before it exits (half a second at 10,000
    tasks, after the site is already published); here the exit handlers still run and the
    streams are flushed first, so nothing written is lost."""
    code = main()
    atexit._run_exitfuncs()  # logging's and multiprocessing's own ends, as at a normal exit
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (… | head): nothing more can be said there
            pass
    os._exit(code or 0)


if __name__ == "__main__":
    run()
