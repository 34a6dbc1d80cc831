// Lighthouse (pinned 12.2.3: later versions want Node 22) with Debian's Chromium against the
// pages a first visitor opens, with Lighthouse's desktop configuration and its default mobile
// one: the category scores and the core figures. Lighthouse clears the cache before each run,
// so every figure is a cold first visit. Its mobile profile simulates a slow phone on a slow
// network (lantern), so its times are estimates by design; on this shared machine all of them
// move with the load average.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { CHROMIUM } from '../browser/chromium.js';
import { errorLine } from '../errors.js';

export type LighthouseProfile = 'desktop' | 'mobile';

/** The pages the issue names: the landing view, in English and dark, and the embed view. */
export const LIGHTHOUSE_PAGES = ['/', '/?lang=en&theme=dark', '/embed'];
export const LIGHTHOUSE_PROFILES: LighthouseProfile[] = ['desktop', 'mobile'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Lighthouse's audits behind each figure (numericValue: ms, bytes, or the CLS score). */
const FIGURES = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  interactiveMs: 'interactive',
  fcpMs: 'first-contentful-paint',
  speedIndexMs: 'speed-index',
  totalBytes: 'total-byte-weight',
} as const;
type Figure = keyof typeof FIGURES;

export interface LighthouseRow {
  page: string;
  profile: LighthouseProfile;
  /** 0 to 1, as Lighthouse reports them (the UI shows them times 100); null if not scored. */
  scores: Record<Category, number | null>;
  figures: Record<Figure, number | null>;
  /** Audits that cost points, with their scores (what to look at first). */
  failing: string[];
  error: string | null;
}

export interface LighthouseResult {
  version: string;
  rows: LighthouseRow[];
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse's result, typed as far as this scenario reads it. */
interface Report {
  lighthouseVersion: string;
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
}

const emptyScores = (): LighthouseRow['scores'] => ({
  performance: null,
  accessibility: null,
  'best-practices': null,
  seo: null,
});
const emptyFigures = (): LighthouseRow['figures'] => ({
  lcpMs: null,
  tbtMs: null,
  cls: null,
  interactiveMs: null,
  fcpMs: null,
  speedIndexMs: null,
  totalBytes: null,
});

/** Scored audits below full marks in any category, worst first. */
function failingAudits(report: Report): string[] {
  const ids = new Set(
    Object.values(report.categories).flatMap((c) => c.auditRefs.map((ref) => ref.id)),
  );
  return [...ids]
    .flatMap((id) => {
      const audit = report.audits[id];
      if (!audit || audit.score === null || audit.score >= 0.9) return [];
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
      return [{ id, score: audit.score }];
    })
    .sort((a, b) => a.score - b.score)
    .map((a) => `${a.id} ${a.score.toFixed(2)}`);
}

async function audit(
  chrome: LaunchedChrome,
  url: string,
  page: string,
  profile: LighthouseProfile,
): Promise<{ row: LighthouseRow; version: string }> {
  const row: LighthouseRow = {
    page,
    profile,
    scores: emptyScores(),
    figures: emptyFigures(),
    failing: [],
    error: null,
  };
  const config: Config | undefined = profile === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    config,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const report = result.lhr as unknown as Report;
  if (report.runtimeError) row.error = report.runtimeError.message;
  for (const category of CATEGORIES)
    row.scores[category] = report.categories[category]?.score ?? null;
  for (const [figure, id] of Object.entries(FIGURES) as [Figure, string][]) {
    const value = report.audits[id]?.numericValue;
    row.figures[figure] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  row.failing = failingAudits(report);
  return { row, version: report.lighthouseVersion };
}

/** Runs of one page and profile at most, when Lighthouse asks for another one. */
const LIGHTHOUSE_ATTEMPTS = 3;

/**
 * Lighthouse sometimes fails to record a page load's trace on a busy machine (NO_NAVSTART,
 * NO_FCP...) and says "Please run Lighthouse again": a runtime error of the run, not a finding
 * about the page. Such a run is repeated, up to LIGHTHOUSE_ATTEMPTS; the last error stays.
 */
async function auditWithRetries(
  chrome: LaunchedChrome,
  url: string,
  page: string,
  profile: LighthouseProfile,
  log: (line: string) => void,
): Promise<{ row: LighthouseRow; version: string }> {
  for (let attempt = 1; ; attempt++) {
    const audited = await audit(chrome, url, page, profile);
    if (audited.row.error === null || attempt >= LIGHTHOUSE_ATTEMPTS) return audited;
    log(`    run again (${audited.row.error})`);
  }
}

export async function runLighthouseScenario(
  baseUrl: string,
  options: { pages?: string[]; profiles?: LighthouseProfile[] } = {},
  log: (line: string) => void = () => undefined,
): Promise<LighthouseResult> {
  const pages = options.pages ?? LIGHTHOUSE_PAGES;
  const profiles = options.profiles ?? LIGHTHOUSE_PROFILES;
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  const result: LighthouseResult = { version: '', rows: [] };
  try {
    for (const profile of profiles) {
      for (const page of pages) {
        log(`  lighthouse ${profile} ${page}`);
        try {
          const { row, version } = await auditWithRetries(
            chrome,
            `${baseUrl}${page}`,
            page,
            profile,
            log,
          );
          result.version = version;
          result.rows.push(row);
        } catch (error) {
          result.rows.push({
            page,
            profile,
            scores: emptyScores(),
            figures: emptyFigures(),
            failing: [],
            error: errorLine(error),
          });
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return result;
}
