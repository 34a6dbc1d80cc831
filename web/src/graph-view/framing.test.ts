import { describe, expect, it } from 'vitest';
import type { Rect } from './groups.js';
import { freeArea, freeRects, frameSubject, overlaysOnCanvas, renderedRect } from './framing.js';

const OPTIONS = { padding: 30, minZoom: 0.05, maxZoom: 1.4 };
const rect = (x1: number, y1: number, x2: number, y2: number): Rect => ({ x1, y1, x2, y2 });
const inside = (inner: Rect, outer: Rect) =>
  inner.x1 >= outer.x1 - 1e-6 &&
  inner.y1 >= outer.y1 - 1e-6 &&
  inner.x2 <= outer.x2 + 1e-6 &&
  inner.y2 <= outer.y2 + 1e-6;
const apart = (a: Rect, b: Rect) => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;

describe('the free area of the canvas', () => {
  it('is the whole canvas when nothing floats over it', () => {
    expect(freeArea(800, 450, [], null, OPTIONS)).toEqual(rect(0, 0, 800, 450));
  });

  it('ignores boxes beside the canvas and clips those that stick out of it', () => {
    expect(overlaysOnCanvas(800, 450, [rect(800, 0, 1150, 450), rect(-20, -5, 100, 60)])).toEqual([
      rect(0, 0, 100, 60),
    ]);
  });

  it('never overlaps an overlay', () => {
    const overlays = [rect(0, 0, 230, 300), rect(700, 420, 800, 450), rect(250, 380, 550, 440)];
    for (const r of freeRects(800, 450, overlays)) {
      for (const o of overlays) expect(apart(r, o)).toBe(true);
    }
  });

  it('is the room beside a tall legend for a wide subject, below a wide caption for a tall one', () => {
    const legend = rect(0, 0, 230, 450);
    expect(freeArea(800, 450, [legend], rect(0, 0, 300, 100), OPTIONS)).toEqual(
      rect(230, 0, 800, 450),
    );
    const caption = rect(0, 380, 800, 450);
    expect(freeArea(800, 450, [caption], rect(0, 0, 100, 300), OPTIONS)).toEqual(
      rect(0, 0, 800, 380),
    );
  });

  it('picks the side that shows the subject largest around a small box in a corner', () => {
    const link = rect(650, 420, 800, 450);
    // A wide subject loses less height above the link than width beside it.
    expect(freeArea(800, 450, [link], rect(0, 0, 1000, 200), OPTIONS)).toEqual(
      rect(0, 0, 800, 420),
    );
    // A tall one loses less width beside it.
    expect(freeArea(800, 450, [link], rect(0, 0, 100, 1000), OPTIONS)).toEqual(
      rect(0, 0, 650, 450),
    );
  });

  it('falls back to the whole canvas when the overlays leave no room', () => {
    expect(freeArea(800, 450, [rect(0, 0, 790, 450)], null, OPTIONS)).toEqual(rect(0, 0, 800, 450));
  });
});

describe('framing a subject', () => {
  it('centres the subject in the free area with the margin, filling it one way', () => {
    const subject = rect(-500, -100, 500, 100);
    const legend = rect(0, 0, 230, 450);
    const viewport = frameSubject(subject, 800, 450, [legend], OPTIONS);
    expect(viewport).not.toBeNull();
    if (!viewport) return;
    const drawn = renderedRect(subject, viewport);
    expect(inside(drawn, rect(230 + 30, 30, 800 - 30, 450 - 30))).toBe(true);
    expect(drawn.x2 - drawn.x1).toBeCloseTo(800 - 230 - 60, 6);
    expect((drawn.y1 + drawn.y2) / 2).toBeCloseTo(225, 6);
  });

  it('keeps a small subject readable but not blown up, in the middle of the free area', () => {
    const subject = rect(0, 0, 100, 40);
    const viewport = frameSubject(subject, 1920, 1080, [rect(0, 980, 1920, 1080)], OPTIONS);
    expect(viewport?.zoom).toBe(1.4);
    if (!viewport) return;
    const drawn = renderedRect(subject, viewport);
    expect((drawn.x1 + drawn.x2) / 2).toBeCloseTo(960, 6);
    expect((drawn.y1 + drawn.y2) / 2).toBeCloseTo(490, 6);
  });

  it('keeps every part of the subject out of every overlay at each frame size', () => {
    const subjects = [rect(-900, -300, 700, 500), rect(0, 0, 80, 900), rect(-40, -20, 40, 20)];
    const sizes: [number, number][] = [
      [800, 450],
      [1280, 720],
      [1920, 1080],
    ];
    for (const [w, h] of sizes) {
      const overlays = [
        rect(8, 8, 238, h * 0.7), // a legend
        rect(w / 2 - 200, h - 60, w / 2 + 200, h - 18), // a caption
        rect(w - 150, h - 24, w, h), // a link in the corner
      ];
      for (const subject of subjects) {
        const viewport = frameSubject(subject, w, h, overlays, { ...OPTIONS, minZoom: 0.01 });
        if (!viewport) throw new Error('no viewport');
        const drawn = renderedRect(subject, viewport);
        expect(inside(drawn, rect(0, 0, w, h))).toBe(true);
        for (const o of overlays) expect(apart(drawn, o)).toBe(true);
      }
    }
  });

  it('has nothing to frame on a canvas without size', () => {
    expect(frameSubject(rect(0, 0, 10, 10), 0, 450, [], OPTIONS)).toBeNull();
  });
});
