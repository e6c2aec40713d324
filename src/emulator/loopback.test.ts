import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost } from './loopback';

describe('isLoopbackAddress', () => {
  it('accepts IPv4 and IPv6 loopback in their usual spellings', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])
      expect(isLoopbackAddress(address), address).toBe(true);
  });

  it('refuses every other address, and an unknown one', () => {
    for (const address of [
      '10.0.0.1',
      '192.168.1.10',
      '0.0.0.0',
      '::',
      '::ffff:10.0.0.1',
      'fe80::1',
      '128.0.0.1',
      '127.0.0.1.evil.com',
      'localhost',
      '',
      undefined,
    ])
      expect(isLoopbackAddress(address), String(address)).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('allows localhost and loopback addresses, never a wildcard or public address', () => {
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('::')).toBe(false);
    expect(isLoopbackHost('192.168.0.2')).toBe(false);
    expect(isLoopbackHost('example.com')).toBe(false);
  });
});
