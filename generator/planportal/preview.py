"""`planportal serve`: a live-reloading preview that is `planportal build`'s own site.

Each build, the first and every one after an edit to the data, the templates, the
hand-written pages or the configuration, is `planportal build` run in a child process
into a preview site kept in the build cache, so a rebuild makes only what the edit
changed (a portal of 10,000 tasks rebuilds in seconds, not in the minutes a whole build
takes) and a build that fails prints its FILE:LINE errors and leaves the last good
preview served. mkdocs' live-reload server serves that site at the configured sub-path
and reloads the browser after each build. (`mkdocs serve` still works through the
plugin, building the whole site each time.)
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from . import render, siteconfig
from .build import PLUGIN, log_to_stderr
from .mkdocs_plugin import refuse_control_characters

log = logging.getLogger("mkdocs")


def site_dir(config: Path) -> Path:
    """Where the preview of the portal configured by `config` is built (its cache beside it)."""
    return Path(config).resolve().parent / ".planportal-cache" / "preview" / "site"


def serve(data_dir: Path, config: Path = Path("mkdocs.yml"), addr: str = "127.0.0.1:8000") -> int:
    from mkdocs.livereload import LiveReloadServer

    log_to_stderr(logging.INFO)
    config, data_dir = Path(config).resolve(), Path(data_dir).resolve()
    absent = siteconfig.missing(config)
    if absent is not None:
        print(absent, file=sys.stderr)
        return 1
    try:
        cfg = load_config(config_file=str(config))
        host, port = _address(addr)
    except (MkDocsException, ValueError, OSError) as exc:
        print(f"planportal serve: {exc}", file=sys.stderr)
        return 1
    plugin = cfg.plugins.get(PLUGIN)
    if plugin is None:
        print(f"{config}: plugins 中缺少 {PLUGIN}", file=sys.stderr)
        return 1
    plugin.resolve(cfg)
    site = site_dir(config)
    command = [sys.executable, "-m", "planportal.cli", "build", "--data", str(data_dir), "--site-dir", str(site),
               "--config", str(config)]

    def build() -> None:
        log.info("正在生成预览……")
        if subprocess.run(command, check=False).returncode != 0:
            log.error("生成失败（错误见上），仍显示上一次成功生成的网站")

    server = LiveReloadServer(builder=build, host=host, port=port, root=str(site),
                              mount_path=urlsplit(cfg.site_url or "/").path)
    server.error_handler = lambda code: _error_page(site, code)
    server.set_app(refuse_control_characters(server.get_app()))
    build()
    watched = [data_dir, plugin.templates_dir, Path(cfg.docs_dir), config, render.TEMPLATES]
    if cfg.theme.custom_dir:
        watched.append(Path(cfg.theme.custom_dir))
    for path in dict.fromkeys(p.resolve() for p in watched):
        if path.exists():
            server.watch(str(path))
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    except OSError as exc:  # the address is taken, or not this machine's
        print(f"planportal serve: {exc}", file=sys.stderr)
        return 1
    finally:
        server.shutdown()
    return 0


def _address(addr: str) -> tuple[str, int]:
    host, _, port = addr.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"--dev-addr 应为 IP:端口，而不是 {addr!r}")
    return host.strip("[]"), int(port)


def _error_page(site: Path, code: int) -> bytes | None:
    """The site's own 404 page (and 500, if it has one), as mkdocs serve answers."""
    try:
        return (site / f"{code}.html").read_bytes()
    except OSError:
        return None
