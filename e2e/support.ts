import { expect, test as base } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * The instant every journey runs at. The page's clock (src/ui/clock.ts) is the only one the app
 * reads, and the worker is handed its time, so fixing the page's `Date` fixes the app's.
 * Certificates the samples make are relative to it; those in the sample files are valid far
 * beyond it.
 */
export const JOURNEY_NOW = new Date('2031-03-04T05:06:07Z');

/**
 * Makes `new Date()` and `Date.now()` in the page (not its workers, which read no clock) say
 * `at`, from the next navigation on; timers and `performance` are left alone. Playwright's own
 * clock API replaces `performance` too, and Monaco's input-latency monitor fails with it.
 */
export async function fixClock(page: Page, at: Date): Promise<void> {
  await page.addInitScript((t: number) => {
    const Real = Date;
    globalThis.Date = new Proxy(Real, {
      construct: (target, args, newTarget) =>
        Reflect.construct(target, args.length ? args : [t], newTarget) as object,
      apply: () => new Real(t).toString(),
      get: (target, key, receiver) =>
        key === 'now' ? () => t : (Reflect.get(target, key, receiver) as unknown),
    });
  }, at.getTime());
}

/**
 * Shared by the journeys: the page's clock is fixed at `JOURNEY_NOW`; every test fails on a
 * console error or warning, a page error, or a request to any host but the app's own (workers
 * included: they use the page's context).
 */
export const test = base.extend<{
  clock: Date;
  watch: { problems: string[]; foreign: string[] };
}>({
  clock: [
    async ({ page }, use) => {
      await fixClock(page, JOURNEY_NOW);
      await use(JOURNEY_NOW);
    },
    { auto: true },
  ],
  watch: [
    async ({ page }, use) => {
      const watch = { problems: [] as string[], foreign: [] as string[] };
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          watch.problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => watch.problems.push(`pageerror: ${e.message}`));
      page.context().on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
          watch.foreign.push(r.url());
      });
      await use(watch);
      expect(watch.problems, 'console errors and warnings').toEqual([]);
      expect(watch.foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * A graph node by its name (`<Kind> <namespace>/<name>`, `Listener <name>`): its accessible name
 * is that name followed by its state (`Gateway infra/edge. OK`, `Listener shop. Warning: …`).
 */
export function node(page: Page, name: string) {
  return page.getByRole('group', { name: nodeName(name) });
}

/** The accessible name of a node called `name`, whatever its state. */
export function nodeName(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. (OK|Warning: |Error: )`);
}

export async function openSample(page: Page, title: string) {
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: title }).click();
}

type FileToPick = { name: string; text?: string; bytes?: Buffer };

const toPayload = (files: FileToPick[]) =>
  files.map((f) => ({
    name: f.name,
    mimeType: 'application/yaml',
    buffer: f.bytes ?? Buffer.from(f.text ?? ''),
  }));

/**
 * Imports files through Import's real file input (text, or exact bytes): they are added to the
 * workspace (a file with a name the workspace has asks: replace or keep both).
 */
export async function importFiles(page: Page, files: FileToPick[]) {
  await page.getByLabel('Import files').setInputFiles(toPayload(files));
}

/**
 * Opens files through Open…'s real file input over a workspace with something in it: they
 * replace it once the question is answered with "Replace workspace".
 */
export async function openFiles(page: Page, files: FileToPick[]) {
  await page.getByLabel('Open files').setInputFiles(toPayload(files));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace workspace' }).click();
}

export const editorText = (page: Page, path?: string) =>
  page.evaluate((p) => window.__gwtlsEditor?.getValue(p), path);

/** Waits for the first-start sample to be drawn. */
export async function ready(page: Page) {
  await page.goto('/');
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toBeAttached({ timeout: 20_000 });
  await page.waitForFunction(() => window.__gwtlsEditor?.getValue());
}

/**
 * Clicks near the start of a line of the editor (or of its lines area). Monaco's lines are wider
 * than their pane; Playwright's own click first scrolls the whole element into view, which can
 * shift the panes under the pointer, so this clicks at the spot without scrolling anything.
 */
export async function clickEditorLine(page: Page, line: Locator, x = 30): Promise<void> {
  // The editor draws its lines again as findings arrive: ask until one stands still.
  let box: { x: number; y: number; height: number } | null = null;
  for (let i = 0; i < 50 && !box; i++) {
    box = await line.boundingBox({ timeout: 1000 }).catch(() => null);
    if (!box) await page.waitForTimeout(100);
  }
  if (!box) throw new Error('the editor line is not rendered');
  await page.mouse.click(box.x + x, box.y + Math.min(5, box.height / 2));
}
