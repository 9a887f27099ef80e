"""Arrays derived from one data version, kept on disk beside its snapshot, so that a
restart over unchanged data reads them back instead of making them again (at a million
events the map's marks and its events' bytes took ~1.2 s of a first visitor's wait).

A kept file is named by its snapshot (the data's content hash and the contract's code),
the store's data version (which the arrays may hold) and a hash of the whole package's
code: a change of any makes it stale, and it is made again, never served. It holds plain arrays (``numpy.load`` without pickles: a file
in the cache folder runs no code); one that cannot be read is removed and made again.
It is written behind, on a thread of its own, and kept files of earlier versions of the
same data folder are removed once it is written.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from dashboard.contract.snapshot import ABANDONED_S

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parents[1]  # the dashboard package: its code
T = TypeVar("T")
Arrays = dict[str, np.ndarray]
_writers: list[threading.Thread] = []  # kept files being written by this process
_writers_lock = threading.Lock()


def written() -> None:
    """Wait until every kept file this process is writing is written."""
    with _writers_lock:
        writers = list(_writers)
    for w in writers:
        w.join()


@functools.cache
def code_key() -> str:
    """A hash of every module of the package (what derived arrays may depend on)."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Kept:
    """Where the arrays derived from the data of ``snapshot`` are kept."""

    snapshot: Path  # the snapshot's path (it need not be written yet)
    version: str  # the store's data version

    def path(self, name: str) -> Path:
        tail = f"kept-{name}-{self.version}-{code_key()}.npz"
        return self.snapshot.with_name(f"{self.snapshot.stem}.{tail}")

    def read(self, name: str) -> Arrays | None:
        """The arrays kept as ``name``, or None (none kept, or unreadable: then removed)."""
        path = self.path(name)
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as z:
                return {k: z[k] for k in z.files}
        except Exception as exc:  # damaged: made again (and written again) by the caller
            log.warning("kept %s could not be read (%s): made again", path.name, exc)
            path.unlink(missing_ok=True)
            return None

    def write(self, name: str, arrays: Callable[[], Arrays]) -> threading.Thread:
        """Write what ``arrays()`` gives as ``name``, behind: on a plain thread (a process
        that ends waits for it rather than leave half a file), which also makes them."""
        writer = threading.Thread(target=self._write, args=(name, arrays), name=f"kept-{name}")
        with _writers_lock:
            _writers[:] = [w for w in _writers if w.is_alive()] + [writer]
        writer.start()
        return writer

    def _write(self, name: str, arrays: Callable[[], Arrays]) -> None:
        path = self.path(name)
        half = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(half, "wb") as f:
                np.savez(f, **arrays())
            os.replace(half, path)
        except Exception as exc:  # a folder that cannot be written costs only speed
            log.warning("kept %s not written (%s)", path.name, exc)
            with contextlib.suppress(OSError):
                half.unlink(missing_ok=True)
            return
        self._remove_others(name, path)

    def _remove_others(self, name: str, keep: Path) -> None:
        """This data folder's earlier kept ``name`` files, and halves left by a killed
        writer once old enough that no writer can be at work on them."""
        folder = self.snapshot.stem.rsplit("-", 1)[0]  # the snapshot's name less its key
        for old in keep.parent.glob(f"{folder}-*.kept-{name}-*.npz"):
            if old != keep:
                old.unlink(missing_ok=True)
        for half in keep.parent.glob(f".{folder}-*.kept-{name}-*.npz.*"):
            with contextlib.suppress(OSError):
                if time.time() - half.stat().st_mtime > ABANDONED_S:
                    half.unlink()


def kept_or_made(
    kept: Kept | None,
    name: str,
    make: Callable[[], T],
    to_arrays: Callable[[T], Arrays],
    from_arrays: Callable[[Arrays], T],
) -> T:
    """``name`` read back from ``kept`` when it is there, else made, and kept behind
    (``to_arrays`` runs on the writer's thread: what it asks for may be made there)."""
    if kept is not None and (arrays := kept.read(name)) is not None:
        try:
            return from_arrays(arrays)
        except (KeyError, ValueError, TypeError) as exc:  # another shape: made again
            log.warning("kept %s does not fit (%s): made again", name, exc)
    value = make()
    if kept is not None:
        kept.write(name, lambda: to_arrays(value))
    return value
