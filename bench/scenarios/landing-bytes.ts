// What a first visit to the landing view downloads until the graph is drawn, as Chromium counts
// it (the DevTools protocol's encodedDataLength: the bytes that crossed the wire, headers
// included, compressed as the server sent them), request by request, with a cold cache.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.js';
import { PROBE_SCRIPT, waitRendered } from '../browser/probe.js';

export interface LandingRequest {
  /** The path (and query) asked for. */
  path: string;
  /** Bytes on the wire, headers included. */
  bytes: number;
  /** Content-Encoding of the answer ('' when plain). */
  encoding: string;
}

export interface LandingBytes {
  page: string;
  /** All requests finished by the first frame showing the laid-out graph. */
  requests: LandingRequest[];
  totalBytes: number;
  /** The same, scripts and stylesheets only (what the build decides). */
  codeBytes: number;
  renderedMs: number;
}

const RENDER_TIMEOUT_MS = 60_000;

export async function measureLandingBytes(
  baseUrl: string,
  page = '/',
  shared?: Browser,
): Promise<LandingBytes> {
  const browser = shared ?? (await launchChromium());
  // bypassCSP: the probe polls with evaluated text, which the app's CSP forbids.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    bypassCSP: true,
  });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(PROBE_SCRIPT);
    const cdp = await context.newCDPSession(tab);
    const seen = new Map<string, { url: string; encoding: string; type: string }>();
    const finished: LandingRequest[] = [];
    const types: string[] = [];
    cdp.on('Network.responseReceived', (event) => {
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      seen.set(event.requestId, {
        url: event.response.url,
        encoding: headers['content-encoding'] ?? '',
        type: event.type ?? '',
      });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const response = seen.get(event.requestId);
      if (!response) return;
      const url = new URL(response.url);
      finished.push({
        path: `${url.pathname}${url.search}`,
        bytes: event.encodedDataLength,
        encoding: response.encoding,
      });
      types.push(response.type);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.goto(`${baseUrl}${page}`);
    const rendered = await waitRendered(tab, RENDER_TIMEOUT_MS);
    const requests = [...finished];
    const code = requests.filter((_, i) => types[i] === 'Script' || types[i] === 'Stylesheet');
    const sum = (list: LandingRequest[]) => list.reduce((total, r) => total + r.bytes, 0);
    return {
      page,
      requests,
      totalBytes: sum(requests),
      codeBytes: sum(code),
      renderedMs: Math.round(rendered.ms),
    };
  } finally {
    await context.close();
    if (!shared) await browser.close();
  }
}
