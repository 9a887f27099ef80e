"""A validated ``Dataset`` kept on disk: a restart or a second replica reads it back in a
fraction of the time reading and validating the CSV files takes.

The snapshot of a data folder is one file of Arrow IPC streams (every table; each
distinct shape once, points as coordinates, others as WKB), written as they are made,
then a JSON header (the report's problems, the settings, the reference's boxes). It
is keyed by the content of every file the load read (the four tables, the sites, the
settings, the reference layers), the schema (``datapackage.json``), the contract's code
and ``FORMAT``: any change to an input gives another key, so a stale snapshot is never
served, only rebuilt. A file that does not read back whole (cut short, overwritten, its
checksum wrong) is ignored with a warning in the load's report and rebuilt.

Where: the folder the settings name (``[cache] dir``), else the user's cache folder
(``$XDG_CACHE_HOME``, else ``~/.cache``); never the data folder unless named. Written
to a temporary file and renamed (``os.replace``): two replicas starting together each
read either no snapshot or a whole one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import logging
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from dashboard import config
from dashboard.contract.dataset import Dataset, files, load_dataset
from dashboard.contract.narratives import Narrative, Step
from dashboard.contract.problems import WARNING, Problem
from dashboard.contract.reference import WORLD_DIR, Reference
from dashboard.contract.settings import Settings, View, read_for, stamp_paths

# Bumped whenever what a snapshot holds or how it is laid out changes.
FORMAT = 4  # 3: the narratives are kept too; 4: the header after the tables
MAGIC = b"DASHSNAP"
CACHE_NAME = "events-dashboard"  # the folder in the user's cache folder
CHUNK = 1 << 20
# A temporary snapshot file untouched this long was left by a process killed while it
# wrote (a million events' snapshot is written in seconds).
ABANDONED_S = 3600
SHAPE_COLUMN = "__snapshot_shape__"  # a row's shape: its index among the distinct ones
NULLS = {"None": None, "NA": pd.NA, "nan": np.nan}  # an object column's missing values
NULLS_COLUMN = "__snapshot_nulls__"
SNAPSHOT_FILE = "snapshot"  # how the load report names the file (its folder is local)
CONTRACT_DIR = Path(__file__).resolve().parent
FRAMES = ("events", "sites", "sources", "excerpts", "claims")
REFERENCE_FRAMES = tuple(
    f.name for f in dataclasses.fields(Reference) if f.name not in ("covers", "edges", "problems")
)


@dataclasses.dataclass
class Loaded:
    """How a ``load`` went: where the snapshot is (or is being written), and whether the
    data came from it."""

    path: Path | None
    from_snapshot: bool
    writer: threading.Thread | None = None

    def written(self) -> Path | None:
        """The snapshot's path once it is written (waits for it), or None."""
        if self.writer is not None:
            self.writer.join()
        return self.path if self.path is not None and self.path.is_file() else None


class Writers:
    """Threads of this process writing files behind, that a reader may wait for. Not
    daemons: a process that ends first waits for them rather than leave half a file."""

    def __init__(self) -> None:
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def start(self, target: Callable[[], None], name: str) -> threading.Thread:
        thread = threading.Thread(target=target, name=name)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return thread

    def wait(self) -> None:
        """Wait until every file being written is written."""
        with self._lock:
            pending = list(self._threads)
        for thread in pending:
            thread.join()


# Snapshots this process is writing: a load waits for them before it looks for one.
_writers = Writers()


def input_paths(directory: Path) -> list[Path]:
    """Every file a load of ``directory`` may read (those absent count as absent)."""
    paths = list(files(directory).values()) + stamp_paths(directory)
    for ref in (config.reference_dir(directory), WORLD_DIR):
        paths += sorted(p for p in ref.rglob("*") if p.is_file()) if ref.is_dir() else []
    return paths


def _digest_file(path: Path, h) -> None:
    try:
        with path.open("rb") as f:
            h.update(b"file %d:" % os.fstat(f.fileno()).st_size)
            while block := f.read(CHUNK):
                h.update(block)
    except OSError:
        h.update(b"absent")


def input_stats(directory: Path) -> list[tuple]:
    """What the file system says of each input: a write to a file changes its ctime,
    which the kernel sets and no tool can set back (unlike its mtime), to the clock's
    grain (nanoseconds on local Linux file systems; coarser on some network mounts,
    where an edit in the same tick as the first look goes unseen: the snapshot is then
    keyed to the content read first, and the next start reads the files again)."""
    out = []
    for path in input_paths(directory):
        try:
            st = path.stat()
            out.append((path, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        except OSError:
            out.append((path, None))
    return out


def snapshot_key(directory: Path) -> str:
    """The content hash of every input of a load of ``directory``, of the schema and of
    the contract's code: what a snapshot must match to be served."""
    h = hashlib.sha256(b"format %d;" % FORMAT)
    code = [*sorted(CONTRACT_DIR.rglob("*.py")), CONTRACT_DIR / "datapackage.json"]
    for path in [*code, *input_paths(directory)]:
        h.update(str(path.relative_to(path.anchor)).encode() + b"\0")
        _digest_file(path, h)
    return h.hexdigest()[:32]


def cache_dir(directory: Path) -> Path:
    """Where the snapshots of ``directory`` go: the folder the settings name (``[cache]
    dir``, relative to the data folder), else the user's cache folder, one subfolder per
    data folder. Never the data folder itself unless the settings say so: the dashboard
    leaves the data as it found it (it may be read-only, or under version control)."""
    named = read_for(directory)[0].values.get("cache.dir", "")
    if named:
        return (directory / Path(named).expanduser()).resolve()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / CACHE_NAME / folder_tag(directory)


def folder_tag(directory: Path) -> str:
    """A data folder's name among others' snapshots (a folder the settings name may be
    shared by several data folders: each replaces only its own old snapshots)."""
    return hashlib.sha256(str(directory).encode()).hexdigest()[:16]


def load(directory: str | Path | None = None) -> tuple[Dataset, Loaded]:
    """The ``Dataset`` of ``directory`` (see ``config.data_dir``): read back from its
    snapshot when one matches every input, else loaded (``load_dataset``) and snapshotted.
    A snapshot that cannot be read is a warning in the report and is rebuilt; a folder
    that cannot be written only costs the next start its speed."""
    directory = config.data_dir(directory)
    _wait_for_writers()
    stats = input_stats(directory)  # before the hash: a write after this is seen below
    key = snapshot_key(directory)
    where = cache_dir(directory)
    path = where / f"{SNAPSHOT_FILE}-{folder_tag(directory)}-{key}.arrow"
    note = None
    if path.is_file():
        try:
            return read_snapshot(path, directory, key), Loaded(path, True)
        except Exception as exc:  # any damage: the data is read from its files instead
            note = Problem(
                path.name,  # not its folder: the page shows no server path
                "snapshot",
                f"the saved copy of the validated data could not be read ({_why(exc)}): "
                "the data was read from its files again and the copy rebuilt",
                severity=WARNING,
            )
    ds = load_dataset(directory)
    # A file edited while it was read: the snapshot would hold neither version. Its
    # stats tell (hashing every input again cost 0.4 s at a million events).
    writer = None
    if input_stats(directory) == stats:
        writer = _write_behind(dataclasses.replace(ds), path, key, directory)
    else:
        path = None
    if note is not None:
        ds.problems = [note, *ds.problems]
    return ds, Loaded(path, False, writer)


def _write_behind(ds: Dataset, path: Path, key: str, directory: Path) -> threading.Thread:
    """Write ``ds``'s snapshot on a thread of its own: the data is served meanwhile
    (a million events: ~1.5 s, mostly Arrow's, which lets go of the interpreter)."""

    def write() -> None:
        try:
            write_snapshot(ds, path, key, readable_as(directory))
            _remove_others(path.parent, path, directory)
        except Exception as exc:  # the next start validates again; the operator is told
            logging.getLogger(__name__).warning("no snapshot written in %s: %s", path.parent, exc)

    return _writers.start(write, "snapshot-writer")


def _wait_for_writers() -> None:
    """Wait for the snapshots this process is writing (a second load of the same data
    then reads the snapshot, not the files again)."""
    _writers.wait()


def readable_as(directory: Path) -> int:
    """The mode of files copied from ``directory``'s data: whoever may read the events
    may read their copy (a replica may run as another user); nobody else."""
    events = files(directory)["events"]
    return stat.S_IMODE(events.stat().st_mode) & 0o666 if events.is_file() else 0o600


def _why(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160] or type(exc).__name__


def _remove_others(where: Path, keep: Path, directory: Path) -> None:
    """Snapshots of this folder's inputs as they were before: never served again. And
    the halves a process killed while writing left (``write_snapshot``'s temporary
    files), once old enough that no writer can still be at work on them (another
    replica may be writing one now)."""
    tag = folder_tag(directory)
    for old in where.glob(f"{SNAPSHOT_FILE}-{tag}-*.arrow"):
        if old != keep:
            old.unlink(missing_ok=True)
    remove_abandoned(where, f".{SNAPSHOT_FILE}-{tag}-*.arrow.*")


def remove_abandoned(where: Path, pattern: str) -> None:
    """The temporary files matching ``pattern`` (``write_aside``'s) that a process killed
    while writing left, once old enough that no writer can still be at work on them."""
    for half in where.glob(pattern):
        with contextlib.suppress(OSError):  # gone meanwhile: its writer finished
            if time.time() - half.stat().st_mtime > ABANDONED_S:
                half.unlink()


# -- the file ---------------------------------------------------------------------------
def _frame_table(df: pd.DataFrame) -> tuple[pa.Table, dict]:
    """A frame as an Arrow table; its geometry (named in the metadata) as codes into
    the distinct shapes (``_shapes_table``): the events at a site share its shape, a
    district's polygon is written once, not once per event."""
    meta: dict = {"geometry": None}
    codes = shapes = None
    if isinstance(df, gpd.GeoDataFrame) and df._geometry_column_name in df:
        name = df._geometry_column_name
        meta = {"geometry": name, "at": df.columns.get_loc(name)}
        meta["crs"] = df.crs.to_string() if df.crs else None
        values = np.asarray(df[name].values)
        ids = np.fromiter(map(id, values), dtype=np.uint64, count=len(values))
        _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
        codes, shapes = inverse.astype(np.int32), _shapes_table(values[first])
        df = pd.DataFrame(df.drop(columns=name), copy=False)
    # Object columns keep their dtype (and None): Arrow would type them by their values.
    meta["object"] = [str(c) for c in df.columns if df[c].dtype == object]
    # One thread: the snapshot is written behind the load, and a pool of pyarrow's own
    # could not start once the interpreter is ending (a short command's snapshot).
    table = pa.Table.from_pandas(df, preserve_index=True, nthreads=1)
    for i, c in enumerate(meta["object"]):
        table = table.append_column(f"{NULLS_COLUMN}{i}", pa.array(_null_kinds(df[c])))
    if codes is not None:
        table = table.append_column(SHAPE_COLUMN, pa.array(codes))
    return table, meta, shapes


def _shapes_table(shapes: np.ndarray) -> pa.Table:
    """Distinct shapes: points as their coordinates (rebuilt many times faster than
    parsed from WKB), everything else as WKB; None stays None."""
    point = shapely.get_type_id(shapes) == 0
    point &= ~shapely.has_z(shapes)
    x = np.where(point, shapely.get_x(np.where(point, shapes, None)), np.nan)
    y = np.where(point, shapely.get_y(np.where(point, shapes, None)), np.nan)
    return pa.table(
        {
            "point": point,
            "x": x,
            "y": y,
            "wkb": pa.array(shapely.to_wkb(np.where(point, None, shapes)), pa.binary()),
        }
    )


def _shapes(table: pa.Table) -> np.ndarray:
    point = table.column("point").to_numpy()
    out = shapely.from_wkb(table.column("wkb").to_numpy(zero_copy_only=False))
    xy = np.stack([table.column("x").to_numpy()[point], table.column("y").to_numpy()[point]])
    out[point] = shapely.points(xy.T)
    return out


def _null_kinds(column: pd.Series) -> np.ndarray:
    """Which of ``NULLS`` each missing value of an object column is (Arrow keeps only
    that it is missing); -1 where a value is there. Only the missing values are looked
    at one by one: object columns are the reference layers' few attributes."""
    values = column.to_numpy()
    out = np.full(len(values), -1, dtype=np.int8)
    missing = np.flatnonzero(pd.isna(values))
    kinds = list(NULLS.values())
    out[missing] = [next((i for i, k in enumerate(kinds) if v is k), 2) for v in values[missing]]
    return out


def _table_frame(table: pa.Table, meta: dict, shapes: pa.Table | None) -> pd.DataFrame:
    geometry = None
    if meta["geometry"] is not None:
        geometry = _shapes(shapes)[table.column(SHAPE_COLUMN).to_numpy()]
        table = table.drop_columns([SHAPE_COLUMN])
    nulls = [f"{NULLS_COLUMN}{i}" for i in range(len(meta["object"]))]
    df = table.drop_columns(nulls).to_pandas(split_blocks=True)
    for i, c in enumerate(meta["object"]):
        values = table.column(c).to_numpy(zero_copy_only=False).astype(object)
        kinds = table.column(nulls[i]).to_numpy()
        for k, null in enumerate(NULLS.values()):
            values[kinds == k] = null
        df[c] = pd.Series(values, index=df.index, dtype=object)
    if geometry is None:
        return df
    df.insert(meta["at"], meta["geometry"], geometry)
    return gpd.GeoDataFrame(df, geometry=meta["geometry"], crs=meta["crs"], copy=False)


def _parts(ds: Dataset) -> dict[str, pd.DataFrame]:
    out = {name: getattr(ds, name) for name in FRAMES}
    out |= {f"reference/{n}": getattr(ds.reference, n) for n in REFERENCE_FRAMES}
    out |= {f"rejected/{path}": frame for path, frame in ds.rejected.items()}
    return out


class _Hashed(io.RawIOBase):
    """A file the tables are written to as they are made, hashed on the way: a million
    events' snapshot (~0.4 GB) is never held in memory whole."""

    def __init__(self, f):
        self.f, self.check, self.written = f, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.check.update(b)
        self.written += len(b)
        return self.f.write(b)

    def tell(self) -> int:
        return self.written


def _write_parts(ds: Dataset, out: _Hashed) -> list[dict]:
    """Each frame's tables, one IPC stream each; their places in the body."""
    parts = []
    for name, frame in _parts(ds).items():
        table, meta, shapes = _frame_table(frame)
        for t in (table, shapes) if shapes is not None else (table,):
            start = out.tell()
            with pa.ipc.new_stream(out, t.schema) as writer:
                writer.write_table(t)
            meta.setdefault("streams", []).append([start, out.tell() - start])
        parts.append({"name": name, **meta})
    return parts


def write_snapshot(ds: Dataset, path: Path, key: str, mode: int = 0o600) -> None:
    """``ds`` as one file at ``path`` (written aside, then renamed into place), readable
    as ``mode`` says. The file: MAGIC, the tables, the header (JSON), its length, and a
    checksum of all but MAGIC (a file cut short or changed anywhere does not match it)."""

    def write(f: BinaryIO) -> None:
        f.write(MAGIC)
        out = _Hashed(f)
        parts = _write_parts(ds, out)
        header = json.dumps(
            {
                "format": FORMAT,
                "key": key,
                "parts": parts,
                "problems": [p.as_dict() for p in ds.problems],
                "reference_problems": [p.as_dict() for p in ds.reference.problems],
                "covers": ds.reference.covers,
                "edges": ds.reference.edges,
                "settings": dataclasses.asdict(ds.settings),
                "narratives": [dataclasses.asdict(n) for n in ds.narratives],
            }
        ).encode()
        out.write(header + len(header).to_bytes(8, "little"))
        f.write(out.check.digest())

    write_aside(path, write, mode)


def write_aside(path: Path, write: Callable[[BinaryIO], None], mode: int) -> None:
    """A file at ``path`` written by ``write`` aside, in a temporary file of its own
    (made new: never a link someone left), then renamed into place, readable as
    ``mode`` says: a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_snapshot(path: Path, directory: Path, key: str) -> Dataset:
    """The ``Dataset`` saved at ``path``; raises ``ValueError`` unless the file is whole
    and was made for ``key``."""
    # Read into memory, not mapped: a file changed in place later cannot crash the server.
    buf = pa.py_buffer(path.read_bytes())
    if buf.size < 48 or buf[:8].to_pybytes() != MAGIC:
        raise ValueError("not a snapshot file")
    if hashlib.sha256(memoryview(buf[8:-32])).digest() != buf[-32:].to_pybytes():
        raise ValueError("its checksum does not match: the file is damaged or cut short")
    n = int.from_bytes(buf[-40:-32].to_pybytes(), "little")
    if n > buf.size - 48:
        raise ValueError("its header is cut short")
    header = json.loads(buf[-40 - n : -40].to_pybytes())
    body = buf[8 : -40 - n]
    if header.get("format") != FORMAT or header.get("key") != key:
        raise ValueError("made for other inputs")
    frames = {}
    for part in header["parts"]:
        tables = [pa.ipc.open_stream(body[a : a + n]).read_all() for a, n in part["streams"]]
        shapes = tables[1] if len(tables) > 1 else None
        frames[part["name"]] = _table_frame(tables[0], part, shapes)
    reference = Reference(
        **{n: frames[f"reference/{n}"] for n in REFERENCE_FRAMES},
        covers=tuple(map(tuple, header["covers"])),
        edges=tuple(map(tuple, header["edges"])),
        problems=tuple(Problem(**p) for p in header["reference_problems"]),
    )
    return Dataset(
        **{name: frames[name] for name in FRAMES},
        reference=reference,
        problems=[Problem(**p) for p in header["problems"]],
        rejected={k[len("rejected/") :]: v for k, v in frames.items() if k.startswith("rejected/")},
        data_dir=directory,
        settings=_settings(header["settings"]),
        narratives=tuple(_narrative(n) for n in header["narratives"]),
    )


def _narrative(d: dict) -> Narrative:
    steps = tuple(Step(**{**s, "excerpt_ids": tuple(s["excerpt_ids"])}) for s in d["steps"])
    return Narrative(**{**d, "steps": steps})


def _settings(d: dict) -> Settings:
    return Settings(
        **{
            **d,
            "bbox": tuple(d["bbox"]),
            "view": View(**d["view"]),
            "presets": tuple(View(**v) for v in d["presets"]),
            "reference_layers": tuple(d["reference_layers"]),
        }
    )
