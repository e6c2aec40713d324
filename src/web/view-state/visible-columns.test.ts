import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_COLUMNS } from '../columns/image-columns';
import { toggleColumn, visibleColumnIds } from './visible-columns';
import { EMPTY_VIEW } from './view-state';

describe('visible columns', () => {
  it('shows the Region column by default only when several regions are shown', () => {
    expect(visibleColumnIds(EMPTY_VIEW)).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou'] })).not.toContain('RegionId');
    expect(visibleColumnIds({ ...EMPTY_VIEW, regions: ['cn-hangzhou', 'cn-beijing'] })).toEqual(
      DEFAULT_VISIBLE_COLUMNS.filter((id) => id !== 'Account'),
    );
  });

  it('shows the Account column by default only when several accounts are shown, first', () => {
    expect(visibleColumnIds({ ...EMPTY_VIEW, accounts: ['prod'] })).not.toContain('Account');
    const several = visibleColumnIds({ ...EMPTY_VIEW, accounts: ['prod', 'staging'] });
    expect(several.slice(0, 3)).toEqual(['ImageName', 'ImageId', 'Account']);
    expect(several).not.toContain('RegionId');
  });

  it('shows a chosen column set as chosen', () => {
    expect(visibleColumnIds({ ...EMPTY_VIEW, columns: ['ImageId', 'RegionId'] })).toEqual([
      'ImageId',
      'RegionId',
    ]);
  });

  it('toggles columns but never hides the last one', () => {
    expect(toggleColumn(['ImageId'], 'Size')).toEqual(['ImageId', 'Size']);
    expect(toggleColumn(['ImageId', 'Size'], 'ImageId')).toEqual(['Size']);
    expect(toggleColumn(['ImageId'], 'ImageId')).toEqual(['ImageId']);
  });
});
