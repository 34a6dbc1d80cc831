// Every interface string, in one table per language, assembled from one module per area. Each
// area's Indonesian table has exactly its English table's keys (the type checker enforces it);
// area keys carry a prefix (`embed.`, `story.`, `viewer.`, `text.`, `data.`), so areas cannot overwrite
// each other.
import type { UiLang } from '../state/view.js';
import * as data from './data.js';
import * as embed from './embed.js';
import * as explorer from './explorer.js';
import * as story from './story.js';
import * as text from './text.js';
import * as viewer from './viewer.js';

const en = { ...explorer.en, ...embed.en, ...story.en, ...viewer.en, ...text.en, ...data.en };

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const id: Strings = {
  ...explorer.id,
  ...embed.id,
  ...story.id,
  ...viewer.id,
  ...text.id,
  ...data.id,
};

export const STRINGS: Record<UiLang, Strings> = { id, en };
