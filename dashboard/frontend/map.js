var m=512;function p(e,t){return(e+180)/360*m*2**t}function d(e,t){let n=e*Math.PI/180;return(1-Math.log(Math.tan(Math.PI/4+n/2))/Math.PI)/2*m*2**t}function z(e,t){return e/(m*2**t)*360-180}function E(e,t){let n=Math.PI*(1-2*e/(m*2**t));return Math.atan(Math.sinh(n))*180/Math.PI}function A(e,t,n){let[o,a,r,i]=n,s=p(r,0)-p(o,0),u=d(a,0)-d(i,0);return Math.log2(Math.max(e/s,t/u))}function L(e,t,n,o,a,r){let[i,s,u,h]=r,l=(S,f,g,x)=>g-f<=x?(f+g)/2:Math.min(g-x/2,Math.max(f+x/2,S)),c=l(p(e,n),p(i,n),p(u,n),o),b=l(d(t,n),d(h,n),d(s,n),a);return{longitude:z(c,n),latitude:E(b,n)}}function w(e,t,n,o){let a=A(t,n,o),r=Math.max(e.zoom,a);return{...e,zoom:r,minZoom:a,...L(e.longitude,e.latitude,r,t,n,o)}}var y="dashmap-early";function F(e){let{events:t,reference:n,mask:o,window:a,mode:r,view:i,selection:s,selected_site:u,slide:h}=e,{latitude:l,longitude:c,zoom:b}=i;return JSON.stringify([t,n,o,a,r,l,c,b,s,u,h])}function P(e){let t=document.createElement("img");return t.className="dashmap-picture",t.alt="",t.decoding="sync",t.src=`data:image/webp;base64,${e.picture}`,t.dataset.key=F(e),t.dataset.lon=String(e.view.longitude),t.dataset.lat=String(e.view.latitude),t.dataset.zoom=String(e.view.zoom),t}function V(e,t,n,o){let a=Number(e.dataset.lon),r=Number(e.dataset.lat),i=t.zoom;e.style.left=`${n/2+p(a,i)-p(t.longitude,i)}px`,e.style.top=`${o/2+d(r,i)-d(t.latitude,i)}px`,e.naturalWidth&&(e.style.width=`${e.naturalWidth*2**(i-Number(e.dataset.zoom))}px`)}function I(e,t,n){let{latitude:o,longitude:a,zoom:r}=e.view,i=e.extent,s={latitude:o,longitude:a,zoom:r};return i&&t>1&&n>1?w(s,t,n,i):s}function v(e,t){if(!t.picture||t.slide||e.querySelector(`.${y}, .dashmap`))return;let n=document.createElement("div");n.className=`dashmap-canvas ${y}`,n.setAttribute("role","img"),n.setAttribute("aria-label","Map of events (loading the interactive map)");let o=P(t),a=()=>{n.dataset.shownAt||(n.dataset.shownAt=String(Math.round(performance.now())))},r=()=>V(o,I(t,n.clientWidth,n.clientHeight),n.clientWidth,n.clientHeight);o.addEventListener("load",()=>{r(),a()},{once:!0}),n.appendChild(o),e.appendChild(n)}var k=`
.dashmap { position: relative; width: 100%; font: 13px/1.35 "Source Sans Pro", "Source Sans 3", sans-serif; color: #262730; }
/* The page's map fills what the window leaves under the title and caption, so the time
   brush under it is in view without scrolling (at 1280x720 too). */
.dashmap-canvas { position: relative; width: 100%; height: clamp(300px, calc(100vh - 270px), 640px); overflow: hidden; background: #e9e7e3; border-radius: 4px; }
/* Streamlit's top padding leaves an empty band above the title, and each of the map's
   data mounts (zero height) would add a gap: the map needs the room. */
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; }
.st-key-map-events, .st-key-map-reference, .st-key-map-mask, .st-key-map-letters { position: absolute !important; width: 0; height: 0; overflow: hidden; }
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
`;var M=import("./map-app-REQBNKBJ.js");M.catch(e=>console.error("the map could not be loaded",e));function R(e){let t=e instanceof ShadowRoot?e:document.head;if(t.querySelector("style[data-dashmap]"))return;let n=document.createElement("style");n.dataset.dashmap="1",n.textContent=k,t.appendChild(n)}function T(e){return!!e&&typeof e=="object"&&!(e instanceof Uint8Array)&&"deck"in e}var C=e=>{let t=e.parentElement;T(e.data)&&(R(t),v(t,e.data));let n,o=!1;return M.then(a=>{n=a.render(e),o&&n?.()}),()=>{o=!0,n?.()}},_=C;export{_ as default};
