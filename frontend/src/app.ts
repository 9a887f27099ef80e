// The map component's mounts, once the deck.gl part of the bundle is here (index.ts loads
// it). Two kinds of mount:
//  - data mounts (bytes): the reference layers, the events, a filter mask, the letters of
//    a view. Each arrives once per version and is kept here, in module state shared by
//    every mount; on later reruns the mount names the version it keeps (HeldSpec), and
//    a version not kept here (a page that lost it) is asked for again ('missing');
//  - the map mount (JSON spec): small, re-sent on every rerun, naming the versions it draws.
// Keeping the big data in mounts of its own means a rerun re-sends only the small spec.
import type {FrontendRendererArgs} from '@streamlit/component-v2-lib';
import {decodeEvents, unpackMask, type EventColumns} from './events';
import {DashMap, type Sources} from './map';
import {decodeContainer} from './container';
import type {HeldSpec, MapSpec} from './protocol.gen';

const KEEP = 2; // versions kept per kind: the current one and the one being replaced
const events = new Map<string, EventColumns>();
const masks = new Map<string, Uint8Array>();
const letters = new Map<string, Uint8Array>();
const references = new Map<string, Record<string, unknown>>();
const maps = new Set<DashMap>();
const byElement = new WeakMap<object, DashMap>();

function remember<T>(store: Map<string, T>, key: string, value: T): void {
  store.delete(key);
  store.set(key, value);
  while (store.size > KEEP) store.delete(store.keys().next().value as string);
}

const kept: Record<HeldSpec['kind'], Map<string, unknown>> = {
  events,
  mask: masks,
  letters,
  reference: references
};

const sources: Sources = {
  events: (v) => events.get(v),
  mask: (v) => masks.get(v),
  letters: (v) => letters.get(v),
  reference: (v) => references.get(v)
};

function receive(bytes: Uint8Array): void {
  const {header, body} = decodeContainer(bytes);
  if (header.kind === 'events') {
    if (!events.has(header.version)) remember(events, header.version, decodeEvents(header, body));
  } else if (header.kind === 'mask') {
    if (!masks.has(header.version)) remember(masks, header.version, unpackMask(body, header.n));
  } else if (header.kind === 'letters') {
    if (!letters.has(header.version)) remember(letters, header.version, body.slice());
  } else if (header.kind === 'reference') {
    if (!references.has(header.version)) remember(references, header.version, header.layers);
  }
  for (const map of maps) map.update();
}

/** One mount's data, as Streamlit gives it; returns the map's clean-up. */
export function render({data, parentElement, setStateValue, setTriggerValue}: FrontendRendererArgs): (() => void) | void {
  if (data instanceof Uint8Array) {
    receive(data);
    return;
  }
  if (data && typeof data === 'object' && 'prepare' in data) return; // its work was loading this code
  if (data && typeof data === 'object' && 'held' in data) {
    const {held, kind} = data as HeldSpec;
    if (!kept[kind]?.has(held)) setTriggerValue('missing', held);
    return;
  }
  const spec = data as MapSpec;
  let map = byElement.get(parentElement);
  if (!map) {
    map = new DashMap(
      parentElement as HTMLElement | ShadowRoot,
      sources,
      (name, value) => setStateValue(name, value),
      (name, value) => setTriggerValue(name, value)
    );
    byElement.set(parentElement, map);
    maps.add(map);
  }
  map.update(spec);
  const mounted = map;
  return () => {
    maps.delete(mounted);
    byElement.delete(parentElement);
    mounted.destroy();
  };
}
