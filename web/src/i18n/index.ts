// The one lookup of interface strings (every area's: explorer, embed, story, standalone viewer),
// and picking a language from bilingual data.
import type { Localized } from '../api/model.js';
import type { UiLang } from '../state/view.js';
import { STRINGS, type StringKey } from './strings.js';

export type { StringKey } from './strings.js';

/** The string in the language; `{name}` is replaced by `vars.name` (left as is when missing). */
export function t(
  lang: UiLang,
  key: StringKey,
  vars: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** The text in the wanted language, else the other one (data may lack a translation). */
export function pick(text: Localized | null | undefined, lang: UiLang): string {
  if (!text) return '';
  return (lang === 'en' ? (text.en ?? text.id) : (text.id ?? text.en)) ?? '';
}
