// The Streamlit component (components v2): a small loader. The map itself (deck.gl,
// Arrow: most of the bundle) is a chunk of its own, asked for as soon as this module
// runs; meanwhile the first spec's picture of the map (picture.ts) is shown in its place.
// Every mount is handed to the map in the order Streamlit made them.
import type {FrontendRenderer} from '@streamlit/component-v2-lib';
import {mapFailed, showEarly} from './picture';
import type {MapSpec, PrepareSpec} from './protocol.gen';
import {CSS} from './style';

// The map's module: its file name (with a hash of its content) is set by build.mjs.
declare const APP_MODULE: string;
const app: Promise<typeof import('./app')> = import(APP_MODULE);
app.catch((e) => console.error('the map could not be loaded', e));

function ensureStyle(parent: HTMLElement | ShadowRoot): void {
  const root = parent instanceof ShadowRoot ? parent : document.head;
  if (root.querySelector('style[data-dashmap]')) return;
  const style = document.createElement('style');
  style.dataset.dashmap = '1';
  style.textContent = CSS;
  root.appendChild(style);
}

function isSpec(data: unknown): data is MapSpec {
  return Boolean(data) && typeof data === 'object' && !(data instanceof Uint8Array) && 'deck' in (data as object);
}

function isPrepare(data: unknown): data is PrepareSpec {
  return Boolean(data) && typeof data === 'object' && 'prepare' in (data as object);
}

const component: FrontendRenderer = (args) => {
  const parent = args.parentElement as HTMLElement | ShadowRoot;
  if (isSpec(args.data)) {
    ensureStyle(parent);
    showEarly(parent, args.data);
  } else if (isPrepare(args.data)) ensureStyle(parent); // the page's layout from its first mount
  let cleanup: (() => void) | void;
  let gone = false;
  app.then(
    (m) => {
      cleanup = m.render(args);
      if (gone) cleanup?.();
    },
    () => mapFailed(parent) // e.g. a replica of another version behind the same address
  );
  return () => {
    gone = true;
    cleanup?.();
  };
};

export default component;
