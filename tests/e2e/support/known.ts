// Concepts of the seed graph the tests rely on (ids are stable slugs; labels as in the seed).
export const KNOWN = {
  topic: { id: 'keserasian-sosial', labelId: 'Keserasian Sosial', labelEn: 'Social harmony' },
  /** Found by a prefix without diacritics; has a quote with a page. */
  searchable: { query: 'kesetara', id: 'kesetaraan', labelId: 'Kesetaraan', labelEn: 'Equality' },
  /** Ends of a path that crosses several sections. */
  pathFrom: { query: 'kesetara', id: 'kesetaraan' },
  pathTo: { query: 'forum tingkat desa', id: 'forum-desa' },
  /** A kind to filter out, and how many concepts it has. */
  kind: 'ForumLevel',
  relationType: 'SUPPORTS',
  /** A concept whose neighbourhood is small enough to expand and collapse visibly. */
  expandable: 'forum-kecamatan',
} as const;
