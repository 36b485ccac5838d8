"""A source text as numbered lines, with the line range of every task marked, and its pages.

A task runs from its own line to the line before the next start (a task, a group
heading or a plan title) in the same file. Trailing lines of that range that are not
part of the task's text (a 保障措施 section after a plan's last task, blank lines) are
left out, so the highlight covers the task and not what follows it.

    pages(look, file_name, text) -> [Page]   sources/<stem>/ (and sources/<stem>/<plan-id>/)

A long text holding several plans (a notice and its sub-plans) gets a page per plan
(`Lookups.source_starts`), so no page grows with the whole notice; each page lists all of
them, and a line keeps its number and anchor (#L41) on the page that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Plan, Task
from .outputs import urls
from .views import Lookups, Page, page

_NOISE = re.compile(r"[\s|｜]+")


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    starts: tuple[Task, ...] = ()  # tasks that begin on this line (their links back stand here)
    heading: bool = False  # a plan title or group heading


@dataclass(frozen=True)
class Block:
    """Consecutive lines: either one task's range or lines outside any task."""

    task: Task | None
    lines: tuple[Line, ...]


def split_lines(text: str) -> list[str]:
    """Lines as `cat -n` counts them (a final newline does not start a new line)."""
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    if lines and lines[-1] == "" and text.endswith("\n"):
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def _squash(text: str) -> str:
    return _NOISE.sub("", text)


def task_ranges(plans: list[Plan], lines: list[str]) -> dict[int, Task]:
    """line number -> task, for the tasks of `plans` (all plans of one source file)."""
    starts = sorted(
        {p.source_line for p in plans}
        | {g.line for p in plans for g in p.groups if g.line}
        | {t.line for p in plans for t in p.tasks}
    )
    following = dict(zip(starts, starts[1:] + [len(lines) + 1]))
    covered: dict[int, Task] = {}
    for plan in plans:
        last = max(plan.tasks, key=lambda t: t.line, default=None)
        for task in plan.tasks:
            end = min(following.get(task.line, task.line + 1) - 1, len(lines))
            # After a plan's last task come sections that are not tasks (保障措施…):
            # keep only the lines that are part of the task's text there.
            body = _squash(f"{task.title}{task.text}") if task is last else None
            while end > task.line and not _belongs(lines[end - 1], body):
                end -= 1
            for n in range(task.line, end + 1):
                covered.setdefault(n, task)
    return covered


def _belongs(line: str, body: str | None) -> bool:
    squashed = _squash(line)
    return bool(squashed) and (body is None or squashed in body)


def blocks(plans: list[Plan], text: str) -> list[Block]:
    """The source as blocks of lines, each task's range one block."""
    lines = split_lines(text)
    covered = task_ranges(plans, lines)
    headings = {p.source_line for p in plans} | {g.line for p in plans for g in p.groups if g.line}
    starting: dict[int, list[Task]] = {}
    for plan in plans:
        for task in plan.tasks:
            starting.setdefault(task.line, []).append(task)
    out: list[Block] = []
    current: list[Line] = []
    owner: Task | None = None
    for number, raw in enumerate(lines, start=1):
        task = covered.get(number)
        if current and (task is not owner or number in starting):
            out.append(Block(owner, tuple(current)))
            current = []
        owner = task
        current.append(Line(number, raw, tuple(starting.get(number, ())), number in headings))
    if current:
        out.append(Block(owner, tuple(current)))
    return out


def pages(look: Lookups, file_name: str, text: str) -> list[Page]:
    """The original text, one anchor per line (#L12), each task's lines marked and linked to the task;
    one page per part (`Lookups.source_starts`)."""
    plans = look.plans_by_source.get(file_name, [])
    starts = look.source_starts.get(file_name, [(1, None)])
    ends = [first - 1 for first, _ in starts[1:]] + [None]
    parts = [{"url": urls.source(file_name, part=plan.id if plan else None), "plan": plan or (plans[0] if plans else None),
              "first": first, "last": last} for (first, plan), last in zip(starts, ends)]
    everything = blocks(plans, text)
    out = []
    for i, part in enumerate(parts):
        title = part["plan"].title if part["plan"] else file_name
        out.append(page(
            part["url"], "source.html", f"原文：{title}",
            description=f"{title}的原文，逐行编号，每项任务所在的行有标注并链接到任务页面。",
            file_name=file_name, plans=plans, blocks=_within(everything, part["first"], part["last"]),
            parts=parts if len(parts) > 1 else [], part=i,
            jumps=[[p["first"], p["url"]] for p in parts[1:]] if i == 0 else [],
        ))
    return out


def _within(found: list[Block], first: int, last: int | None) -> list[Block]:
    """The blocks cut to lines first..last (last None: to the end)."""
    out = []
    for block in found:
        lines = tuple(ln for ln in block.lines if ln.number >= first and (last is None or ln.number <= last))
        if lines:
            out.append(Block(block.task, lines))
    return out
