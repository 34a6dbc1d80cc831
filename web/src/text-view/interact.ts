// Pointer and keyboard on a rendered text: which passage is under the pointer or has focus, and
// which one the reader activated (click, Enter or Space). One set of listeners on the container,
// so a re-rendered text needs no rewiring.

export interface PassageHandlers {
  /** The passage under the pointer or keyboard focus; null when it leaves. */
  hover(passage: number | null): void;
  activate(passage: number): void;
}

function passageOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest<HTMLElement>('[data-passage]');
  const index = mark?.dataset.passage;
  return index === undefined ? null : Number(index);
}

export function bindPassages(container: HTMLElement, handlers: PassageHandlers): () => void {
  let pointed: number | null = null;
  let focused: number | null = null;
  let reported: number | null = null;
  const report = () => {
    // The pointer wins over focus: it is where the reader looks now.
    const next = pointed ?? focused;
    if (next === reported) return;
    reported = next;
    handlers.hover(next);
  };
  const over = (event: Event) => {
    pointed = passageOf(event.target);
    report();
  };
  const leave = () => {
    pointed = null;
    report();
  };
  const focusIn = (event: Event) => {
    focused = passageOf(event.target);
    report();
  };
  const focusOut = (event: FocusEvent) => {
    if (passageOf(event.relatedTarget) === null) focused = null;
    report();
  };
  const click = (event: MouseEvent) => {
    const index = passageOf(event.target);
    if (index !== null) handlers.activate(index);
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const index = passageOf(event.target);
    if (index === null) return;
    event.preventDefault();
    handlers.activate(index);
  };
  const listeners = [
    ['mouseover', over],
    ['mouseleave', leave],
    ['focusin', focusIn],
    ['focusout', focusOut],
    ['click', click],
    ['keydown', key],
  ] as [string, EventListener][];
  for (const [type, listener] of listeners) container.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) container.removeEventListener(type, listener);
  };
}
