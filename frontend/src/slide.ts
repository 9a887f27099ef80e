// Presentation mode's parts around the map: the title and captions above it, the
// selection, notes, sources and attribution below, the scale bar and north arrow on it
// (where the scene placed them), and an Exit control that stays out of screenshots: it
// shows only while the pointer moves or it has keyboard focus (Esc exits too).
import type {FrameSpec, SlideSpec} from './protocol.gen';

const POINTER_MS = 2500; // the Exit control stays this long after the pointer last moved

export interface SlideParts {
  head: HTMLElement;
  foot: HTMLElement;
  exit: HTMLButtonElement;
  update(slide: SlideSpec | null, frame: FrameSpec): void;
  destroy(): void;
}

function paragraph(text: string, className = ''): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

/** A scale bar or north arrow over the map, at its place in the frame (as fractions of
 * the frame, so it follows the slide's size). */
function furniture(slide: SlideSpec, frame: FrameSpec): HTMLElement[] {
  return slide.furniture.map((f) => {
    const el = document.createElement('div');
    el.className = `dashmap-${f.kind}`;
    el.setAttribute('aria-hidden', 'true');
    const [x0, y0, x1, y1] = f.box;
    el.style.left = `${(x0 / frame.width) * 100}%`;
    el.style.top = `${(y0 / frame.height) * 100}%`;
    el.style.width = `${((f.kind === 'scale-bar' ? f.length : x1 - x0) / frame.width) * 100}%`;
    el.style.height = `${((y1 - y0) / frame.height) * 100}%`;
    const label = document.createElement('span');
    label.textContent = f.label;
    el.appendChild(label);
    return el;
  });
}

export function showSlide(root: HTMLElement, canvas: HTMLElement, onExit: () => void): SlideParts {
  const head = document.createElement('header');
  head.className = 'dashmap-head';
  head.hidden = true;
  const foot = document.createElement('footer');
  foot.className = 'dashmap-foot';
  foot.hidden = true;
  const exit = document.createElement('button');
  exit.type = 'button';
  exit.className = 'dashmap-exit';
  exit.textContent = 'Exit presentation (Esc)';
  exit.setAttribute('aria-keyshortcuts', 'Escape');
  exit.hidden = true;
  exit.addEventListener('click', onExit);
  let overlays: HTMLElement[] = [];
  let key = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && root.classList.contains('dashmap-present')) onExit();
  };
  const onPointer = () => {
    if (!root.classList.contains('dashmap-present')) return;
    root.classList.add('dashmap-pointer');
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => root.classList.remove('dashmap-pointer'), POINTER_MS);
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointermove', onPointer);
  return {
    head,
    foot,
    exit,
    update(slide, frame) {
      const present = slide !== null;
      root.classList.toggle('dashmap-present', present);
      head.hidden = foot.hidden = exit.hidden = !present;
      canvas.style.aspectRatio = present ? `${frame.width} / ${frame.height}` : '';
      if (!slide) {
        overlays.forEach((o) => o.remove());
        overlays = [];
        key = '';
        return;
      }
      const next = JSON.stringify([slide, frame]);
      if (next === key) return;
      key = next;
      const title = document.createElement('h1');
      title.textContent = slide.title;
      const scope = `${slide.window} · ${slide.filters}`;
      if (slide.caption) {
        // A narrative's step: its caption under the title, the first thing read aloud;
        // the counts and the window share one line, so the map keeps its place.
        const caption = paragraph(slide.caption, 'dashmap-caption');
        head.replaceChildren(title, caption, paragraph(`${slide.counts} · ${scope}`, 'dashmap-filters'));
      } else {
        head.replaceChildren(title, paragraph(slide.counts), paragraph(scope, 'dashmap-filters'));
      }
      const lines = [slide.selected, slide.note, slide.sources, slide.attribution].filter((t): t is string => !!t);
      foot.replaceChildren(...lines.map((t, i) => paragraph(t, i === 0 && slide.selected ? 'dashmap-selected' : '')));
      overlays.forEach((o) => o.remove());
      overlays = furniture(slide, frame);
      canvas.append(...overlays);
    },
    destroy() {
      if (timer) clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointermove', onPointer);
    }
  };
}
