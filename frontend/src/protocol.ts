// What Python sends the map component (see dashboard/render/map/payload.py and spec.py).
//
// Three kinds of data mount, each a "container": 8 magic bytes "DASHMAP1", a little-endian
// uint32 header length, the UTF-8 JSON header, zero padding to a multiple of 8, then the
// body (Arrow IPC for events, packed bits for a mask, nothing for the reference layers).
// Each is sent once per version; the small JSON spec of the map mount names the versions
// it wants and changes with every view.

export type RGB = [number, number, number];
export type RGBA = [number, number, number, number];

export interface CategoryStyle {
  id: string;
  label: string;
  color: RGB;
  letter: string; // drawn in the mark: colour is not the only carrier of the category
}

export interface StatusStyle {
  id: string;
  fill_alpha: number;
  line: RGB | null;
  width: number;
}

export interface SiteInfo {
  id: string;
  name: string;
  geo_precision: number;
  precision_m: number | null;
  // Display rings of a polygon site ([polygon][ring][point][lon, lat]); null for a point.
  polygons: number[][][][] | null;
}

export interface EventsHeader {
  kind: 'events';
  version: string;
  n: number;
  categories: CategoryStyle[];
  statuses: StatusStyle[];
  layers: string[];
  precision_labels: Record<string, string>;
  sites: SiteInfo[];
  areas: string[]; // admin-area text of events with their own coordinates; index 0 is ""
  ring: {base: number; step: number};
  faded_factor: number;
  titles: boolean; // whether the Arrow table has a `title` column
}

export interface MaskHeader {
  kind: 'mask';
  version: string;
  events: string; // the events version the bits are in the draw order of
  n: number;
}

export interface ReferenceHeader {
  kind: 'reference';
  version: string;
  layers: Record<string, unknown>; // GeoJSON FeatureCollections and label lists by name
}

export type Header = EventsHeader | MaskHeader | ReferenceHeader;

export interface ViewSpec {
  latitude: number;
  longitude: number;
  zoom: number;
  seq: number; // bumped by Python when it moves the map; otherwise the map keeps its own view
}

export interface Swatch {
  fill: number[]; // RGBA 0-255
  line: number[];
  width: number;
  dash: boolean;
  shape: 'dot' | 'square' | 'rings';
  r: number;
  text: string; // a letter in the symbol ('' for none)
}

export interface LegendGroup {
  title: string;
  items: {label: string; swatch: Swatch}[];
}

/** Presentation mode: the texts around the map on the slide. */
export interface SlideSpec {
  title: string;
  caption: string;
  sources: string;
  attribution: string;
  note: string | null;
  reference_width: number; // px: the map shows the briefing's ground at this width
}

export interface MapSpec {
  deck: {layers: unknown[]; initialViewState?: unknown; views?: unknown};
  events: string;
  reference: string;
  mask: string | null;
  window: [number, number]; // day numbers (days since 1970-01-01), inclusive
  span: [number, number];
  mode: 'window' | 'asof';
  view: ViewSpec;
  selected: {event: number | null; site: number | null};
  aggregate_above: number;
  height: number;
  legend: LegendGroup[];
  slide: SlideSpec | null;
  extent: [number, number, number, number] | null; // the reference data's [w, s, e, n]
}

export interface Container {
  header: Header;
  body: Uint8Array;
}

const MAGIC = 'DASHMAP1';

export function decodeContainer(bytes: Uint8Array): Container {
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error(`not a map payload (magic ${JSON.stringify(magic)})`);
  const length = new DataView(bytes.buffer, bytes.byteOffset + 8, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Header;
  const start = 12 + length + ((8 - ((12 + length) % 8)) % 8);
  return {header, body: bytes.subarray(start)};
}
