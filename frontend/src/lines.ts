// The map's lines as straight segments for deck.gl's LineLayer. In software WebGL a
// PathLayer program (joins, caps, and the dash extension's variant) took ~0.8 s to
// compile on a first visit against ~0.2 s for LineLayer's, and the map needed two of
// them (docs/benchmarks.md, "First draw"). At the map's widths (1-2 px) the joins a path
// draws are not seen; dashes are cut here, at the zoom they are drawn at.

type Position = number[]; // lon, lat
type Geometry = {type: string; coordinates: unknown};

/** A LineLayer's binary data: one segment per pair of consecutive points of each line. */
export interface Segments {
  length: number;
  attributes: {
    getSourcePosition: {value: Float32Array; size: 2};
    getTargetPosition: {value: Float32Array; size: 2};
  };
}

/** The lines of a GeoJSON layer (lines, and polygons' rings) as segments. */
export function geojsonSegments(collection: unknown): Segments {
  const lines: Position[][] = [];
  const features = (collection as {features?: {geometry?: Geometry | null}[]})?.features ?? [];
  for (const f of features) if (f.geometry) linesOf(f.geometry, lines);
  return packSegments(lines);
}

function linesOf(g: Geometry, out: Position[][]): void {
  const c = g.coordinates as never;
  if (g.type === 'LineString') out.push(c);
  else if (g.type === 'MultiLineString' || g.type === 'Polygon') out.push(...(c as Position[][]));
  else if (g.type === 'MultiPolygon') for (const p of c as Position[][][]) out.push(...p);
  else if (g.type === 'GeometryCollection') {
    for (const part of (g as unknown as {geometries: Geometry[]}).geometries) linesOf(part, out);
  }
}

/** Segments of lines given as lists of points. */
export function packSegments(lines: Position[][]): Segments {
  let n = 0;
  for (const line of lines) n += Math.max(0, line.length - 1);
  const source = new Float32Array(2 * n);
  const target = new Float32Array(2 * n);
  let k = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++, k += 2) {
      source[k] = line[i - 1][0];
      source[k + 1] = line[i - 1][1];
      target[k] = line[i][0];
      target[k + 1] = line[i][1];
    }
  }
  return {
    length: n,
    attributes: {getSourcePosition: {value: source, size: 2}, getTargetPosition: {value: target, size: 2}}
  };
}

// Web Mercator at zoom 0: the world is 512 px wide (deck.gl's unit).
const TILE = 512;

function toWorld(p: Position): [number, number] {
  const lat = (Math.max(-85.05, Math.min(85.05, p[1])) * Math.PI) / 180;
  return [((p[0] + 180) / 360) * TILE, ((Math.PI - Math.log(Math.tan(Math.PI / 4 + lat / 2))) / (2 * Math.PI)) * TILE];
}

function toLngLat(x: number, y: number): [number, number] {
  const lat = 2 * Math.atan(Math.exp(Math.PI - (2 * Math.PI * y) / TILE)) - Math.PI / 2;
  return [(x / TILE) * 360 - 180, (lat * 180) / Math.PI];
}

/** The dashes of a ring (or any line) at ``zoom``, as [from, to] pairs: ``on`` px drawn,
 * ``off`` px left out, fitted to each side as deck.gl's justified dashes are (a whole
 * number of on+off units per side, each corner in the middle of a dash). ``off`` 0: the
 * sides themselves. */
export function dashes(line: Position[], zoom: number, on: number, off: number): [Position, Position][] {
  const out: [Position, Position][] = [];
  const px = 2 ** zoom;
  for (let i = 1; i < line.length; i++) {
    if (off <= 0 || on <= 0) {
      out.push([line[i - 1], line[i]]);
      continue;
    }
    const a = toWorld(line[i - 1]);
    const b = toWorld(line[i]);
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) * px;
    if (length === 0) continue;
    const count = Math.max(1, Math.round(length / (on + off)));
    const unit = length / count;
    const at = (d: number) => {
      const t = Math.max(0, Math.min(1, d / length));
      return toLngLat(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t);
    };
    // A dash centred on every unit's start (the corners) and a last one on the far end.
    // (On a side shorter than a dash the two halves meet: it is drawn once, whole.)
    let done = 0;
    for (let k = 0; k <= count; k++) {
      const from = Math.max(done, k * unit - on / 2);
      const to = Math.min(length, k * unit + on / 2);
      if (to > from) out.push([at(from), at(to)]);
      done = Math.max(done, to);
    }
  }
  return out;
}
