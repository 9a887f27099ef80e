// One map: a deck.gl Deck drawing the spec Python built with pydeck, fed with the binary
// event columns that were sent once per data version. The time window is applied on the
// GPU (DataFilterExtension); the server hears picks, the final window and the view.
import {Deck, MapView, type Layer, type PickingInfo} from '@deck.gl/core';
import {DataFilterExtension, PathStyleExtension} from '@deck.gl/extensions';
import {JSONConverter} from '@deck.gl/json';
import {GeoJsonLayer, PolygonLayer, ScatterplotLayer, TextLayer} from '@deck.gl/layers';
import {Brush} from './brush';
import {
  aggregate,
  cellSizeFor,
  clampCentre,
  countInView,
  fitZoom,
  filterRanges,
  filterValues,
  letteredMarks,
  shown,
  sitesInView,
  type Bounds,
  type Cell
} from './compute';
import type {EventColumns} from './events';
import {eventTooltip, isoDay, plural, precisionText} from './format';
import {renderLegend} from './legend';
import type {MapSpec, SlideSpec} from './protocol';

const converter = new JSONConverter({
  configuration: {
    classes: {
      MapView,
      GeoJsonLayer,
      PolygonLayer,
      ScatterplotLayer,
      TextLayer,
      DataFilterExtension,
      PathStyleExtension
    }
  }
});

const PLACEHOLDER = 'dashboard:';
const BINARY_LAYERS = new Set(['events', 'events-faded', 'uncertainty']);
const REPORT_VIEW_MS = 450; // the view goes to the server once the map has come to rest
const VIEW_EPSILON = {degrees: 1e-4, zoom: 0.01};
const RESIZE_SETTLE_MS = 150;
const SLIDE_MAP_PX = 950; // the slide's map width at 1280x720, where marks have their own size
const DIMMED = 0.35;
const MAX_LETTERS = 3000; // category letters drawn in marks, at most (more would be noise) // opacity of the events that are not selected

export interface Sources {
  events(version: string): EventColumns | undefined;
  mask(version: string): Uint8Array | undefined;
  reference(version: string): Record<string, unknown> | undefined;
}

type SetValue = (name: string, value: unknown) => void;

interface ViewState {
  latitude: number;
  longitude: number;
  zoom: number;
  minZoom?: number;
  maxZoom?: number;
  bearing?: number;
  pitch?: number;
}

interface Binary {
  events: EventColumns;
  maskVersion: string | null;
  filter: Float32Array;
  attributes: Record<string, Record<string, unknown>>;
}

export class DashMap {
  private root: HTMLElement;
  private canvasHolder: HTMLDivElement;
  private note: HTMLElement;
  private legend: HTMLElement;
  private head: HTMLElement;
  private foot: HTMLElement;
  private onKey: (e: KeyboardEvent) => void;
  private zoomOffset = 0; // presentation mode: drawn zoom - the view's zoom
  private tip: HTMLElement;
  private brush: Brush;
  private deck: Deck<any>;
  private spec: MapSpec | null = null;
  private specJson = '';
  private templates: Layer[] = [];
  private placeholders = new Map<string, string>(); // layer id -> what fills its data
  private binary: Binary | null = null;
  private viewState: ViewState = {latitude: 0, longitude: 0, zoom: 1};
  private appliedSeq = -1;
  private reported: ViewState | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private interacting = false; // a drag, pinch or zoom animation is under way
  private size: [number, number] = [0, 0];
  private resizeObserver: ResizeObserver | null = null;
  private window: [number, number] = [0, 0];
  private frame = 0;
  private aggregated = false;

  constructor(
    parent: HTMLElement | ShadowRoot,
    private sources: Sources,
    private setState: SetValue,
    private setTrigger: SetValue
  ) {
    this.root = document.createElement('div');
    this.root.className = 'dashmap';
    this.head = document.createElement('header');
    this.head.className = 'dashmap-head';
    this.head.hidden = true;
    this.foot = document.createElement('footer');
    this.foot.className = 'dashmap-foot';
    this.foot.hidden = true;
    this.legend = document.createElement('section');
    this.legend.className = 'dashmap-legend';
    this.legend.setAttribute('aria-label', 'Map legend');
    this.canvasHolder = document.createElement('div');
    this.canvasHolder.className = 'dashmap-canvas';
    this.canvasHolder.setAttribute('role', 'application');
    this.canvasHolder.setAttribute(
      'aria-label',
      'Map of events. Drag to pan, scroll or +/- to zoom; the event list below selects events by keyboard.'
    );
    this.note = document.createElement('div');
    this.note.className = 'dashmap-note';
    this.note.setAttribute('role', 'status');
    this.tip = document.createElement('div');
    this.tip.className = 'dashmap-tooltip';
    this.tip.hidden = true;
    this.canvasHolder.append(this.note, this.tip);
    this.brush = new Brush(
      (w) => this.onWindowLive(w),
      (w) => this.onWindowCommit(w)
    );
    this.root.append(this.head, this.canvasHolder, this.brush.root, this.legend, this.foot);
    parent.appendChild(this.root);
    this.onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.spec?.slide) this.setTrigger('exit', true);
    };
    document.addEventListener('keydown', this.onKey);
    this.deck = new Deck({
      parent: this.canvasHolder,
      views: new MapView({repeat: false}),
      // A fixed canvas size, updated only once the page's layout has settled (see
      // watchSize): resizing a WebGL canvas reallocates its buffers, and Streamlit's
      // layout moves for a while as the page arrives (the sidebar slides in).
      width: this.canvasHolder.clientWidth || 600,
      height: this.canvasHolder.clientHeight || 560,
      controller: {doubleClickZoom: true, keyboard: true},
      viewState: this.viewState,
      layers: [],
      useDevicePixels: true,
      // Probe WebGL features when a layer asks, not all of them up front: with a software
      // GPU every probe is a blocking round trip (~0.5 s of start-up here).
      deviceProps: {_initializeFeatures: false} as any,
      onViewStateChange: ({viewState}) => {
        this.viewState = this.clamped(viewState as ViewState);
        this.tip.hidden = true; // it described what was under the pointer before the move
        this.deck.setProps({viewState: this.viewState}); // controlled: the map moves only so
        this.scheduleViewReport();
        this.render();
        return this.viewState as typeof viewState;
      },
      // A drag can end without a last view change: report once the map is at rest.
      onInteractionStateChange: (state) => {
        this.interacting = Boolean(
          state.isDragging || state.isPanning || state.isZooming || state.isRotating || state.inTransition
        );
        this.scheduleViewReport();
      },
      onHover: (info) => this.showTooltip(info),
      onClick: (info) => this.onClick(info),
      getCursor: ({isHovering}) => (isHovering ? 'pointer' : 'grab'),
      onAfterRender: () => this.afterRender(),
      // Counts in view depend on the canvas size: recount when it changes.
      onResize: () => this.render()
    });
    this.watchSize();
    // Timings for the benchmark and tests (ms since navigation start).
    this.root.dataset.mountedAt = String(Math.round(performance.now()));
  }

  private watchSize(): void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const apply = () => {
      const width = this.canvasHolder.clientWidth;
      const height = this.canvasHolder.clientHeight;
      if (width > 1 && height > 1 && (width !== this.size[0] || height !== this.size[1])) {
        this.size = [width, height];
        this.deck.setProps({width, height});
        this.applyZoomOffset();
        this.viewState = this.clamped(this.viewState);
        this.deck.setProps({viewState: this.viewState});
        this.render();
      }
    };
    this.resizeObserver = new ResizeObserver(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(apply, RESIZE_SETTLE_MS);
    });
    this.resizeObserver.observe(this.canvasHolder);
  }

  private afterRender(): void {
    const reference = this.spec && this.sources.reference(this.spec.reference);
    if (this.root.dataset.drawnAt || !this.binary || !reference || !this.bounds()) return;
    const drawn = this.deck.props.layers.some((l) => l && (l as Layer).id === 'events');
    if (drawn || this.aggregated) {
      this.root.dataset.drawnAt = String(Math.round(performance.now()));
      this.root.dataset.drawn = 'true';
    }
  }

  destroy(): void {
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.resizeObserver?.disconnect();
    document.removeEventListener('keydown', this.onKey);
    this.deck.finalize();
    this.root.remove();
  }

  /** A new spec from Python (every rerun) or new data arrived (a data mount). */
  update(spec?: MapSpec): void {
    if (spec) {
      const json = JSON.stringify(spec.deck);
      if (json !== this.specJson) {
        this.specJson = json;
        // Layers are converted without their placeholder data (a string would be fetched
        // as a URL): the data is set on each draw from what the payloads hold.
        this.placeholders.clear();
        const layers = (spec.deck.layers as Record<string, unknown>[]).map((layer) => {
          const {data, ...rest} = layer;
          if (typeof data === 'string' && data.startsWith(PLACEHOLDER)) {
            this.placeholders.set(String(layer.id), data.slice(PLACEHOLDER.length));
            return rest;
          }
          return layer;
        });
        const converted = converter.convert({...spec.deck, layers}) as {layers?: Layer[]};
        this.templates = (converted.layers ?? []).filter(Boolean);
      }
      this.spec = spec;
      this.root.dataset.specs = String(Number(this.root.dataset.specs ?? 0) + 1);
      this.root.style.setProperty('--map-height', `${spec.height}px`);
      this.showSlide(spec.slide);
      renderLegend(this.legend, spec.legend);
      if (!this.brush.dragging) this.window = spec.window;
      this.brush.setWindow(spec.span, this.window);
      if (spec.view.seq !== this.appliedSeq) {
        // Python moved the map (a preset, "centre on the selection", a permalink).
        this.appliedSeq = spec.view.seq;
        const {latitude, longitude, zoom} = spec.view;
        this.zoomOffset = this.wantedZoomOffset(this.canvasHolder.clientWidth);
        this.viewState = {...this.viewState, latitude, longitude, zoom: zoom + this.zoomOffset};
        this.viewState = this.clamped(this.viewState);
        const initial = (spec.deck.initialViewState ?? {}) as ViewState;
        this.viewState.minZoom = initial.minZoom;
        this.viewState.maxZoom = (initial.maxZoom ?? 20) + this.zoomOffset;
        this.reported = {...this.viewState};
        this.deck.setProps({viewState: this.viewState});
      } else {
        this.applyZoomOffset();
      }
    }
    this.refreshBinary();
    this.render();
  }

  /** Presentation mode: title, caption, exit button, sources around the map. */
  private showSlide(slide: SlideSpec | null): void {
    const present = slide !== null;
    this.root.classList.toggle('dashmap-present', present);
    this.head.hidden = !present;
    this.foot.hidden = !present;
    this.brush.root.hidden = present;
    if (!slide) return;
    const key = JSON.stringify(slide);
    if (this.head.dataset.key === key) return;
    this.head.dataset.key = key;
    const title = document.createElement('h1');
    title.textContent = slide.title;
    const caption = document.createElement('p');
    caption.textContent = slide.caption;
    const exit = document.createElement('button');
    exit.type = 'button';
    exit.className = 'dashmap-exit';
    exit.textContent = 'Exit presentation (Esc)';
    exit.setAttribute('aria-keyshortcuts', 'Escape');
    exit.addEventListener('click', () => this.setTrigger('exit', true));
    const texts = document.createElement('div');
    texts.append(title, caption);
    this.head.replaceChildren(texts, exit);
    const lines = [slide.note, slide.sources, slide.attribution].filter((t): t is string => !!t);
    this.foot.replaceChildren(
      ...lines.map((t) => {
        const p = document.createElement('p');
        p.textContent = t;
        return p;
      })
    );
  }

  /** The view, moved (and zoomed in) only as far as needed to keep the map on the
   * reference data. */
  private clamped(v: ViewState): ViewState {
    const extent = this.spec?.extent;
    const width = this.size[0] || this.canvasHolder.clientWidth;
    const height = this.size[1] || this.canvasHolder.clientHeight;
    if (!extent || width < 2 || height < 2) return v;
    const least = fitZoom(width, height, extent);
    const zoom = Math.max(v.zoom, least);
    return {...v, zoom, minZoom: least, ...clampCentre(v.longitude, v.latitude, zoom, width, height, extent)};
  }

  /** The slide shows the briefing image's ground: a wider canvas is drawn closer. */
  private wantedZoomOffset(width: number): number {
    const slide = this.spec?.slide;
    return slide && width > 1 ? Math.log2(width / slide.reference_width) : 0;
  }

  private applyZoomOffset(): void {
    const wanted = this.wantedZoomOffset(this.size[0] || this.canvasHolder.clientWidth);
    const delta = wanted - this.zoomOffset;
    if (Math.abs(delta) < 1e-6) return;
    this.zoomOffset = wanted;
    const shift = (v: ViewState) => ({...v, zoom: v.zoom + delta, maxZoom: (v.maxZoom ?? 20) + delta});
    this.viewState = shift(this.viewState);
    if (this.reported) this.reported = shift(this.reported);
    this.deck.setProps({viewState: this.viewState});
  }

  private refreshBinary(): void {
    const spec = this.spec;
    if (!spec) return;
    const events = this.sources.events(spec.events);
    if (!events) return;
    const mask = spec.mask ? this.sources.mask(spec.mask) : null;
    if (spec.mask && !mask) return; // the new mask is on its way: keep drawing the old one
    const same =
      this.binary && this.binary.events === events && this.binary.maskVersion === spec.mask;
    if (same) return;
    const filter = filterValues(events.t, mask ?? null);
    const previous = this.binary && this.binary.events === events ? this.binary : null;
    const attributes = previous
      ? {...previous.attributes, getFilterValue: {value: filter, size: 2}}
      : eventAttributes(events, filter);
    this.binary = {events, maskVersion: spec.mask, filter, attributes};
    this.brush.setCounts(filter);
  }

  private onWindowLive(window: [number, number]): void {
    this.window = window;
    this.render();
  }

  private onWindowCommit(window: [number, number]): void {
    this.window = window;
    this.setState('window', {start: isoDay(window[0]), end: isoDay(window[1])});
  }

  /** Report the view once the user has let go and it has not changed for a moment: one
   * message per pan or zoom, however long it lasts or however slowly the map draws. */
  private scheduleViewReport(): void {
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      if (this.interacting) this.scheduleViewReport();
      else this.reportView();
    }, REPORT_VIEW_MS);
  }

  private reportView(): void {
    const v = this.viewState;
    const r = this.reported;
    if (
      r &&
      Math.abs(r.latitude - v.latitude) < VIEW_EPSILON.degrees &&
      Math.abs(r.longitude - v.longitude) < VIEW_EPSILON.degrees &&
      Math.abs(r.zoom - v.zoom) < VIEW_EPSILON.zoom
    ) {
      return; // a resize or the first layout, not a move
    }
    // The map settles on the view the link will hold (a fraction of a pixel away), so a
    // screenshot now and the same link opened later show the same picture.
    const rounded = {
      latitude: round(v.latitude, 4),
      longitude: round(v.longitude, 4),
      zoom: round(v.zoom - this.zoomOffset, 2)
    };
    this.viewState = {...v, ...rounded, zoom: rounded.zoom + this.zoomOffset};
    this.deck.setProps({viewState: this.viewState});
    this.reported = {...this.viewState};
    this.setState('view', rounded);
  }

  private bounds(): Bounds | null {
    const viewport = this.deck.isInitialized ? this.deck.getViewports()[0] : undefined;
    if (!viewport || viewport.width < 2 || viewport.height < 2) return null;
    const [west, south, east, north] = viewport.getBounds();
    return {west, south, east, north};
  }

  /** Redraw at most once per animation frame. */
  private render(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const spec = this.spec;
    if (!spec) return;
    // Counters for the benchmark and tests: a redraw is observable from the page.
    this.root.dataset.frames = String(Number(this.root.dataset.frames ?? 0) + 1);
    const reference = this.sources.reference(spec.reference);
    const b = this.binary;
    const ranges = filterRanges(this.window, spec.mode);
    const bounds = this.bounds();
    let inView = 0;
    let cells: Cell[] = [];
    if (b && !bounds) this.render(); // not laid out yet: count on a later frame
    if (b && bounds) {
      inView = countInView(b.events.xy, b.filter, this.window, spec.mode, bounds);
      this.aggregated = inView > spec.aggregate_above;
      if (this.aggregated) {
        cells = aggregate(
          b.events.xy,
          b.filter,
          this.window,
          spec.mode,
          bounds,
          cellSizeFor(this.viewState.zoom)
        );
      }
    }
    this.setNote(b, reference, inView, bounds !== null);
    const layers: Layer[] = [];
    const selected = spec.selected.event;
    for (const template of this.templates) {
      const id = template.id;
      const key = this.placeholders.get(id);
      if (key === undefined) {
        layers.push(template);
        continue;
      }
      if (key.startsWith('ref:')) {
        const value = reference?.[key.slice(4)];
        if (value) layers.push(template.clone({data: value}));
      } else if (BINARY_LAYERS.has(id)) {
        if (!b || this.aggregated) continue;
        if (id === 'events-faded' && !ranges.faded) continue;
        const attributes = {...b.attributes};
        if (id === 'uncertainty') attributes.getRadius = attributes.getPrecisionRadius;
        delete attributes.getPrecisionRadius;
        const props: Record<string, unknown> = {
          data: {length: b.events.n, attributes},
          filterRange: id === 'events-faded' ? ranges.faded : ranges.active
        };
        // With an event selected, the others step back; the selected one is redrawn on top.
        if (selected !== null && id !== 'uncertainty') props.opacity = DIMMED;
        layers.push(template.clone(props));
        if (id === 'events' && bounds) layers.push(this.letters(b, bounds, spec.mode, selected));
      } else if (key === 'areas' && b) {
        layers.push(template.clone({data: areaRecords(b, this.window, spec.mode)}));
      } else if (key === 'aggregate' && this.aggregated) {
        layers.push(template.clone({data: cellRecords(cells)}));
      } else if (key === 'selection' && b && selected !== null) {
        const events = this.templates.find((t) => t.id === 'events');
        // Only while the selection is drawn at all (the window may have moved past it).
        if (events && selected < b.events.n && shown(b.filter, selected, this.window, spec.mode)) {
          layers.push(
            events.clone({
              id: 'selected-mark',
              data: {length: 1, attributes: oneOf(b.attributes, selected)},
              extensions: [],
              pickable: false
            } as Record<string, unknown>)
          );
        }
        layers.push(template.clone({data: selectionRing(b.events, selected)}));
      } else if (key === 'selection-area' && b && spec.selected.site !== null) {
        layers.push(template.clone({data: siteOutline(b.events, spec.selected.site)}));
      }
    }
    this.deck.setProps({layers: this.scaled(layers)});
  }

  /** The category letter in each innermost mark in view (a few thousand at most). */
  private letters(b: Binary, bounds: Bounds, mode: 'window' | 'asof', selected: number | null): Layer {
    const ev = b.events;
    const marks = letteredMarks(ev.xy, ev.ring, b.filter, this.window, mode, bounds, MAX_LETTERS);
    const data = marks.map((i) => ({
      position: [ev.xy[2 * i], ev.xy[2 * i + 1]],
      text: ev.header.categories[ev.category[i]].letter,
      dim: selected !== null && i !== selected
    }));
    return new TextLayer({
      id: 'event-letters',
      data,
      getPosition: (d: {position: [number, number]}) => d.position,
      getText: (d: {text: string}) => d.text,
      getSize: 10,
      getColor: (d: {dim: boolean}) => [255, 255, 255, d.dim ? 110 : 255],
      fontFamily: 'sans-serif',
      fontWeight: 700,
      fontSettings: {sdf: true},
      outlineWidth: 2,
      outlineColor: [0, 0, 0, 150],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      pickable: false,
      updateTriggers: {getColor: selected}
    });
  }

  /** On a slide larger than the workspace's map, marks and labels grow with it, so a
   * 1920x1080 screenshot reads like a 1280x720 one. */
  private scaled(layers: Layer[]): Layer[] {
    const width = this.size[0] || this.canvasHolder.clientWidth;
    const scale = this.spec?.slide ? Math.min(2, Math.max(1, width / SLIDE_MAP_PX)) : 1;
    if (scale === 1) return layers;
    return layers.map((layer) => {
      if (layer instanceof TextLayer) return layer.clone({sizeScale: scale});
      if (layer instanceof ScatterplotLayer && layer.props.radiusUnits === 'pixels') {
        return layer.clone({radiusScale: scale, lineWidthScale: scale});
      }
      return layer;
    });
  }

  private setNote(
    b: Binary | null,
    reference: unknown,
    inView: number,
    laidOut: boolean
  ): void {
    let text: string;
    if (!b || !reference || !laidOut) text = 'Loading the map data…';
    else if (this.aggregated) {
      text = `${plural(inView, 'event')} in view, shown as counts per area: zoom in to see each event.`;
    } else text = `${plural(inView, 'event')} in the visible area`;
    if (this.note.textContent !== text) this.note.textContent = text;
    this.note.dataset.inView = String(inView);
    this.note.dataset.aggregated = String(this.aggregated);
  }

  /** The tooltip: plain text (textContent, never markup), kept inside the map. */
  private showTooltip(info: PickingInfo): void {
    const text = this.tooltipText(info);
    const tip = this.tip;
    if (!text) {
      tip.hidden = true;
      return;
    }
    tip.textContent = text;
    tip.hidden = false;
    // Kept inside the part of the map that is on screen (the page may be scrolled so the
    // map runs past the window's edge): beside the pointer, flipped where it would not fit.
    const rect = this.canvasHolder.getBoundingClientRect();
    const left = Math.max(0, -rect.left);
    const top = Math.max(0, -rect.top);
    const right = Math.min(rect.width, window.innerWidth - rect.left);
    const bottom = Math.min(rect.height, window.innerHeight - rect.top);
    const gap = 14;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const x = info.x + gap + w > right ? info.x - gap - w : info.x + gap;
    const y = info.y + gap + h > bottom ? info.y - gap - h : info.y + gap;
    tip.style.left = `${Math.max(left + 2, Math.min(x, right - w - 2))}px`;
    tip.style.top = `${Math.max(top + 2, Math.min(y, bottom - h - 2))}px`;
  }

  private tooltipText(info: PickingInfo): string | null {
    const b = this.binary;
    if (!b || info.index < 0 || !info.layer) return null;
    const id = info.layer.id;
    let text: string | null = null;
    if (id === 'events' || id === 'events-faded') text = eventTooltip(b.events, info.index);
    else if (id === 'areas') text = (info.object as {tip: string}).tip;
    else if (id === 'aggregate') {
      const cell = info.object as {count: number};
      text = `${plural(cell.count, 'event')} here\nClick to zoom in`;
    }
    return text;
  }

  private onClick(info: PickingInfo): void {
    const b = this.binary;
    const version = this.spec?.events;
    const id = info.layer?.id;
    if (b && (id === 'events' || id === 'events-faded') && info.index >= 0) {
      this.setTrigger('pick', {kind: 'event', index: info.index, version});
    } else if (b && id === 'areas' && info.object) {
      this.setTrigger('pick', {
        kind: 'site',
        index: (info.object as {site: number}).site,
        version
      });
    } else if (id === 'aggregate' && info.object) {
      const cell = info.object as {position: [number, number]};
      this.viewState = {
        ...this.viewState,
        longitude: cell.position[0],
        latitude: cell.position[1],
        zoom: Math.min(this.viewState.maxZoom ?? 14, this.viewState.zoom + 2)
      };
      this.deck.setProps({viewState: this.viewState});
      this.scheduleViewReport();
      this.render();
    } else if (!info.layer) {
      this.setTrigger('pick', {kind: 'none', version});
    }
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Binary attributes shared by the event layers: built once per data version. */
function eventAttributes(ev: EventColumns, filter: Float32Array): Record<string, any> {
  const {categories, statuses, ring} = ev.header;
  const fill = new Uint8Array(ev.n * 4);
  const line = new Uint8Array(ev.n * 4);
  const width = new Float32Array(ev.n);
  const radius = new Float32Array(ev.n);
  const precision = new Float32Array(ev.n);
  for (let i = 0; i < ev.n; i++) {
    const color = categories[ev.category[i]].color;
    const status = statuses[ev.status[i]];
    const outline = status.line ?? color;
    fill.set([color[0], color[1], color[2], status.fill_alpha], 4 * i);
    line.set([outline[0], outline[1], outline[2], 255], 4 * i);
    width[i] = status.width;
    radius[i] = ring.base + ring.step * ev.ring[i];
    const m = ev.precisionM[i];
    precision[i] = Number.isNaN(m) ? 0 : m;
  }
  return {
    getPosition: {value: ev.xy, size: 2},
    getRadius: {value: radius, size: 1},
    getPrecisionRadius: {value: precision, size: 1},
    getFillColor: {value: fill, size: 4, normalized: true},
    getLineColor: {value: line, size: 4, normalized: true},
    getLineWidth: {value: width, size: 1},
    getFilterValue: {value: filter, size: 2}
  };
}

const DASHED = [6, 4];
const SOLID = [0, 0];

/** The sites with events drawn: outline (dashed where only the region is known) and a
 * light fill in the colour of their latest event. */
function areaRecords(b: Binary, window: [number, number], mode: 'window' | 'asof') {
  const ev = b.events;
  const h = ev.header;
  const out: Record<string, unknown>[] = [];
  for (const s of sitesInView(ev.site, b.filter, window, mode)) {
    const site = h.sites[s.site];
    if (!site.polygons) continue;
    const color = h.categories[ev.category[s.latest]].color;
    const fade = s.faded ? h.faded_factor : 1;
    const regionOnly = site.geo_precision >= 3;
    // A region-only place is an outline, not a fill: filled regions stack up and hide the map.
    const alpha = Math.round((regionOnly ? 0 : 45) * fade);
    const tip = [
      site.name,
      `${plural(s.count, 'event')} in view here`,
      precisionText(h.precision_labels, site.geo_precision, null) +
        (site.geo_precision >= 2 ? '\nThe outline is the area it lies in, not its position' : '')
    ].join('\n');
    for (const polygon of site.polygons) {
      out.push({
        polygon,
        site: s.site,
        fill: [...color, alpha],
        line: [...color, Math.round(220 * fade)],
        dash: regionOnly ? DASHED : SOLID,
        tip
      });
    }
  }
  return out;
}

function cellRecords(cells: Cell[]) {
  let max = 1;
  for (const c of cells) max = Math.max(max, c.count);
  return cells.map((c) => ({
    position: c.position,
    count: c.count,
    radius: 6 + 22 * Math.sqrt(c.count / max),
    label: c.count.toLocaleString('en-US')
  }));
}

/** The binary attributes of event ``i`` alone (its own marker, drawn over the rest). */
function oneOf(attributes: Record<string, any>, i: number): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [name, a] of Object.entries(attributes)) {
    if (name === 'getFilterValue' || name === 'getPrecisionRadius') continue;
    out[name] = {...a, value: a.value.subarray(i * a.size, (i + 1) * a.size)};
  }
  return out;
}

function selectionRing(ev: EventColumns, i: number) {
  if (i < 0 || i >= ev.n) return [];
  const radius = ev.header.ring.base + ev.header.ring.step * ev.ring[i] + 5;
  return [{position: [ev.xy[2 * i], ev.xy[2 * i + 1]], radius}];
}

function siteOutline(ev: EventColumns, s: number) {
  // A point site is ringed through its event (Python selects one there).
  const site = ev.header.sites[s];
  return site?.polygons ? site.polygons.map((polygon) => ({polygon})) : [];
}
