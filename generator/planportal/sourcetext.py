"""A source text as numbered lines, with the line range of every task marked.

A task runs from its own line to the line before the next start (a task, a group
heading or a plan title) in the same file. Trailing lines of that range that are not
part of the task's text (a 保障措施 section after a plan's last task, blank lines) are
left out, so the highlight covers the task and not what follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Plan, Task

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
