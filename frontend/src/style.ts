// The component's styles (inside its shadow root). Text is at least 12 px.
export const CSS = `
.dashmap { position: relative; width: 100%; font: 13px/1.35 "Source Sans Pro", "Source Sans 3", sans-serif; color: #262730; }
.dashmap-canvas { position: relative; width: 100%; height: var(--map-height, 560px); overflow: hidden; background: #e9e7e3; border-radius: 4px; }
.dashmap-note { position: absolute; top: 8px; left: 8px; max-width: 70%; padding: 3px 8px; background: rgba(255,255,255,0.9); border-radius: 3px; font-size: 12px; pointer-events: none; }
.dashmap-tooltip { position: absolute; z-index: 2; pointer-events: none; white-space: pre-line; max-width: 340px; font-size: 13px; line-height: 1.35; background: rgba(255,255,255,0.97); color: #1f2430; border: 1px solid #9aa3ad; border-radius: 3px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
.dashmap-tooltip[hidden] { display: none; }
.brush { margin-top: 6px; height: 58px; user-select: none; }
.brush-track { position: relative; height: 36px; }
.brush-histogram { position: absolute; inset: 0; width: 100%; height: 100%; }
.brush-band { position: absolute; top: 0; bottom: 0; background: rgba(59,110,165,0.16); border-left: 2px solid #3b6ea5; border-right: 2px solid #3b6ea5; pointer-events: none; }
.brush input[type=range] { position: absolute; left: 0; right: 0; top: 0; width: 100%; height: 36px; margin: 0; background: transparent; pointer-events: none; -webkit-appearance: none; appearance: none; }
.brush input[type=range]::-webkit-slider-runnable-track { background: transparent; height: 36px; }
.brush input[type=range]::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 14px; height: 36px; background: #3b6ea5; border-radius: 3px; cursor: ew-resize; }
.brush input[type=range]::-moz-range-thumb { pointer-events: auto; width: 14px; height: 36px; background: #3b6ea5; border: 0; border-radius: 3px; cursor: ew-resize; }
.brush input[type=range]:focus-visible::-webkit-slider-thumb { outline: 3px solid #f2a900; }
.brush-labels { display: flex; justify-content: space-between; font-size: 12px; margin-top: 3px; }
`;
