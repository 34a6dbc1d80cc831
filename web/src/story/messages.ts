// The postMessage API of an embedded story. Anything that is not exactly one of these is ignored.
export type StoryCommand =
  { type: 'ks:goto'; step: number } | { type: 'ks:next' } | { type: 'ks:prev' };

export interface StepEvent {
  type: 'ks:step';
  step: number;
  count: number;
  name: string;
}

export function parseCommand(data: unknown): StoryCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, step } = data as Record<string, unknown>;
  if (type === 'ks:next' || type === 'ks:prev') return { type };
  if (type === 'ks:goto' && typeof step === 'number' && Number.isInteger(step)) {
    return { type, step };
  }
  return null;
}
