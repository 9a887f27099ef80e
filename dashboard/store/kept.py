"""Arrays derived from one data version, kept on disk beside its snapshot, so that a
restart over unchanged data reads them back instead of making them again (at a million
events the map's marks and its events' bytes took ~1.2 s of a first visitor's wait).

A kept file is named by its snapshot (the data's content hash and the contract's code),
the data version the page asks for (which the arrays may hold) and a hash of the code
this process runs (the package's modules, as read at its start, and its libraries'
versions): a change of any makes it stale, and it is made again, never served. It holds
plain arrays (no object arrays are written, and ``numpy.load`` reads no pickle: a file
in the cache folder runs no code); one that cannot be read is made again. It is written
behind, aside then renamed (``snapshot.write_aside``), readable as the data is; kept
files of earlier versions of the same data folder are removed once it is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from dashboard.contract.snapshot import Writers, remove_abandoned, write_aside

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parents[1]  # the dashboard package: its code
T = TypeVar("T")
Arrays = dict[str, np.ndarray]


def _code_key() -> str:
    """A hash of every module of the package and of the libraries' versions that make
    derived arrays."""
    h = hashlib.sha256(f"{np.__version__} {pd.__version__} {pa.__version__}".encode())
    h.update(shapely.__version__.encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


# Read at import (the store imports this at the process's start): code replaced on disk
# later (an update before a restart) must not name what this process makes.
CODE_KEY = _code_key()
_writers = Writers()


def written() -> None:
    """Wait until every kept file this process is writing is written."""
    _writers.wait()


@dataclass(frozen=True)
class Kept:
    """Where the arrays derived from the data of ``snapshot`` are kept."""

    snapshot: Path  # the snapshot's path (it need not be written yet)
    mode: int = 0o600  # who may read them: as the data (``snapshot.readable_as``)

    def path(self, name: str, version: str) -> Path:
        tail = f"kept-{name}-{version}-{CODE_KEY}.npz"
        return self.snapshot.with_name(f"{self.snapshot.stem}.{tail}")

    def read(self, name: str, version: str) -> Arrays | None:
        """The arrays kept as ``name`` for ``version``, or None (none kept, or one that
        cannot be read: removed where this process may)."""
        path = self.path(name, version)
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as z:
                return {k: z[k] for k in z.files}
        except Exception as exc:  # damaged: made again (and written again) by the caller
            log.warning("kept %s could not be read (%s): made again", path.name, exc)
            with contextlib.suppress(OSError):  # another user's, in a shared folder
                path.unlink(missing_ok=True)
            return None

    def write(self, name: str, version: str, arrays: Callable[[], Arrays]) -> None:
        """Write what ``arrays()`` gives as ``name``, behind, on a thread that also
        makes them; a failure costs only the next start's speed."""
        path = self.path(name, version)

        def write() -> None:
            try:
                values = arrays()
                if any(a.dtype.hasobject for a in values.values()):
                    raise ValueError("arrays of objects are not kept (they would be pickled)")
                write_aside(path, lambda f: np.savez(f, **values), self.mode)
                self._remove_others(name, path)
            except Exception as exc:
                log.warning("kept %s not written (%s)", path.name, exc)

        _writers.start(write, f"kept-{name}")

    def _remove_others(self, name: str, keep: Path) -> None:
        """This data folder's other kept ``name`` files (older data, versions or code),
        and halves left by a killed writer."""
        folder = self.snapshot.stem.rsplit("-", 1)[0]  # the snapshot's name less its key
        for old in keep.parent.glob(f"{folder}-*.kept-{name}-*.npz"):
            if old != keep:
                with contextlib.suppress(OSError):
                    old.unlink(missing_ok=True)
        remove_abandoned(keep.parent, f".{folder}-*.kept-{name}-*.npz.*")


def kept_or_made(
    kept: Kept | None,
    name: str,
    version: str,
    make: Callable[[], T],
    to_arrays: Callable[[T], Arrays],
    from_arrays: Callable[[Arrays], T],
) -> T:
    """``name`` of data version ``version``, read back from ``kept`` when it is there,
    else made, and kept behind (``to_arrays`` runs on the writer's thread: what it asks
    for may be made there)."""
    if kept is not None and (arrays := kept.read(name, version)) is not None:
        try:
            return from_arrays(arrays)
        except (KeyError, ValueError, TypeError) as exc:  # another shape: made again
            log.warning("kept %s does not fit (%s): made again", name, exc)
    value = make()
    if kept is not None:
        kept.write(name, version, lambda: to_arrays(value))
    return value
