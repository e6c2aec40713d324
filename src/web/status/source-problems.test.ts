import { describe, expect, it } from 'vitest';
import { groupProblems } from './source-problems';

describe('failed sources', () => {
  it('groups failures with the same code and message', () => {
    const groups = groupProblems([
      { status: 'a', code: 'Throttling.User', message: 'slow down' },
      { status: 'b', code: 'InvalidOSType', message: 'bad' },
      { status: 'c', code: 'Throttling.User', message: 'slow down' },
    ]);
    expect(groups).toEqual([
      { code: 'Throttling.User', message: 'slow down', members: ['a', 'c'] },
      { code: 'InvalidOSType', message: 'bad', members: ['b'] },
    ]);
  });
});
