// One map: a deck.gl Deck drawing the spec Python built with pydeck from the view's scene,
// fed with the binary event columns sent once per data version. Everything drawn (colours,
// rings, letters, areas, names, legend) is the scene's decision; this file only follows the
// live window and view (what is shown now, what is in bounds) and reports back picks, the
// final window, the view after a user's pan or zoom, and the canvas size.
import {Deck, MapView, WebMercatorViewport, type Layer, type PickingInfo} from '@deck.gl/core';
import {DataFilterExtension} from '@deck.gl/extensions';
import {JSONConverter} from '@deck.gl/json';
import {GeoJsonLayer, LineLayer, PolygonLayer, ScatterplotLayer, TextLayer} from '@deck.gl/layers';
import {Brush} from './brush';
import {
  aggregate,
  cellSizeFor,
  countInView,
  filterRanges,
  filterValues,
  isFaded,
  keptOnRegion,
  overlapsAny,
  shown,
  sitesInView,
  visibleLetters,
  type Bounds,
  type Box,
  type Cell,
  type Disc
} from './compute';
import {letteredOf, type EventColumns} from './events';
import {eventTooltip, isoDay, plural} from './format';
import {renderLegend} from './legend';
import {dashes, geojsonSegments, packSegments, type Segments} from './lines';
import {COUNT_NOTE, COUNT_RADIUS_PX, DATA, LAYER, PLACEHOLDER, type FrameReport, type LabelSpec, type MapSpec, type ViewReport} from './protocol.gen';
import {adopt, layPicture, whenGpuDone} from './picture';
import {setSkip} from './skip';
import {showSlide, type SlideParts} from './slide';

const converter = new JSONConverter({
  configuration: {
    classes: {MapView, GeoJsonLayer, LineLayer, PolygonLayer, ScatterplotLayer, TextLayer, DataFilterExtension}
  }
});

const EVENT_LAYERS = new Set<string>([LAYER.events, LAYER.events_faded, LAYER.uncertainty]);
const REPORT_VIEW_MS = 450; // the view goes to the server once the map has come to rest
const RESIZE_SETTLE_MS = 150;
const CLICK_SLOP_PX = 4; // a press that moved further is a pan (deck.gl's tap allows 9 px)
const MAX_LETTERS = 3000; // category letters drawn in view, at most (more would be noise)
const REVEAL_MARGIN_PX = 40; // a selected mark closer than this to an edge is brought in

export interface Sources {
  events(version: string): EventColumns | undefined;
  mask(version: string): Uint8Array | undefined;
  letters(version: string): Uint8Array | undefined;
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
  lettersVersion: string | null;
  filter: Float32Array;
  lettered: Uint8Array;
  attributes: Record<string, Record<string, unknown>>;
}

export class DashMap {
  private root: HTMLElement;
  private canvasHolder: HTMLDivElement;
  private note: HTMLElement;
  private legend: HTMLElement;
  private slide: SlideParts;
  private tip: HTMLElement;
  private brush: Brush;
  private deck: Deck<any>;
  private spec: MapSpec | null = null;
  private specJson = '';
  private templates: Layer[] = [];
  private keptAreaLines: {spec: MapSpec; binary: Binary; key: string; data: Record<string, unknown>[]} | null = null;
  private placeholders = new Map<string, string>(); // layer id -> what fills its data
  private binary: Binary | null = null;
  private viewState: ViewState = {latitude: 0, longitude: 0, zoom: 1}; // drawn
  private view: ViewReport = {latitude: 0, longitude: 0, zoom: 1}; // the link's
  private appliedSeq = -1;
  private appliedSlide: boolean | null = null;
  private zoomOffset = 0; // a slide: drawn zoom - the view's zoom (its frame, scaled)
  private userMoved = false; // the view changed by the user's hand since the last report
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private interacting = false; // a drag, pinch or zoom animation is under way
  private size: [number, number] = [0, 0];
  private reportedFrame = '';
  private resizeObserver: ResizeObserver | null = null;
  private window: [number, number] = [0, 0];
  private frame = 0;
  private aggregated = false;
  private selectedIndex: number | null = null;
  private picture: HTMLImageElement | null = null; // the server's picture, until WebGL has drawn
  private gl: WebGL2RenderingContext | null = null;

  constructor(
    parent: HTMLElement | ShadowRoot,
    private sources: Sources,
    private setState: SetValue,
    private setTrigger: SetValue
  ) {
    this.root = document.createElement('div');
    this.root.className = 'dashmap';
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
    this.slide = showSlide(this.root, this.canvasHolder, () => this.setTrigger('exit', true));
    this.root.append(this.slide.head, this.canvasHolder, this.brush.root, this.legend, this.slide.foot, this.slide.exit);
    parent.appendChild(this.root);
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
      onViewStateChange: ({viewState, interactionState}) => {
        const state = interactionState as Record<string, boolean> | undefined;
        // Only a hand on the map moves the view the link holds: a resize, a first
        // layout or keeping the map on the region never does.
        if (state && Object.values(state).some(Boolean)) {
          this.userMoved = true;
          this.retirePicture(); // it cannot follow a hand
        }
        const moved = viewState as ViewState;
        this.viewState = this.spec?.slide ? moved : this.clamped(moved);
        this.tip.hidden = true; // it described what was under the pointer before the move
        this.deck.setProps({viewState: this.viewState}); // controlled: the map moves only so
        this.placePicture();
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
      getCursor: ({isHovering}) => (isHovering ? 'pointer' : 'grab'),
      onAfterRender: () => this.afterRender(),
      onDeviceInitialized: (device) => {
        this.gl = (device as unknown as {gl?: WebGL2RenderingContext}).gl ?? null;
      },
      // Counts in view depend on the canvas size: recount when it changes.
      onResize: () => this.render()
    });
    this.watchClicks();
    this.watchSize();
    // Timings for the benchmark and tests (ms since navigation start).
    this.root.dataset.mountedAt = String(Math.round(performance.now()));
    this.takePicture(parent);
  }

  /** The loader's picture of the map goes into the canvas's place, over the canvas. */
  private takePicture(parent: HTMLElement | ShadowRoot): void {
    const early = adopt(parent);
    if (!early) return;
    this.picture = early.img;
    this.canvasHolder.appendChild(early.img);
    if (early.shownAt) this.root.dataset.shownAt = early.shownAt;
    if (early.img.complete) this.markShown(); // loaded, its box gone before it said so
    early.img.addEventListener(
      'load',
      () => {
        this.markShown();
        this.placePicture();
      },
      {once: true}
    );
  }

  /** When a map was first on screen: the picture, or WebGL's first frame. */
  private markShown(): void {
    if (!this.root.dataset.shownAt) this.root.dataset.shownAt = String(Math.round(performance.now()));
  }

  /** The picture laid where the drawn view puts its ground: the view may be kept on the
   * region for this canvas (moved, zoomed in) where the picture's frame was not. */
  private placePicture(): void {
    const [width, height] = this.size;
    if (this.picture && width > 1 && height > 1) layPicture(this.picture, this.viewState, width, height);
  }

  private retirePicture(): void {
    if (!this.picture) return;
    this.picture.remove();
    this.picture = null;
    this.root.dataset.pictureGoneAt = String(Math.round(performance.now()));
  }

  /** Clicks on the map, from the browser's own click event rather than deck.gl's click
   * recognizer: that one emits a press only 300 ms after its release, once no double
   * click can follow, and on a loaded software-GL desktop it lost about one click in four
   * (the press reached the canvas, no click came). A press that moved is a pan, not a click. */
  private watchClicks(): void {
    let down: [number, number] | null = null;
    this.canvasHolder.addEventListener('pointerdown', (e) => {
      down = [e.clientX, e.clientY];
    });
    this.canvasHolder.addEventListener('click', (e) => {
      const moved = !down || Math.hypot(e.clientX - down[0], e.clientY - down[1]) > CLICK_SLOP_PX;
      if (moved || !(e.target instanceof HTMLCanvasElement)) return;
      const box = e.target.getBoundingClientRect();
      const x = e.clientX - box.left;
      const y = e.clientY - box.top;
      this.onClick(this.deck.pickObject({x, y, radius: this.deck.props.pickingRadius}));
    });
  }

  private watchSize(): void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const apply = () => {
      const width = this.canvasHolder.clientWidth;
      const height = this.canvasHolder.clientHeight;
      if (width > 1 && height > 1 && (width !== this.size[0] || height !== this.size[1])) {
        this.size = [width, height];
        this.deck.setProps({width, height});
        this.drawView(); // the link's view in the new canvas (never a move of its own)
        this.reportFrame();
        this.render();
      }
    };
    this.resizeObserver = new ResizeObserver(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(apply, RESIZE_SETTLE_MS);
    });
    this.resizeObserver.observe(this.canvasHolder);
  }

  /** The page's map tells the server what it draws (canvas size, drawn centre and
   * zoom, and the view they were drawn for): the next scene places names in it. */
  private reportFrame(): void {
    const spec = this.spec;
    const [width, height] = this.size;
    if (!spec || spec.slide || width < 2 || height < 2) return;
    const v = this.viewState;
    const frame: FrameReport = {
      width,
      height,
      latitude: round(v.latitude, 6),
      longitude: round(v.longitude, 6),
      zoom: round(v.zoom, 4),
      view: this.view
    };
    const key = JSON.stringify(frame);
    if (key === this.reportedFrame) return;
    this.reportedFrame = key;
    this.setState('frame', frame);
  }

  private afterRender(): void {
    const reference = this.spec && this.sources.reference(this.spec.reference);
    if (this.root.dataset.drawnAt || !this.binary || !reference || !this.bounds()) return;
    const drawn = this.deck.props.layers.some((l) => l && (l as Layer).id === LAYER.events);
    if (drawn || this.aggregated) {
      this.root.dataset.drawnAt = String(Math.round(performance.now()));
      this.root.dataset.drawn = 'true';
      // Shown once the GPU has run this frame (in software: seconds after it was handed over).
      whenGpuDone(this.gl, () => {
        this.markShown();
        this.retirePicture();
      });
    }
  }

  destroy(): void {
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.resizeObserver?.disconnect();
    this.slide.destroy();
    this.deck.finalize();
    this.root.remove();
  }

  /** A new spec from Python (every rerun) or new data arrived (a data mount). */
  update(spec?: MapSpec): void {
    if (spec) {
      this.convert(spec);
      this.spec = spec;
      if (this.picture && this.picture.dataset.key !== spec.picture_of) this.retirePicture();
      this.root.dataset.specs = String(Number(this.root.dataset.specs ?? 0) + 1);
      this.slide.update(spec.slide, spec.frame);
      setSkip(spec.skip);
      renderLegend(this.legend, spec.legend);
      if (!this.brush.dragging) this.window = [spec.window[0], spec.window[1]];
      this.brush.setWindow([spec.span[0], spec.span[1]], this.window);
      this.brush.root.hidden = spec.slide !== null;
      const slide = spec.slide !== null;
      if (spec.view.seq !== this.appliedSeq || slide !== this.appliedSlide) {
        // Python moved the map (a preset, "centre on the selection", a permalink), or the
        // slide came or went: the map shows exactly the view the link holds.
        this.appliedSeq = spec.view.seq;
        this.appliedSlide = slide;
        this.view = {latitude: spec.view.latitude, longitude: spec.view.longitude, zoom: spec.view.zoom};
        this.userMoved = false;
        this.drawView();
      }
      const index = spec.selection?.index ?? null;
      if (index !== this.selectedIndex) {
        this.selectedIndex = index;
        this.drawView(); // a new selection is brought into view
      }
      this.reportFrame();
    }
    this.refreshBinary();
    this.render();
  }

  private convert(spec: MapSpec): void {
    const json = JSON.stringify(spec.deck);
    if (json === this.specJson) return;
    this.specJson = json;
    // Layers are converted without their placeholder data (a string would be fetched as a
    // URL): the data is set on each draw from what the payloads and the spec hold.
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

  /** Draw the link's view: on a slide exactly its frame's ground (scaled to the
   * canvas); on the page kept on the region. */
  private drawView(): void {
    const spec = this.spec;
    if (!spec) return;
    const width = this.size[0] || this.canvasHolder.clientWidth;
    this.zoomOffset = this.wantedZoomOffset(width);
    const initial = (spec.deck.initialViewState ?? {}) as ViewState;
    const v = {...this.view, zoom: this.view.zoom + this.zoomOffset};
    this.viewState = {...(spec.slide ? v : this.revealed(this.clamped(v), spec)), maxZoom: (initial.maxZoom ?? 20) + this.zoomOffset};
    this.deck.setProps({viewState: this.viewState});
    this.placePicture();
  }

  /** The view moved just enough that the selected mark is in it, clear of the edges (a
   * narrower page than the link was made on, or the Details column, can cut it). Drawn
   * only, like keeping to the region: the link keeps its view, and opening it at this
   * size draws the same. */
  private revealed(v: ViewState, spec: MapSpec): ViewState {
    const position = spec.selection?.position;
    const [width, height] = this.size;
    if (!position || width < 2 || height < 2) return v;
    const viewport = new WebMercatorViewport({...v, width, height});
    const [x, y] = viewport.project([position[0], position[1]]);
    const m = Math.min(REVEAL_MARGIN_PX, width / 4, height / 4);
    const dx = x < m ? x - m : x > width - m ? x - (width - m) : 0;
    const dy = y < m ? y - m : y > height - m ? y - (height - m) : 0;
    if (!dx && !dy) return v;
    const [longitude, latitude] = viewport.unproject([width / 2 + dx, height / 2 + dy]);
    return this.clamped({...v, longitude, latitude});
  }

  /** The view, moved (and zoomed in) only as far as needed to keep the map on the
   * reference data. */
  private clamped(v: ViewState): ViewState {
    const extent = this.spec?.extent as [number, number, number, number] | null | undefined;
    const width = this.size[0] || this.canvasHolder.clientWidth;
    const height = this.size[1] || this.canvasHolder.clientHeight;
    if (!extent || width < 2 || height < 2) return v;
    return keptOnRegion(v, width, height, extent);
  }

  /** How much larger than its frame a slide is drawn (1 on the page). */
  private scale(): number {
    const spec = this.spec;
    const width = this.size[0] || this.canvasHolder.clientWidth;
    return spec?.slide && width > 1 ? width / spec.frame.width : 1;
  }

  /** A slide shows its frame's ground: a wider canvas is drawn closer. */
  private wantedZoomOffset(width: number): number {
    const spec = this.spec;
    return spec?.slide && width > 1 ? Math.log2(width / spec.frame.width) : 0;
  }

  private refreshBinary(): void {
    const spec = this.spec;
    if (!spec) return;
    const events = this.sources.events(spec.events);
    if (!events) return;
    const mask = spec.mask ? this.sources.mask(spec.mask) : null;
    if (spec.mask && !mask) return; // the new mask is on its way: keep drawing the old one
    const letters = spec.letters ? this.sources.letters(spec.letters) : null;
    const b = this.binary;
    const sameEvents = b !== null && b.events === events;
    if (sameEvents && b.maskVersion === spec.mask && b.lettersVersion === spec.letters) return;
    const filter = sameEvents && b.maskVersion === spec.mask ? b.filter : filterValues(events.t, mask ?? null);
    const lettered = letters
      ? letteredOf(events, letters)
      : sameEvents
        ? b.lettered
        : new Uint8Array(events.n);
    this.binary = {
      events,
      maskVersion: spec.mask,
      lettersVersion: letters ? spec.letters : sameEvents ? b.lettersVersion : null,
      filter,
      lettered,
      attributes: eventAttributes(events, filter, lettered)
    };
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
    if (!this.userMoved) return; // a resize, a first layout or a clamp: not a move
    this.userMoved = false;
    const v = this.viewState;
    // The map settles on the view the link will hold (a fraction of a pixel away), so a
    // screenshot now and the same link opened later show the same picture.
    const rounded = {
      latitude: round(v.latitude, 4),
      longitude: round(v.longitude, 4),
      zoom: round(v.zoom - this.zoomOffset, 2)
    };
    // Without the animation that brought the map here (a zoom key's): set again, it
    // would replay a fraction-of-a-pixel animation and report the view a second time.
    this.viewState = {...atRest(v), ...rounded, zoom: rounded.zoom + this.zoomOffset};
    this.deck.setProps({viewState: this.viewState});
    this.view = rounded;
    this.setState('view', rounded);
    this.reportFrame();
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
    // Counters for the benchmark and tests: a redraw is observable from the page, and so
    // is the view it draws (the link's, kept on the region, the selection brought in).
    this.root.dataset.frames = String(Number(this.root.dataset.frames ?? 0) + 1);
    const v = this.viewState;
    this.root.dataset.view = `${v.latitude},${v.longitude},${v.zoom - this.zoomOffset}`;
    const reference = this.sources.reference(spec.reference);
    const b = this.binary;
    const bounds = this.bounds();
    let inView = 0;
    let cells: Cell[] = [];
    if (b && !bounds) this.render(); // not laid out yet: count on a later frame
    if (b && bounds) {
      inView = countInView(b.events.xy, b.filter, this.window, spec.mode, bounds);
      this.aggregated = inView > spec.aggregate_above;
      if (this.aggregated) {
        // The frame's zoom (a slide is drawn closer): the cells the scene counts.
        const cell = cellSizeFor(this.viewState.zoom - this.zoomOffset);
        cells = aggregate(b.events.xy, b.filter, this.window, spec.mode, bounds, cell);
      }
    }
    this.setNote(b, reference, inView, bounds !== null);
    const counts = this.aggregated ? cellRecords(cells) : [];
    const covered = this.coveredNames(spec.labels, counts);
    const layers: Layer[] = [];
    for (const template of this.templates) {
      const key = this.placeholders.get(template.id);
      if (key === undefined) layers.push(template);
      else {
        const layer = this.filled(template, key, spec, reference, b, bounds, counts, covered);
        if (layer) layers.push(layer);
      }
    }
    this.deck.setProps({layers: this.scaled(layers)});
    // For tests: the names drawn now, and those left out for the counts they would cover.
    const named = layers.filter((l) => l.id === LAYER.place_labels || l.id === LAYER.country_labels);
    this.root.dataset.names = JSON.stringify(named.flatMap((l) => (l.props.data as LabelSpec[]).map((d) => d.text)));
    this.root.dataset.namesGivenWay = JSON.stringify([...covered].map((l) => l.text));
  }

  /** A layer template with its data for now: what the scene said, as the live window and
   * view show it. Null when the layer has nothing to draw. */
  private filled(
    template: Layer,
    key: string,
    spec: MapSpec,
    reference: Record<string, unknown> | undefined,
    b: Binary | null,
    bounds: Bounds | null,
    counts: CountRecord[],
    covered: Set<LabelSpec>
  ): Layer | null {
    if (key.startsWith(DATA.reference)) {
      const value = reference?.[key.slice(DATA.reference.length)];
      if (!value) return null;
      return template.clone({data: template instanceof LineLayer ? segmentsOf(value) : value});
    }
    if (key === DATA.place_dots || key === DATA.place_labels || key === DATA.country_labels) {
      return template.clone({data: this.labels(spec.labels, key, covered)});
    }
    if (!b) return null;
    const ranges = filterRanges(this.window, spec.mode);
    if (key === DATA.events) {
      if (this.aggregated || (template.id === LAYER.events_faded && !ranges.faded)) return null;
      const {getCircleRadius, ...marks} = b.attributes;
      // Circles of uncertainty keep the layer's own colours (the spec's): the marks'
      // colour columns would override them and paint each circle as a large mark.
      const attributes =
        template.id === LAYER.uncertainty
          ? {getPosition: marks.getPosition, getFilterValue: marks.getFilterValue, getRadius: getCircleRadius}
          : marks;
      const range = template.id === LAYER.events_faded ? ranges.faded : ranges.active;
      return template.clone({data: {length: b.events.n, attributes}, filterRange: range} as Record<string, unknown>);
    }
    if (key === DATA.aggregate) return this.aggregated ? template.clone({data: counts}) : null;
    if (key === DATA.areas) return template.clone({data: this.areas(spec, b)});
    if (key === DATA.area_lines) return template.clone({data: this.areaLines(spec, b, template)});
    if (key === DATA.selection_area) return template.clone({data: siteOutline(b.events, spec.selected_site)});
    const selected = spec.selection && shown(b.filter, spec.selection.index, this.window, spec.mode) ? spec.selection : null;
    if (key === DATA.selection) return template.clone({data: selected ? [selected] : []});
    if (this.aggregated || !bounds) return null;
    return template.clone({data: this.letters(key, spec, b, bounds, selected?.index ?? -1)});
  }

  /** The areas of the sites with an event drawn now, styled as the scene says. */
  private areas(spec: MapSpec, b: Binary) {
    const drawn = new Set(sitesInView(b.events.site, b.filter, this.window, spec.mode).map((s) => s.site));
    const out: Record<string, unknown>[] = [];
    for (const area of spec.areas) {
      if (!drawn.has(area.site)) continue;
      for (const polygon of b.events.header.sites[area.site]?.polygons ?? []) {
        out.push({polygon, site: area.site, fill: area.fill, line: area.line, dash: area.dash, tip: area.tip});
      }
    }
    return out;
  }

  /** The areas' outlines as segments, dashed as the scene says at the zoom drawn (the
   * dashes in half line widths: deck.gl's path dashes, which drew them before, measure so). */
  private areaLines(spec: MapSpec, b: Binary, template: Layer) {
    const width = (Number((template.props as {getWidth?: unknown}).getWidth ?? 1) * this.scale()) / 2;
    const areas = this.areas(spec, b);
    // Kept while the areas and the zoom stay (a pan): cutting a long dashed outline takes
    // tens of ms, and the same data is not uploaded again.
    const key = `${this.viewState.zoom}|${width}|${areas.map((a) => a.site).join(',')}`;
    const kept = this.keptAreaLines;
    if (kept && kept.spec === spec && kept.binary === b && kept.key === key) return kept.data;
    const out: Record<string, unknown>[] = [];
    for (const area of areas) {
      const [on, off] = area.dash as number[];
      for (const ring of area.polygon as number[][][]) {
        for (const [source, target] of dashes(ring, this.viewState.zoom, on * width, off * width)) {
          out.push({source, target, site: area.site, line: area.line, tip: area.tip});
        }
      }
    }
    this.keptAreaLines = {spec, binary: b, key, data: out};
    return out;
  }

  /** The letters of one letters layer: the scene's lettered events drawn now, in view. */
  private letters(key: string, spec: MapSpec, b: Binary, bounds: Bounds, selected: number) {
    const ev = b.events;
    const ids = visibleLetters(ev.xy, b.lettered, b.filter, this.window, spec.mode, bounds, MAX_LETTERS);
    const wanted = (i: number) => {
      if (key === DATA.selection_letter) return i === selected;
      if (i === selected) return false;
      return isFaded(b.filter, i, this.window, spec.mode) === (key === DATA.letters_faded);
    };
    return ids.filter(wanted).map((i) => ({
      position: [ev.xy[2 * i], ev.xy[2 * i + 1]],
      text: ev.header.categories[ev.category[i]].letter
    }));
  }

  /** The names the scene placed (a slide's offsets grow with it). */
  private labels(labels: LabelSpec[], key: string, covered: Set<LabelSpec>) {
    const s = this.scale();
    const drawn = labels.filter((l) => !covered.has(l));
    if (key === DATA.place_dots) return drawn.filter((l) => l.dot).map((l) => ({position: l.position}));
    const kind = key === DATA.place_labels ? 'place' : 'country';
    return drawn
      .filter((l) => l.kind === kind)
      .map((l) => ({...l, offset: [l.offset[0] * s, l.offset[1] * s]}));
  }

  /** The names that would cover a count per area. The server places names clear of the
   * counts as it counts them (dashboard/scene/counts.py); the page recounts at once as the
   * window is dragged, before the server has placed names for the new counts. A count is
   * the data and a name only where it is, so the name (and its dot) gives way. */
  private coveredNames(labels: LabelSpec[], counts: CountRecord[]): Set<LabelSpec> {
    const covered = new Set<LabelSpec>();
    const viewport = counts.length && labels.length ? this.deck.getViewports()[0] : undefined;
    const digits = this.template(LAYER.aggregate_labels) as TextLayer | undefined;
    if (!viewport || !digits) return covered;
    // On a slide deck.gl grows texts and circles (sizeScale, radiusScale), not text boxes' padding.
    const s = this.scale();
    const size = Number(digits.props.getSize) * s;
    const font = `${digits.props.fontWeight} ${size}px ${digits.props.fontFamily}`;
    const [padX, padY] = digits.props.backgroundPadding ?? [0, 0];
    // Each count: its circle, and the box its digits sit on (wider than a small circle).
    const discs: Disc[] = [];
    const countBoxes = counts.map((c): Box => {
      const [x, y] = viewport.project(c.position);
      discs.push({x, y, r: c.radius * s});
      const w = textWidth(c.label, font) / 2 + padX;
      const h = size / 2 + padY;
      return [x - w, y - h, x + w, y + h];
    });
    // Each name: its text on the box its layer draws, and its dot.
    const pads = {
      place: (this.template(LAYER.place_labels) as TextLayer | undefined)?.props.backgroundPadding,
      country: (this.template(LAYER.country_labels) as TextLayer | undefined)?.props.backgroundPadding
    };
    const dot = Number((this.template(LAYER.place_dots) as ScatterplotLayer | undefined)?.props.getRadius ?? 0) * s;
    const texts: Box[] = [];
    const dots: Box[] = [];
    for (const l of labels) {
      const [x, y] = viewport.project(l.position);
      const [left, top, right, bottom] = l.extent;
      const [px, py] = pads[l.kind] ?? [0, 0];
      texts.push([x + left * s - px, y + top * s - py, x + right * s + px, y + bottom * s + py]);
      dots.push([x - dot, y - dot, x + dot, y + dot]);
    }
    const textHit = overlapsAny(texts, countBoxes, discs);
    const dotHit = overlapsAny(dots, countBoxes, discs);
    labels.forEach((l, i) => (textHit[i] || (l.dot && dotHit[i])) && covered.add(l));
    return covered;
  }

  private template(id: string): Layer | undefined {
    return this.templates.find((t) => t.id === id);
  }

  /** On a slide drawn larger than its frame, marks and names grow with it, so every
   * size of window shows the same picture. */
  private scaled(layers: Layer[]): Layer[] {
    const scale = this.scale();
    if (scale === 1) return layers;
    return layers.map((layer) => {
      if (layer instanceof TextLayer) return layer.clone({sizeScale: scale});
      if (layer instanceof LineLayer) return layer.clone({widthScale: scale});
      if (layer instanceof ScatterplotLayer && layer.props.radiusUnits === 'pixels') {
        return layer.clone({radiusScale: scale, lineWidthScale: scale});
      }
      if (layer instanceof ScatterplotLayer || layer instanceof PolygonLayer || layer instanceof GeoJsonLayer) {
        return layer.clone({lineWidthScale: scale});
      }
      return layer;
    });
  }

  private setNote(b: Binary | null, reference: unknown, inView: number, laidOut: boolean): void {
    let text: string;
    if (!b || !reference || !laidOut) text = 'Loading the map data…';
    else if (this.aggregated) {
      text = `${plural(inView, 'event')} in view, ${COUNT_NOTE}`;
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
    if (id === LAYER.events || id === LAYER.events_faded) return eventTooltip(b.events, info.index);
    if (id === LAYER.areas || id === LAYER.area_lines) return (info.object as {tip: string}).tip;
    if (id === LAYER.aggregate) {
      const cell = info.object as {count: number};
      return `${plural(cell.count, 'event')} here\nClick to zoom in`;
    }
    return null;
  }

  private onClick(info: PickingInfo | null): void {
    const b = this.binary;
    const version = this.spec?.events;
    if (!info?.layer) {
      this.setTrigger('pick', {kind: 'none', version});
      return;
    }
    const id = info.layer.id;
    if (b && (id === LAYER.events || id === LAYER.events_faded) && info.index >= 0) {
      this.setTrigger('pick', {kind: 'event', index: info.index, version});
    } else if (b && (id === LAYER.areas || id === LAYER.area_lines) && info.object) {
      this.setTrigger('pick', {kind: 'site', index: (info.object as {site: number}).site, version});
    } else if (id === LAYER.aggregate && info.object) {
      const cell = info.object as {position: [number, number]};
      this.viewState = {
        ...this.viewState,
        longitude: cell.position[0],
        latitude: cell.position[1],
        zoom: Math.min(this.viewState.maxZoom ?? 14, this.viewState.zoom + 2)
      };
      this.userMoved = true;
      this.deck.setProps({viewState: this.viewState});
      this.scheduleViewReport();
      this.render();
    }
  }
}

/** A view state without deck.gl's transition settings (transitionDuration, onTransitionEnd...). */
function atRest(v: ViewState): ViewState {
  const kept = Object.entries(v).filter(([k]) => !/^(on)?transition/i.test(k));
  return Object.fromEntries(kept) as unknown as ViewState;
}

let measure: CanvasRenderingContext2D | null = null;

/** The width of `text` set in CSS `font`, in px. */
function textWidth(text: string, font: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return 0;
  measure.font = font;
  return measure.measureText(text).width;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Binary attributes of the event layers, straight from the scene's mark columns. The
 * circles of uncertainty are drawn around lettered events only: one per place. */
function eventAttributes(ev: EventColumns, filter: Float32Array, lettered: Uint8Array): Record<string, any> {
  const circle = new Float32Array(ev.n);
  for (let i = 0; i < ev.n; i++) {
    const m = ev.precision_m[i];
    circle[i] = lettered[i] && !Number.isNaN(m) ? m : 0;
  }
  return {
    getPosition: {value: ev.xy, size: 2},
    getRadius: {value: ev.radius, size: 1},
    getCircleRadius: {value: circle, size: 1},
    getFillColor: {value: ev.fill, size: 4, normalized: true},
    getLineColor: {value: ev.line, size: 4, normalized: true},
    getLineWidth: {value: ev.width, size: 1},
    getFilterValue: {value: filter, size: 2}
  };
}

type CountRecord = ReturnType<typeof cellRecords>[number];

function cellRecords(cells: Cell[]) {
  let max = 1;
  for (const c of cells) max = Math.max(max, c.count);
  return cells.map((c) => ({
    position: c.position,
    count: c.count,
    radius: COUNT_RADIUS_PX[0] + COUNT_RADIUS_PX[1] * Math.sqrt(c.count / max),
    label: c.count.toLocaleString('en-US')
  }));
}

function siteOutline(ev: EventColumns, s: number | null): Segments {
  const site = s === null ? undefined : ev.header.sites[s];
  return packSegments(site?.polygons?.flat() ?? []);
}

// A reference layer's segments, made once per payload (a new one replaces the object).
const segmentCache = new WeakMap<object, Segments>();

function segmentsOf(collection: object): Segments {
  let out = segmentCache.get(collection);
  if (!out) segmentCache.set(collection, (out = geojsonSegments(collection)));
  return out;
}
