// The "grouped by kind" layout: each kind's concepts in a tidy grid block, blocks placed in
// reading order on shelves as wide as the screen's shape allows. Deterministic and overlap-free
// by construction, so it is also the fallback when a force layout would be too slow.
import type { Box } from './overlap.js';

export interface GroupedItem {
  id: string;
  group: number;
  w: number;
  h: number;
}

const GAP = 14;
const BLOCK_GAP = 60;

export function groupedPositions(items: readonly GroupedItem[], aspect = 16 / 9): Box[] {
  const groups = new Map<number, GroupedItem[]>();
  for (const item of [...items].sort((a, b) => a.group - b.group)) {
    const list = groups.get(item.group) ?? [];
    list.push(item);
    groups.set(item.group, list);
  }
  const blocks = [...groups.values()].map((members) => {
    const cellW = Math.max(...members.map((m) => m.w)) + GAP;
    const cellH = Math.max(...members.map((m) => m.h)) + GAP;
    const cols = Math.max(1, Math.round(Math.sqrt((members.length * cellH * aspect) / cellW)));
    const rows = Math.ceil(members.length / cols);
    return { members, cellW, cellH, cols, width: cols * cellW, height: rows * cellH };
  });
  const area = blocks.reduce((sum, b) => sum + (b.width + BLOCK_GAP) * (b.height + BLOCK_GAP), 0);
  const shelfWidth = Math.max(Math.sqrt(area * aspect), ...blocks.map((b) => b.width));
  const boxes: Box[] = [];
  let x = 0;
  let y = 0;
  let shelfHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > shelfWidth) {
      x = 0;
      y += shelfHeight + BLOCK_GAP;
      shelfHeight = 0;
    }
    block.members.forEach((m, i) => {
      const col = i % block.cols;
      const row = Math.floor(i / block.cols);
      boxes.push({
        id: m.id,
        x: x + col * block.cellW + block.cellW / 2,
        y: y + row * block.cellH + block.cellH / 2,
        w: m.w,
        h: m.h,
      });
    });
    x += block.width + BLOCK_GAP;
    shelfHeight = Math.max(shelfHeight, block.height);
  }
  return boxes;
}
