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

/**
 * What a notice is about: its words and what they name. Two requests failing for one reason (a
 * shared link that focuses and selects a concept the graph lacks asks for the neighbourhood and
 * for the details, and both come back "not found") tell the reader one thing, once.
 */
export const causeOf = (notice: Notice): string =>
  `${notice.message}|${JSON.stringify(notice.vars ?? {})}`;

export interface ShownNotice {
  /** The first notice of its cause (its id names the notice on the page). */
  notice: Notice;
  /** Every notice of that cause: dismissing the one shown dismisses them all. */
  ids: string[];
}

/**
 * One notice per cause, in the order the causes first came. Its action is the first one offered;
 * when several notices offer the same action (each its own retry), it runs all of theirs.
 */
export function oncePerCause(notices: readonly Notice[]): ShownNotice[] {
  const groups = new Map<string, Notice[]>();
  for (const notice of notices) {
    const cause = causeOf(notice);
    groups.set(cause, [...(groups.get(cause) ?? []), notice]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Notice;
    const offered = group.find((n) => n.action)?.action;
    const runs = offered
      ? group.flatMap((n) => (n.action?.label === offered.label ? [n.action.run] : []))
      : [];
    const notice: Notice = offered
      ? { ...first, action: { label: offered.label, run: () => runs.forEach((run) => run()) } }
      : first;
    return { notice, ids: group.map((n) => n.id) };
  });
}
