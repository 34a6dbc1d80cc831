import { describe, expect, it } from 'vitest';
import type { Notice } from '../state/app-state.js';
import { oncePerCause } from './notices.js';

const notFound = (id: string, concept: string, action?: Notice['action']): Notice => ({
  id,
  level: 'error',
  message: 'errorNotFound',
  vars: { id: concept },
  ...(action ? { action } : {}),
});

describe('notices once per cause', () => {
  it('shows one notice for two requests that failed for one reason, with the action offered', () => {
    const whole = { label: 'showWholeGraph' as const, run: () => undefined };
    const shown = oncePerCause([notFound('elements', 'x', whole), notFound('detail', 'x')]);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.notice.id).toBe('elements');
    expect(shown[0]?.notice.action?.label).toBe('showWholeGraph');
    expect(shown[0]?.ids).toEqual(['elements', 'detail']);
  });

  it('keeps a new cause apart', () => {
    const shown = oncePerCause([notFound('elements', 'x'), notFound('detail', 'y')]);
    expect(shown.map((s) => s.notice.id)).toEqual(['elements', 'detail']);
  });

  it('retries every request of a cause from the one notice', () => {
    const ran: string[] = [];
    const retry = (what: string): Notice => ({
      id: what,
      level: 'error',
      message: 'errorUnreachable',
      action: { label: 'retry', run: () => ran.push(what) },
    });
    const shown = oncePerCause([retry('elements'), retry('detail')]);
    expect(shown).toHaveLength(1);
    shown[0]?.notice.action?.run();
    expect(ran).toEqual(['elements', 'detail']);
  });
});
