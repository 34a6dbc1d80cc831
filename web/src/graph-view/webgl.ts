// Cytoscape's WebGL renderer (3.35), adjusted where it costs most on software GL (SwiftShader,
// llvmpipe: what a browser without a GPU, and every headless test here, runs).
//
// Hit-testing. For every pointer event that may hover or hit something, the WebGL renderer
// draws the whole graph again into an offscreen picking buffer and reads a pixel back; the read
// waits for the GPU to finish. On software GL a frame of 2,000 concepts takes about a second of
// CPU (SwiftShader pays tens of microseconds per drawn instance, and the renderer draws one per
// node, label, edge and arrow), so each hover stalls the page for that long. The renderer's
// geometric hit-testing (the canvas renderer's, which the WebGL one replaced) answers from the
// element boxes it keeps anyway, in milliseconds. Drawing stays WebGL.
//
// Labels. The WebGL renderer ignores `min-zoomed-font-size` and draws every label, too small to
// read when zoomed out, as one more instance each. Large graphs hide them below the size the
// canvas renderer would, and show them again when zoomed in (graphStyle's `labels`).
import type { Core } from 'cytoscape';
import { MIN_ZOOMED_FONT_SIZE } from './style.js';
/** The largest label font (measure.ts: RANK_FONTS): below this zoom no label is readable. */
const LARGEST_FONT = 17;

interface RendererInternals {
  webgl?: boolean;
  WEBGL?: number;
  data?: { contexts?: unknown[] };
  findNearestElements?: unknown;
}

function internals(cy: Core): RendererInternals | null {
  const renderer = (cy as unknown as { renderer?: () => RendererInternals }).renderer?.();
  return renderer?.webgl ? renderer : null;
}

/** The GL implementation's name, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader ...))". */
export function glRenderer(cy: Core): string | null {
  const renderer = internals(cy);
  const gl = renderer?.data?.contexts?.[renderer.WEBGL ?? -1];
  if (!(gl instanceof WebGL2RenderingContext)) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

export function isSoftwareGl(name: string | null): boolean {
  return name !== null && /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

/** Applies the adjustments above to a WebGL Cytoscape; returns whether GL is software. */
export function tuneWebgl(cy: Core): boolean {
  const renderer = internals(cy);
  if (!renderer) return false;
  const software = isSoftwareGl(glRenderer(cy));
  // The WebGL renderer sets its picking function on the instance; without it, the prototype's
  // geometric one answers.
  if (software && Object.hasOwn(renderer, 'findNearestElements')) {
    delete renderer.findNearestElements;
  }
  return software;
}

/** Whether a large graph drawn with WebGL shows labels at this zoom (see the header). */
export function webglLabelsAt(zoom: number): boolean {
  return zoom * LARGEST_FONT >= MIN_ZOOMED_FONT_SIZE;
}
