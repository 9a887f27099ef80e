// The page's skip link ("Skip to the event list", a plain link Python writes early in the
// page) takes the keyboard past the controls and the map: following it, the component
// moves focus to the first of the spec's targets found. The component shares the page's
// document (no iframe, no shadow root), so it can focus any element of the page.
import type {SkipSpec} from './protocol.gen';

let current: SkipSpec | null = null;
let listening = false;

/** Move focus to the first of `targets` (CSS selectors) found, brought into view. An
 * element that cannot take focus is made focusable by script only (tabindex -1). */
export function skipTo(targets: string[]): boolean {
  for (const selector of targets) {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) continue;
    if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.tabIndex = -1;
    el.scrollIntoView({block: 'start'});
    el.focus({preventScroll: true});
    if (document.activeElement === el) return true;
  }
  return false;
}

function onClick(e: MouseEvent): void {
  const link = (e.target as Element | null)?.closest?.('a[href]');
  if (!current || !link || link.getAttribute('href') !== current.href) return;
  if (skipTo(current.targets)) e.preventDefault(); // else the browser follows the link
}

/** Follow the page's skip link as `spec` says (null: no skip link now). */
export function setSkip(spec: SkipSpec | null): void {
  current = spec;
  if (spec && !listening) {
    document.addEventListener('click', onClick, true);
    listening = true;
  }
}
