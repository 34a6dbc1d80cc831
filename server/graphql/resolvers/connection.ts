// Cursor connections over offset pages (see cursor.ts for why offsets are stable here).
import type {
  ConceptConnectionResolvers,
  RelationConnectionResolvers,
} from '../../generated/graphql.js';
import { encodeCursor } from '../cursor.js';
import type { Page } from '../models.js';

function edges<T>(page: Page<T>): { cursor: string; node: T }[] {
  return page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

function pageInfo<T>(page: Page<T>) {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: page.offset + page.items.length < page.total,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(last) : null,
  };
}

export const ConceptConnection: ConceptConnectionResolvers = {
  totalCount: (page) => page.total,
  nodes: (page) => page.items,
  edges: (page) => edges(page),
  pageInfo: (page) => pageInfo(page),
};

export const RelationConnection: RelationConnectionResolvers = {
  totalCount: (page) => page.total,
  nodes: (page) => page.items,
  edges: (page) => edges(page),
  pageInfo: (page) => pageInfo(page),
};
