import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from '../view-state/testing/view-state-arbitrary';
import { rowsResolveFamilies } from './family-resolution';

describe('what a family resolves to, from the rows', () => {
  it('is certain when Available images load and no filter can split a family', () => {
    expect(rowsResolveFamilies({})).toBe(true);
    expect(
      rowsResolveFamilies({ Status: ['ALL'], ImageFamily: 'acs:ubuntu_22_04_x64', OSType: 'linux' }),
    ).toBe(true);
    expect(rowsResolveFamilies({ Status: ['Available', 'Deprecated'], Architecture: 'arm64' })).toBe(true);
  });

  it('is a guess when the newest member may be left out', () => {
    expect(rowsResolveFamilies({ Status: ['Deprecated'] })).toBe(false);
    expect(rowsResolveFamilies({ ImageName: 'web' })).toBe(false);
    expect(rowsResolveFamilies({ Tag: [{ Key: 'env' }] })).toBe(false);
    expect(rowsResolveFamilies({ Filter: [{ Key: 'CreationEndTime', Value: '2024-01-01T00:00Z' }] })).toBe(
      false,
    );
  });

  it('never depends on the owners, the regions or the quick search', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(rowsResolveFamilies({ ...view.filters, IsPublic: undefined, ImageOwnerId: undefined })).toBe(
          rowsResolveFamilies(view.filters),
        );
      }),
    );
  });
});
