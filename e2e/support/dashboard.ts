// A page object for the dashboard: how a person finds things on it, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';

export class Dashboard {
  readonly grid: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    // A tree grid in the family view.
    this.grid = page.getByRole('grid', { name: 'Images' }).or(page.getByRole('treegrid', { name: 'Images' }));
    this.progress = page.getByRole('progressbar', { name: 'Images loaded' });
  }

  async open(query = ''): Promise<this> {
    await this.page.goto(query ? `/?${query.replace(/^\?/, '')}` : '/');
    return this;
  }

  /** Waits until every request has finished and returns how many images were loaded. */
  async loadedCount(): Promise<number> {
    await expect(this.progress).toHaveAttribute('aria-valuetext', /^[\d,]+ images?\b/, { timeout: 30_000 });
    const text = (await this.progress.getAttribute('aria-valuetext'))!;
    return Number(text.replace(/ .*/, '').replace(/,/g, ''));
  }

  /** Opens the list of the view's requests (one per account × region × owner) under the progress. */
  async eachRequest(): Promise<Locator> {
    await this.page.getByRole('button', { name: /show each request/ }).click();
    return this.page.getByRole('list', { name: 'Each request' });
  }

  /** A row's cell in a column, by the column's ID (cells say which column they are in). */
  cell(row: Locator, columnId: string): Locator {
    return row.locator(`[role=gridcell][data-column="${columnId}"]`);
  }

  /** The image columns' header texts, in order (the selection column's header is a checkbox). */
  columnTitles(): Promise<string[]> {
    return this.grid
      .getByRole('columnheader')
      .evaluateAll((hs) =>
        hs.flatMap((h) =>
          h.querySelector('button span') ? [h.querySelector('button span')!.textContent!] : [],
        ),
      );
  }

  /** Data rows currently rendered (the grid is virtualized). */
  dataRows(): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  row(name: string | RegExp): Locator {
    return this.dataRows().filter({ hasText: name });
  }

  /** The texts of the first rendered rows, cell by cell. */
  async firstRows(n: number): Promise<string[]> {
    const rows = this.dataRows();
    await expect(rows.first()).toBeVisible();
    const count = Math.min(n, await rows.count());
    const texts: string[] = [];
    for (let i = 0; i < count; i++)
      texts.push((await rows.nth(i).getByRole('gridcell').allInnerTexts()).join(' | '));
    return texts;
  }

  owner(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  statusButton(): Locator {
    return this.page.getByRole('button', { name: /^Status \S/ });
  }

  regionButton(): Locator {
    return this.page.getByRole('button', { name: /^Region \S/ });
  }

  textbox(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  moreFilters(): Locator {
    return this.page.getByRole('button', { name: /^More filters/ });
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: /Search loaded rows/ });
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
