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
  it('allows localhost and loopback addresses, IPv6 with or without brackets', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      '127.0.0.1',
      '127.255.0.9',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ])
      expect(isLoopbackHost(host), host).toBe(true);
  });

  it('refuses wildcards, other addresses and names that only start like loopback', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '[::]',
      '128.0.0.1',
      '192.168.0.2',
      '127.0.0.256',
      '127.0.0.1.evil.example',
      'localhost.example',
      'example.com',
    ])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
