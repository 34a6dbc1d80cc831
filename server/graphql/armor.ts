// Query shape limits for a public endpoint (graphql-armor 3.2.0: its max-depth 2.4.2 and
// cost-limit 2.4.3 ignore only a *field* named __schema, which closes the bypass through
// operations and fragments named __schema; tests/api/limits.test.ts checks that it stays closed).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { LIMITS } from '../../common/limits.js';
import { badInput } from './errors.js';

/**
 * Report a refusal as a validation error (HTTP 400 under graphql-response+json) with a code,
 * instead of throwing from inside validation (which yoga answers with 200), and without armor's
 * misleading "Syntax Error:" prefix.
 */
const report = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, '');
      ctx?.reportError(badInput(message));
    },
  ],
};

export function armorPlugin(production: boolean) {
  return EnvelopArmorPlugin({
    // Depth is how deep fields nest: a fragment spread is not a level of its own (the explorer's
    // operations share fragments, and so do researchers' queries).
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...report },
    maxAliases: { n: LIMITS.aliases, ...report },
    // Counted while parsing, before any validation context exists: this one throws.
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: LIMITS.directives, ...report },
    costLimit: { maxCost: LIMITS.cost, ...report },
    // Suggestions help while writing queries; in production they would map the schema for free
    // (it stays introspectable, but suggestions also leak through masked deployments).
    blockFieldSuggestion: { enabled: production },
  });
}
