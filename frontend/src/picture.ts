// The map's first picture (MapSpec.picture): the scene drawn by the server, shown in the
// map's place from the first spec until WebGL has drawn. In software WebGL the map's
// programs take seconds to compile, and the picture is the same map meanwhile.
//  - the loader (index.ts) shows it at once, centred in a box the size of the map's
//    canvas, before the deck.gl part of the bundle has even arrived;
//  - the map (map.ts) adopts it, lays it exactly where its view puts that ground, and
//    retires it once the GPU has finished its first frame, or at once when the user
//    moves the map or a spec names another view (MapSpec.picture_of).
import {keptOnRegion, mercX, mercY} from './compute';
import type {MapSpec} from './protocol.gen';

interface View {
  longitude: number;
  latitude: number;
  zoom: number;
}

const EARLY = 'dashmap-early';

function pictureImage(spec: MapSpec): HTMLImageElement {
  const img = document.createElement('img');
  img.className = 'dashmap-picture';
  img.alt = ''; // the map's holder carries the map's name; this is how it looks meanwhile
  img.decoding = 'sync';
  // Only an image the server made (a data URL), never anything to fetch.
  if (spec.picture?.startsWith('data:image/')) img.src = spec.picture;
  img.dataset.key = spec.picture_of;
  img.dataset.lon = String(spec.view.longitude);
  img.dataset.lat = String(spec.view.latitude);
  img.dataset.zoom = String(spec.view.zoom);
  return img;
}

/** Lay ``img`` where a ``width`` x ``height`` map drawing ``drawn`` puts the ground of
 * the picture (drawn for its own view: its centre may move, its scale change). */
export function layPicture(img: HTMLImageElement, drawn: View, width: number, height: number): void {
  const lon = Number(img.dataset.lon);
  const lat = Number(img.dataset.lat);
  const zoom = drawn.zoom;
  img.style.left = `${width / 2 + mercX(lon, zoom) - mercX(drawn.longitude, zoom)}px`;
  img.style.top = `${height / 2 + mercY(lat, zoom) - mercY(drawn.latitude, zoom)}px`;
  if (img.naturalWidth) img.style.width = `${img.naturalWidth * 2 ** (zoom - Number(img.dataset.zoom))}px`;
}

/** The view a page's map draws for the spec's view in a canvas of this size: kept on
 * the region (``extent``) as the map keeps it. */
export function keptView(spec: MapSpec, width: number, height: number): View {
  const {latitude, longitude, zoom} = spec.view;
  const extent = spec.extent as [number, number, number, number] | null;
  const view = {latitude, longitude, zoom};
  return extent && width > 1 && height > 1 ? keptOnRegion(view, width, height, extent) : view;
}

/** Show the spec's picture in ``parent`` in a box like the map's canvas (the loader,
 * before the map exists); the time it was shown goes to ``data-shown-at``. */
export function showEarly(parent: HTMLElement | ShadowRoot, spec: MapSpec): void {
  if (!spec.picture || spec.slide || parent.querySelector(`.${EARLY}, .dashmap`)) return;
  const box = document.createElement('div');
  box.className = `dashmap-canvas ${EARLY}`;
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', 'Map of events (loading the interactive map)');
  const img = pictureImage(spec);
  const shown = () => {
    if (!box.dataset.shownAt) box.dataset.shownAt = String(Math.round(performance.now()));
  };
  const lay = () => layPicture(img, keptView(spec, box.clientWidth, box.clientHeight), box.clientWidth, box.clientHeight);
  img.addEventListener(
    'load',
    () => {
      if (!box.isConnected) return; // the map has taken it over (and lays it itself)
      lay(); // the box has its size by now: the picture goes where the map will draw it
      shown(); // on screen from the next frame
    },
    {once: true}
  );
  // Streamlit's layout moves as the page arrives (the sidebar comes in): the box changes
  // size, and where the map will draw the ground with it.
  const resized = new ResizeObserver(() => {
    if (!box.isConnected) resized.disconnect();
    else if (img.complete && img.naturalWidth) lay();
  });
  resized.observe(box);
  box.appendChild(img);
  parent.appendChild(box);
}

/** Says on the loader's picture that the map could not be loaded (the picture stays). */
export function mapFailed(parent: HTMLElement | ShadowRoot): void {
  const box = parent.querySelector(`.${EARLY}`);
  if (!box || box.querySelector('.dashmap-note')) return;
  const note = document.createElement('div');
  note.className = 'dashmap-note';
  note.setAttribute('role', 'alert');
  note.textContent = 'The interactive map could not be loaded: this is a picture of it. Reload the page to try again.';
  box.appendChild(note);
}

/** The loader's picture, taken out of its box (which goes), with when it was shown. */
export function adopt(parent: HTMLElement | ShadowRoot): {img: HTMLImageElement; shownAt?: string} | null {
  const box = parent.querySelector(`.${EARLY}`) as HTMLElement | null;
  const img = box?.querySelector('img.dashmap-picture') as HTMLImageElement | null;
  box?.remove();
  return img ? {img, shownAt: box?.dataset.shownAt} : null;
}

/** Calls ``done`` once the GPU has run everything ``gl`` was given so far (a fence
 * polled each frame: waiting on it would block the page), or at once without one. */
export function whenGpuDone(gl: WebGL2RenderingContext | null, done: () => void): void {
  const sync = gl && typeof gl.fenceSync === 'function' ? gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) : null;
  if (!gl || !sync) {
    done();
    return;
  }
  gl.flush();
  const poll = () => {
    if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
      gl.deleteSync(sync);
      requestAnimationFrame(() => done()); // one more frame: the canvas is composited
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
