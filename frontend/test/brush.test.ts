// Moving the time brush's window by its band: whole days, same length, inside the span.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {moveWindow} from '../src/brush';

const span: [number, number] = [0, 1000];

test('the window moves by whole days and keeps its length', () => {
  assert.deepEqual(moveWindow([100, 300], 50, span), [150, 350]);
  assert.deepEqual(moveWindow([100, 300], -40.4, span), [60, 260]);
  assert.deepEqual(moveWindow([100, 300], 0.6, span), [101, 301]);
});

test('the window stops at the ends of the span without shrinking', () => {
  assert.deepEqual(moveWindow([100, 300], -500, span), [0, 200]);
  assert.deepEqual(moveWindow([100, 300], 5000, span), [800, 1000]);
  assert.deepEqual(moveWindow([800, 1000], 10, span), [800, 1000]);
});

test('a window as long as the span (or longer) is the span', () => {
  assert.deepEqual(moveWindow([0, 1000], 30, span), [0, 1000]);
  assert.deepEqual(moveWindow([-5, 1200], -30, span), [0, 1000]);
});

test('a one-day window moves too', () => {
  assert.deepEqual(moveWindow([500, 500], 7, span), [507, 507]);
});
