"""What the map component receives once per data version, as bytes.

Three kinds of payload, each a *container*: 8 magic bytes, a little-endian uint32 header
length, the JSON header, zero padding to a multiple of 8, then the body:

- ``events``: one row per event, in *draw order* (larger rings first, so every ring of a
  place stays visible), as an Arrow IPC stream of typed columns: position, start and end
  day, category, status, layer group, ring, flags, place precision, site, admin area,
  date precision and (up to ``TITLE_LIMIT`` events) the title. No per-event objects: a
  million events are about 33 MB of columns;
- ``mask``: which events pass the attribute filters and layer toggles, one bit per event
  in draw order (only sent while something is filtered);
- ``reference``: the quiet basemap (borders, districts, rivers, place labels) as GeoJSON.

Pure: a store in, bytes out. The frontend reads them in ``frontend/src/``.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.reference import Reference
from dashboard.contract.schema import CATEGORIES
from dashboard.render.map.basemap import (
    RING_BASE_PX,
    RING_STEP_PX,
    display_rings,
    prepare_reference,
)
from dashboard.scene import style
from dashboard.store.embedded import EmbeddedStore

MAGIC = b"DASHMAP1"
# Titles make tooltips readable; past this many events they would outweigh everything
# else sent, and the tooltip says to click for the title instead.
TITLE_LIMIT = 250_000
TITLE_CHARS = 90
# At one place, rings beyond this many share the outermost ring's size.
RING_CAP = 12
LAYER_ORDER = {g.id: i for i, g in enumerate(EVENT_LAYERS)}
CONTESTED, OWN_COORDINATES = 1, 2
NO_END = 3  # date precision code of an event with no end date
OPEN_START = 3  # start precision code of an event whose start the sources do not give
OPEN_END = 16  # flag in date_precision: the sources give no end (``..``)


def container(header: dict, body: bytes = b"") -> bytes:
    """Header and body in the layout the frontend decodes (``protocol.ts``)."""
    head = json.dumps(header, separators=(",", ":"), allow_nan=False).encode("utf-8")
    pad = b"\0" * ((8 - (12 + len(head)) % 8) % 8)
    return MAGIC + struct.pack("<I", len(head)) + head + pad + body


@dataclass(frozen=True)
class EventsPayload:
    """The events payload of one data version, with the permutation that maps what the
    browser picks (a draw index) back to the event."""

    version: str
    data: bytes
    draw_order: np.ndarray  # draw index -> position in dataset.events
    draw_index: np.ndarray  # position in dataset.events -> draw index
    site_ids: tuple[str, ...]  # site index -> site_id
    ring: np.ndarray  # position in dataset.events -> ring number at its place (0 innermost)

    def event_position(self, index: int) -> int | None:
        return int(self.draw_order[index]) if 0 <= index < len(self.draw_order) else None


def rings(store: EmbeddedStore) -> np.ndarray:
    """Ring number of each event (0 innermost) among the events drawn at its place.

    At a shared place, layer groups are drawn in ``EVENT_LAYERS`` order and, within a
    group, the oldest outermost; the ring number counts from the inside.
    """
    ev = store.dataset.events
    if not len(ev):
        return np.zeros(0, dtype=np.uint8)
    place = pd.factorize(
        pd.MultiIndex.from_arrays([np.round(store.lon, 5), np.round(store.lat, 5)])
    )[0]
    layer = ev["layer"].astype("object").map(LAYER_ORDER).to_numpy(dtype=np.int64)
    # store.order is oldest first (ties by id); two stable sorts put it in place, layer order.
    by = store.order[np.argsort(layer[store.order], kind="stable")]
    by = by[np.argsort(place[by], kind="stable")]
    group = place[by]
    first = np.r_[True, group[1:] != group[:-1]]
    starts = np.flatnonzero(first)
    sizes = np.diff(np.r_[starts, len(by)])
    k = np.arange(len(by)) - np.repeat(starts, sizes)
    inner = np.repeat(sizes, sizes) - 1 - k
    out = np.empty(len(ev), dtype=np.uint8)
    out[by] = np.minimum(inner, RING_CAP)
    return out


def _codes(values: pd.Series, allowed) -> np.ndarray:
    return (
        pd.Categorical(values.astype("object"), categories=list(allowed))
        .codes.astype(np.int16)
        .clip(0)
        .astype(np.uint8)
    )


def _areas(ev: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Admin-area text of each event ('district, province, country', parts that are
    known) as an index into a list of distinct texts (index 0 is '')."""
    parts = ev[["district", "province", "country"]].astype("object")
    combos, uniques = pd.factorize(pd.MultiIndex.from_frame(parts.fillna("")))
    texts = [", ".join(p for p in combo if p) for combo in uniques]
    order = ["", *sorted(set(texts) - {""})]
    index = {t: i for i, t in enumerate(order)}
    lookup = np.array([index[t] for t in texts], dtype=np.uint16)
    return lookup[combos] if len(combos) else np.zeros(0, dtype=np.uint16), order


def events_payload(store: EmbeddedStore) -> EventsPayload:
    """The events payload of ``store``'s data version."""
    ds = store.dataset
    ev = ds.events
    n = len(ev)
    ring = rings(store)
    # Larger rings first: drawn under the smaller ones at the same place.
    draw_order = np.argsort(-ring.astype(np.int16), kind="stable")
    draw_index = np.empty(n, dtype=np.int64)
    draw_index[draw_order] = np.arange(n)

    sites = ds.sites.reset_index(drop=True)
    site_ids = tuple(str(s) for s in sites["site_id"])
    site_at = pd.Index(site_ids, dtype="object").get_indexer(ev["site_id"].astype("object"))
    own = (ev["placement"] == "coordinates").to_numpy(dtype=bool)
    site_at = np.where(own, -1, site_at).astype(np.int32)
    area, area_texts = _areas(ev)
    flags = ev["contested"].to_numpy(dtype=bool).astype(np.uint8) * CONTESTED
    flags |= own.astype(np.uint8) * OWN_COORDINATES
    end_precision = ev["end_precision"].to_numpy()
    start_precision = ev["start_precision"].to_numpy()
    date_precision = (
        np.where(start_precision < 0, OPEN_START, start_precision).astype(np.uint8)
        | (np.where(end_precision < 0, NO_END, end_precision).astype(np.uint8) << 2)
        | (ev["open_end"].to_numpy(dtype=bool).astype(np.uint8) * OPEN_END)
    )

    def fixed2(a: np.ndarray, b: np.ndarray) -> pa.Array:
        flat = np.column_stack([a, b]).astype(np.float32).ravel()
        return pa.FixedSizeListArray.from_arrays(pa.array(flat, type=pa.float32()), 2)

    o = draw_order
    columns = {
        "xy": fixed2(store.lon[o], store.lat[o]),
        "t": fixed2(store.start_day[o], store.end_day[o]),
        "category": pa.array(_codes(ev["category"], CATEGORIES)[o]),
        "status": pa.array(
            _codes(pd.Series(style.mark_styles(ev["status"], ev["evidence"])), style.MARK_STYLES)[o]
        ),
        "layer": pa.array(_codes(ev["layer"], LAYER_ORDER)[o]),
        "ring": pa.array(ring[o]),
        "flags": pa.array(flags[o]),
        "geo_precision": pa.array(ev["geo_precision"].to_numpy().astype(np.uint8)[o]),
        "precision_m": pa.array(ev["precision_m"].to_numpy(dtype=np.float32)[o]),
        "site": pa.array(site_at[o]),
        "area": pa.array(area[o]),
        "date_precision": pa.array(date_precision[o]),
    }
    titles = n <= TITLE_LIMIT
    if titles:
        title = ev["title"].astype("str").str.slice(0, TITLE_CHARS)
        columns["title"] = pa.array(title.to_numpy(dtype=object)[o], type=pa.string())
    table = pa.table(columns)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=max(n, 1))  # one batch: zero-copy columns
    header = {
        "kind": "events",
        "version": store.version,
        "n": n,
        "categories": [
            {
                "id": c,
                "label": style.CATEGORY_LABELS[c],
                "color": list(style.CATEGORY_COLORS[c]),
                "letter": style.CATEGORY_LETTERS[c],
            }
            for c in CATEGORIES
        ],
        "statuses": [
            {
                "id": s,
                "fill_alpha": style.STATUS_STYLE[s]["fill_alpha"],
                "line": list(style.STATUS_STYLE[s]["line"] or []) or None,
                "width": style.STATUS_STYLE[s]["width"],
            }
            for s in style.MARK_STYLES
        ],
        "layers": list(LAYER_ORDER),
        "precision_labels": {str(k): v for k, v in style.PRECISION_LABELS.items()},
        "sites": [_site(row) for _, row in sites.iterrows()],
        "areas": area_texts,
        "ring": {"base": RING_BASE_PX, "step": RING_STEP_PX},
        "faded_factor": style.FADED_FACTOR,
        "titles": titles,
    }
    return EventsPayload(
        version=store.version,
        data=container(header, sink.getvalue().to_pybytes()),
        draw_order=draw_order,
        draw_index=draw_index,
        site_ids=site_ids,
        ring=ring,
    )


def _site(row: pd.Series) -> dict:
    geom = row.geometry
    polygons = None
    if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
        polygons = [list(map(list, p)) for p in display_rings(geom)]
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
    header = {"kind": "mask", "version": version, "events": payload.version, "n": len(mask)}
    return container(header, bits.tobytes())


def reference_payload(reference: Reference, version: str, focus_country: str = "") -> bytes:
    """The basemap layers (simplified GeoJSON, place and country labels), with
    ``focus_country`` tinted (see ``prepare_reference``)."""
    layers = prepare_reference(reference, focus_country)
    layers.pop("bounds", None)
    return container({"kind": "reference", "version": version, "layers": layers})


def read_container(data: bytes) -> tuple[dict, bytes]:
    """(header, body) of a container: the inverse of ``container`` (tests, diagnostics)."""
    if data[:8] != MAGIC:
        raise ValueError(f"not a map payload (starts with {data[:8]!r})")
    (length,) = struct.unpack("<I", data[8:12])
    header = json.loads(data[12 : 12 + length])
    start = 12 + length + (8 - (12 + length) % 8) % 8
    return header, data[start:]


def read_events(data: bytes) -> tuple[dict, pa.Table]:
    """The header and the Arrow table of an events payload."""
    header, body = read_container(data)
    return header, pa.ipc.open_stream(body).read_all()


def read_mask(data: bytes) -> np.ndarray:
    """The bits of a mask payload, by draw index."""
    header, body = read_container(data)
    bits = np.unpackbits(np.frombuffer(body, dtype=np.uint8), bitorder="little")
    return bits[: header["n"]].astype(bool)


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
