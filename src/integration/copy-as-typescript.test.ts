// Copy as TypeScript, executed: the snippet the dashboard generates for a view runs (under tsx, as
// its header says) against a local emulator — its endpoint overridden, as the proxy's --endpoint
// does — and must return exactly the images the dashboard shows for that view, which are fetched
// here the way the page fetches them: its planned calls, every page, through the signing proxy,
// merged by the page's own merge. An integration test across the web code, the proxy and the
// emulator, so it lives apart from each of them.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDescribeImagesResponse } from '../ecs/normalize-response';
import { endpointHostForRegion } from '../ecs/regions';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { staticCredentialProvider } from '../proxy/credentials';
import { createHarness, type TestProxy } from '../proxy/testing/proxy-harness';
import { DESCRIBE_IMAGES } from '../ecs/describe-images-params';
import { actionUrl } from '../web/images/ecs-api';
import { mergeSourceRows } from '../web/images/merge-rows';
import { codePlan } from '../web/export/code-plan';
import { typescriptSnippet } from '../web/export/sdk-snippets';
import { planImageSources, FETCH_PAGE_SIZE } from '../web/view-state/image-sources';
import { parseViewQueryString } from '../web/view-state/url-codec';

const run = promisify(execFile);
const KEY = { accessKeyId: 'copy-as-test-id', accessKeySecret: 'copy-as-test-secret' };
const harness = createHarness();
let emulator: RunningEmulator;
let proxy: TestProxy;
// A project of its own for the snippet, its imports resolving to the SDK installed here.
const scratch = mkdtempSync(join(tmpdir(), 'copy-as-'));
symlinkSync(join(process.cwd(), 'node_modules'), join(scratch, 'node_modules'), 'dir');
// A CommonJS project, as the snippet's header asks for (no "type": "module").
writeFileSync(join(scratch, 'package.json'), '{ "private": true }\n');

beforeAll(async () => {
  emulator = await startEmulator({ credentials: [KEY], imagesPerRegion: 150 });
  proxy = await harness.start({
    endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    credentialProvider: staticCredentialProvider(KEY, 'test credentials'),
  });
});
afterAll(async () => {
  await harness.closeAll();
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The rows the dashboard shows for a view: its calls, every page, through the proxy, merged. */
async function dashboardKeys(query: string): Promise<string[]> {
  const sources = planImageSources(parseViewQueryString(query).state, 'cn-hangzhou');
  const data = [];
  for (const source of sources) {
    const pages = [];
    for (let n = 1; ; n++) {
      const res = await proxy.request(actionUrl(DESCRIBE_IMAGES, { ...source.request, PageNumber: n }));
      expect(res.status).toBe(200);
      const page = normalizeDescribeImagesResponse(res.json());
      pages.push(page);
      if (n * FETCH_PAGE_SIZE >= page.TotalCount) break;
    }
    data.push({ regionId: source.regionId, pages });
  }
  return mergeSourceRows(data).map((r) => r.key);
}

/** What the generated program prints, run as a person would after setting credentials. */
async function snippetKeys(query: string): Promise<string[]> {
  const view = parseViewQueryString(query).state;
  const code = typescriptSnippet(
    codePlan(view, planImageSources(view, 'cn-hangzhou'), endpointHostForRegion),
    {
      host: new URL(emulator.url).host,
      protocol: 'http',
    },
  );
  const file = join(scratch, `images-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  const { stdout } = await run(join(process.cwd(), 'node_modules', '.bin', 'tsx'), [file], {
    env: {
      PATH: process.env.PATH,
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent/alibabacloud-credentials',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const images = JSON.parse(stdout) as { RegionId: string; ImageId: string }[];
  return images.map((i) => `${i.RegionId}/${i.ImageId}`);
}

describe('copy as TypeScript, run against the emulator', () => {
  it.each([
    [
      'two regions, two owners, every status',
      'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=system,self&Status=ALL',
    ],
    [
      'the default owners, a name and a creation-time range',
      'ImageName=ubuntu&Filter.1.Key=CreationStartTime&Filter.1.Value=2022-01-01T00:00Z',
    ],
    [
      'community images of one architecture',
      'ImageOwnerAlias=others&IsPublic=true&Architecture=x86_64&Status=Available,Deprecated',
    ],
    ['a tag and a family', 'ImageOwnerAlias=self&Tag.1.Key=env&Status=ALL'],
  ])(
    'returns the same images as the dashboard: %s',
    async (_, query) => {
      const expected = await dashboardKeys(query);
      expect(expected.length).toBeGreaterThan(0);
      expect((await snippetKeys(query)).sort()).toEqual([...expected].sort());
    },
    60_000,
  );
});
