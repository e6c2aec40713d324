import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_COLUMNS } from '../columns/image-columns';
import { moveColumn, toggleColumn, visibleColumnIds } from './visible-columns';
import { EMPTY_VIEW } from './view-state';

describe('visible columns', () => {
  it('shows the Region column by default only when several regions are shown', () => {
    expect(visibleColumnIds(EMPTY_VIEW, null)).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou'] }, null)).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou', 'cn-beijing'] }, null)).toEqual(
      DEFAULT_VISIBLE_COLUMNS.filter((id) => id !== 'Account'),
    );
  });

  it('shows the Account column by default only when several accounts are shown, first', () => {
    expect(visibleColumnIds({ ...EMPTY_VIEW, accounts: ['prod'] }, null)).not.toContain('Account');
    const several = visibleColumnIds({ ...EMPTY_VIEW, accounts: ['prod', 'staging'] }, null);
    expect(several.slice(0, 3)).toEqual(['ImageName', 'ImageId', 'Account']);
    expect(several).not.toContain('RegionId');
  });

  it('shows the columns of the link, else the preferred ones, as chosen', () => {
    expect(visibleColumnIds({ ...EMPTY_VIEW, columns: ['ImageId', 'RegionId'] }, ['Size'])).toEqual([
      'ImageId',
      'RegionId',
    ]);
    expect(visibleColumnIds(EMPTY_VIEW, ['Size', 'ImageId'])).toEqual(['Size', 'ImageId']);
  });

  it('moves a column to a new place, clamped to the ends', () => {
    const order = ['ImageName', 'ImageId', 'Size'] as const;
    expect(moveColumn(order, 'Size', 0)).toEqual(['Size', 'ImageName', 'ImageId']);
    expect(moveColumn(order, 'ImageName', 1)).toEqual(['ImageId', 'ImageName', 'Size']);
    expect(moveColumn(order, 'ImageName', 99)).toEqual(['ImageId', 'Size', 'ImageName']);
    expect(moveColumn(order, 'Status', 0)).toEqual([...order]);
  });

  it('leads with the Family column in the family view', () => {
    const family = { ...EMPTY_VIEW, group: 'family' as const };
    expect(visibleColumnIds(family, null)[0]).toBe('ImageFamily');
    expect(visibleColumnIds(family, null).filter((id) => id === 'ImageFamily')).toHaveLength(1);
    expect(visibleColumnIds({ ...family, columns: ['ImageId', 'Size'] }, null)).toEqual([
      'ImageFamily',
      'ImageId',
      'Size',
    ]);
  });

  it('toggles columns but never hides the last one', () => {
    expect(toggleColumn(['ImageId'], 'Size')).toEqual(['ImageId', 'Size']);
    expect(toggleColumn(['ImageId', 'Size'], 'ImageId')).toEqual(['Size']);
    expect(toggleColumn(['ImageId'], 'ImageId')).toEqual(['ImageId']);
  });
});
