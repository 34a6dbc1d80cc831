// The standalone file's stylesheet, inlined as one <style> (its hash is in the file's CSP).
// Colours come from the view's theme through CSS variables the viewer sets.
export const STANDALONE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:grid;grid-template-rows:auto 1fr auto;background:var(--bg);color:var(--fg);
  font:14px/1.45 "Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif}
.bar{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:8px 14px;
  border-bottom:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
.title{font-size:17px;margin:0}
.tools{display:flex;gap:6px;align-items:center}
button{font:inherit;color:var(--fg);background:var(--panel);border:1px solid
  color-mix(in srgb,var(--fg) 25%,transparent);border-radius:6px;padding:3px 10px;cursor:pointer}
button[aria-pressed=true]{background:var(--accent);color:var(--bg);border-color:var(--accent)}
button:focus-visible,.node:focus-visible,.edge:focus-visible,.group-label:focus-visible{
  outline:3px solid var(--accent)}
.lang-group{display:flex;gap:2px;margin-right:8px}
.stage{position:relative;min-height:0;overflow:hidden;display:flex}
.graph{flex:1;min-width:0;height:100%;display:block;cursor:grab;touch-action:none;user-select:none}
.graph.panning{cursor:grabbing}
.node,.edge,.group-label{cursor:pointer}
.hit{stroke:transparent;fill:none}
.legend{flex:none;width:240px;overflow:auto;background:var(--panel);padding:6px 12px;
  font-size:12px;border-right:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
.legend summary{font-weight:600;font-size:13px;cursor:pointer;padding:2px 0}
.legend h2{font-size:12px;margin:8px 0 2px}
@media (max-width:700px){
  .stage{flex-direction:column}
  .graph{height:auto;flex:1 1 0;min-height:0}
  .legend{width:auto;max-height:40%;order:1;border-right:0;
    border-top:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
  .details{width:auto;left:10px}
}
.legend ul{list-style:none;margin:0;padding:0}
.legend li{display:flex;align-items:center;gap:6px}
.chip{display:inline-block;width:12px;height:12px;border-radius:3px;flex:none}
.chip.line{height:0;border-top:3px solid;border-radius:0;width:16px}
.chip.group{width:16px;border:1.5px solid}
.details{position:absolute;top:10px;right:10px;bottom:10px;width:min(380px,45%);overflow:auto;
  background:var(--panel);border-radius:8px;padding:12px 16px;
  box-shadow:0 2px 10px rgba(0,0,0,.2)}
.details[hidden]{display:none}
.details .close{float:right;padding:0 8px}
.details h2{font-size:17px;margin:0 0 8px}
.details h3{font-size:13px;margin:12px 0 4px;color:var(--muted)}
.kind,.muted,.citation{color:var(--muted);margin:0}
.quote{margin:8px 0;padding:6px 10px;border-left:3px solid var(--accent);font-style:italic;
  white-space:pre-wrap}
.evidence{margin:0}
.basis{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;margin:0;
  border:1px solid var(--muted)}
.basis.inferred{border-style:dashed}
.foot{display:flex;justify-content:space-between;gap:12px;padding:4px 14px;font-size:12px;
  color:var(--muted);border-top:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
.foot .link{overflow-wrap:anywhere;text-align:right}
`;
