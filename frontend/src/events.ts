// The events payload decoded into typed arrays (no per-event objects: a million events
// are a handful of arrays). The columns and their types are the protocol's
// (EVENT_COLUMNS, generated from dashboard/render/map/protocol.py).
import {tableFromIPC, type Table} from 'apache-arrow';
import {EVENT_COLUMNS, FLAG, type ColumnArrays, type EventsHeader} from './protocol.gen';

export interface EventColumns extends ColumnArrays {
  header: EventsHeader;
  n: number;
  titles: string[] | null;
  // Each mark's look (EventsHeader.looks), expanded: what the GPU reads per event.
  fill: Uint8Array; // RGBA
  line: Uint8Array; // RGBA
  width: Float32Array; // outline, px
  radius: Float32Array; // mark, px
}

/** The marks' colours and sizes, one per event, from its look (RGBA copied as one
 * 32-bit word: a million events in ~20 ms). */
export function expandLooks(header: EventsHeader, look: ArrayLike<number>, n: number) {
  const k = header.looks.length;
  const fills = new Uint8Array(4 * k);
  const lines = new Uint8Array(4 * k);
  header.looks.forEach((l, i) => {
    fills.set(l.fill, 4 * i);
    lines.set(l.line, 4 * i);
  });
  const fill32 = new Uint32Array(fills.buffer);
  const line32 = new Uint32Array(lines.buffer);
  const widths = Float32Array.from(header.looks, (l) => l.width);
  const radii = Float32Array.from(header.looks, (l) => l.radius);
  const fill = new Uint32Array(n);
  const line = new Uint32Array(n);
  const width = new Float32Array(n);
  const radius = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const l = look[i];
    fill[i] = fill32[l];
    line[i] = line32[l];
    width[i] = widths[l];
    radius[i] = radii[l];
  }
  return {fill: new Uint8Array(fill.buffer), line: new Uint8Array(line.buffer), width, radius};
}

function values(table: Table, name: keyof ColumnArrays): ArrayLike<number> {
  const column = table.getChild(name);
  if (!column) throw new Error(`events payload has no column ${name}`);
  const size = EVENT_COLUMNS[name].size;
  const chunks = column.data.map((d) => (size > 1 ? d.children[0].values : d.values));
  if (chunks.length === 1) return chunks[0];
  const Ctor = (chunks[0] as {constructor: new (n: number) => any}).constructor;
  const out = new Ctor(chunks.reduce((s: number, c: ArrayLike<number>) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function decodeEvents(header: EventsHeader, body: Uint8Array): EventColumns {
  const table = tableFromIPC(body);
  const columns = {} as Record<string, ArrayLike<number>>;
  for (const name of Object.keys(EVENT_COLUMNS) as (keyof ColumnArrays)[]) {
    columns[name] = values(table, name);
  }
  const titleColumn = header.titles ? table.getChild('title') : null;
  return {
    ...(columns as unknown as ColumnArrays),
    ...expandLooks(header, columns.look, table.numRows),
    header,
    n: table.numRows,
    titles: titleColumn ? (titleColumn.toArray() as string[]) : null
  };
}

/** Unpack a little-endian bit mask of `n` events. */
export function unpackMask(bits: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (bits[i >> 3] >> (i & 7)) & 1;
  return out;
}

/** The letters of a view: one byte per event, 1 where the event carries its letter (an
 * event alone at its place always does; the others are listed in the payload). */
export function letteredOf(ev: EventColumns, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(ev.n);
  for (let i = 0; i < ev.n; i++) if (ev.flags[i] & FLAG.alone) out[i] = 1;
  const listed = new Uint32Array(body.slice().buffer); // a copy: the body may be unaligned
  for (const i of listed) if (i < ev.n) out[i] = 1;
  return out;
}
