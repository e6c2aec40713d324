// `npm run emulator -- --port <p>`: the emulator as its own process (see --help).

import { readFileSync } from 'node:fs';
import { HELP, parseCliArgs } from './cli-options';
import { parseIdentitiesFile, type EmulatorIdentities } from './identities-file';
import { startEmulator } from './start-emulator';

const parsed = parseCliArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`emulator: ${parsed.error}\nRun with --help to see the options.\n`);
  process.exit(2);
}
const config = parsed.value;
if (config.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function readIdentities(file: string): EmulatorIdentities {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `emulator: --identities ${file} cannot be read: ${(error as NodeJS.ErrnoException).code}\n`,
    );
    process.exit(2);
  }
  const parsed = parseIdentitiesFile(text);
  if (parsed.ok) return parsed.value;
  process.stderr.write(
    `emulator: --identities ${file} has problems:\n${parsed.error.map((p) => `  ${p}\n`).join('')}`,
  );
  process.exit(2);
}

const identities: EmulatorIdentities = config.identitiesFile
  ? readIdentities(config.identitiesFile)
  : { credentials: [], roles: [] };

try {
  const emulator = await startEmulator({
    host: config.host,
    port: config.port,
    credentials: [
      { accessKeyId: config.accessKeyId, accessKeySecret: config.accessKeySecret },
      ...identities.credentials,
    ],
    roles: identities.roles,
    seed: config.seed,
    imagesPerRegion: config.imagesPerRegion,
    ...(config.instancesPerRegion !== undefined ? { instancesPerRegion: config.instancesPerRegion } : {}),
    faults: config.faults,
    strictSignatures: config.strictSignatures,
    ...(config.log ? { log: (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  process.stdout.write(`emulator listening on ${emulator.url}\n`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `emulator: port ${config.port} is already in use; choose another with --port\n`
      : `emulator: could not start: ${(error as Error).message}\n`,
  );
  process.exit(1);
}
