// Pure computations of the map, on typed arrays: what the GPU filter sees, which sites have
// events in the window, counts per cell and per time bin. Tested in node (test/).
import {COUNT_CELL_PX} from './protocol.gen';

/** A start this late hides an event from every window (the filter's way of masking). */
export const NEVER = 1e9;

/**
 * Filter values for the DataFilterExtension: (start, end) per event, with the start of
 * masked-out events moved to NEVER so that no window shows them.
 */
export function filterValues(t: Float32Array, mask: Uint8Array | null): Float32Array {
  const out = new Float32Array(t);
  if (mask) {
    for (let i = 0; i < mask.length; i++) if (!mask[i]) out[2 * i] = NEVER;
  }
  return out;
}

/** The filter ranges of the events drawn in full and of those drawn faded (as-of mode). */
export function filterRanges(
  window: [number, number],
  mode: 'window' | 'asof'
): {active: [number, number][]; faded: [number, number][] | null} {
  const [lo, hi] = window;
  return {
    active: [
      [-NEVER, hi],
      [lo, NEVER]
    ],
    faded:
      mode === 'asof'
        ? [
            [-NEVER, hi],
            [-NEVER, lo - 0.5]
          ]
        : null
  };
}

/** Whether event i is drawn (in full or faded) for this window. */
export function shown(
  filter: Float32Array,
  i: number,
  window: [number, number],
  mode: 'window' | 'asof'
): boolean {
  const start = filter[2 * i];
  const end = filter[2 * i + 1];
  if (start > window[1]) return false;
  return mode === 'asof' || end >= window[0];
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** How many events are drawn inside `bounds`. */
export function countInView(
  xy: Float32Array,
  filter: Float32Array,
  window: [number, number],
  mode: 'window' | 'asof',
  bounds: Bounds
): number {
  let n = 0;
  const count = filter.length / 2;
  for (let i = 0; i < count; i++) {
    if (!shown(filter, i, window, mode)) continue;
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    if (x >= bounds.west && x <= bounds.east && y >= bounds.south && y <= bounds.north) n++;
  }
  return n;
}

export interface Cell {
  position: [number, number];
  count: number;
}

/**
 * Events drawn in `bounds`, counted per square cell of `cellDeg` degrees (cells aligned
 * on the grid, so panning does not reshuffle them). Positions are the mean of the
 * events in each cell, so a cell's mark sits where its events are.
 */
export function aggregate(
  xy: Float32Array,
  filter: Float32Array,
  window: [number, number],
  mode: 'window' | 'asof',
  bounds: Bounds,
  cellDeg: number
): Cell[] {
  const cells = new Map<number, {sx: number; sy: number; count: number}>();
  const count = filter.length / 2;
  const cols = Math.ceil(360 / cellDeg) + 1;
  for (let i = 0; i < count; i++) {
    if (!shown(filter, i, window, mode)) continue;
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    if (x < bounds.west || x > bounds.east || y < bounds.south || y > bounds.north) continue;
    const key = Math.floor((y + 90) / cellDeg) * cols + Math.floor((x + 180) / cellDeg);
    const cell = cells.get(key);
    if (cell) {
      cell.sx += x;
      cell.sy += y;
      cell.count++;
    } else {
      cells.set(key, {sx: x, sy: y, count: 1});
    }
  }
  return [...cells.values()].map((c) => ({
    position: [c.sx / c.count, c.sy / c.count],
    count: c.count
  }));
}

export interface SiteInView {
  site: number;
  latest: number; // the event that colours the area: the latest-starting one drawn
  count: number;
  faded: boolean; // every event drawn there is faded
}

/** The sites with at least one event drawn, each with its latest event. */
export function sitesInView(
  site: Int32Array,
  filter: Float32Array,
  window: [number, number],
  mode: 'window' | 'asof'
): SiteInView[] {
  const found = new Map<number, SiteInView>();
  for (let i = 0; i < site.length; i++) {
    const s = site[i];
    if (s < 0 || !shown(filter, i, window, mode)) continue;
    const faded = mode === 'asof' && filter[2 * i + 1] < window[0];
    const entry = found.get(s);
    if (!entry) {
      found.set(s, {site: s, latest: i, count: 1, faded});
      continue;
    }
    entry.count++;
    entry.faded = entry.faded && faded;
    if (filter[2 * i] > filter[2 * entry.latest]) entry.latest = i;
  }
  return [...found.values()];
}

/** Events (passing the mask) per time bin of their start, for the brush's histogram. */
export function histogram(
  filter: Float32Array,
  span: [number, number],
  bins: number
): Uint32Array {
  const out = new Uint32Array(bins);
  const width = Math.max(1, span[1] - span[0] + 1) / bins;
  const count = filter.length / 2;
  for (let i = 0; i < count; i++) {
    const start = filter[2 * i];
    if (start >= NEVER) continue;
    const b = Math.floor((start - span[0]) / width);
    out[Math.min(bins - 1, Math.max(0, b))]++;
  }
  return out;
}

/** A cell size in degrees that gives cells of about `px` pixels at `zoom`. */
export function cellSizeFor(zoom: number, px: number = COUNT_CELL_PX): number {
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  const raw = degreesPerPixel * px;
  // Round to 1, 2 or 5 times a power of ten, so cells stay put over small zooms.
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

const TILE = 512; // deck.gl's world width in pixels at zoom 0

export function mercX(lon: number, zoom: number): number {
  return ((lon + 180) / 360) * TILE * 2 ** zoom;
}

export function mercY(lat: number, zoom: number): number {
  const phi = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * TILE * 2 ** zoom;
}

function lonOf(x: number, zoom: number): number {
  return (x / (TILE * 2 ** zoom)) * 360 - 180;
}

function latOf(y: number, zoom: number): number {
  const n = Math.PI * (1 - (2 * y) / (TILE * 2 ** zoom));
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/** The smallest zoom at which ``extent`` covers a ``width`` x ``height`` px view: zoomed
 * out further, the map would show a band with no reference data around it. */
export function fitZoom(width: number, height: number, extent: [number, number, number, number]): number {
  const [west, south, east, north] = extent;
  const w = mercX(east, 0) - mercX(west, 0);
  const h = mercY(south, 0) - mercY(north, 0);
  return Math.log2(Math.max(width / w, height / h));
}

/** The centre that keeps a ``width`` x ``height`` px view at ``zoom`` inside ``extent``
 * ([west, south, east, north]) where it fits, and centred on it where it does not: the
 * map never shows a band beyond the reference data on one side only. */
export function clampCentre(
  longitude: number,
  latitude: number,
  zoom: number,
  width: number,
  height: number,
  extent: [number, number, number, number]
): {longitude: number; latitude: number} {
  const [west, south, east, north] = extent;
  const axis = (c: number, lo: number, hi: number, size: number) =>
    hi - lo <= size ? (lo + hi) / 2 : Math.min(hi - size / 2, Math.max(lo + size / 2, c));
  const x = axis(mercX(longitude, zoom), mercX(west, zoom), mercX(east, zoom), width);
  const y = axis(mercY(latitude, zoom), mercY(north, zoom), mercY(south, zoom), height);
  return {longitude: lonOf(x, zoom), latitude: latOf(y, zoom)};
}

/** A view (centre, zoom) moved and zoomed in only as far as needed for a ``width`` x
 * ``height`` canvas to stay on ``extent``; ``minZoom``: how far out it may zoom. */
export function keptOnRegion<V extends {longitude: number; latitude: number; zoom: number}>(
  v: V,
  width: number,
  height: number,
  extent: [number, number, number, number]
): V & {minZoom: number} {
  const least = fitZoom(width, height, extent);
  const zoom = Math.max(v.zoom, least);
  return {...v, zoom, minZoom: least, ...clampCentre(v.longitude, v.latitude, zoom, width, height, extent)};
}

/** The events whose letter is drawn now: those the scene lettered (``lettered``) that
 * are drawn for this window and lie inside `bounds` (at most `max`). Which event carries
 * a place's letter is the scene's decision; this only follows the window and the view. */
export function visibleLetters(
  xy: Float32Array,
  lettered: Uint8Array,
  filter: Float32Array,
  window: [number, number],
  mode: 'window' | 'asof',
  bounds: Bounds,
  max: number
): number[] {
  const out: number[] = [];
  const count = filter.length / 2;
  for (let i = 0; i < count && out.length < max; i++) {
    if (!lettered[i] || !shown(filter, i, window, mode)) continue;
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    if (x >= bounds.west && x <= bounds.east && y >= bounds.south && y <= bounds.north) out.push(i);
  }
  return out;
}

/** Whether event i is drawn faded (as-of mode: it ended before the window). */
export function isFaded(filter: Float32Array, i: number, window: [number, number], mode: 'window' | 'asof'): boolean {
  return mode === 'asof' && filter[2 * i + 1] < window[0];
}

/** A box on the screen: left, top, right, bottom (px, y down). */
export type Box = [number, number, number, number];

/** A disc on the screen: centre and radius (px, y down). */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** For each of `boxes`, whether it overlaps any of `others` or of `discs` (shapes that
 * only touch do not). */
export function overlapsAny(boxes: Box[], others: Box[], discs: Disc[] = []): boolean[] {
  return boxes.map(
    (a) =>
      others.some((b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) ||
      discs.some((d) => {
        // The box's point nearest the centre lies inside the disc.
        const dx = Math.max(a[0], Math.min(d.x, a[2])) - d.x;
        const dy = Math.max(a[1], Math.min(d.y, a[3])) - d.y;
        return dx * dx + dy * dy < d.r * d.r;
      })
  );
}
