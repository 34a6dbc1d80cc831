// A focused export's basis and source rules, applied to the neighbourhood the query grew. The
// neighbourhood statement already follows only kept relations (types, basis, sources) and reaches
// only kept kinds; this keeps the whole-graph rule (graph/queries/export.ts) for concepts: with
// sources, those they quote or that a kept relation touches. It also holds when a relation the
// statement followed was cut by its relation limit. The focus concept always stays, as in the
// API's `neighborhood`.
import type { ExportFilter } from '../../graph/queries/export.js';
import type { ConceptRecord, RelationRecord } from '../../graph/queries/model.js';

export interface Parts {
  concepts: ConceptRecord[];
  relations: RelationRecord[];
}

export function focusedParts(
  hood: { center: ConceptRecord; nodes: ConceptRecord[]; relations: RelationRecord[] },
  filter: Pick<ExportFilter, 'basis' | 'sources'>,
): Parts {
  const { basis, sources } = filter;
  const relations = hood.relations.filter(
    (r) =>
      (!basis || r.basis === basis) &&
      (!sources || (r.source !== null && sources.includes(r.source))),
  );
  if (!sources) return { concepts: hood.nodes, relations };
  const touched = new Set(relations.flatMap((r) => [r.fromId, r.toId]));
  const concepts = hood.nodes.filter(
    (c) =>
      c.id === hood.center.id ||
      touched.has(c.id) ||
      (c.source !== null && sources.includes(c.source)),
  );
  return { concepts, relations };
}
