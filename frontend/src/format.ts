// Text for tooltips, built from the payload's codes with the same wording as the Python
// side (dashboard/contract/dates.py, dashboard/render/map/basemap.py). Text only, never markup.
import type {EventColumns} from './events';
import {DATE_PRECISION, FLAG} from './protocol.gen';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

export function dayToDate(day: number): Date {
  return new Date(day * DAY_MS);
}

export function isoDay(day: number): string {
  return dayToDate(day).toISOString().slice(0, 10);
}

export function dayFromIso(text: string): number {
  return Math.round(Date.parse(`${text}T00:00:00Z`) / DAY_MS);
}

/** A day at a precision (0 day, 1 month, 2 year): "21 Nov 2022", "Oct 2021", "2019". */
export function formatDay(day: number, precision: number): string {
  const d = dayToDate(day);
  const year = d.getUTCFullYear();
  if (precision >= 2) return `${year}`;
  if (precision === 1) return `${MONTHS[d.getUTCMonth()]} ${year}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}`;
}


/** The event's dates as the data states them: "2016 – 2019", "Oct 2021", "21 Nov 2022";
 * a start or end the sources do not give is "…", and said so (as dashboard/contract/dataset.py). */
export function formatWhen(start: number, end: number, precisions: number): string {
  const first = precisions & 3;
  const last = (precisions >> 2) & 3;
  const from = first === 3 ? '…' : formatDay(start, first);
  if (precisions & DATE_PRECISION.open_end) return `${from} – … (end not given)`;
  if (last === 3) return from;
  const text = `${from} – ${formatDay(end, last)}`;
  return first === 3 ? `${text} (start not given)` : text;
}

function formatKm(metres: number): string {
  return `±${Number((metres / 1000).toPrecision(6))} km`;
}

export function precisionText(
  labels: Record<string, string>,
  geoPrecision: number,
  metres: number | null
): string {
  const radius = metres === null || Number.isNaN(metres) ? '' : `${formatKm(metres)}, `;
  return `Place: ${radius}${labels[String(geoPrecision)] ?? ''}`;
}

/** The tooltip of event i: title, dates, kind, place and how well the place is known. */
export function eventTooltip(ev: EventColumns, i: number): string {
  const h = ev.header;
  const lines: string[] = [];
  if (ev.titles) lines.push(ev.titles[i]);
  lines.push(formatWhen(ev.t[2 * i], ev.t[2 * i + 1], ev.date_precision[i]));
  const category = h.categories[ev.category[i]];
  const status = h.statuses[ev.status[i]];
  // A contested or denied mark already says so: the flag adds nothing then.
  const flagged = ev.flags[i] & FLAG.contested && status !== 'contested' && status !== 'denied';
  lines.push(`${category.label} · ${status}` + (flagged ? ' · contested' : ''));
  const s = ev.site[i];
  const where =
    s >= 0 && !(ev.flags[i] & FLAG.own_coordinates)
      ? h.sites[s].name
      : `${ev.xy[2 * i + 1].toFixed(4)}, ${ev.xy[2 * i].toFixed(4)}`;
  const area = h.areas[ev.area[i]];
  lines.push(area ? `${where} (${area})` : where);
  lines.push(precisionText(h.precision_labels, ev.geo_precision[i], ev.precision_m[i]));
  if (!ev.titles) lines.push('Click for the title and what the sources say');
  return lines.join('\n');
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
