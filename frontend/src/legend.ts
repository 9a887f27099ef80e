// The legend under the map (and beside it on the slide): text and small SVG symbols built
// with DOM calls from what Python says is drawn. Labels are set as text, never markup.
import type {LegendGroup, Swatch} from './protocol.gen';

const SVG = 'http://www.w3.org/2000/svg';
const BOX = 22; // each symbol's square, in its own units
const SIZE = '1.7em'; // drawn at 22 px in 13 px text, and as large as the slide's text

function rgba(c: number[]): string {
  const a = c.length > 3 ? c[3] / 255 : 1;
  return `rgba(${c[0]},${c[1]},${c[2]},${a.toFixed(3)})`;
}

function circle(cx: number, cy: number, r: number, s: Swatch, fill: boolean): SVGElement {
  const el = document.createElementNS(SVG, 'circle');
  el.setAttribute('cx', String(cx));
  el.setAttribute('cy', String(cy));
  el.setAttribute('r', String(r));
  el.setAttribute('fill', fill ? rgba(s.fill) : 'none');
  el.setAttribute('stroke', rgba(s.line));
  el.setAttribute('stroke-width', String(s.width));
  if (s.dash) el.setAttribute('stroke-dasharray', '4 3');
  return el;
}

/** The symbol of one legend entry (decorative: the label says what it means). */
export function symbol(s: Swatch): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', SIZE);
  svg.setAttribute('height', SIZE);
  svg.setAttribute('viewBox', `0 0 ${BOX} ${BOX}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const c = BOX / 2;
  if (s.shape === 'square') {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', '3');
    rect.setAttribute('y', '4');
    rect.setAttribute('width', String(BOX - 6));
    rect.setAttribute('height', String(BOX - 8));
    rect.setAttribute('fill', rgba(s.fill));
    rect.setAttribute('stroke', rgba(s.line));
    rect.setAttribute('stroke-width', String(s.width));
    if (s.dash) rect.setAttribute('stroke-dasharray', '4 3');
    svg.appendChild(rect);
  } else if (s.shape === 'rings') {
    svg.append(circle(c, c, 9, s, false), circle(c, c, 5, s, false), circle(c, c, 1.5, {...s, fill: s.line}, true));
  } else {
    svg.appendChild(circle(c, c, Math.min(s.r, c - 2), s, true));
    if (s.text) {
      const letter = document.createElementNS(SVG, 'text');
      letter.setAttribute('x', String(c));
      letter.setAttribute('y', String(c));
      letter.setAttribute('text-anchor', 'middle');
      letter.setAttribute('dominant-baseline', 'central');
      letter.setAttribute('font-size', String(s.text_px)); // the map's letter, as large
      letter.setAttribute('font-weight', '700');
      letter.setAttribute('fill', '#ffffff');
      letter.setAttribute('stroke', 'rgba(0,0,0,0.55)');
      letter.setAttribute('stroke-width', '2.2');
      letter.setAttribute('paint-order', 'stroke');
      letter.textContent = s.text;
      svg.appendChild(letter);
    }
  }
  return svg;
}

/** Fill ``root`` with the legend groups (replacing what was there). */
export function renderLegend(root: HTMLElement, groups: LegendGroup[]): void {
  const key = JSON.stringify(groups);
  if (root.dataset.key === key) return;
  root.dataset.key = key;
  root.replaceChildren();
  for (const group of groups) {
    const section = document.createElement('div');
    section.className = 'dashmap-legend-group';
    const title = document.createElement('div');
    title.className = 'dashmap-legend-title';
    title.textContent = group.title;
    const list = document.createElement('ul');
    list.setAttribute('aria-label', group.title);
    for (const item of group.items) {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = item.label;
      li.append(symbol(item.swatch), label);
      list.appendChild(li);
    }
    section.append(title, list);
    root.appendChild(section);
  }
}
