// What a user checks of a framed view, read from the page: every concept of the subject is on the
// visible part of the canvas and clear of everything floating over it (legend, caption, panel,
// notices), and the subject fills the room it has, centred, rather than sitting small in a corner.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The three frame sizes a slide or a page gives an embed or a presentation. */
export const FRAME_SIZES = [
  { width: 800, height: 450 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

export interface FramingReport {
  /** Empty when the view is framed right; else one line per fault, naming the concept. */
  problems: string[];
  /** How many concepts of the subject are drawn. */
  count: number;
  zoom: number;
  /** The view's camera is still gliding to a frame (the graph view's data-camera). */
  moving: boolean;
}

export interface FramingCheck {
  /** The subject's concept ids; null: every concept drawn. */
  subject: readonly string[] | null;
  /** CSS selector of the overlays (whatever is shown of them counts). */
  overlays: string;
}

/**
 * How far a fit may zoom in on a canvas of this size (as web/src/graph-view/camera.ts): a subject
 * shown that large need not fill its room.
 */
const fitZoomCap = (width: number, height: number) =>
  1.4 * Math.min(2, Math.max(1, Math.min(width / 1280, height / 720)));

export async function framing(page: Page, check: FramingCheck): Promise<FramingReport> {
  return page.evaluate(
    ({ subject, overlays, maxZoom }) => {
      interface Box {
        x1: number;
        y1: number;
        x2: number;
        y2: number;
      }
      interface Node {
        id(): string;
        isParent(): boolean;
        visible(): boolean;
        renderedBoundingBox(o: { includeLabels: boolean }): Box;
      }
      const cy = (
        window as unknown as {
          cy: { nodes(): { filter(f: (n: Node) => boolean): Node[] }; zoom(): number };
        }
      ).cy;
      const canvas = document.getElementById('graph');
      if (!canvas) return { problems: ['no canvas'], count: 0, zoom: 0, moving: false };
      const moving = canvas.dataset.camera === 'moving';
      const c = canvas.getBoundingClientRect();
      // The part of the canvas the page shows.
      const visible: Box = {
        x1: Math.max(0, c.left),
        y1: Math.max(0, c.top),
        x2: Math.min(window.innerWidth, c.right),
        y2: Math.min(window.innerHeight, c.bottom),
      };
      const covers = [...document.querySelectorAll(overlays)]
        .map((element) => ({
          name: element.id ? `#${element.id}` : `.${[...element.classList].join('.')}`,
          box: element.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width > 0 && box.height > 0)
        .map(({ name, box }) => ({
          name,
          box: { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom },
        }));
      const slack = 0.5;
      const overlaps = (a: Box, b: Box) =>
        a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;
      const nodes = cy
        .nodes()
        .filter((n) => !n.isParent() && n.visible() && (!subject || subject.includes(n.id())));
      const problems: string[] = [];
      if (subject) {
        const drawn = new Set(nodes.map((n) => n.id()));
        for (const id of subject) if (!drawn.has(id)) problems.push(`${id} is not drawn`);
      }
      const extent: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      for (const n of nodes) {
        const r = n.renderedBoundingBox({ includeLabels: true });
        const b = { x1: r.x1 + c.left, y1: r.y1 + c.top, x2: r.x2 + c.left, y2: r.y2 + c.top };
        extent.x1 = Math.min(extent.x1, b.x1);
        extent.y1 = Math.min(extent.y1, b.y1);
        extent.x2 = Math.max(extent.x2, b.x2);
        extent.y2 = Math.max(extent.y2, b.y2);
        if (
          b.x1 < visible.x1 - slack ||
          b.y1 < visible.y1 - slack ||
          b.x2 > visible.x2 + slack ||
          b.y2 > visible.y2 + slack
        )
          problems.push(`${n.id()} is cut off or off screen`);
        for (const cover of covers)
          if (overlaps(b, cover.box)) problems.push(`${n.id()} is under ${cover.name}`);
      }
      const zoom = cy.zoom();
      if (!nodes.length || problems.length) return { problems, count: nodes.length, zoom, moving };
      // The room around the subject: out to the canvas's edges or to the first overlay beside it.
      const acrossY = (o: Box) => o.y1 < extent.y2 && extent.y1 < o.y2;
      const acrossX = (o: Box) => o.x1 < extent.x2 && extent.x1 < o.x2;
      const boxes = covers.map((cover) => cover.box);
      const room: Box = {
        x1: Math.max(
          visible.x1,
          ...boxes.filter((o) => acrossY(o) && o.x2 <= extent.x1).map((o) => o.x2),
        ),
        x2: Math.min(
          visible.x2,
          ...boxes.filter((o) => acrossY(o) && o.x1 >= extent.x2).map((o) => o.x1),
        ),
        y1: Math.max(
          visible.y1,
          ...boxes.filter((o) => acrossX(o) && o.y2 <= extent.y1).map((o) => o.y2),
        ),
        y2: Math.min(
          visible.y2,
          ...boxes.filter((o) => acrossX(o) && o.y1 >= extent.y2).map((o) => o.y1),
        ),
      };
      const w = room.x2 - room.x1;
      const h = room.y2 - room.y1;
      const offX = Math.abs((extent.x1 + extent.x2 - room.x1 - room.x2) / 2);
      const offY = Math.abs((extent.y1 + extent.y2 - room.y1 - room.y2) / 2);
      if (offX > w / 4 || offY > h / 4)
        problems.push(
          `the subject sits off-centre (${Math.round(offX)}, ${Math.round(offY)} px from the middle of its ${Math.round(w)}×${Math.round(h)} room)`,
        );
      // At least half its room one way (a section's box around the concepts takes some of it).
      const fills = (extent.x2 - extent.x1) / w >= 0.5 || (extent.y2 - extent.y1) / h >= 0.5;
      if (!fills && zoom < maxZoom - 1e-3)
        problems.push(
          `the subject is small (${Math.round(extent.x2 - extent.x1)}×${Math.round(extent.y2 - extent.y1)} px in a ${Math.round(w)}×${Math.round(h)} room at zoom ${zoom.toFixed(2)})`,
        );
      return { problems, count: nodes.length, zoom, moving };
    },
    {
      subject: check.subject,
      overlays: check.overlays,
      maxZoom: await page
        .evaluate(() => {
          const canvas = document.getElementById('graph');
          return canvas ? [canvas.clientWidth, canvas.clientHeight] : [0, 0];
        })
        .then(([w = 0, h = 0]) => fitZoomCap(w, h)),
    },
  );
}

/**
 * Waits (polling, as the camera glides) until the subject is framed and the camera at rest; fails
 * with what is wrong.
 */
export async function expectFramed(page: Page, check: FramingCheck): Promise<void> {
  await expect
    .poll(
      async () => {
        const report = await framing(page, check);
        return report.moving ? ['the camera is still moving'] : report.problems;
      },
      { timeout: 60_000, interval: 250 },
    )
    .toEqual([]);
}

/** The concepts a traced path runs through, as the canvas marks them. */
export async function pathConcepts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: {
          nodes(s: string): {
            filter(f: (n: { isParent(): boolean }) => boolean): { id(): string }[];
          };
        };
      }
    ).cy;
    return cy
      .nodes('.on-path')
      .filter((n) => !n.isParent())
      .map((n) => n.id());
  });
}
