// axe-core in the page (WCAG 2.1 A and AA, and best practices), and its findings written so that a
// failed assertion says which rule failed where. The runner itself lives beside the Text view's
// helpers (support/text.ts), where it was first needed.
import type { Page } from 'playwright-core';
import { axePage, axeViolations, type AxeViolation } from './text.js';

export { axePage, axeViolations, type AxeViolation };

/** One line per rule: its id, what it asks, and the elements that fail it. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

/** The rules the whole page breaks, as readable lines (empty: none). */
export async function pageViolations(page: Page): Promise<string> {
  return describeViolations(await axeViolations(page, ['html']));
}
