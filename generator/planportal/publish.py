"""Put a built site at its path so that a complete site is always there.

    foreign(site_dir, …)       why a directory that no build made is never published over (None: it may be)
    staging(site_dir)          a new sibling directory `.SITE-PID-XXXXXXXX` to build into
    keep_identical(staging, …) mkdocs' files there that equal the published ones: links to them
    publish(staging, site_dir, meanwhile, keep)   make it readable, then swap it in
    reuse(site_dir, kept)      the previous site the last build kept, moved beside the site
                               (named as a staging directory) to be brought up to date
    inventory(tree)            what such a tree holds: site path -> inode
    merge(made, tree, …)       mkdocs' files into it;  prune(tree, …)  what the new site lacks out

The new site is built beside the old one and the two are exchanged in one step
(`renameat2(RENAME_EXCHANGE)`), so whoever reads the path sees the whole old site or the
whole new one, even if the build is killed at any moment. Where the kernel or the file
system cannot exchange, the old site is renamed away and the new one renamed in (two
renames, a moment apart). The previous site is then removed by `rm` in a process of its
own while the build records what it made (`meanwhile`), or, with `keep`, kept there for
the next build. Staging directories left by killed builds are removed by the next build,
once a complete site stands at the path.

A rebuild after a small edit changes a few files of tens of thousands. Linking every
unchanged file into a new tree costs a file system operation per file, and so does
removing the previous tree. So a rebuild that finds the previous site kept (`reuse`) makes
its new site from that tree instead: the tree is first taken stock of (`inventory`: its
files and their inodes; anything but plain files and folders is removed), the pipeline
then writes only the files whose content changed and links a published file only where
the tree's entry is not that very file already (most are: the two sites share their
unchanged files as hard links), mkdocs' own files are merged in (`merge`) and every file
the new site does not have is removed (`prune`). Nothing is written into an existing file
(a file is always made anew, or renamed or linked over an entry), so the published site,
which shares inodes with the tree, never changes under its readers; nothing of the tree is
trusted either: the inodes decide. A build that fails removes the tree, and the next one
starts from scratch.

Modes: a web server usually runs as another user, so the site must be world-readable
whatever the umask: the site directory keeps the previous site's mode (0755 for a first
build), every directory inside gets 0755 and every file 0644.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import re
import shutil
import subprocess
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterator

DIR_MODE = 0o755
FILE_MODE = 0o644
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def foreign(site_dir: Path, signature: str, option: str) -> str | None:
    """Why the site may not be published at `site_dir`: a directory holding files and no site a
    build made (a typo in --site-dir naming a project folder, a web server's root holding other
    sites), which publishing would remove. None for a missing or empty directory, or a published
    site (it holds the folder `signature`, generate.ASSETS); `option` names the setting to change."""
    try:
        entries = sorted(os.listdir(site_dir))
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        entries = []
    else:
        if not entries or (site_dir / signature).is_dir():
            return None
    held = f"已有其他文件（如 {entries[0]}）" if entries else "是一个文件"
    return (f"{site_dir}: 这个位置{held}，不是 planportal 生成的网站；生成的网站会整个替换它，所以没有生成。"
            f"请给 {option} 一个新的或空的目录")


def staging(site_dir: Path) -> Path:
    remove_stale(site_dir)
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-{os.getpid()}-", dir=site_dir.parent))


def publish(staging_dir: Path, site_dir: Path, meanwhile: Callable[[], None] | None = None, *,
            keep: Path | None = None, whole: bool = True) -> None:
    """`meanwhile`: what to do once the new site is in place, while the previous one is removed;
    `keep`: where to keep the previous site instead, for the next build to `reuse`; `whole`:
    give every file and folder its mode (False: a reused tree, whose files and folders got
    theirs as they were made; only its root's is set)."""
    mode = stat.S_IMODE(os.stat(site_dir).st_mode) if site_dir.is_dir() else DIR_MODE
    if whole:
        _make_readable(staging_dir, mode)
    else:
        os.chmod(staging_dir, mode)
    previous = wrapper = None  # where the previous site is now; the folder holding it
    if not os.path.lexists(site_dir):
        os.rename(staging_dir, site_dir)
    elif _exchange(staging_dir, site_dir):
        previous = staging_dir
    else:
        wrapper = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-{os.getpid()}-", dir=site_dir.parent))
        previous = wrapper / "site"
        os.rename(site_dir, previous)
        os.rename(staging_dir, site_dir)
    if previous is not None and _kept(previous, keep):
        previous = None
    gone = wrapper or previous  # to remove (the wrapper: with the previous site, or empty)
    removed = _remove(gone) if gone is not None else None
    try:
        if meanwhile is not None:
            meanwhile()
    finally:
        if removed is not None:
            removed()
    remove_stale(site_dir)


def _kept(previous: Path, keep: Path | None) -> bool:
    """The previous site moved to `keep` (what was kept there before, by a build that did not
    reuse it, is removed first: cut short, it is still a tree the next build can reuse)."""
    if keep is None:
        return False
    try:
        keep.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(keep):
            _remove(keep)()
        os.rename(previous, keep)
    except OSError:  # another file system: removed instead
        return False
    return True


def reuse(site_dir: Path, kept: Path) -> Path | None:
    """The previous site the last build kept at `kept`, moved beside the site under a staging
    directory's name (a killed build's is removed by the next one); None when none is kept,
    or while no site stands at the path."""
    if not site_dir.is_dir() or not kept.is_dir() or kept.is_symlink():
        return None
    tree = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-{os.getpid()}-", dir=site_dir.parent))
    try:
        os.rename(kept, tree)  # over the empty directory just made
    except OSError:
        os.rmdir(tree)
        return None
    return tree


def inventory(tree: Path) -> dict[str, int]:
    """Every file of `tree`: site path -> inode. Anything but a plain file or folder (a link to
    elsewhere) is removed, a folder gets DIR_MODE, and empty folders go."""
    out: dict[str, int] = {}

    def scan(folder: str, prefix: str) -> bool:
        found = False
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode) != DIR_MODE:
                        os.chmod(entry.path, DIR_MODE)
                    if scan(entry.path, prefix + entry.name + "/"):
                        found = True
                    else:
                        os.rmdir(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    out[prefix + entry.name] = entry.inode()
                    found = True
                else:
                    os.unlink(entry.path)
        return found

    scan(os.fspath(tree), "")
    return out


def _made_files(made: Path, site_dir: Path, skip: set[str]) -> Iterator[tuple[str, str, str, int | None]]:
    """Each file mkdocs made in `made` (theme assets, hand-written pages, 404, sitemap) but
    those in `skip` (the pipeline's): (site path, its path, the published file's path, the
    published file's inode where it is byte for byte the same, else None)."""
    root, site = os.fspath(made), os.fspath(site_dir)
    for folder, _, names in os.walk(root):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in names:
            rel = prefix + name
            if rel in skip:
                continue
            new, old = os.path.join(folder, name), os.path.join(site, rel)
            try:
                st = os.stat(old, follow_symlinks=False)
                same = stat.S_ISREG(st.st_mode) and st.st_size == os.stat(new).st_size \
                    and Path(old).read_bytes() == Path(new).read_bytes()
            except OSError:
                same = False
            yield rel, new, old, st.st_ino if same else None


def keep_identical(made: Path, site_dir: Path, skip: set[str]) -> None:
    """The files mkdocs made in a fresh staging folder that are byte for byte the published
    ones become links to them, so an unchanged file is never rewritten."""
    if os.path.isdir(site_dir):  # something published already
        for _, new, old, same in _made_files(made, site_dir, skip):
            if same is not None:
                link_over(old, new)


def merge(made: Path, tree: Path, site_dir: Path, present: dict[str, int], skip: set[str]) -> set[str]:
    """The files mkdocs made in `made` (`_made_files`) into `tree`, a reused site: one byte for
    byte the published file becomes (or stays) that very file, any other is moved in.
    Returns their site paths."""
    out: set[str] = set()
    for rel, new, old, same in _made_files(made, site_dir, skip):
        out.add(rel)
        if same is not None and present.get(rel) == same:
            continue  # the tree has the published file already
        target = os.path.join(tree, rel)
        make_folder(os.path.dirname(target))
        if same is not None:
            link_over(old, target)
        else:
            if os.path.isdir(target) and not os.path.islink(target):
                shutil.rmtree(target)
            os.chmod(new, FILE_MODE)
            os.replace(new, target)
    return out


def prune(tree: Path, present: dict[str, int], wanted: set[str]) -> None:
    """Remove from `tree` every file it held that the new site does not have (`wanted`), and
    the folders that leaves empty."""
    root = os.fspath(tree)
    folders = set()
    for rel in present.keys() - wanted:
        path = os.path.join(root, rel)
        if os.path.isfile(path) and not os.path.islink(path):
            os.unlink(path)
        folders.add(os.path.dirname(path))
    for folder in sorted(folders, key=len, reverse=True):
        while len(folder) > len(root):
            try:
                os.rmdir(folder)
            except OSError:  # not empty (or gone already)
                break
            folder = os.path.dirname(folder)


def make_folder(folder: str) -> None:
    """`folder` and any missing parent, each made with DIR_MODE whatever the umask (a file in
    the way, left in a reused tree, is removed)."""
    try:
        os.mkdir(folder, DIR_MODE)
    except FileExistsError:
        if os.path.isdir(folder):
            return
        os.unlink(folder)
        os.mkdir(folder, DIR_MODE)
    except FileNotFoundError:
        make_folder(os.path.dirname(folder))
        try:
            os.mkdir(folder, DIR_MODE)
        except FileExistsError:  # made meanwhile by another process
            return
    if umask_strips():
        os.chmod(folder, DIR_MODE)


@functools.cache
def umask_strips() -> bool:
    """The umask takes bits from DIR_MODE or FILE_MODE (077 does, 022 does not): what is made
    needs its mode set after. Read from /proc (setting the umask to read it is not safe beside
    threads); where there is none, read by setting it back at once. Kept until cleared (each
    build clears it: pipeline.write)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            mask = next((int(line.split()[1], 8) for line in status if line.startswith("Umask:")), None)
    except (OSError, ValueError):
        mask = None
    if mask is None:
        mask = os.umask(0o022)
        os.umask(mask)
    return bool(mask & (DIR_MODE | FILE_MODE))


def link_over(source: str, target: str) -> None:
    """`target` becomes the file `source`: a hard link (a copy where there can be none), in place
    of whatever entry was there; nothing is ever written into an existing file."""
    try:
        os.link(source, target)
    except FileExistsError:
        clear(target)
        os.link(source, target)
    except OSError:  # another file system, or no hard links there
        tmp = f"{target}.{os.getpid()}.tmp"
        shutil.copy2(source, tmp)
        if os.path.isdir(target) and not os.path.islink(target):
            shutil.rmtree(target)
        os.replace(tmp, target)


def clear(path: str) -> None:
    """Remove the entry at `path`, whatever it is (a file, a link, a folder)."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


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
