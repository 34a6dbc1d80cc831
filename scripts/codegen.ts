// `npm run codegen`: TypeScript types from server/graphql/schema.graphql (and the web app's
// operations) into server/generated/ and web/generated/, as codegen.ts describes. Run before
// typecheck (npm test does); the output is gitignored and rebuilt from the SDL.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { buildSchema, Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';
import { SCHEMA, TARGETS } from '../codegen.js';

const pluginMap = {
  typescript,
  'typescript-resolvers': typescriptResolvers,
  'typescript-operations': typescriptOperations,
};

/** One document of every definition, a fragment shared by several operations only once. */
function mergedDocument(texts: readonly string[]): DocumentNode {
  const byName = new Map<string, DefinitionNode>(); // keyed by kind and name
  for (const text of texts) {
    for (const definition of parse(text).definitions) {
      const name = 'name' in definition ? definition.name?.value : undefined;
      byName.set(`${definition.kind} ${name ?? byName.size}`, definition);
    }
  }
  return { kind: Kind.DOCUMENT, definitions: [...byName.values()] };
}

const sdl = readFileSync(SCHEMA, 'utf8');
const schemaAst = buildSchema(sdl);

for (const target of TARGETS) {
  const documents: Types.DocumentFile[] = target.documents
    ? [{ document: mergedDocument(target.documents), location: 'web/src/api/operations.ts' }]
    : [];
  const output = await codegen({
    filename: target.output,
    schema: parse(sdl),
    schemaAst,
    documents,
    plugins: target.plugins.map((name) => ({ [name]: {} })),
    pluginMap,
    config: target.config,
  });
  mkdirSync(dirname(target.output), { recursive: true });
  writeFileSync(target.output, output);
}
console.log(`GraphQL types generated in ${TARGETS.map((t) => dirname(t.output)).join(', ')}/`);
