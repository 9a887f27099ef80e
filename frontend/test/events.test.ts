// The events payload's looks expanded into the per-event arrays the GPU reads.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {expandLooks} from '../src/events';
import type {EventsHeader} from '../src/protocol.gen';

test('each event gets the colours and sizes of its look', () => {
  const looks = [
    {fill: [1, 2, 3, 4], line: [5, 6, 7, 255], width: 1.5, radius: 9},
    {fill: [200, 100, 50, 105], line: [255, 255, 255, 255], width: 2, radius: 16}
  ];
  const header = {looks} as unknown as EventsHeader;
  const out = expandLooks(header, new Uint16Array([1, 0, 1]), 3);
  assert.deepEqual([...out.fill], [200, 100, 50, 105, 1, 2, 3, 4, 200, 100, 50, 105]);
  assert.deepEqual([...out.line], [255, 255, 255, 255, 5, 6, 7, 255, 255, 255, 255, 255]);
  assert.deepEqual([...out.width], [2, 1.5, 2]);
  assert.deepEqual([...out.radius], [16, 9, 16]);
});
