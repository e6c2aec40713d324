// Measurements that run inside the page (docs/frontend-notes.md §5): scroll frame times from
// requestAnimationFrame, long tasks, interaction → next paint, and the JS heap after GC.
import type { Page } from '@playwright/test';

/**
 * Prepares a page before any of its scripts run: a long-task observer, and the `__name` helper
 * that tsx's transform adds to functions this file passes to `page.evaluate`.
 */
export async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Marks `name` one frame after an element matching `selector` is first in the DOM — when a person
 * sees it — from outside the page's code, so the product carries no benchmark code.
 */
export async function markWhenShown(page: Page, selector: string, name: string): Promise<void> {
  await page.addInitScript(
    ({ selector, name }) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => performance.mark(name));
      }).observe(document, { childList: true, subtree: true });
    },
    { selector, name },
  );
}

/** Marks `rows-painted` when the first row is shown: the dashboard and the bare first-rows page are timed the same way (case 3). */
export function markFirstRows(page: Page, rowSelector: string): Promise<void> {
  return markWhenShown(page, rowSelector, 'rows-painted');
}

export interface ScrollResult {
  deltas: number[];
  longTasks: number[];
}

/** Scrolls `selector` by `step` px per frame for `ms`, recording every frame's duration. */
export async function scrollFrames(
  page: Page,
  selector: string,
  step: number,
  ms: number,
): Promise<ScrollResult> {
  return page.evaluate(
    ({ selector, step, ms }) =>
      new Promise<ScrollResult>((resolve) => {
        const w = window as unknown as { longTasks: number[] };
        const el = document.querySelector<HTMLElement>(selector)!;
        el.scrollTop = 0;
        const longTasksBefore = w.longTasks.length;
        const deltas: number[] = [];
        let last: number | undefined;
        let start: number | undefined;
        const frame = (t: number) => {
          if (last !== undefined) deltas.push(t - last);
          last = t;
          start ??= t;
          if (t - start >= ms) {
            resolve({ deltas, longTasks: w.longTasks.slice(longTasksBefore) });
            return;
          }
          // Wrap around at the end so the whole run scrolls.
          el.scrollTop = el.scrollTop + step >= el.scrollHeight - el.clientHeight ? 0 : el.scrollTop + step;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { selector, step, ms },
  );
}

/** After an input, a frame and then a task: the next paint (docs/frontend-notes.md §5, "Interaction latency"). */
export type Interaction = { header: string } | { search: string; text: string };

/** Performs the interaction in the page and times it to the next paint. */
export async function timeToNextPaint(page: Page, interaction: Interaction): Promise<number> {
  return page.evaluate(
    (interaction) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        if ('header' in interaction) {
          const buttons = [...document.querySelectorAll<HTMLElement>('[role=columnheader] button')];
          buttons.find((b) => b.querySelector('span')?.textContent === interaction.header)!.click();
        } else {
          // As typing does: the input event, then Enter to apply at once (no typing pause).
          const input = document.querySelector<HTMLInputElement>(interaction.search)!;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
            input,
            interaction.text,
          );
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }),
    interaction,
  );
}

/** JS heap in MB after a full garbage collection (Chromium started with --expose-gc). */
export async function heapAfterGc(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { gc?: () => void };
    for (let i = 0; i < 3; i++) {
      w.gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
  });
}
