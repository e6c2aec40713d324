// The one loopback check, for the proxy (may it bind without a token, may --endpoint be plain http)
// and the emulator (where it may listen, who may use its admin route).

import { isIP } from 'node:net';

/** 127.0.0.0/8, ::1 in any spelling, and IPv4 loopback mapped into IPv6 (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const lower = address.toLowerCase();
  const v4 = lower.startsWith('::ffff:') ? lower.slice(7) : lower;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(lower) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(lower);
}

/** A host name or address that stays on this machine: `localhost` or a loopback address, IPv6 with or without brackets. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return bare === 'localhost' || isLoopbackAddress(bare);
}
