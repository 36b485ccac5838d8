"""Browser tests' tools: Debian's Chromium through Playwright (never a downloaded browser),
and a static server on loopback that publishes a built site under a sub-path."""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves files; a missing one gets the nearest 404.html above it, with status 404, as a
    web server configured with the site's error page would."""

    def log_message(self, *args) -> None:
        pass

    def send_error(self, code, message=None, explain=None) -> None:
        page = self._error_page() if code == 404 and self.command == "GET" else None
        if page is None:
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error_page(self) -> Path | None:
        root = Path(self.directory)
        here = Path(self.translate_path(self.path))
        for folder in (here, *here.parents):
            if folder == root.parent:
                return None
            if (folder / "404.html").is_file():
                return folder / "404.html"
        return None


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A browser that goes away before a file is sent (a fetch cancelled by the page, a
        navigation) is no error of the site; anything else is printed as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path, www: Path, mount: str) -> Iterator[str]:
    """Copy `site` to www/<mount> and serve www at http://127.0.0.1:PORT; yields the site's URL."""
    shutil.copytree(site, www / mount.strip("/"))
    server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{mount.strip('/')}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    """A headless Debian Chromium, closed afterwards."""
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
