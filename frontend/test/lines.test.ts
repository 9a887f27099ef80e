// The map's lines as LineLayer segments: reference layers' lines and areas' dashed
// outlines, cut as deck.gl's justified path dashes were.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dashes, geojsonSegments} from '../src/lines';

// At zoom z one degree of longitude on the equator is 512 * 2^z / 360 px.
const pxPerDegree = (zoom: number) => (512 * 2 ** zoom) / 360;
const lengthPx = ([a, b]: number[][], zoom: number) => Math.abs(b[0] - a[0]) * pxPerDegree(zoom);

test('a dashed side has a whole number of dashes, a half dash at each corner', () => {
  const zoom = 8; // ~364 px per degree
  const side = [[0, 0], [0.5, 0]]; // ~182 px
  const cut = dashes(side, zoom, 10, 6);
  const lengths = cut.map((d) => lengthPx(d, zoom));
  // round(182 / 16) = 11 units: 10 whole dashes between the corners, and two halves.
  assert.equal(cut.length, 12);
  assert.ok(Math.abs(lengths[0] - 5) < 0.01 && Math.abs(lengths[11] - 5) < 0.01);
  for (const l of lengths.slice(1, 11)) assert.ok(Math.abs(l - 10) < 0.01);
  assert.deepEqual(cut[0][0], [0, 0]);
  assert.ok(Math.abs(cut[11][1][0] - 0.5) < 1e-9);
});

test('dashes keep their length in pixels at every zoom', () => {
  const side = [[10, 0], [11, 0]];
  for (const zoom of [5, 9]) {
    const inner = dashes(side, zoom, 12, 8).slice(1, -1);
    for (const d of inner) assert.ok(Math.abs(lengthPx(d, zoom) - 12) < 0.01);
  }
  assert.ok(dashes(side, 9, 12, 8).length > dashes(side, 5, 12, 8).length);
});

test('a side shorter than a dash is drawn whole; no gap: the sides themselves', () => {
  const zoom = 4;
  const short = [[0, 0], [0.01, 0]]; // under 1 px
  const cut = dashes(short, zoom, 10, 6);
  const covered = cut.reduce((sum, d) => sum + lengthPx(d, zoom), 0);
  assert.ok(Math.abs(covered - lengthPx(short, zoom)) < 1e-6);
  const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
  assert.deepEqual(dashes(ring, zoom, 0, 0), [[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[1, 1], [0, 0]]]);
});

test('reference lines become one segment per pair of points, polygons by their rings', () => {
  const seg = geojsonSegments({
    type: 'FeatureCollection',
    features: [
      {geometry: {type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]]}},
      {geometry: {type: 'MultiPolygon', coordinates: [[[[5, 5], [6, 5], [6, 6], [5, 5]]]]}},
      {geometry: null}
    ]
  });
  assert.equal(seg.length, 5);
  assert.deepEqual(Array.from(seg.attributes.getSourcePosition.value.slice(0, 4)), [0, 0, 1, 1]);
  assert.deepEqual(Array.from(seg.attributes.getTargetPosition.value.slice(8, 10)), [5, 5]);
});
