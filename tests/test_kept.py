"""Arrays derived from the data, kept beside its snapshot (``dashboard.store.kept``): a
restart over the same data reads the map's scene data and events' bytes back instead of
making them; an edit of the data or of the code makes them stale; a damaged or hostile
file is made again; a folder that cannot be written costs only speed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pytest

from conftest import DataDir
from dashboard.render.map.payload import (
    events_payload,
    payload_arrays,
    payload_of_arrays,
    read_container,
)
from dashboard.scene.build import SceneData
from dashboard.store import kept
from dashboard.store.embedded import open_store
from synthetic import write_package

# A writer's thread that fails is a failure here, not a warning.
pytestmark = [
    pytest.mark.usefixtures("user_cache"),
    pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning"),
]


@pytest.fixture
def package(tmp_path) -> Path:
    return write_package(tmp_path / "data")


def _scene_data(store, made: list) -> SceneData:
    def make():
        made.append("scene")
        return SceneData.of(store)

    value = kept.kept_or_made(
        store.kept,
        "scene",
        store.version,
        make,
        SceneData.arrays,
        lambda a: SceneData.of_arrays(store.version, a),
    )
    kept.written()
    return value


def _events(store, data: SceneData, made: list):
    def make():
        made.append("events")
        return events_payload(store, data)

    value = kept.kept_or_made(
        store.kept,
        "events",
        store.version,
        make,
        payload_arrays,
        lambda a: payload_of_arrays(store.version, a),
    )
    kept.written()
    return value


def _savez(path: Path, **arrays) -> None:
    with path.open("wb") as f:
        np.savez(f, **arrays)


def _same_scene_data(a: SceneData, b: SceneData) -> None:
    for name, values in a.arrays().items():
        np.testing.assert_array_equal(values, b.arrays()[name], err_msg=name)


def test_a_restart_reads_them_back(package):
    made: list[str] = []
    first = open_store(package)
    data = _scene_data(first, made)
    payload = _events(first, data, made)
    assert made == ["scene", "events"]

    again = open_store(package)  # a restart: a new store of the same data
    data2 = _scene_data(again, made)
    payload2 = _events(again, data2, made)
    assert made == ["scene", "events"], "nothing made again"
    _same_scene_data(data, data2)
    assert payload2.data == payload.data
    np.testing.assert_array_equal(payload2.draw_order, payload.draw_order)
    assert payload2.site_ids == payload.site_ids and payload2.version == again.version


def test_an_edit_of_the_data_makes_them_stale(package):
    made: list[str] = []
    _scene_data(open_store(package), made)
    DataDir(package).append_row(
        "events.csv", event_id="ev-new", date="2020-01-02", title="A new event"
    )
    DataDir(package).append_row("excerpts.csv", event_id="ev-new", source_id="src-a", quote="q")
    store = open_store(package)
    data = _scene_data(store, made)
    assert made == ["scene", "scene"]
    assert data.marks.n == store.n
    path = store.kept.path("scene", store.version)
    assert sorted(path.parent.glob("*.kept-scene-*")) == [path], "the stale one is removed"


def test_an_edit_of_the_code_makes_them_stale(package, monkeypatch):
    made: list[str] = []
    _scene_data(open_store(package), made)
    monkeypatch.setattr(kept, "CODE_KEY", "another-code")
    _scene_data(open_store(package), made)
    assert made == ["scene", "scene"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a zip file"),
        lambda path: path.write_bytes(path.read_bytes()[:100]),
        # Arrays of objects come as pickles: never loaded (they could run code).
        lambda path: _savez(path, site_at=np.array([object()], dtype=object)),
    ],
    ids=["garbage", "cut-short", "pickled"],
)
def test_a_damaged_or_hostile_file_is_made_again(package, damage, caplog):
    made: list[str] = []
    store = open_store(package)
    good = _scene_data(store, made)
    damage(store.kept.path("scene", store.version))
    with caplog.at_level(logging.WARNING, logger="dashboard.store.kept"):
        again = _scene_data(open_store(package), made)
    assert made == ["scene", "scene"]
    _same_scene_data(good, again)
    assert "made again" in caplog.text
    # ... and written again, good: the next restart reads it.
    _scene_data(open_store(package), made)
    assert made == ["scene", "scene"]


def test_a_folder_that_cannot_be_written_costs_only_speed(package, tmp_path, caplog):
    store = open_store(package)
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where the folder would be")
    store.kept = kept.Kept(blocked / store.kept.snapshot.name)
    made: list[str] = []
    with caplog.at_level(logging.WARNING, logger="dashboard.store.kept"):
        data = _scene_data(store, made)
    assert data.marks.n == store.n and made == ["scene"]
    assert "not written" in caplog.text


def test_a_kept_file_of_another_shape_is_made_again(package):
    made: list[str] = []
    store = open_store(package)
    _scene_data(store, made)
    with store.kept.path("scene", store.version).open("wb") as f:
        np.savez(f, site_at=np.zeros(3))  # no marks
    data = _scene_data(open_store(package), made)
    assert made == ["scene", "scene"] and data.marks.n == store.n


def test_an_edit_that_keeps_size_and_time_makes_them_stale(package):
    """The snapshot's key hashes the files' content: an edit that leaves their size and
    modification time as they were is still another data."""
    made: list[str] = []
    _scene_data(open_store(package), made)
    events = package / "events.csv"
    before = events.stat()
    text = events.read_text(encoding="utf-8")
    edited = text.replace("2019", "2018", 1)
    assert edited != text and len(edited) == len(text)
    events.write_text(edited, encoding="utf-8")
    os.utime(events, ns=(before.st_atime_ns, before.st_mtime_ns))
    _scene_data(open_store(package), made)
    assert made == ["scene", "scene"]


def test_events_bytes_of_another_version_are_made_again(package):
    """The events' bytes name their data version: bytes kept under one version and
    naming another (a page would never find them) are made again."""
    made: list[str] = []
    store = open_store(package)
    payload = _events(store, _scene_data(store, made), made)
    other = open_store(package)
    other.version = "another-version"
    moved = store.kept.path("events", store.version)
    moved.rename(other.kept.path("events", other.version))
    again = _events(other, _scene_data(other, made), made)
    assert made.count("events") == 2
    assert read_container(again.data)[0]["version"] == "another-version"
    assert read_container(payload.data)[0]["version"] == store.version


def test_arrays_of_objects_are_not_written(package, caplog):
    """What would be pickled is never kept (and so never read back)."""
    store = open_store(package)
    with caplog.at_level(logging.WARNING, logger="dashboard.store.kept"):
        store.kept.write("odd", store.version, lambda: {"x": np.array([object()])})
        kept.written()
    assert not store.kept.path("odd", store.version).exists()
    assert "not kept" in caplog.text
