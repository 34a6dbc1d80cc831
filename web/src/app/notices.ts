// Turns a failure into a notice the user can read and act on.
import { ApiError } from '../api/errors.js';
import type { Notice } from '../state/app-state.js';

export function noticeFor(
  id: string,
  error: unknown,
  retry: () => void,
  context: { conceptId?: string; onNotFound?: Notice['action'] } = {},
): Notice {
  const code = error instanceof ApiError ? error.code : 'SERVER';
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'UNREACHABLE':
      return {
        id,
        level: 'error',
        message: 'errorUnreachable',
        action: { label: 'retry', run: retry },
      };
    case 'NOT_FOUND':
      return {
        id,
        level: 'error',
        message: 'errorNotFound',
        vars: { id: context.conceptId ?? '' },
        ...(context.onNotFound ? { action: context.onNotFound } : {}),
      };
    case 'BAD_INPUT':
      return { id, level: 'error', message: 'errorBadInput', vars: { detail } };
    default:
      return {
        id,
        level: 'error',
        message: 'errorServer',
        vars: { detail },
        action: { label: 'retry', run: retry },
      };
  }
}
