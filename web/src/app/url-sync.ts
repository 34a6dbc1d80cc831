// The browser side of the view: the URL (shareable, back/forward) and remembered preferences.
import { queryFromView, viewFromQuery } from '../state/url.js';
import { DEFAULT_VIEW, type ViewState } from '../state/view.js';
import type { ViewSink } from './controller.js';

const PREFS_KEY = 'keserasian-explorer.prefs';

interface Prefs {
  lang?: 'id' | 'en';
  theme?: 'light' | 'dark';
}

function readPrefs(): Prefs {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { lang, theme } = parsed as Record<string, unknown>;
    return {
      ...(lang === 'id' || lang === 'en' ? { lang } : {}),
      ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
    };
  } catch {
    return {};
  }
}

/** The starting view: the link's, else remembered preferences, else the system's theme. */
export function initialView(): ViewState {
  const prefs = readPrefs();
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const base: ViewState = {
    ...DEFAULT_VIEW,
    lang: prefs.lang === 'en' || prefs.lang === 'id' ? prefs.lang : DEFAULT_VIEW.lang,
    theme: prefs.theme ?? (prefersDark ? 'dark' : 'light'),
  };
  return viewFromQuery(window.location.search, base);
}

export function browserSink(): ViewSink {
  const url = (view: ViewState) => {
    // A story being edited rides along in the address (story/links.ts): new views keep it.
    const story = new URLSearchParams(window.location.search).get('story');
    const query = [queryFromView(view), story ? `story=${story}` : ''].filter(Boolean).join('&');
    return `${window.location.pathname}${query ? `?${query}` : ''}`;
  };
  return {
    push(view) {
      const next = url(view);
      if (next !== `${window.location.pathname}${window.location.search}`) {
        window.history.pushState(null, '', next);
      }
    },
    replace: (view) => window.history.replaceState(null, '', url(view)),
    remember(view) {
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify({ lang: view.lang, theme: view.theme }));
      } catch {
        // Private browsing may refuse storage; the URL still carries the choice.
      }
    },
  };
}

export function onBrowserNavigation(apply: (view: ViewState) => void): void {
  window.addEventListener('popstate', () =>
    apply(viewFromQuery(window.location.search, DEFAULT_VIEW)),
  );
}
