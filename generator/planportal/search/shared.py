"""Every task tokenized once for all the parts of the search index, not once per part.

A large portal's term shards are made in parts, each in a worker process (generate.py's
search-index jobs, `index.part_postings`). A part holds the postings of its own terms and
counts those of all others, so, left to itself, each part tokenizes every task. Instead,
`start(portal, parts)` forks one process, before mkdocs builds the theme and before the
workers fork, that tokenizes every task once (`index.Postings` with every term kept) and
leaves each part its share (`Postings.share`: exactly what the part would have made) in a
file, saying so on a pipe of its own to the part; then it ends. `take(part, parts)`, in the
worker that makes the part, waits for that word and reads the file. Its work overlaps the
page model's, mkdocs' and the first page batches', and the workers never wait for each other.

    started = start(portal, parts)    in the build's process
    take(part, parts)                 where the part is made: its postings, or None
    started.close()                   after the workers (or a failure): the process ended

Without a started process, or when it failed, `take` gives None and the part makes its
postings itself (the same postings). The build has frozen the model by then (collector.py),
so the forked process shares its memory pages instead of copying them.
"""

from __future__ import annotations

import multiprocessing
import pickle
import shutil
import tempfile
from array import array
from pathlib import Path

_STARTED: Started | None = None


class Started:
    """The process that tokenizes every task, the folder where it leaves each part's postings,
    and one pipe per part on which it says they are there."""

    def __init__(self, process, readers: list, parts: int, folder: Path):
        self.process, self.readers, self.parts, self.folder = process, readers, parts, folder

    def close(self, wait: bool = True) -> None:
        """`wait`: every part has run (the process has ended, or is ending, by itself)."""
        global _STARTED
        if _STARTED is self:
            _STARTED = None
        for reader in self.readers:
            if reader is not None:
                reader.close()
        self.readers = [None] * self.parts
        if wait:
            self.process.join(timeout=5)
        if self.process.is_alive():  # a failed build
            self.process.terminate()
        self.process.join()
        shutil.rmtree(self.folder, ignore_errors=True)


def start(portal, parts: int) -> Started | None:
    """Fork the process that makes every part's postings (only where fork exists)."""
    global _STARTED
    if parts < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("fork")
    try:
        folder = Path(tempfile.mkdtemp(prefix="planportal-postings-"))
    except OSError:  # no temporary folder: the parts make their own postings
        return None
    pipes = [context.Pipe(duplex=False) for _ in range(parts)]
    process = context.Process(target=_send, args=(portal, parts, folder, [writer for _, writer in pipes]),
                              daemon=True)
    try:
        process.start()
    except OSError:  # no process to be had: the parts make their own postings
        for reader, writer in pipes:
            reader.close()
            writer.close()
        shutil.rmtree(folder, ignore_errors=True)
        return None
    for _, writer in pipes:
        writer.close()  # the process holds the only writers: a reader sees the end if it fails
    _STARTED = Started(process, [reader for reader, _ in pipes], parts, folder)
    return _STARTED


def take(part: int, parts: int):
    """Part `part` of `parts`' postings (index.Postings) from the started process, or None."""
    started = _STARTED
    if started is None or started.parts != parts or started.readers[part] is None:
        return None
    reader, started.readers[part] = started.readers[part], None
    path = started.folder / f"{part}.postings"
    try:
        if reader.recv_bytes() != READY:
            return None
        return _read(path)
    except (EOFError, OSError):  # the process failed: the part makes its own
        return None
    finally:
        reader.close()
        path.unlink(missing_ok=True)


READY = b"ready"


def _write(path: Path, postings) -> None:
    """Postings into a file: what is not a list of numbers pickled (with each list's length and type),
    then the lists' numbers as they are in memory (several times faster than pickling each
    list, and no copy of them)."""
    sizes = array("i", (len(numbers) for lists in postings.terms.values() for numbers in lists))
    codes = "".join(numbers.typecode for lists in postings.terms.values() for numbers in lists).encode("ascii")
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump((postings.count, postings.lengths, list(postings.terms), sizes, codes, postings.others), f,
                    protocol=pickle.HIGHEST_PROTOCOL)
        for lists in postings.terms.values():
            for numbers in lists:
                numbers.tofile(f)
    tmp.rename(path)


def _read(path: Path):
    from .index import Postings

    postings = Postings(())
    with open(path, "rb") as f:
        postings.count, postings.lengths, terms, sizes, codes, postings.others = pickle.load(f)
        width = len(sizes) // len(terms) if terms else 0
        at = 0
        for term in terms:
            lists = []
            for size, code in zip(sizes[at:at + width], codes[at:at + width].decode("ascii")):
                numbers = array(code)
                numbers.fromfile(f, size)
                lists.append(numbers)
            postings.terms[term] = lists
            at += width
    return postings


def _send(portal, parts: int, folder: Path, writers: list) -> None:
    """(In the started process.) Each part's postings into `folder`, then word to the part:
    the process ends at once and frees their memory, however late a part comes for them."""
    from .index import Postings, iter_documents
    from .tokenize import fnv1a

    try:
        postings = Postings(iter_documents(portal))
        count, characters = postings.shard_counts()
        whole = count % parts or characters % parts  # too few shards to share: part 0 makes all (index.part_postings)
        part_of = {term: fnv1a(term) % parts for term in postings.terms}
        shares = [postings if whole and not part else postings.share(lambda term: part_of[term] == part)
                  for part in range(parts)]
        del postings
        for part in range(parts):
            _write(folder / f"{part}.postings", shares[part])
            shares[part] = None  # (its lists freed, unless another share holds them)
        for writer in writers:
            writer.send_bytes(READY)
            writer.close()
    except BaseException:  # the parts make their own postings (and show any error themselves)
        return
