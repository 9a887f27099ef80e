// Tooltip text is plain text built from the payload, worded like the Python side.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dayFromIso, formatWhen, isoDay, precisionText} from '../src/format';
import {decodeContainer} from '../src/container';

test('dates read at the precision the data states', () => {
  const d = dayFromIso('2022-11-21');
  assert.equal(isoDay(d), '2022-11-21');
  assert.equal(formatWhen(d, d, 0 | (3 << 2)), '21 Nov 2022');
  assert.equal(formatWhen(dayFromIso('2021-10-01'), 0, 1 | (3 << 2)), 'Oct 2021');
  assert.equal(formatWhen(dayFromIso('2016-01-01'), dayFromIso('2019-12-31'), 2 | (2 << 2)), '2016 – 2019');
});

test('a start or end the sources do not give is open, never a made-up date', () => {
  // The payload carries the data's first or last day for an open side: it must not show.
  const first = dayFromIso('2005-01-01');
  const last = dayFromIso('2022-12-31');
  assert.equal(formatWhen(first, dayFromIso('2021-11-05'), 3 | (0 << 2)), '… – 5 Nov 2021 (start not given)');
  assert.equal(formatWhen(dayFromIso('2016-01-01'), last, 2 | (3 << 2) | 16), '2016 – … (end not given)');
});

test('precision text names the radius', () => {
  const labels = {'2': 'near a named place / small part of a region'};
  assert.equal(precisionText(labels, 2, 15000), 'Place: ±15 km, near a named place / small part of a region');
  assert.equal(precisionText(labels, 2, Number.NaN), 'Place: near a named place / small part of a region');
});

test('containers carry a JSON header and an aligned body', () => {
  const header = new TextEncoder().encode(JSON.stringify({kind: 'mask', version: 'v', events: 'e', n: 3}));
  const pad = (8 - ((12 + header.length) % 8)) % 8;
  const bytes = new Uint8Array(12 + header.length + pad + 1);
  bytes.set(new TextEncoder().encode('DASHMAP1'), 0);
  new DataView(bytes.buffer).setUint32(8, header.length, true);
  bytes.set(header, 12);
  bytes[bytes.length - 1] = 5;
  const {header: h, body} = decodeContainer(bytes);
  assert.equal(h.kind, 'mask');
  assert.deepEqual([...body], [5]);
  assert.throws(() => decodeContainer(new Uint8Array(16)), /not a map payload/);
});
