// The standalone file's stylesheet, inlined as one <style> (its hash is in the file's CSP).
// Colours come from the view's theme through CSS variables the viewer sets.
export const STANDALONE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:grid;grid-template-rows:auto 1fr auto;background:var(--bg);color:var(--fg);
  font:14px/1.45 "Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif}
.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:6px 12px;
  padding:8px 14px;
  border-bottom:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
.title{font-size:17px;margin:0}
.tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
button{font:inherit;color:var(--fg);background:var(--panel);border:1px solid
  color-mix(in srgb,var(--fg) 25%,transparent);border-radius:6px;padding:3px 10px;cursor:pointer}
button[aria-pressed=true],button[aria-expanded=true]{background:var(--accent);color:var(--bg);border-color:var(--accent)}
button:focus-visible,.node:focus-visible,.edge:focus-visible,.group-label:focus-visible{
  outline:3px solid var(--accent)}
.lang-group{display:flex;gap:2px;margin-right:8px}
.stage{position:relative;min-height:0;overflow:hidden;display:flex}
.canvas{position:relative;flex:1;min-width:0;display:flex}
.graph{flex:1;min-width:0;height:100%;display:block;cursor:grab;touch-action:none;user-select:none}
.graph.panning{cursor:grabbing}
.node,.edge,.group-label{cursor:pointer}
.hit{stroke:transparent;fill:none}
/* The legend scrolls inside its own box. A shadow at its bottom edge says more follows: the
   panel-coloured cover scrolls with the content and hides it once the end is reached. */
.legend{flex:none;width:240px;overflow:auto;padding:6px 12px;font-size:12px;
  border-right:1px solid color-mix(in srgb,var(--fg) 15%,transparent);
  background:linear-gradient(transparent,var(--panel) 70%) center bottom/100% 32px no-repeat local,
    radial-gradient(farthest-side at 50% 100%,color-mix(in srgb,var(--fg) 22%,transparent),
    transparent) center bottom/100% 12px no-repeat scroll,var(--panel)}
/* Its title stays in sight (it folds the legend). */
.legend summary{font-weight:600;font-size:13px;cursor:pointer;padding:2px 0;position:sticky;
  top:0;background:var(--panel);z-index:1}
.legend h2{font-size:12px;margin:8px 0 2px}
@media (max-width:700px){
  .stage{flex-direction:column}
  .canvas{flex:1 1 0;min-height:0}
  .graph{height:auto;flex:1 1 0;min-height:0}
  .legend{width:auto;max-height:40%;order:1;border-right:0;
    border-top:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
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
/* The source text beside the drawing (below it on a phone), as text-view/render.ts builds it. */
.text-panel{flex:none;width:clamp(300px,40%,620px);display:flex;flex-direction:column;
  min-height:0;border-left:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
.text-panel[hidden]{display:none}
.text-head{display:flex;align-items:center;justify-content:space-between;gap:8px;
  padding:6px 14px;background:var(--panel)}
.text-title{font-size:14px;margin:0}
.text-steps{display:flex;align-items:center;gap:4px;font-size:12px;color:var(--muted);
  white-space:nowrap}
.text-steps[hidden]{display:none}
.text-steps .step{padding:0 8px}
.text-body{flex:1;min-height:0;overflow:auto;padding:10px 16px 16px;font-size:15px;line-height:1.6}
.text-para{margin:0 0 .8em}
.text-doc mark{color:inherit;background:none}
.text-doc mark.passage{cursor:pointer;border-radius:2px;padding:1px 0}
.text-doc mark.kind-fill{background:color-mix(in srgb,var(--kind) 24%,transparent)}
.text-doc mark.passage:hover{background:color-mix(in srgb,var(--kind,var(--accent)) 42%,transparent)}
.text-doc mark.passage:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
.text-doc .line-stated,.text-doc .line-inferred,.text-doc .line-structure{
  text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;
  text-decoration-color:color-mix(in srgb,var(--fg) 65%,transparent)}
.text-doc .line-inferred{text-decoration-style:dashed}
.text-doc .line-structure{text-decoration-style:dotted}
.text-doc mark.place{outline:2px solid var(--accent);outline-offset:1px;border-radius:2px}
.text-doc mark.place.current{outline-width:3px;
  background:color-mix(in srgb,var(--accent) 22%,transparent)}
.text-doc .gloss{margin:0 0 .8em;padding:6px 10px;border-left:3px solid var(--accent);
  background:var(--panel);font-size:13px;line-height:1.45}
.text-doc .gloss p{margin:0}
.text-doc .gloss-heading{color:var(--muted);font-size:12px}
.text-doc .muted{color:var(--muted)}
.hinted rect,.hinted line:not(.hit){stroke:var(--accent);stroke-width:4}
@media (min-width:701px){
  .legend:not([open]){width:auto}
}
/* After the rules they change, so that they win. */
@media (max-width:700px){
  .details{width:auto;left:10px}
  .text-panel{flex:1.4 1 0;width:auto;border-left:0;
    border-top:1px solid color-mix(in srgb,var(--fg) 15%,transparent)}
}
`;
