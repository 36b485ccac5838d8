"""The cyclic garbage collector during a build.

A build makes a large model (plans, tasks, units, the look-ups over them: hundreds of
thousands of objects at 10,000 tasks) that lives until the build ends and holds no cycle
to collect. Left in the collector's generations, it is scanned again at every full
collection the rest of the build sets off: a fifth of a one-task rebuild's time at 10,000
tasks. So the model is made with the collector off and then frozen (`gc.freeze`: the
permanent generation, never scanned), and thawed when the build ends, so that a
long-lived process (`mkdocs serve`, the tests) collects it again. Frozen objects are
still freed by reference counting; only cycles among them wait for the thaw.

Freezing also lets forked workers share the model's memory pages instead of copying them
(the collector writes into every object it scans), which is why the worker pools freeze
too (`frozen`), thawing afterwards only what no outer scope will thaw:

    with frozen():               # a build: every object alive now, frozen; all thawed at the end
        with made_at_once():     # the collector off while the model is made; frozen after
            portal = ...
        with frozen():           # around forking workers: freezes more, thaws nothing (the outer will)
            ...
"""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def frozen():
    """Every object alive at the start frozen for the block; at its end, everything frozen
    since is thawed again, unless an enclosing `frozen` block will do it."""
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not outer:
            gc.unfreeze()


@contextlib.contextmanager
def made_at_once():
    """The collector off while a great many objects with no cycles are made (a third of the
    loading time otherwise); inside a `frozen` block they are frozen at the end (it thaws
    them), outside one they go to the collector as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() > 0:
            gc.freeze()
        if collecting:
            gc.enable()
