// Mutations of a valid GraphQL document: small, seeded edits that keep it near the grammar.
import { pick } from './prng.js';

const FRAGMENTS = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$',
  '!',
  '...',
  '@include(if: true)',
  '@skip(if: $x)',
  '__schema',
  '__typename',
  '"\\u0000"',
  '"\' OR 1=1 //"',
  '1e309',
  '-1',
  '2147483648',
  '0.5',
  'null',
  '[',
  ']',
  'first: 100000',
  'first: -5',
  'depth: 99',
  'maxLength: 0',
  'lang: XX',
  '# comment\n',
  'fragment F on Concept { ...F }',
  'query Q { __schema { types { name } } }',
  '\u202e',
  '\uffff',
];

type Random = () => number;

function position(random: Random, text: string): number {
  return Math.floor(random() * (text.length + 1));
}

const MUTATIONS: ((random: Random, text: string) => string)[] = [
  // Delete a span.
  (r, t) => {
    const a = position(r, t);
    return t.slice(0, a) + t.slice(a + 1 + Math.floor(r() * 20));
  },
  // Insert a fragment.
  (r, t) => {
    const a = position(r, t);
    return `${t.slice(0, a)} ${pick(r, FRAGMENTS)} ${t.slice(a)}`;
  },
  // Duplicate a span (repeats fields, braces, arguments).
  (r, t) => {
    const a = position(r, t);
    const span = t.slice(a, a + 1 + Math.floor(r() * 60));
    return t.slice(0, a) + span + span + t.slice(a);
  },
  // Truncate.
  (r, t) => t.slice(0, position(r, t)),
  // Swap every occurrence of one number for another.
  (r, t) => t.replace(/\b\d+\b/g, () => pick(r, ['0', '-1', '9999999', '1.5', '201', '501'])),
  // Replace a random character with a random code unit.
  (r, t) => {
    const a = position(r, t);
    return t.slice(0, a) + String.fromCharCode(Math.floor(r() * 0xffff)) + t.slice(a + 1);
  },
];

export function mutate(random: Random, text: string): string {
  let result = text;
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) result = pick(random, MUTATIONS)(random, result);
  return result;
}

export function mutateVariables(random: Random, graph: string): Record<string, unknown> {
  const values: unknown[] = [graph, null, 7, -1, 'x'.repeat(300), [graph], { graph }, '\u0000'];
  return { graph: random() < 0.7 ? graph : pick(random, values), id: pick(random, values) };
}
