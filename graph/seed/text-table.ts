// Plain-text tables for the seed CLI: columns padded to their widest cell, the first `left`
// columns left-aligned (names) and the rest right-aligned (figures).
export function textTable(rows: readonly (readonly string[])[], left = 1, indent = ''): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((row) =>
    (
      indent +
      row
        .map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
    ).trimEnd(),
  );
}
