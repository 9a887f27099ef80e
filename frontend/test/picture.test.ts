// Where the page lays the server's picture of the map: over the same ground the map
// draws, however the map keeps its view on the region for the canvas it has.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {keptOnRegion, mercX, mercY} from '../src/compute';
import {layPicture} from '../src/picture';

function fakeImage(lon: number, lat: number, zoom: number) {
  return {dataset: {lon: String(lon), lat: String(lat), zoom: String(zoom)}, style: {} as Record<string, string>, naturalWidth: 1600};
}

test('the picture of the view drawn is centred at its natural size', () => {
  const img = fakeImage(72, 37.6, 5.5);
  layPicture(img as unknown as HTMLImageElement, {longitude: 72, latitude: 37.6, zoom: 5.5}, 1000, 600);
  assert.equal(img.style.left, '500px');
  assert.equal(img.style.top, '300px');
  assert.equal(img.style.width, '1600px');
});

test('a view kept on the region moves and scales the picture with the ground', () => {
  const extent: [number, number, number, number] = [66, 35, 78, 41];
  const img = fakeImage(72, 37.6, 5);
  const drawn = keptOnRegion({longitude: 72, latitude: 37.6, zoom: 5}, 1200, 640, extent);
  assert.ok(drawn.zoom > 5); // this canvas needs the map zoomed in to stay on the region
  layPicture(img as unknown as HTMLImageElement, drawn, 1200, 640);
  // The picture's centre (its view's centre) lies where the drawn view projects that point.
  const x = 600 + mercX(72, drawn.zoom) - mercX(drawn.longitude, drawn.zoom);
  const y = 320 + mercY(37.6, drawn.zoom) - mercY(drawn.latitude, drawn.zoom);
  assert.equal(img.style.left, `${x}px`);
  assert.equal(img.style.top, `${y}px`);
  assert.equal(img.style.width, `${1600 * 2 ** (drawn.zoom - 5)}px`);
});
