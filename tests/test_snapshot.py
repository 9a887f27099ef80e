"""The snapshot of a validated data package (``dashboard.contract.snapshot``): a restart
reads it instead of validating again, any edit makes it stale, a damaged one is ignored
with a note, a read-only data folder keeps it elsewhere, two servers share it. On the
designed synthetic package, with rows set aside so the report is not empty."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from conftest import DataDir
from dashboard.contract import snapshot
from dashboard.contract.dataset import Dataset, load_dataset
from dashboard.store.embedded import open_store
from devkit.synth import generate
from synthetic import write_narratives, write_package


def _package(root: Path) -> Path:
    """The synthetic package with a bad event (its excerpt then refers to nothing) and a
    bad source: rejected rows and problems of both severities travel too."""
    write_narratives(write_package(root))
    d = DataDir(root)
    d.append_row("events.csv", event_id="ev-bad", date="2019-02-30", title="Bad date")
    d.append_row("excerpts.csv", event_id="ev-bad", source_id="src-a", quote="q")
    d.append_row("sources.csv", source_id="src-bad", title="No publisher", url="ftp://x")
    return root


pytestmark = pytest.mark.usefixtures("user_cache")


@pytest.fixture
def package(tmp_path) -> Path:
    return _package(tmp_path / "data")


def _untouched(package: Path) -> set:
    return {(p, p.stat().st_mtime_ns) for p in package.rglob("*")}


def _same(a: Dataset, b: Dataset) -> None:
    """Every part of two datasets equal, dtypes and all."""
    # A field added to Dataset is compared here too, or this fails until it is.
    compared = {"events", "sites", "sources", "excerpts", "claims", "reference", "problems"}
    compared |= {"rejected", "settings", "data_dir", "narratives"}
    assert {f.name for f in dataclasses.fields(Dataset)} == compared
    assert a.narratives and a.narratives == b.narratives
    assert_geodataframe_equal(a.events, b.events)
    assert_geodataframe_equal(a.sites, b.sites)
    for name in ("sources", "excerpts", "claims"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    for name in snapshot.REFERENCE_FRAMES:
        assert_geodataframe_equal(getattr(a.reference, name), getattr(b.reference, name))
    assert (a.reference.covers, a.reference.edges) == (b.reference.covers, b.reference.edges)
    assert a.reference.problems == b.reference.problems
    assert a.problems == b.problems
    assert a.rejected.keys() == b.rejected.keys()
    for k in a.rejected:
        pd.testing.assert_frame_equal(a.rejected[k], b.rejected[k])
    assert a.settings == b.settings
    assert a.data_dir == b.data_dir
    assert a.problems_frame().equals(b.problems_frame())


def _no_validation(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the data was validated again")

    monkeypatch.setattr(snapshot, "load_dataset", refuse)


def test_second_load_reads_the_snapshot_and_gives_the_same_dataset(
    package, user_cache, monkeypatch
):
    fresh = load_dataset(package)
    assert fresh.problems and fresh.rejected  # the report is part of what is kept
    before = _untouched(package)
    first, how = snapshot.load(package)
    # Written beside the load (the data is served meanwhile), then in place.
    assert not how.from_snapshot and how.written() == how.path and how.path.is_file()
    assert how.path.is_relative_to(user_cache)
    assert _untouched(package) == before  # the data folder is left as it was
    # Readable by whoever may read the events (a replica may run as another user).
    mode = stat.S_IMODE((package / "events.csv").stat().st_mode) & 0o666
    assert stat.S_IMODE(how.path.stat().st_mode) == mode
    _no_validation(monkeypatch)
    again, how = snapshot.load(package)
    assert how.from_snapshot
    _same(fresh, first)
    _same(fresh, again)
    store = open_store(package)  # what the app opens
    assert store.from_snapshot and list(store.dataset.events["event_id"]) == list(
        fresh.events["event_id"]
    )


def test_an_edit_with_the_same_size_and_time_makes_it_stale(package, monkeypatch):
    snapshot.load(package)
    events = package / "events.csv"
    before = events.stat()
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("Invented for tests.", "Invented for TESTS."), "utf-8")
    os.utime(events, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert events.stat().st_size == before.st_size
    assert events.stat().st_mtime_ns == before.st_mtime_ns
    ds, how = snapshot.load(package)
    assert not how.from_snapshot  # rebuilt, never served
    assert set(ds.events["summary"]) == {"Invented for TESTS."}
    _same(ds, load_dataset(package))
    written = how.written()
    assert [p.name for p in written.parent.iterdir()] == [written.name]  # old one gone
    assert snapshot.load(package)[1].from_snapshot


def test_an_edited_settings_file_makes_it_stale(package):
    snapshot.load(package)
    settings = package / "settings.toml"
    text = settings.read_text("utf-8")
    settings.write_text('title = "Another title"\n' + text.replace("title = ", "# "), "utf-8")
    ds, how = snapshot.load(package)
    assert not how.from_snapshot and ds.settings.title == "Another title"


@pytest.mark.parametrize("damage", ["cut short", "a byte changed", "not a snapshot"])
def test_a_damaged_snapshot_is_ignored_with_a_note_and_rebuilt(package, damage):
    _, how = snapshot.load(package)
    data = bytearray(how.written().read_bytes())
    if damage == "cut short":
        data = data[: len(data) // 2]
    elif damage == "a byte changed":
        data[len(data) // 2] ^= 0xFF
    else:
        data = bytearray(b"garbage")
    how.path.write_bytes(bytes(data))
    ds, again = snapshot.load(package)
    assert not again.from_snapshot
    note = ds.problems[0]
    assert note.rule == "snapshot" and note.severity == "warning"
    assert "read from its files again" in note.message
    _same(Dataset(**{**ds.__dict__, "problems": ds.problems[1:]}), load_dataset(package))
    third, how = snapshot.load(package)  # rebuilt: whole again, and no note
    assert how.from_snapshot and not any(p.rule == "snapshot" for p in third.problems)


def _as_reader_only(fn, *args):
    """Run ``fn`` in a process that cannot write the data folder (as nobody when this
    runs as root, whom file modes do not stop)."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()

    def child():
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            out.put(("ok", fn(*args)))
        except BaseException as exc:  # reported to the test, which fails with it
            out.put(("error", "".join(traceback.format_exception(exc))))

    p = ctx.Process(target=child)
    p.start()
    result = out.get(timeout=120)
    p.join(30)
    assert result[0] == "ok", result[1]
    return result[1]


def _two_loads(directory: Path) -> tuple[bool, bool, str, list[str]]:
    _first, how = snapshot.load(directory)
    second, again = snapshot.load(directory)
    return (
        how.from_snapshot,
        again.from_snapshot,
        str(again.path),
        list(second.events["event_id"]),
    )


@pytest.fixture
def shared(tmp_path):
    """A folder the reader can reach and write (pytest's own is its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="snapshot-test-"))
    os.chmod(folder, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _read_only(package: Path) -> None:
    for path in [package, *package.rglob("*")]:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)


def test_read_only_data_folder_keeps_it_in_the_folder_the_settings_name(shared):
    package = _package(shared / "data")
    settings = package / "settings.toml"
    settings.write_text(settings.read_text("utf-8") + '\n[cache]\ndir = "../cache"\n', "utf-8")
    _read_only(package)
    before = _untouched(package)
    expected = list(load_dataset(package).events["event_id"])
    first, second, path, ids = _as_reader_only(_two_loads, package)
    assert (first, second) == (False, True)
    assert Path(path).parent == shared / "cache"
    assert ids == expected
    assert _untouched(package) == before


def test_read_only_data_folder_without_a_setting_uses_the_user_cache(shared, monkeypatch):
    package = _package(shared / "data")
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared / "user-cache"))
    _read_only(package)
    before = _untouched(package)
    first, second, path, _ = _as_reader_only(_two_loads, package)
    assert (first, second) == (False, True)
    assert Path(path).is_relative_to(shared / "user-cache")
    assert _untouched(package) == before


REPO = Path(__file__).resolve().parents[1]
# A replica: a process of its own that loads the folder and prints what it got.
REPLICA = """
import json, sys
from dashboard.contract import snapshot
ds, _ = snapshot.load(sys.argv[1])
print(json.dumps([
    list(ds.events["event_id"]),
    [str(p) for p in ds.problems],
    sorted(ds.rejected),
    [g and g.hex() for g in ds.events.geometry.to_wkb()],
]))
"""


def test_two_replicas_loading_together_both_get_the_whole_dataset(package):
    expected = load_dataset(package)
    want = [
        list(expected.events["event_id"]),
        [str(p) for p in expected.problems],
        sorted(expected.rejected),
        [g and g.hex() for g in expected.events.geometry.to_wkb()],
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # Several rounds: the two race to write while the other reads.
    for _ in range(3):
        for path in snapshot.cache_dir(package).glob("*"):
            path.unlink()
        replicas = [
            subprocess.Popen(
                [sys.executable, "-c", REPLICA, str(package)], env=env, stdout=subprocess.PIPE
            )
            for _ in range(2)
        ]
        for replica in replicas:
            out, _ = replica.communicate(timeout=120)
            assert replica.returncode == 0
            assert json.loads(out) == want
    assert snapshot.load(package)[1].from_snapshot


def test_two_data_folders_sharing_a_named_cache_folder_keep_their_own(tmp_path, monkeypatch):
    cache = '\n[cache]\ndir = "../shared-cache"\n'
    folders = [_package(tmp_path / name) for name in ("one", "two")]
    for folder in folders:
        settings = folder / "settings.toml"
        settings.write_text(settings.read_text("utf-8") + cache, "utf-8")
        snapshot.load(folder)
    _no_validation(monkeypatch)
    for folder in folders:
        ds, how = snapshot.load(folder)
        assert how.from_snapshot and how.path.parent == tmp_path / "shared-cache"
        assert ds.data_dir == folder


def test_a_file_edited_while_it_is_read_writes_no_snapshot(package, monkeypatch):
    """The data read may be neither version of a file written meanwhile: no snapshot is
    kept of it, and the next start reads the files again."""
    real = snapshot.load_dataset

    def read_then_edit(directory):
        ds = real(directory)
        # The same size, its time put back: as a tool copying a file with its times does.
        events = Path(directory) / "events.csv"
        before = events.stat()
        text = events.read_text(encoding="utf-8")
        at = text.index(",", text.index("\n")) - 1  # the first record's id's last letter
        edited = text[:at] + ("x" if text[at] != "x" else "y") + text[at + 1 :]
        events.write_text(edited, encoding="utf-8")
        os.utime(events, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert events.stat().st_size == before.st_size
        return ds

    monkeypatch.setattr(snapshot, "load_dataset", read_then_edit)
    _, loaded = snapshot.load(package)
    assert loaded.path is None and not loaded.from_snapshot
    assert not list(snapshot.cache_dir(package).glob("*.arrow"))


def test_a_cache_folder_that_cannot_be_written_costs_only_the_next_start(
    tmp_path, monkeypatch, caplog
):
    """The snapshot is written beside the load: its failure is a warning in the log, the
    data loaded is whole, and the next load reads the files again."""
    (tmp_path / "user-cache").write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    package = _package(tmp_path / "data")
    with caplog.at_level("WARNING"):
        ds, how = snapshot.load(package)
        assert how.written() is None
    assert "no snapshot written" in caplog.text
    _same(ds, load_dataset(package))
    assert not snapshot.load(package)[1].from_snapshot


def test_a_command_that_ends_at_once_still_leaves_its_snapshot(tmp_path, user_cache):
    """``validate`` loads and exits: the snapshot written behind the load is finished
    before the process ends, and the next start reads it. (Thousands of rows: enough for
    pyarrow to convert with a pool of threads, which cannot start once Python ends.)"""
    package = generate(20_000, tmp_path / "data")
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", "--data-dir", str(package)],
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "XDG_CACHE_HOME": str(user_cache)},
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    assert "no snapshot written" not in out.stderr
    assert list(user_cache.rglob("*.arrow"))
    assert snapshot.load(package)[1].from_snapshot


def test_halves_left_by_a_killed_writer_are_removed_once_abandoned(package, user_cache):
    """A process killed while writing leaves a temporary file of up to the snapshot's
    size: the next snapshot written removes it once it is old, never one a writer (another
    replica) may still be writing, nor another data folder's."""
    _, how = snapshot.load(package)
    where, tag = how.written().parent, snapshot.folder_tag(package)
    old = time.time() - 2 * snapshot.ABANDONED_S
    halves = {
        "abandoned": where / f".snapshot-{tag}-0123.arrow.abcd",
        "being written": where / f".snapshot-{tag}-4567.arrow.efgh",
        "another folder's": where / ".snapshot-ffffffffffffffff-89ab.arrow.ijkl",
    }
    for name, half in halves.items():
        half.write_bytes(b"half a snapshot")
        if name != "being written":
            os.utime(half, (old, old))
    events = package / "events.csv"
    events.write_text(events.read_text("utf-8") + "\n", "utf-8")  # a new snapshot is due
    snapshot.load(package)[1].written()
    assert {n for n, h in halves.items() if h.exists()} == {"being written", "another folder's"}
