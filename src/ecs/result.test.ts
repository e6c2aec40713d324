import { describe, expect, it } from 'vitest';
import { failure, success, type Result } from './result';

describe('Result', () => {
  it('narrows on ok to the value or the error', () => {
    const half = (n: number): Result<number, string> =>
      n % 2 === 0 ? success(n / 2) : failure(`${n} is odd`);
    const even = half(4);
    const odd = half(3);
    expect(even.ok && even.value).toBe(2);
    expect(!odd.ok && odd.error).toBe('3 is odd');
  });
});
