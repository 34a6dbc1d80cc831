// The evidence of what a view draws, fetched for the exports that carry it (the standalone file,
// the view's JSON): each concept's and relation's quote, source and page, definitions and
// rationales, and the places in the source text where it stands (`evidence` spans).
import type { Api } from '../api/client.js';
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import type { ViewEvidence } from '../standalone/data.js';

export async function viewEvidence(
  api: Api,
  graph: string,
  snapshot: ViewSnapshot,
): Promise<ViewEvidence> {
  // Sections drawn as groups are concepts too: a click on a box shows the section's evidence.
  const found = await api.evidence(
    graph,
    [...snapshot.nodes, ...snapshot.groups].map((n) => n.id),
  );
  const evidence: ViewEvidence = { concepts: new Map(), relations: new Map() };
  // A relation drawn between two concepts comes with each: either answer does.
  for (const c of found) {
    evidence.concepts.set(c.id, c);
    for (const r of c.relations) evidence.relations.set(r.id, r);
  }
  return evidence;
}
