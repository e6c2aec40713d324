import { describe, expect, it } from 'vitest';
import { familySuggestions } from './family-field';

describe('family suggestions', () => {
  it('offer the families of the loaded rows first, then the public ones, each containing the text', () => {
    const loaded = ['acs:ubuntu_22_04_x64', 'team-ubuntu-base'];
    const known = ['acs:ubuntu_24_04_x64', 'acs:ubuntu_22_04_x64', 'acs:debian_12_x64'];
    expect(familySuggestions('UBUNTU', loaded, known)).toEqual([
      { family: 'acs:ubuntu_22_04_x64', loaded: true },
      { family: 'team-ubuntu-base', loaded: true },
      { family: 'acs:ubuntu_24_04_x64', loaded: false },
    ]);
    expect(familySuggestions('', [], known)).toHaveLength(3);
    expect(familySuggestions('windows', loaded, known)).toEqual([]);
  });
});
