import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe violations of the page as it is, in a form that reads well in a diff. */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** A view with several regions and owners; a shorter window keeps the scans quick (rows repeat). */
export const A11Y_VIEW = 'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=system,self&Status=ALL';
export const A11Y_VIEWPORT = { width: 1440, height: 720 };
