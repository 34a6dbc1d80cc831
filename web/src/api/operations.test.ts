// Every operation the web app sends must stay valid against the SDL contract.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from './operations.js';

const schema = buildSchema(readFileSync('server/graphql/schema.graphql', 'utf8'));

describe('web GraphQL operations', () => {
  for (const [name, { text }] of Object.entries(operations)) {
    it(`${name} validates against server/graphql/schema.graphql`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
  }
});
