import { describe, expect, it } from 'vitest';
import { isDark, nextThemeMode } from './theme';

describe('theme', () => {
  it('follows the system unless light or dark was chosen', () => {
    expect(isDark('system', true)).toBe(true);
    expect(isDark('system', false)).toBe(false);
    expect(isDark('light', true)).toBe(false);
    expect(isDark('dark', false)).toBe(true);
  });

  it('cycles system → light → dark → system', () => {
    expect([nextThemeMode('system'), nextThemeMode('light'), nextThemeMode('dark')]).toEqual([
      'light',
      'dark',
      'system',
    ]);
  });
});
