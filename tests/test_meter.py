"""Progress of a long build: shown on a terminal (phase, pages done of total, seconds), nothing
otherwise."""

from __future__ import annotations

import io

from planportal.meter import Meter


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_phase_the_pages_done_and_the_time():
    out = _Terminal()
    meter = Meter(out, every=0)
    meter.phase("生成页面", 200)
    meter.advance(100)
    meter.advance(100)
    meter.close()
    shown = out.getvalue()
    assert "生成页面 0/200" in shown and "生成页面 100/200" in shown and "生成页面 200/200" in shown
    assert "秒）" in shown and shown.endswith("\r\x1b[K")  # the line is cleared at the end


def test_a_pipe_or_a_log_sees_nothing():
    out = io.StringIO()
    meter = Meter(out, every=0)
    meter.phase("生成页面", 10)
    meter.advance(10)
    meter.close()
    assert out.getvalue() == ""
