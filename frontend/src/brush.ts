// The time brush under the map: a histogram of events over the data's span and two
// keyboard-usable range inputs for the window's ends. Dragging a handle moves one end;
// dragging the band between them moves the whole window, keeping its length. Either
// redraws the map at once (on the GPU); the server hears the window when it is let go.
import {histogram} from './compute';
import {isoDay} from './format';

const BINS = 160;
const COMMIT_MS = 350; // keys held down send one window, not one per step

/** The window moved by `delta` days (whole days), keeping its length, kept inside
 * `span`: it stops at the span's ends, it does not shrink. */
export function moveWindow(
  window: [number, number],
  delta: number,
  span: [number, number]
): [number, number] {
  const length = window[1] - window[0];
  if (length >= span[1] - span[0]) return [span[0], span[1]];
  const lo = Math.min(Math.max(window[0] + Math.round(delta), span[0]), span[1] - length);
  return [lo, lo + length];
}

export class Brush {
  readonly root: HTMLElement;
  private canvas: HTMLCanvasElement;
  private band: HTMLElement;
  private lo: HTMLInputElement;
  private hi: HTMLInputElement;
  private loLabel: HTMLElement; // the data's first day, under the track's left end
  private windowLabel: HTMLElement; // the window, between them
  private hiLabel: HTMLElement; // the data's last day
  private span: [number, number] = [0, 1];
  private counts: Uint32Array = new Uint32Array(BINS);
  private timer: ReturnType<typeof setTimeout> | null = null;
  dragging = false;

  constructor(
    private onLive: (window: [number, number]) => void,
    private onCommit: (window: [number, number]) => void
  ) {
    this.root = document.createElement('div');
    this.root.className = 'brush';
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'brush-histogram';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.band = document.createElement('div');
    this.band.className = 'brush-band';
    // For the pointer; the keyboard moves the ends with the two range inputs.
    this.band.title = 'Drag to move the window';
    this.band.addEventListener('pointerdown', (e) => this.moveBand(e));
    this.lo = this.input('Window start');
    this.hi = this.input('Window end');
    const labels = document.createElement('div');
    labels.className = 'brush-labels';
    this.loLabel = document.createElement('span');
    this.windowLabel = document.createElement('span');
    this.windowLabel.className = 'brush-window';
    this.hiLabel = document.createElement('span');
    labels.append(this.loLabel, this.windowLabel, this.hiLabel);
    const track = document.createElement('div');
    track.className = 'brush-track';
    track.append(this.canvas, this.band, this.lo, this.hi);
    this.root.append(track, labels);
  }

  private input(label: string): HTMLInputElement {
    const input = document.createElement('input');
    input.type = 'range';
    input.step = '1';
    input.setAttribute('aria-label', label);
    input.addEventListener('pointerdown', () => (this.dragging = true));
    input.addEventListener('input', () => {
      this.keepOrder(input);
      this.paintWindow();
      this.onLive(this.window());
    });
    input.addEventListener('change', () => {
      this.dragging = false;
      this.commitSoon();
    });
    return input;
  }

  private commitSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onCommit(this.window()), COMMIT_MS);
  }

  /** A drag on the band: the window follows the pointer (live on the map), clamped to
   * the span, and is committed when the pointer is let go. */
  private moveBand(down: PointerEvent): void {
    if (down.button !== 0) return;
    down.preventDefault();
    const from = this.window();
    const track = this.band.parentElement!.getBoundingClientRect();
    const daysPerPx = (this.span[1] - this.span[0]) / Math.max(1, track.width);
    this.dragging = true;
    this.band.setPointerCapture(down.pointerId);
    this.band.classList.add('brush-band-moving');
    const move = (e: PointerEvent) => {
      const [lo, hi] = moveWindow(from, (e.clientX - down.clientX) * daysPerPx, this.span);
      if (lo === Number(this.lo.value)) return;
      this.lo.value = String(lo);
      this.hi.value = String(hi);
      this.paintWindow();
      this.onLive(this.window());
    };
    const end = () => {
      this.band.removeEventListener('pointermove', move);
      this.band.removeEventListener('pointerup', end);
      this.band.removeEventListener('pointercancel', end);
      this.band.classList.remove('brush-band-moving');
      this.dragging = false;
      const now = this.window();
      if (now[0] !== from[0] || now[1] !== from[1]) this.commitSoon();
    };
    this.band.addEventListener('pointermove', move);
    this.band.addEventListener('pointerup', end);
    this.band.addEventListener('pointercancel', end);
  }

  private keepOrder(moved: HTMLInputElement): void {
    if (Number(this.lo.value) > Number(this.hi.value)) {
      if (moved === this.lo) this.hi.value = this.lo.value;
      else this.lo.value = this.hi.value;
    }
  }

  window(): [number, number] {
    return [Number(this.lo.value), Number(this.hi.value)];
  }

  /** Show the server's window, unless the user is dragging a handle right now. */
  setWindow(span: [number, number], window: [number, number]): void {
    this.span = span;
    for (const input of [this.lo, this.hi]) {
      input.min = String(span[0]);
      input.max = String(span[1]);
    }
    if (!this.dragging) {
      this.lo.value = String(window[0]);
      this.hi.value = String(window[1]);
    }
    this.paintWindow();
  }

  setCounts(filter: Float32Array): void {
    this.counts = histogram(filter, this.span, BINS);
    this.paintHistogram();
  }

  private paintWindow(): void {
    const [lo, hi] = this.window();
    const width = Math.max(1, this.span[1] - this.span[0]);
    this.band.style.left = `${((lo - this.span[0]) / width) * 100}%`;
    this.band.style.width = `${((hi - lo) / width) * 100}%`;
    this.loLabel.textContent = isoDay(this.span[0]);
    this.hiLabel.textContent = isoDay(this.span[1]);
    this.windowLabel.textContent = `Window ${isoDay(lo)} – ${isoDay(hi)}`;
    this.lo.setAttribute('aria-valuetext', isoDay(lo));
    this.hi.setAttribute('aria-valuetext', isoDay(hi));
  }

  paintHistogram(): void {
    const c = this.canvas;
    const w = (c.width = Math.max(1, c.clientWidth * devicePixelRatio));
    const h = (c.height = Math.max(1, c.clientHeight * devicePixelRatio));
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, w, h);
    let max = 1;
    for (const v of this.counts) max = Math.max(max, v);
    ctx.fillStyle = '#8a94a3';
    const bw = w / this.counts.length;
    this.counts.forEach((v, i) => {
      if (!v) return;
      // Square-root scale: a lone event stays visible next to a busy month.
      const bh = Math.max(1, (Math.sqrt(v) / Math.sqrt(max)) * h);
      ctx.fillRect(i * bw, h - bh, Math.max(1, bw - 0.5), bh);
    });
  }
}
