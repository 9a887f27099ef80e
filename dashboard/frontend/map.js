var g=[300,640];var u=512;function s(e,n){return(e+180)/360*u*2**n}function p(e,n){let t=e*Math.PI/180;return(1-Math.log(Math.tan(Math.PI/4+t/2))/Math.PI)/2*u*2**n}function E(e,n){return e/(u*2**n)*360-180}function L(e,n){let t=Math.PI*(1-2*e/(u*2**n));return Math.atan(Math.sinh(t))*180/Math.PI}function T(e,n,t){let[r,a,i,o]=t,l=s(i,0)-s(r,0),c=p(a,0)-p(o,0);return Math.log2(Math.max(e/l,n/c))}function C(e,n,t,r,a,i){let[o,l,c,A]=i,f=(_,d,m,h)=>m-d<=h?(d+m)/2:Math.min(m-h/2,Math.max(d+h/2,_)),M=f(s(e,t),s(o,t),s(c,t),r),z=f(p(n,t),p(A,t),p(l,t),a);return{longitude:E(M,t),latitude:L(z,t)}}function x(e,n,t,r){let a=T(n,t,r),i=Math.max(e.zoom,a);return{...e,zoom:i,minZoom:a,...C(e.longitude,e.latitude,i,n,t,r)}}var b="dashmap-early";function P(e){let n=document.createElement("img");return n.className="dashmap-picture",n.alt="",n.decoding="sync",e.picture?.startsWith("data:image/")&&(n.src=e.picture),n.dataset.key=e.picture_of,n.dataset.lon=String(e.view.longitude),n.dataset.lat=String(e.view.latitude),n.dataset.zoom=String(e.view.zoom),n}function I(e,n,t,r){let a=Number(e.dataset.lon),i=Number(e.dataset.lat),o=n.zoom;e.style.left=`${t/2+s(a,o)-s(n.longitude,o)}px`,e.style.top=`${r/2+p(i,o)-p(n.latitude,o)}px`,e.naturalWidth&&(e.style.width=`${e.naturalWidth*2**(o-Number(e.dataset.zoom))}px`)}function R(e,n,t){let{latitude:r,longitude:a,zoom:i}=e.view,o=e.extent,l={latitude:r,longitude:a,zoom:i};return o&&n>1&&t>1?x(l,n,t,o):l}function w(e,n){if(!n.picture||n.slide||e.querySelector(`.${b}, .dashmap`))return;let t=document.createElement("div");t.className=`dashmap-canvas ${b}`,t.setAttribute("role","img"),t.setAttribute("aria-label","Map of events (loading the interactive map)");let r=P(n),a=()=>{t.dataset.shownAt||(t.dataset.shownAt=String(Math.round(performance.now())))},i=()=>I(r,R(n,t.clientWidth,t.clientHeight),t.clientWidth,t.clientHeight);r.addEventListener("load",()=>{t.isConnected&&(i(),a())},{once:!0});let o=new ResizeObserver(()=>{t.isConnected?r.complete&&r.naturalWidth&&i():o.disconnect()});o.observe(t),t.appendChild(r),e.appendChild(t)}function y(e){let n=e.querySelector(`.${b}`);if(!n||n.querySelector(".dashmap-note"))return;let t=document.createElement("div");t.className="dashmap-note",t.setAttribute("role","alert"),t.textContent="The interactive map could not be loaded: this is a picture of it. Reload the page to try again.",n.appendChild(t)}var[F,H]=g,v=`
.dashmap { position: relative; width: 100%; font: 13px/1.35 "Source Sans Pro", "Source Sans 3", sans-serif; color: #262730; }
/* The page's map fills what the window leaves under the title and caption, so the time
   brush under it is in view without scrolling (at 1280x720 too). */
.dashmap-canvas { position: relative; width: 100%; height: clamp(${F}px, calc(100vh - 270px), ${H}px); overflow: hidden; background: #e9e7e3; border-radius: 4px; }
/* Streamlit's top padding leaves an empty band above the title: the map needs the room.
   (The mounts that show nothing are hidden by the component's own CSS, ui/map_panel.py.) */
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; }
/* The map shows when it has the keyboard (arrows pan, +/- zoom). Drawn inside the canvas
   (the holder clips what lies outside); !important because deck.gl's input handling sets
   outline: none on the canvas itself. */
.dashmap-canvas canvas:focus-visible { outline: 3px solid #f2a900 !important; outline-offset: -3px; }
/* The page's "Skip to the event list" (first in the sidebar): out of sight until the
   keyboard reaches it, then over the sidebar's top. */
.st-key-skip-link { position: absolute !important; z-index: 1000300; width: auto !important; }
[data-testid="stLayoutWrapper"]:has(> .st-key-skip-link) { position: absolute; }
.st-key-skip-link:not(:focus-within) { width: 1px !important; height: 1px; overflow: hidden; clip-path: inset(50%); }
.st-key-skip-link p { margin: 0 !important; }
.st-key-skip-link a { display: inline-block; white-space: nowrap; background: #fff; color: #1f2430; border: 2px solid #3b6ea5; border-radius: 4px; padding: 6px 12px; font-weight: 600; text-decoration: none; }
.st-key-skip-link a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
/* The server's picture of the map (picture.ts), over the canvas until WebGL has drawn;
   centred until the map lays it where its view puts that ground. */
.dashmap-picture { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); max-width: none; z-index: 1; pointer-events: none; user-select: none; }
.dashmap-note { position: absolute; z-index: 2; top: 8px; left: 8px; max-width: 70%; padding: 3px 8px; background: rgba(255,255,255,0.9); border-radius: 3px; font-size: 12px; pointer-events: none; }
.dashmap-tooltip { position: absolute; z-index: 2; pointer-events: none; white-space: pre-line; max-width: 340px; font-size: 13px; line-height: 1.35; background: rgba(255,255,255,0.97); color: #1f2430; border: 1px solid #9aa3ad; border-radius: 3px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
.dashmap-tooltip[hidden] { display: none; }
.brush { margin-top: 6px; height: 58px; user-select: none; }
.brush-track { position: relative; height: 36px; }
.brush-histogram { position: absolute; inset: 0; width: 100%; height: 100%; }
/* The band between the handles is itself a handle: drag it to move the whole window. */
.brush-band { position: absolute; top: 0; bottom: 0; background: rgba(59,110,165,0.16); border-left: 2px solid #3b6ea5; border-right: 2px solid #3b6ea5; cursor: grab; touch-action: none; }
.brush-band:hover, .brush-band-moving { background: rgba(59,110,165,0.26); }
.brush-band-moving { cursor: grabbing; }
.brush input[type=range] { position: absolute; left: 0; right: 0; top: 0; width: 100%; height: 36px; margin: 0; background: transparent; pointer-events: none; -webkit-appearance: none; appearance: none; }
.brush input[type=range]::-webkit-slider-runnable-track { background: transparent; height: 36px; }
.brush input[type=range]::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 14px; height: 36px; background: #3b6ea5; border-radius: 3px; cursor: ew-resize; }
.brush input[type=range]::-moz-range-thumb { pointer-events: auto; width: 14px; height: 36px; background: #3b6ea5; border: 0; border-radius: 3px; cursor: ew-resize; }
.brush input[type=range]:focus-visible::-webkit-slider-thumb { outline: 3px solid #f2a900; }
.brush-labels { display: flex; justify-content: space-between; font-size: 12px; margin-top: 3px; color: #4a4f5a; }
.brush-window { font-weight: 600; color: #1f2430; }
.brush[hidden], .dashmap-head[hidden], .dashmap-foot[hidden] { display: none; }
.dashmap-legend { display: flex; flex-wrap: wrap; gap: 6px 22px; margin-top: 8px; font-size: 13px; }
.dashmap-legend-title { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #4a4f5a; margin-bottom: 2px; }
.dashmap-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: inherit; }
.dashmap-legend li { display: flex; align-items: center; gap: 5px; margin: 0; white-space: nowrap; font-size: inherit; line-height: 1.35; }
.dashmap-legend svg { flex: none; }
/* Streamlit fades an element while the script reruns: the map keeps its colours (after a
   click only what is not selected steps back, drawn by the map itself). */
.stElementContainer[data-stale="true"]:has(.dashmap) { opacity: 1 !important; transition: none !important; }
/* Presentation mode: a 16:9 slide, as large as the window allows, centred, laid over the
   page (which shows nothing else). Sizes follow the slide's width (--w), so a screenshot
   at any size is the same picture; the map keeps its frame's shape (aspect-ratio). */
.dashmap-present { position: fixed; inset: 0; z-index: 1000100; background: #fff; --w: min(100vw, 177.7778vh);
  display: grid; width: var(--w); height: calc(var(--w) * 0.5625); margin: auto; box-sizing: border-box;
  padding: calc(var(--w) * 0.016) calc(var(--w) * 0.02); gap: calc(var(--w) * 0.007) calc(var(--w) * 0.014);
  grid-template-columns: calc(var(--w) * 0.66) minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr) auto;
  grid-template-areas: "head head" "map legend" "foot foot"; font-size: calc(var(--w) * 0.0105); }
.dashmap-present .dashmap-head { grid-area: head; }
.dashmap-present .dashmap-head h1 { margin: 0; padding: 0; font-size: 1.9em; line-height: 1.15; font-weight: 700; color: #1f2430; }
.dashmap-present .dashmap-head p { margin: 0.2em 0 0; font-size: 1.1em; line-height: 1.3; color: #31333f; }
.dashmap-present .dashmap-head p.dashmap-caption { margin: 0.3em 0 0.15em; font-size: 1.15em; line-height: 1.25; font-weight: 600; color: #1f2430; max-width: 70em; }
.dashmap-present .dashmap-head p.dashmap-filters { font-size: 0.95em; color: #4a4f5a; }
.dashmap-present .dashmap-canvas { grid-area: map; width: 100%; height: auto; align-self: start; border: 1px solid #888; border-radius: 0; box-sizing: border-box; }
.dashmap-present .dashmap-note { display: none; }
.dashmap-present .dashmap-legend { grid-area: legend; flex-direction: column; flex-wrap: nowrap; gap: 0.7em; margin: 0; font-size: 1em; min-width: 0; }
.dashmap-present .dashmap-legend-title { font-size: 0.85em; }
.dashmap-present .dashmap-legend ul { flex-direction: column; gap: 0.15em; }
.dashmap-present .dashmap-legend li { white-space: normal; gap: 0.4em; }
.dashmap-present .dashmap-foot { grid-area: foot; font-size: 0.9em; color: #31333f; }
.dashmap-present .dashmap-foot p { margin: 0.1em 0; font-size: 1em; line-height: 1.3; }
.dashmap-present .dashmap-foot p.dashmap-selected { font-weight: 700; color: #1f2430; font-size: 1.1em; }
.dashmap-north-arrow, .dashmap-scale-bar { position: absolute; pointer-events: none; z-index: 1; color: #111; font-weight: 700; }
.dashmap-north-arrow { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; font-size: 1.2em; }
.dashmap-north-arrow::before { content: ""; width: 0; height: 0; border-left: 0.45em solid transparent; border-right: 0.45em solid transparent; border-bottom: 0.9em solid #111; margin-bottom: 0.1em; }
.dashmap-scale-bar { border-bottom: 0.18em solid #111; box-sizing: border-box; display: flex; align-items: flex-end; justify-content: center; font-size: 0.85em; text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
.dashmap-scale-bar span { margin-bottom: 0.2em; }
/* Exit: outside any screenshot of the slide unless the pointer moves or it has focus. */
.dashmap-exit { position: fixed; top: 8px; right: 8px; z-index: 1000200; font: inherit; font-size: 14px; padding: 0.3em 0.8em; border: 1px solid #9aa3ad; border-radius: 4px; background: #fff; color: #262730; cursor: pointer; opacity: 0; transition: opacity 0.2s; }
.dashmap-exit[hidden] { display: none; }
.dashmap-pointer .dashmap-exit, .dashmap-exit:focus-visible { opacity: 1; }
.dashmap-exit:focus-visible { outline: 3px solid #f2a900; }
`;var k=import("./map-app-a783c6ff590e.js");k.catch(e=>console.error("the map could not be loaded",e));function S(e){let n=e instanceof ShadowRoot?e:document.head;if(n.querySelector("style[data-dashmap]"))return;let t=document.createElement("style");t.dataset.dashmap="1",t.textContent=v,n.appendChild(t)}function U(e){return!!e&&typeof e=="object"&&!(e instanceof Uint8Array)&&"deck"in e}function N(e){return!!e&&typeof e=="object"&&"prepare"in e}var V=e=>{let n=e.parentElement;U(e.data)?(S(n),w(n,e.data)):N(e.data)&&S(n);let t,r=!1;return k.then(a=>{t=a.render(e),r&&t?.()},()=>y(n)),()=>{r=!0,t?.()}},Z=V;export{Z as default};
