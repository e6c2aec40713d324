// `npm run emulator -- --port <p>`: the emulator as its own process (see --help).

import { parseCliArgs } from './cli-options';
import { startEmulator } from './start-emulator';

const parsed = parseCliArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(parsed.text);
  process.exit(0);
}
if (parsed.kind === 'error') {
  process.stderr.write(`emulator: ${parsed.message}\nRun with --help to see the flags.\n`);
  process.exit(2);
}

const { config } = parsed;
try {
  const emulator = await startEmulator({
    port: config.port,
    credentials: [{ accessKeyId: config.accessKeyId, accessKeySecret: config.accessKeySecret }],
    seed: config.seed,
    imagesPerRegion: config.imagesPerRegion,
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
