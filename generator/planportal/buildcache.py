"""What the last successful build made, so that the next one renders and writes only what changed.

The cache lives beside the site, in `.planportal-cache/<site>/` (never inside the published
site; only the build reads it, and it holds pickles, so it needs the site's own trust):

    state.json   the digest of every input of the last build (data, templates, config,
                 hand-written pages, theme, generator code, the day; where one of their
                 files was edited while it ran, a digest no build matches), each page's and
                 provider's input digest with the files it made, and each file's
                 content digest and identity (size, modification time, inode)
    yaml/        each data file as parsed and shape-checked, by content digest, and each plan
                 file as built: its Plan and the problems it decides alone (loader.py)
    search/      each search term shard's postings before weighting, and what they were
                 made from (search/incremental.py), so that a rebuild makes only the shards
                 of the terms that changed
    jinja/       the page templates compiled (Jinja's bytecode cache, checked against each
                 template's source)
    previous-site/  the site the published one replaced, which the next build makes its
                 new site from (publish.reuse), so it touches only the files that change

A rebuild with every input unchanged does nothing (`up_to_date`). Otherwise a page or
provider whose input digest is unchanged is not run: its files are hard-linked from the
published site into the new one; one that runs and makes a file whose content digest is
unchanged links that file too. So only files whose content changed are written, and the
new site is still built beside the old one and swapped in whole (publish.py): a failed
build leaves the old site and the old state as they were. (Where the previous site is
kept, the new one is made from it, and a published file is linked only where the kept
tree's entry is not that file already.) A recorded file whose identity
changed on disk (edited by hand, replaced) is never linked: it is made again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

FORMAT = 1
PACKAGES = ("planportal", "mkdocs", "mkdocs-material", "jinja2", "markdown", "pymdown-extensions", "pyyaml", "lunr",
            "opencc")  # OpenCC: the search tokenizer's traditional -> simplified map


def digest(*parts: str | bytes) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def file_digest(data: bytes) -> str:
    """A file's content digest, as the state records it for every file the build makes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def folder_digest(*folders: Path | None) -> str:
    """Names and contents of every file under the folders (missing folders count as empty)."""
    h = hashlib.blake2b(digest_size=16)
    for folder in folders:
        files = _files(folder)
        if files is None:
            h.update(b"\0missing")
            continue
        for name, path in files:
            h.update(name.encode("utf-8") + b"\0")
            h.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return h.hexdigest()


def folder_stamp(*folders: Path | None) -> list:
    """Names and identities (size, modification time, inode) of every file under the folders:
    taken before a build digests its inputs and again once it has published, it tells whether
    an input was edited while the build ran (`folder_digest` would read every file again)."""
    stamp: list = []
    for folder in folders:
        files = _files(folder)
        if files is None:
            stamp.append("\0missing")
            continue
        for name, path in files:
            try:
                st = os.stat(path)
            except OSError:  # removed since it was listed
                stamp.append((name, None))
                continue
            stamp.append((name, st.st_size, st.st_mtime_ns, st.st_ino))
    return stamp


def _files(folder: Path | None) -> list[tuple[str, Path]] | None:
    """(name, path) of every file under `folder` (a file: itself) in order; None if missing."""
    if folder is None or not Path(folder).exists():
        return None
    folder = Path(folder)
    if folder.is_file():
        return [(folder.name, folder)]
    return [(str(p.relative_to(folder)), p)
            for p in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)]


def code_digest() -> str:
    """The generator's own code and the versions of what renders the site."""
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    return digest(folder_digest(Path(__file__).resolve().parent), *versions)


def cache_dir(site_dir: Path) -> Path:
    return site_dir.parent / ".planportal-cache" / site_dir.name


@dataclass
class State:
    inputs: str = ""  # every input of the build: equal means nothing to do
    warnings: list[str] = field(default_factory=list)  # printed again when nothing is done
    units: dict[str, list] = field(default_factory=dict)  # page or provider -> [input digest, [paths]]
    files: dict[str, list] = field(default_factory=dict)  # path -> [dest, content digest, size, mtime_ns, inode]

    @classmethod
    def load(cls, site_dir: Path) -> "State":
        try:
            raw = json.loads((cache_dir(site_dir) / "state.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            return cls()
        return cls(raw.get("inputs", ""), raw.get("warnings", []), raw.get("units", {}), raw.get("files", {}))

    def save(self, site_dir: Path) -> None:
        folder = cache_dir(site_dir)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"state.json.{os.getpid()}"
        tmp.write_text(json.dumps({"format": FORMAT, "inputs": self.inputs, "warnings": self.warnings,
                                   "units": self.units, "files": self.files}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / "state.json")

    @classmethod
    def of(cls, inputs: str, warnings: list[str], result, site_dir: Path, previous: "State | None" = None) -> "State":
        """What the build that published `result` (pipeline.Result) at `site_dir` made. A file
        linked from the site `previous` recorded is that very file (a hard link: the same
        size, modification time and inode), so its entry is taken over without a stat."""
        state = cls(inputs, warnings, {unit: [key, []] for unit, key in result.inputs.items()})
        old = previous.files if previous is not None else {}
        for w in result.written:
            state.units[w.unit][1].append(w.path)
            entry = old.get(w.path) if w.linked else None
            if entry is not None and entry[:2] == [w.dest, w.digest]:
                state.files[w.path] = entry
            else:
                state.record(site_dir, w.path, w.dest, w.digest)
        return state

    def intact(self, site_dir: Path, path: str) -> Path | None:
        """The published file made for `path`, if it is still the one recorded."""
        target = self.intact_file(site_dir, path)
        return Path(target) if target is not None else None

    def intact_file(self, site_dir: Path | str, path: str) -> str | None:
        """As `intact`, the file's path as a plain string (checked for every file a rebuild
        reuses, tens of thousands on a large portal: no Path made)."""
        entry = self.files.get(path)
        if entry is None:
            return None
        target = os.path.join(site_dir, entry[0])
        try:
            st = os.stat(target, follow_symlinks=False)
        except OSError:
            return None
        return target if [st.st_size, st.st_mtime_ns, st.st_ino] == entry[2:] else None

    def record(self, site_dir: Path, path: str, dest: str, content: str) -> None:
        st = os.stat(site_dir / dest, follow_symlinks=False)
        self.files[path] = [dest, content, st.st_size, st.st_mtime_ns, st.st_ino]

    def up_to_date(self, site_dir: Path, inputs: str) -> bool:
        """Nothing changed since the build that made the site at `site_dir`, and that site is intact."""
        return bool(self.inputs) and self.inputs == inputs and site_dir.is_dir() and \
            all(self.intact_file(site_dir, path) is not None for path in self.files)
