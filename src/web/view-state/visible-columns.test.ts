import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_COLUMNS } from '../columns/image-columns';
import { toggleColumn, visibleColumnIds } from './visible-columns';
import { EMPTY_VIEW } from './view-state';

describe('visible columns', () => {
  it('shows the Region column by default only when several regions are shown', () => {
    expect(visibleColumnIds(EMPTY_VIEW)).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou'] })).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou', 'cn-beijing'] })).toEqual(
      DEFAULT_VISIBLE_COLUMNS,
    );
  });

  it('shows a chosen column set as chosen', () => {
    expect(visibleColumnIds({ ...EMPTY_VIEW, columns: ['ImageId', 'RegionId'] })).toEqual([
      'ImageId',
      'RegionId',
    ]);
  });

  it('leads with the Family column in the family view', () => {
    const family = { ...EMPTY_VIEW, group: 'family' as const };
    expect(visibleColumnIds(family)[0]).toBe('ImageFamily');
    expect(visibleColumnIds(family).filter((id) => id === 'ImageFamily')).toHaveLength(1);
    expect(visibleColumnIds({ ...family, columns: ['ImageId', 'Size'] })).toEqual([
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
