// The map's pure computations, as the GPU filter and the overlays rely on them.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  NEVER,
  aggregate,
  cellSizeFor,
  clampCentre,
  countInView,
  fitZoom,
  filterRanges,
  filterValues,
  histogram,
  isFaded,
  overlapsAny,
  visibleLetters,
  shown,
  sitesInView
} from '../src/compute';

// Three events: [start, end] days.
const t = new Float32Array([10, 20, 30, 30, 5, 100]);
const xy = new Float32Array([70, 37, 71, 38, 75, 39]);
const everywhere = {west: -180, south: -90, east: 180, north: 90};

test('masked-out events start never', () => {
  const f = filterValues(t, new Uint8Array([1, 0, 1]));
  assert.deepEqual([...f], [10, 20, NEVER, 30, 5, 100]);
  assert.deepEqual([...filterValues(t, null)], [...t]);
});

test('window mode shows what overlaps, as-of shows what began', () => {
  const f = filterValues(t, null);
  const inWindow = [0, 1, 2].filter((i) => shown(f, i, [25, 40], 'window'));
  assert.deepEqual(inWindow, [1, 2]);
  const asOf = [0, 1, 2].filter((i) => shown(f, i, [25, 40], 'asof'));
  assert.deepEqual(asOf, [0, 1, 2]);
  assert.deepEqual(
    [0, 1, 2].filter((i) => shown(f, i, [0, 4], 'window')),
    []
  );
});

test('the GPU ranges agree with shown()', () => {
  const f = filterValues(t, new Uint8Array([1, 1, 0]));
  for (const mode of ['window', 'asof'] as const) {
    const {active, faded} = filterRanges([25, 40], mode);
    for (let i = 0; i < 3; i++) {
      const inside = (r: [number, number][]) =>
        f[2 * i] >= r[0][0] && f[2 * i] <= r[0][1] && f[2 * i + 1] >= r[1][0] && f[2 * i + 1] <= r[1][1];
      const drawn = inside(active) || (faded !== null && inside(faded));
      assert.equal(drawn, shown(f, i, [25, 40], mode), `${mode} event ${i}`);
    }
  }
});

test('counts and cells only take events drawn and in view', () => {
  const f = filterValues(t, null);
  assert.equal(countInView(xy, f, [0, 200], 'window', everywhere), 3);
  assert.equal(countInView(xy, f, [0, 200], 'window', {west: 69, south: 36, east: 72, north: 39}), 2);
  const cells = aggregate(xy, f, [0, 200], 'window', everywhere, 10);
  assert.equal(cells.reduce((s, c) => s + c.count, 0), 3);
  const fine = aggregate(xy, f, [0, 200], 'window', everywhere, 0.5);
  assert.equal(fine.length, 3);
});

test('sites in view take their latest drawn event', () => {
  const site = new Int32Array([0, 0, -1]);
  const f = filterValues(t, null);
  const [s] = sitesInView(site, f, [0, 200], 'window');
  assert.equal(s.site, 0);
  assert.equal(s.latest, 1);
  assert.equal(s.count, 2);
  const [faded] = sitesInView(site, f, [35, 200], 'asof');
  assert.equal(faded.faded, true);
});

test('histogram counts events by start, masked ones not', () => {
  const counts = histogram(filterValues(t, new Uint8Array([1, 0, 1])), [0, 99], 10);
  assert.equal(counts.reduce((a, b) => a + b, 0), 2);
  assert.equal(counts[0], 1);
  assert.equal(counts[1], 1);
});

test('cell sizes are round and shrink as the map zooms in', () => {
  const sizes = [4, 6, 8, 10].map((z) => cellSizeFor(z));
  for (let i = 1; i < sizes.length; i++) assert.ok(sizes[i] < sizes[i - 1]);
  for (const s of sizes) {
    const mantissa = s / 10 ** Math.floor(Math.log10(s));
    assert.ok([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9), String(s));
  }
  // As the scene counts for the briefing image (tests/test_scene.py: the same sizes).
  assert.deepEqual([6, 7, 8, 10].map((z) => cellSizeFor(z)), [1, 0.5, 0.2, 0.05]);
});

test('the view is kept inside the reference extent', () => {
  const extent: [number, number, number, number] = [66.5, 35.5, 76.5, 40.5];
  // Well inside: unchanged.
  const inside = clampCentre(72, 38, 8, 800, 600, extent);
  assert.ok(Math.abs(inside.longitude - 72) < 1e-9 && Math.abs(inside.latitude - 38) < 1e-9);
  // Past the east edge: pulled back so the view's east edge is the extent's.
  const east = clampCentre(76.4, 38, 8, 800, 600, extent);
  assert.ok(east.longitude < 76.4);
  const halfDeg = (400 / (512 * 2 ** 8)) * 360;
  assert.ok(Math.abs(east.longitude + halfDeg - 76.5) < 1e-6);
  // Wider than the extent: centred on it.
  const wide = clampCentre(70, 38, 4, 2000, 1000, extent);
  assert.ok(Math.abs(wide.longitude - 71.5) < 1e-6);
  // The least zoom at which the extent covers the view: 10 degrees of longitude fill 800 px.
  const z = fitZoom(800, 100, extent);
  assert.ok(Math.abs((10 / 360) * 512 * 2 ** z - 800) < 1e-6);
});

test('letters follow the scene and the window, in view', () => {
  const lettered = new Uint8Array([1, 1, 0]);
  // Window 15..25: event 0 (10..20) in, event 1 (30..30) out; event 2 is not lettered.
  assert.deepEqual(visibleLetters(xy, lettered, t, [15, 25], 'window', everywhere, 10), [0]);
  // As of day 40 every event has begun: the lettered ones carry their letter, faded or not.
  assert.deepEqual(visibleLetters(xy, lettered, t, [22, 40], 'asof', everywhere, 10), [0, 1]);
  assert.equal(isFaded(t, 0, [22, 40], 'asof'), true);
  assert.equal(isFaded(t, 0, [22, 40], 'window'), false);
  const west = {west: 69, south: 36, east: 70.5, north: 38};
  assert.deepEqual(visibleLetters(xy, lettered, t, [0, 200], 'window', west, 10), [0]);
  assert.deepEqual(visibleLetters(xy, lettered, t, [0, 200], 'window', everywhere, 1), [0]);
});

test('a box overlaps another only where they share area', () => {
  const count: [number, number, number, number] = [100, 100, 140, 120];
  const names: [number, number, number, number][] = [
    [130, 110, 200, 124], // runs over the count's right end
    [140, 100, 200, 120], // touches its right edge only
    [0, 0, 50, 20], // far away
    [90, 90, 150, 130] // around it
  ];
  assert.deepEqual(overlapsAny(names, [count]), [true, false, false, true]);
  assert.deepEqual(overlapsAny(names, []), [false, false, false, false]);
});

test('a box overlaps a disc only where it reaches inside the circle', () => {
  const disc = {x: 100, y: 100, r: 20};
  const names: [number, number, number, number][] = [
    [115, 95, 180, 105], // its left end inside the circle
    [116, 116, 180, 130], // by the circle's corner square, clear of the circle itself
    [120, 90, 180, 110], // touches the circle's rightmost point only
    [60, 60, 140, 140] // around it
  ];
  assert.deepEqual(overlapsAny(names, [], [disc]), [true, false, false, true]);
});
