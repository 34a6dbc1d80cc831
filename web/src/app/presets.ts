// The server's layouts of whole views (Graph.layout, computed once per graph version): the graph
// view draws them instead of laying the graph out in the browser, when they fit its canvas
// (graph-view/layout/preset.ts). The landing view's was asked for by the entry script; later
// whole views (another layout, another language) ask when their layout is due.
import type { Api, ServerLayout } from '../api/client.js';
import type { PresetLayout, ShowOptions } from '../graph-view/view.js';
import type { AppState } from '../state/app-state.js';
import { isServerLaidOut, takeLayout, type Landing } from './landing.js';

export type PresetSource = (s: AppState) => ShowOptions['preset'];

export function createPresets(api: Api, landing: Landing | null): PresetSource {
  const asked = new Map<string, Promise<ServerLayout | null>>();
  return (s) => {
    const { graph, layout, lang } = s.view;
    if (!graph || !isServerLaidOut(s.view)) return null;
    return (aspect): Promise<PresetLayout | null> => {
      const key = [graph, layout, lang, aspect.toFixed(2)].join('|');
      let answer = asked.get(key);
      if (!answer) {
        answer =
          takeLayout(landing, graph, layout, lang) ?? api.layout(graph, layout, lang, aspect);
        asked.set(key, answer);
        const failed = answer;
        answer.catch(() => asked.get(key) === failed && asked.delete(key));
      }
      return answer.then((l) => l && { name: layout, aspect: l.aspect, nodes: l.nodes });
    };
  };
}
