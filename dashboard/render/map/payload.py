"""What the map component receives as bytes, each kind once per version.

Each payload is a *container*: 8 magic bytes, a little-endian uint32 header length, the
JSON header, zero padding to a multiple of 8, then the body (``protocol.py`` declares the
headers and the columns; ``frontend/src/protocol.gen.ts`` is generated from it):

- ``events``: one row per event, in *draw order* (larger rings first, so every ring of a
  place stays visible), as an Arrow IPC stream of the scene's mark columns (position,
  start and end day, fill, outline, width, ring radius, circle radius) and the codes the
  tooltip words (category, status, flags, place precision, site, admin area, dates,
  the title while there are at most ``TITLE_LIMIT`` events). A million events are a
  few tens of MB of columns, sent once per data version;
- ``mask``: which events pass the attribute filters and layer toggles, one bit per event
  in draw order (only while something is filtered);
- ``letters``: the draw indices of the events at shared places that carry their letter
  in this view (the scene decides; an event alone at its place always carries it);
- ``reference``: the quiet basemap (borders, districts, rivers, lakes) as GeoJSON.

Pure: the store and the scene data in, bytes out.
"""

from __future__ import annotations

import hashlib
import json
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.contract.join import area_text
from dashboard.contract.schema import CATEGORIES
from dashboard.render.map import protocol as P
from dashboard.render.map.basemap import reference_layers_data
from dashboard.scene import style
from dashboard.scene.areas import display_rings
from dashboard.scene.build import SceneData
from dashboard.scene.marks import Marks
from dashboard.store.embedded import release_memory

MAGIC = P.MAGIC.encode("ascii")
# Titles make tooltips readable; past this many events they would outweigh everything
# else sent, and the tooltip says to click for the title instead.
TITLE_LIMIT = 250_000
TITLE_CHARS = 90


def container(header: dict, body: bytes = b"") -> bytes:
    """Header and body in the layout the frontend decodes (``decodeContainer``)."""
    head = json.dumps(header, separators=(",", ":"), allow_nan=False).encode("utf-8")
    pad = b"\0" * ((8 - (12 + len(head)) % 8) % 8)
    return MAGIC + struct.pack("<I", len(head)) + head + pad + body


@dataclass(frozen=True)
class EventsPayload:
    """The events payload of one data version, with the permutation that maps what the
    browser picks (a draw index) back to the event. Its bytes are made when first asked
    for: a page's spec (which needs only the permutation) goes out before them."""

    version: str
    draw_order: np.ndarray  # draw index -> position in dataset.events
    draw_index: np.ndarray  # position in dataset.events -> draw index
    site_ids: tuple[str, ...]  # site index -> site_id
    build: Callable[[], bytes] = field(repr=False, compare=False)
    _made: dict = field(default_factory=dict, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def data(self) -> bytes:
        """The container the page receives (``protocol.EventsHeader`` and the columns),
        made once: sessions share the payload, and at a million events it is 33 MB."""
        with self._lock:
            if "bytes" not in self._made:
                self._made["bytes"] = self.build()
            return self._made["bytes"]

    def event_position(self, index: int) -> int | None:
        return int(self.draw_order[index]) if 0 <= index < len(self.draw_order) else None


def _admin_areas(ev: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Admin-area text of each event (``area_text``: 'district, province, country', the
    parts that are known and that the site is not) as an index into a list of distinct
    texts (index 0 is '')."""
    texts = area_text(ev)
    codes, uniques = pd.factorize(texts)
    order = ["", *sorted(set(uniques) - {""})]
    index = {t: i for i, t in enumerate(order)}
    lookup = np.array([index[t] for t in uniques], dtype=np.uint16)  # one per distinct text
    return lookup[codes] if len(codes) else np.zeros(0, dtype=np.uint16), order


def _flags(ev: pd.DataFrame, data: SceneData) -> np.ndarray:
    flags = ev["contested"].to_numpy(dtype=bool).astype(np.uint8) * P.FLAG["contested"]
    own = (ev["placement"] == "coordinates").to_numpy(dtype=bool)
    flags |= own.astype(np.uint8) * P.FLAG["own_coordinates"]
    flags |= data.marks.alone.astype(np.uint8) * P.FLAG["alone"]
    return flags


def _date_precision(ev: pd.DataFrame) -> np.ndarray:
    start = ev["start_precision"].to_numpy()
    end = ev["end_precision"].to_numpy()
    code = P.DATE_PRECISION
    return (
        np.where(start < 0, code["open_start"], start).astype(np.uint8)
        | (np.where(end < 0, code["no_end"], end).astype(np.uint8) << 2)
        | (ev["open_end"].to_numpy(dtype=bool).astype(np.uint8) * code["open_end"])
    )


def looks(m: Marks) -> tuple[np.ndarray, list[P.Look]]:
    """Each mark's look (fill, outline, width, radius) as an index into the distinct
    looks, found by their values (one code per column's few distinct values, combined)."""
    parts = [
        np.ascontiguousarray(m.fill).view(np.uint32).ravel(),
        np.ascontiguousarray(m.line).view(np.uint32).ravel(),
        m.width.astype(np.float32).view(np.uint32),
        m.radius.astype(np.float32).view(np.uint32),
    ]
    code = np.zeros(m.n, dtype=np.int64)
    for part in parts:
        codes, distinct = pd.factorize(part)
        code = code * len(distinct) + codes
    _, first, look = np.unique(code, return_index=True, return_inverse=True)
    if len(first) > np.iinfo(np.uint16).max:
        raise ValueError(f"{len(first):,} distinct mark looks: the payload holds 65,535")
    table: list[P.Look] = [
        {
            "fill": [int(c) for c in m.fill[i]],
            "line": [int(c) for c in m.line[i]],
            "width": float(m.width[i]),
            "radius": float(m.radius[i]),
        }
        for i in first  # a few dozen
    ]
    return look, table


def _columns(
    store, data: SceneData, o: np.ndarray, area: np.ndarray, look: np.ndarray
) -> dict[str, pa.Array]:
    """The declared event columns (``protocol.EVENT_COLUMNS``) in draw order ``o``;
    ``area``: each event's admin-area text as an index (``_admin_areas``); ``look``: each
    mark's look (``looks``)."""
    ev, m = store.dataset.events, data.marks
    values = {
        "xy": np.column_stack([m.lon, m.lat]),
        "t": np.column_stack([store.start_day, store.end_day]),
        "look": look,
        "precision_m": m.precision_m,
        "category": m.category,
        "status": m.style,
        "flags": _flags(ev, data),
        "geo_precision": ev["geo_precision"].to_numpy(),
        "site": data.site_at,
        "area": area,
        "date_precision": _date_precision(ev),
    }
    out = {}
    for name, (kind, size) in P.EVENT_COLUMNS.items():
        flat = pa.array(
            np.asarray(values[name])[o].astype(kind).ravel(),
            type=pa.from_numpy_dtype(np.dtype(kind)),
        )
        out[name] = flat if size == 1 else pa.FixedSizeListArray.from_arrays(flat, size)
    return out


def events_payload(store, data: SceneData) -> EventsPayload:
    """The events payload of ``store``'s data version, drawn as ``data`` says."""
    n = len(store.dataset.events)
    draw_order = np.argsort(-data.marks.radius, kind="stable")  # larger rings first
    draw_index = np.empty(n, dtype=np.int64)
    draw_index[draw_order] = np.arange(n)
    sites = store.dataset.sites.reset_index(drop=True)
    return EventsPayload(
        version=store.version,
        draw_order=draw_order,
        draw_index=draw_index,
        site_ids=tuple(str(s) for s in sites["site_id"]),
        build=lambda: _released(_events_bytes(store, data, draw_order)),
    )


def payload_arrays(payload: EventsPayload) -> dict[str, np.ndarray]:
    """An events payload's arrays by name, its bytes among them (made if not yet), to
    keep (``store.kept``)."""
    return {
        "draw_order": payload.draw_order,
        "draw_index": payload.draw_index,
        "site_ids": np.array(payload.site_ids, dtype=str),
        "bytes": np.frombuffer(payload.data, dtype=np.uint8),
    }


def payload_of_arrays(version: str, arrays: dict[str, np.ndarray]) -> EventsPayload:
    """The events payload ``arrays`` kept (a name missing: KeyError; bytes of another
    data version: ValueError)."""
    if container_header(arrays["bytes"])[0]["version"] != version:
        raise ValueError("its bytes are of another data version")
    held = {"bytes": arrays["bytes"]}

    def build() -> bytes:
        made = held["bytes"].tobytes()
        held.clear()  # let go of the array once its bytes are made (33 MB at 1M)
        return made

    return EventsPayload(
        version=version,
        draw_order=arrays["draw_order"],
        draw_index=arrays["draw_index"],
        site_ids=tuple(arrays["site_ids"].tolist()),
        build=build,
    )


def _released(payload: bytes) -> bytes:
    """``payload``, once what building it freed went back (~0.12 GB at a million events)."""
    release_memory()
    return payload


def _events_bytes(store, data: SceneData, draw_order: np.ndarray) -> bytes:
    ev = store.dataset.events
    n = len(ev)
    area, areas = _admin_areas(ev)
    look, look_table = looks(data.marks)
    columns = _columns(store, data, draw_order, area, look)
    titles = n <= TITLE_LIMIT
    if titles:
        title = ev["title"].astype("str").str.slice(0, TITLE_CHARS)
        columns["title"] = pa.array(title.to_numpy(dtype=object)[draw_order], type=pa.string())
    table = pa.table(columns)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=max(n, 1))  # one batch: zero-copy columns
    sites = store.dataset.sites.reset_index(drop=True)
    header: P.EventsHeader = {
        "kind": "events",
        "version": store.version,
        "n": n,
        "looks": look_table,
        "categories": [
            {"id": c, "label": style.CATEGORY_LABELS[c], "letter": style.CATEGORY_LETTERS[c]}
            for c in CATEGORIES
        ],
        "statuses": list(style.MARK_STYLES),
        "precision_labels": {str(k): v for k, v in style.PRECISION_LABELS.items()},
        "sites": [_site(row) for _, row in sites.iterrows()],  # sites are few
        "areas": areas,
        "titles": titles,
    }
    return container(dict(header), sink.getvalue().to_pybytes())


def _site(row: pd.Series) -> P.SiteInfo:
    geom = row.geometry
    polygons = None
    if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
        polygons = [[[list(pt) for pt in ring] for ring in p] for p in display_rings(geom)]
    radius = row["precision_m"]
    return {
        "id": str(row["site_id"]),
        "name": str(row["name"]),
        "geo_precision": int(row["geo_precision"]),
        "precision_m": None if pd.isna(radius) else float(radius),
        "polygons": polygons,
    }


def mask_payload(payload: EventsPayload, mask: np.ndarray, version: str) -> bytes:
    """The attribute mask (by event position) as bits in draw order."""
    bits = np.packbits(np.asarray(mask, dtype=bool)[payload.draw_order], bitorder="little")
    header: P.MaskHeader = {
        "kind": "mask",
        "version": version,
        "events": payload.version,
        "n": len(mask),
    }
    return container(dict(header), bits.tobytes())


def letters_payload(
    payload: EventsPayload, positions: np.ndarray, alone: np.ndarray
) -> tuple[str, bytes]:
    """(version, bytes) of the letters of a view: the draw indices of the lettered events
    (``positions``) that are not alone at their place, sorted."""
    shared = np.asarray(positions, dtype=np.int64)
    shared = np.sort(payload.draw_index[shared[~alone[shared]]]).astype(np.uint32)
    body = shared.tobytes()
    version = f"{payload.version}-{hashlib.sha1(body).hexdigest()[:12]}"
    header: P.LettersHeader = {
        "kind": "letters",
        "version": version,
        "events": payload.version,
        "n": len(shared),
    }
    return version, container(dict(header), body)


def reference_payload(reference, version: str, focus_country: str = "") -> bytes:
    """The basemap layers (simplified GeoJSON), with ``focus_country`` tinted."""
    header: P.ReferenceHeader = {
        "kind": "reference",
        "version": version,
        "layers": reference_layers_data(reference, focus_country),
    }
    return container(dict(header))


def read_container(data: bytes) -> tuple[dict, bytes]:
    """(header, body) of a container: the inverse of ``container`` (tests, diagnostics)."""
    header, start = container_header(data)
    return header, data[start:]


def container_header(data) -> tuple[dict, int]:
    """A container's header and where its body starts, read from the bytes (or any
    buffer) without a copy of the body."""
    view = memoryview(data).cast("B")
    if bytes(view[:8]) != MAGIC:
        raise ValueError(f"not a map payload (starts with {bytes(view[:8])!r})")
    (length,) = struct.unpack("<I", view[8:12])
    header = json.loads(bytes(view[12 : 12 + length]))
    return header, 12 + length + (8 - (12 + length) % 8) % 8


def read_events(data: bytes) -> tuple[dict, pa.Table]:
    """The header and the Arrow table of an events payload, with each event's look
    expanded into ``fill``, ``line``, ``width`` and ``radius`` (as the page does)."""
    header, body = read_container(data)
    table = pa.ipc.open_stream(body).read_all()
    look = table.column("look").to_numpy()
    for key, kind in (
        ("fill", np.uint8),
        ("line", np.uint8),
        ("width", np.float32),
        ("radius", np.float32),
    ):
        values = np.asarray([lk[key] for lk in header["looks"]], dtype=kind)[look]
        column = pa.array(values.ravel())
        if values.ndim > 1:
            column = pa.FixedSizeListArray.from_arrays(column, values.shape[1])
        table = table.append_column(key, column)
    return header, table


def read_bits(data: bytes) -> np.ndarray:
    """The bits of a mask payload, by draw index."""
    header, body = read_container(data)
    bits = np.unpackbits(np.frombuffer(body, dtype=np.uint8), bitorder="little")
    return bits[: header["n"]].astype(bool)


def read_letters(data: bytes) -> np.ndarray:
    """The draw indices of a letters payload."""
    _, body = read_container(data)
    return np.frombuffer(body, dtype=np.uint32)


def resolve_pick(
    pick: object, payload: EventsPayload, events: pd.DataFrame
) -> tuple[str | None, str | None] | None:
    """What a click on the map selects: (event id, site id), (None, None) for a click on
    nothing, or None when the pick is not understood or is from other data (a click on a
    map drawn before the data changed)."""
    if not isinstance(pick, dict) or pick.get("version") != payload.version:
        return None
    kind, index = pick.get("kind"), pick.get("index")
    if kind == "none":
        return None, None
    if not isinstance(index, int) or isinstance(index, bool):
        return None
    if kind == "event":
        at = payload.event_position(index)
        if at is None:
            return None
        row = events.iloc[at]
        site = str(row["site_id"]) if row["placement"] == "site" else None
        return str(row["event_id"]), site
    if kind == "site" and 0 <= index < len(payload.site_ids):
        return None, payload.site_ids[index]
    return None
