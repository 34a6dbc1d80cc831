// Turning what a person typed into a safe Lucene query, and telling which field a hit matched.
// Pure functions: no database here, so they are unit-tested on their own.

export type TextField = 'labelId' | 'labelEn' | 'definitionId' | 'definitionEn';
export type SearchLang = 'ID' | 'EN';

export const FIELDS_BY_LANG: Record<SearchLang, TextField[]> = {
  ID: ['labelId', 'definitionId'],
  EN: ['labelEn', 'definitionEn'],
};
const ALL_FIELDS: TextField[] = ['labelId', 'labelEn', 'definitionId', 'definitionEn'];

const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower case without diacritics: "Kesetaraän" and "kesetaraan" fold alike. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of the text, lower-cased, as typed and folded (each at most once). */
export function tokens(text: string, max = MAX_TOKENS): { typed: string; folded: string }[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_TOKEN_LENGTH));
  const unique = [...new Set(words)].slice(0, max);
  return unique.map((typed) => ({ typed: typed.normalize('NFC'), folded: fold(typed) }));
}

/** Escapes every Lucene operator character; the tokenizer already drops most, this is the guard. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

function alternatives(word: string): string[] {
  const t = escapeLucene(word);
  // Exact beats a prefix (autocomplete) beats one typo; short words get no fuzziness (too loose).
  const out = [`${t}^4`, `${t}*^2`];
  if (word.length >= 4) out.push(`${t}~1`);
  return out;
}

/**
 * A Lucene query where every word (or with OR, any word) must match some field, by exact word,
 * prefix or one edit; labels weigh more than definitions. Null when the text has no words.
 */
export function luceneQuery(
  text: string,
  lang: SearchLang | null,
  join: 'AND' | 'OR' = 'AND',
): string | null {
  const words = tokens(text);
  if (words.length === 0) return null;
  const fields = lang ? FIELDS_BY_LANG[lang] : ALL_FIELDS;
  const clauses = words.map(({ typed, folded }) => {
    const forms = [...new Set([folded, typed])].flatMap(alternatives).join(' OR ');
    const perField = fields.map((f) => `${f}:(${forms})${f.startsWith('label') ? '^3' : ''}`);
    return `(${perField.join(' OR ')})`;
  });
  return clauses.join(` ${join} `);
}

/** Distance of at most one edit (substitution, insertion or deletion)? */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordMatches(word: string, query: string): boolean {
  return word.startsWith(query) || (query.length >= 4 && withinOneEdit(word, query));
}

/** The field that matched most of the query's words; labels win ties, then the asked language. */
export function bestField(
  values: Record<TextField, string | null>,
  text: string,
  lang: SearchLang | null,
): TextField {
  const queryWords = tokens(text).map((t) => t.folded);
  const order: TextField[] = lang
    ? [...FIELDS_BY_LANG[lang], ...ALL_FIELDS.filter((f) => !FIELDS_BY_LANG[lang].includes(f))]
    : ALL_FIELDS;
  let best: TextField = order[0] ?? 'labelId';
  let bestScore = -1;
  for (const field of order) {
    const words = tokens(values[field] ?? '', Infinity).map((t) => t.folded);
    const score = queryWords.filter((q) => words.some((w) => wordMatches(w, q))).length;
    if (score > bestScore) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}
