// The events payload decoded into typed arrays (no per-event objects: a million events
// are a handful of arrays).
import {tableFromIPC, type Table} from 'apache-arrow';
import type {EventsHeader} from './protocol';

export interface EventColumns {
  header: EventsHeader;
  n: number;
  xy: Float32Array; // lon, lat interleaved
  t: Float32Array; // start day, end day interleaved
  category: Uint8Array;
  status: Uint8Array;
  layer: Uint8Array;
  ring: Uint8Array;
  flags: Uint8Array; // bit 0 contested, bit 1 placed by its own coordinates
  geoPrecision: Uint8Array;
  precisionM: Float32Array; // NaN: no radius
  site: Int32Array; // index into header.sites, -1 for none
  area: Uint16Array; // index into header.areas
  // start precision | end precision << 2 (0 day, 1 month, 2 year; 3: start not given, or
  // no end) | 16 when the end is open (not given by the sources)
  datePrecision: Uint8Array;
  titles: string[] | null;
}

export const CONTESTED = 1;
export const OWN_COORDINATES = 2;

function values<T>(table: Table, name: string, fixedSize = 1): T {
  const column = table.getChild(name);
  if (!column) throw new Error(`events payload has no column ${name}`);
  const chunks = column.data.map((d) => (fixedSize > 1 ? d.children[0].values : d.values));
  if (chunks.length === 1) return chunks[0] as T;
  const Ctor = (chunks[0] as {constructor: new (n: number) => ArrayLike<number>}).constructor as any;
  const out = new Ctor(chunks.reduce((s: number, c: ArrayLike<number>) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out as T;
}

export function decodeEvents(header: EventsHeader, body: Uint8Array): EventColumns {
  const table = tableFromIPC(body);
  const titleColumn = header.titles ? table.getChild('title') : null;
  return {
    header,
    n: table.numRows,
    xy: values<Float32Array>(table, 'xy', 2),
    t: values<Float32Array>(table, 't', 2),
    category: values<Uint8Array>(table, 'category'),
    status: values<Uint8Array>(table, 'status'),
    layer: values<Uint8Array>(table, 'layer'),
    ring: values<Uint8Array>(table, 'ring'),
    flags: values<Uint8Array>(table, 'flags'),
    geoPrecision: values<Uint8Array>(table, 'geo_precision'),
    precisionM: values<Float32Array>(table, 'precision_m'),
    site: values<Int32Array>(table, 'site'),
    area: values<Uint16Array>(table, 'area'),
    datePrecision: values<Uint8Array>(table, 'date_precision'),
    titles: titleColumn ? (titleColumn.toArray() as string[]) : null
  };
}

/** Unpack a little-endian bit mask of `n` events. */
export function unpackMask(bits: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (bits[i >> 3] >> (i & 7)) & 1;
  return out;
}
