// Picking a language: English falls back to Indonesian (the source text's language) when missing.
import type { Lang } from '../../generated/graphql.js';

export function inLang(
  lang: Lang | null | undefined,
  id: string | null,
  en: string | null,
): string | null {
  return lang === 'EN' ? (en ?? id) : (id ?? en);
}
