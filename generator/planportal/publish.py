"""Put a built site at its path so that a complete site is always there.

    staging(site_dir)          a new sibling directory `.SITE-PID-XXXXXXXX` to build into
    publish(staging, site_dir, meanwhile)   make it readable, then swap it in

The new site is built beside the old one and the two are exchanged in one step
(`renameat2(RENAME_EXCHANGE)`), so whoever reads the path sees the whole old site or the
whole new one, even if the build is killed at any moment. Where the kernel or the file
system cannot exchange, the old site is renamed away and the new one renamed in (two
renames, a moment apart). The previous site is then removed by `rm` in a process of its
own while the build records what it made (`meanwhile`). Staging directories left by killed
builds are removed by the next build, once a complete site stands at the path.

Modes: a web server usually runs as another user, so the site must be world-readable
whatever the umask: the site directory keeps the previous site's mode (0755 for a first
build), every directory inside gets 0755 and every file 0644.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import subprocess
import stat
import tempfile
from pathlib import Path
from typing import Callable

DIR_MODE = 0o755
FILE_MODE = 0o644
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def staging(site_dir: Path) -> Path:
    remove_stale(site_dir)
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-{os.getpid()}-", dir=site_dir.parent))


def publish(staging_dir: Path, site_dir: Path, meanwhile: Callable[[], None] | None = None) -> None:
    """`meanwhile`: what to do once the new site is in place, while the previous one is removed."""
    mode = stat.S_IMODE(os.stat(site_dir).st_mode) if site_dir.is_dir() else DIR_MODE
    _make_readable(staging_dir, mode)
    previous = None
    if not os.path.lexists(site_dir):
        os.rename(staging_dir, site_dir)
    elif _exchange(staging_dir, site_dir):
        previous = staging_dir  # now the previous site
    else:
        previous = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-{os.getpid()}-", dir=site_dir.parent))
        os.rename(site_dir, previous / "site")
        os.rename(staging_dir, site_dir)
    removed = _remove(previous) if previous is not None else None
    try:
        if meanwhile is not None:
            meanwhile()
    finally:
        if removed is not None:
            removed()
    remove_stale(site_dir)


def _remove(path: Path) -> Callable[[], None]:
    """Start removing the folder `path` in another process (`rm`, beside this one's work); the
    function returned waits until it is gone (removing here what `rm` could not, or without `rm`)."""
    try:
        child = subprocess.Popen(["rm", "-rf", "--", os.fspath(path)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        child = None

    def wait() -> None:
        if child is not None:
            child.wait()
        if os.path.lexists(path):
            shutil.rmtree(path)

    return wait


def remove_stale(site_dir: Path) -> None:
    """Remove the staging directories of builds that were killed (their process is gone), but
    only while a complete site stands at the path: one of them may hold the only copy."""
    if not site_dir.is_dir():
        return
    pattern = re.compile(rf"\.{re.escape(site_dir.name)}-(\d+)-[a-z0-9_]{{8}}")
    for entry in site_dir.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink() and not _alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _make_readable(root: Path, mode: int) -> None:
    """Modes set where they differ (a file linked from the published site has its mode already)."""
    os.chmod(root, mode)
    for folder, dirs, files in os.walk(root):
        for names, wanted in ((dirs, DIR_MODE), (files, FILE_MODE)):
            for name in names:
                path = os.path.join(folder, name)
                st = os.lstat(path)
                if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != wanted:
                    os.chmod(path, wanted)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))
