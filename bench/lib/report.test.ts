import { describe, expect, it } from 'vitest';
import { formatTable, ratioRow, valueRow } from './report';

describe('bench report', () => {
  it('judges a ratio goal in either direction', () => {
    const base = { case: 'c', metric: 'm', unit: 'ms', baseline: { label: 'sequential', value: 100 } };
    expect(
      ratioRow({ ...base, value: 20 }, { comparison: 'at-most', ratio: 0.25, text: '≤ 0.25×' }),
    ).toMatchObject({ ratio: 0.2, pass: true });
    expect(
      ratioRow({ ...base, value: 30 }, { comparison: 'at-most', ratio: 0.25, text: '≤ 0.25×' }).pass,
    ).toBe(false);
    expect(
      ratioRow({ ...base, value: 90 }, { comparison: 'at-least', ratio: 0.8, text: '≥ 0.8×' }).pass,
    ).toBe(true);
  });

  it('judges a value goal and leaves informational rows without a verdict', () => {
    expect(
      valueRow(
        { case: 'c', metric: 'heap', value: 120, unit: 'MB' },
        { comparison: 'at-most', value: 150, text: '≤ 150 MB' },
      ).pass,
    ).toBe(true);
    expect(valueRow({ case: 'c', metric: 'x', value: 1, unit: '' }).pass).toBeUndefined();
  });

  it('prints aligned columns with the verdict', () => {
    const table = formatTable([
      valueRow(
        { case: 'heap', metric: 'JS heap', value: 160.4, unit: 'MB' },
        { comparison: 'at-most', value: 150, text: '≤ 150 MB' },
      ),
    ]);
    const [header, rule, row] = table.split('\n');
    expect(header).toMatch(/^case\s+metric\s+value/);
    expect(rule).toMatch(/^-+/);
    expect(row).toContain('160 MB');
    expect(row).toMatch(/MISSED$/);
  });
});
