import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatches } from './closest-matches';

const FAMILIES = [
  'acs:ubuntu_22_04_x64',
  'acs:ubuntu_20_04_x64',
  'acs:ubuntu_22_04_arm64',
  'acs:debian_12_x64',
  'acs:alibaba_cloud_linux_3_2104_lts_x64',
];

describe('closest matches', () => {
  it('offers names that start with the text, then contain it, shortest and newest first', () => {
    expect(closestMatches('acs:ubuntu', FAMILIES, 3)).toEqual([
      'acs:ubuntu_22_04_x64',
      'acs:ubuntu_20_04_x64',
      'acs:ubuntu_22_04_arm64',
    ]);
    expect(closestMatches('DEBIAN', FAMILIES, 5)).toEqual(['acs:debian_12_x64']);
  });

  it('offers names a few edits away, and nothing for text unlike any name', () => {
    expect(closestMatches('acs:debain_12_x64', FAMILIES, 5)).toEqual(['acs:debian_12_x64']);
    expect(closestMatches('windows', FAMILIES, 5)).toEqual([]);
    expect(closestMatches('  ', FAMILIES, 5)).toEqual([]);
  });

  it('returns at most the limit, never the text itself, and only candidates', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.array(fc.string({ maxLength: 12 })),
        fc.nat(5),
        (typed, names, limit) => {
          const found = closestMatches(typed, names, limit);
          expect(found.length).toBeLessThanOrEqual(limit);
          for (const name of found) {
            expect(names).toContain(name);
            expect(name.toLowerCase()).not.toBe(typed.trim().toLowerCase());
          }
        },
      ),
    );
  });
});
