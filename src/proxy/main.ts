// `npm start`: parse the flags, build the SPA when it is stale, start the proxy and say where it is
// and in which mode. Bad flags exit with code 2, other start-up problems with 1. SIGTERM or SIGINT
// stops it gracefully: no new connections, the requests under way may finish for a few seconds,
// then exit 0.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_TEXT, parseCliOptions } from './cli-options';
import { isLoopbackHost } from '../node/loopback';
import type { CliOptions } from './cli-options';
import { startProxy, type RunningProxy } from './server';
import { ensureSpaBuilt } from './spa-build';
import { StartupError } from './startup-error';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist', 'web');

/** How long requests under way may take to finish once the proxy is asked to stop. */
const SHUTDOWN_GRACE_MS = 5_000;

function banner(proxy: RunningProxy, options: CliOptions): string {
  const tokenRequired = options.authToken !== undefined;
  const s = proxy.session;
  const lines = [`ECS Image Browser: ${proxy.url}`];
  if (s.mode === 'emulator')
    lines.push(
      `  mode: local emulator (${s.credentialsFrom}; no Alibaba Cloud account is used), default region ${s.defaultRegion}`,
    );
  else
    lines.push(
      `  mode: Alibaba Cloud, credentials from ${s.credentialsFrom} (${s.accessKeyId}), signature ${s.signatureVersion.toUpperCase()}, default region ${s.defaultRegion}`,
    );
  if (s.endpointOverride) lines.push(`  endpoint: every region goes to ${s.endpointOverride}`);
  if (s.accounts.length)
    lines.push(
      `  accounts: ${s.accounts.map((a) => a.name).join(', ')} (from ${options.accountsFile}; the first is the default)`,
    );
  if (options.redisUrl) {
    const redis = new URL(options.redisUrl);
    lines.push(
      `  shared state: answer cache, identical calls and pacing shared through ${redis.protocol}//${redis.host} (see /healthz)`,
    );
  }
  if (options.rateLimit !== null)
    lines.push(`  rate limit: ${options.rateLimit} calls per second per AccessKey, region and action`);
  if (tokenRequired)
    lines.push(
      `  access token required: open ${proxy.url}/?auth=<token> once, or send "Authorization: Bearer <token>"`,
    );
  if (!isLoopbackHost(options.host) && !options.tls && !options.trustProxy)
    lines.push(
      '  warning: plain http on a network address — the token and the cookie travel unencrypted. Serve HTTPS with',
      '  --tls-cert/--tls-key, or put the proxy behind a TLS-terminating reverse proxy and add --trust-proxy.',
    );
  return lines.join('\n');
}

/** The exit code, or undefined while the server runs. */
async function main(): Promise<number | undefined> {
  const parsed = parseCliOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`${parsed.error}\nRun with --help to see the options.`);
    return 2;
  }
  const options = parsed.value;
  if (options.help) {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  try {
    if (options.build) await ensureSpaBuilt(ROOT, DIST, (line) => console.log(line));
    const proxy = await startProxy({ ...options, distDir: DIST });
    console.log(banner(proxy, options));
    const stop = (signal: string) => {
      console.log(
        `${signal}: no new connections; letting requests under way finish (up to ${SHUTDOWN_GRACE_MS / 1000} s).`,
      );
      void proxy.shutdown(SHUTDOWN_GRACE_MS).then((cut) => {
        if (cut > 0) console.log(`Stopped; ${cut} request(s) were still running and were cut short.`);
        process.exit(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return undefined;
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    console.error(e.message);
    return 1;
  }
}

const code = await main();
if (code !== undefined) process.exit(code);
