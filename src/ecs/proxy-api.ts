// The browser ⇄ proxy contract (docs/ARCHITECTURE.md "Contracts"): paths, and what /api/session answers.
// DescribeImages and DescribeRegions answers are the ECS bodies themselves (image-types.ts), and
// errors the ECS envelope (api-errors.ts), with "Source": "proxy" on errors the proxy raised.

export const PROXY_PATHS = {
  describeImages: '/api/ecs/DescribeImages',
  describeRegions: '/api/ecs/DescribeRegions',
  session: '/api/session',
} as const;

/** Where the proxy answers an ECS action: `/api/ecs/<Action>` (every action of api-actions.ts). */
export function proxyPathOf(action: string): string {
  return `/api/ecs/${action}`;
}

/** Which backend the proxy signs for. */
export type ProxyMode = 'emulator' | 'alibaba-cloud';

export interface SessionInfo {
  mode: ProxyMode;
  /** Where the credentials came from: "embedded emulator", "environment", "profile default", … */
  credentialSource: string;
  /** Masked, e.g. `LTAI****************wXyZ`; never the secret. */
  accessKeyId: string;
  defaultRegion: string;
  signatureVersion: 'v2' | 'v3';
  /** Set when every region goes to one endpoint (`--endpoint`). */
  endpointOverride: string | null;
}

/** Shows the first four and last four characters of an AccessKey ID and stars in between. */
export function maskAccessKeyId(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
