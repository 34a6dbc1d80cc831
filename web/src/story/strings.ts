// The story panel's and presenter's interface strings (both languages).
import type { UiLang } from '../state/view.js';

const en = {
  story: 'Story',
  storyTitle: 'Story',
  titleLabel: 'Title',
  titlePlaceholder: 'Untitled story',
  empty: 'No steps yet. Arrange the graph, then save the view as a step.',
  addStep: '+ Save this view as a step',
  stepName: 'Step {n}',
  nameLabel: 'Name of step {n}',
  show: 'Go',
  up: 'Move up',
  down: 'Move down',
  remove: 'Delete',
  present: '▶ Present',
  embedLink: 'Embed link',
  explorerLink: 'Explorer link',
  copy: 'Copy',
  download: 'Download JSON',
  load: 'Load JSON…',
  badFile: 'That file is not a story (expected {"v":1,"steps":[…]}).',
  close: 'Close',
  caption: 'Step {n} of {count}',
  keys: '← → to move · Esc to leave',
};
type Strings = Record<keyof typeof en, string>;
const id: Strings = {
  story: 'Cerita',
  storyTitle: 'Cerita',
  titleLabel: 'Judul',
  titlePlaceholder: 'Cerita tanpa judul',
  empty: 'Belum ada langkah. Atur graf, lalu simpan tampilan sebagai langkah.',
  addStep: '+ Simpan tampilan ini sebagai langkah',
  stepName: 'Langkah {n}',
  nameLabel: 'Nama langkah {n}',
  show: 'Buka',
  up: 'Naikkan',
  down: 'Turunkan',
  remove: 'Hapus',
  present: '▶ Presentasikan',
  embedLink: 'Tautan sematan',
  explorerLink: 'Tautan penjelajah',
  copy: 'Salin',
  download: 'Unduh JSON',
  load: 'Muat JSON…',
  badFile: 'Berkas itu bukan cerita (diharapkan {"v":1,"steps":[…]}).',
  close: 'Tutup',
  caption: 'Langkah {n} dari {count}',
  keys: '← → untuk berpindah · Esc untuk keluar',
};

export type StoryString = keyof typeof en;

export function ss(lang: UiLang, key: StoryString, vars: Record<string, number> = {}): string {
  const table = lang === 'en' ? en : id;
  return table[key].replace(/\{(n|count)\}/g, (m, name: string) => String(vars[name] ?? m));
}
