// The official Alibaba Cloud clients, unchanged, against the emulator over loopback: the ECS SDK
// (@alicloud/ecs20140526, V3 by default and with signatureAlgorithm 'v2') and @alicloud/pop-core
// (GET and POST), with AccessKeys and with STS tokens, for every filter and every error.

import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DescribeImagesRequest } from '../ecs/describe-images-params';
import { toWireEntries, toWireParams } from '../ecs/describe-images-wire';
import { KNOWN_REGIONS } from '../ecs/regions';
import { Catalog, DEFAULT_CATALOG_SEED } from './catalog';
import { describeImages } from './ecs-actions';
import { createEmulatorApp, type EmulatorAppOptions } from './emulator-app';
import { serveOnLoopback, startEmulator, type RunningEmulator } from './start-emulator';
import { signedRequest } from './testing/signed-request';
import type { EmulatorCredential } from './verify-signature';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the SDKs are untyped CommonJS here */
const core = require('@alicloud/openapi-core');
const Ecs = require('@alicloud/ecs20140526');
const RPCClient = require('@alicloud/pop-core');
const dara = require('@darabonba/typescript');
// pop-core has its own nested kitx; its nonce comes from that copy.
const popKitx = require(require.resolve('kitx', { paths: [require.resolve('@alicloud/pop-core')] }));

const KEY: EmulatorCredential = { accessKeyId: 'clients-test-id', accessKeySecret: 'clients-test-secret' };
const STS: EmulatorCredential = {
  accessKeyId: 'STS.clients-test-id',
  accessKeySecret: 'sts-secret',
  securityToken: 'sts+token/with=odd chars',
};
const IMAGES_PER_REGION = 300;
const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: IMAGES_PER_REGION });

interface Answer {
  TotalCount: number;
  ids: string[];
}
/** The fields of a public image that real answers and the emulator once disagreed on. */
interface PublicShape {
  id: string;
  isPublic: boolean;
  diskMappings: unknown;
}
interface Failure {
  code: string;
  status: number | undefined;
}

/** One way of calling: the same operations whichever official client is behind it. */
interface Client {
  name: string;
  describeImages(request: Partial<DescribeImagesRequest>): Promise<Answer>;
  publicShapes(request: Partial<DescribeImagesRequest>): Promise<PublicShape[]>;
  describeRegions(): Promise<string[]>;
  /** LocalName by RegionId, in the language asked for (none: the service's default). */
  regionNames(acceptLanguage?: string): Promise<Record<string, string>>;
  call(action: string, version: string): Promise<unknown>;
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function sdkRequest(r: Partial<DescribeImagesRequest>) {
  return new Ecs.DescribeImagesRequest(
    defined({
      regionId: r.RegionId,
      imageId: r.ImageId,
      imageName: r.ImageName,
      imageFamily: r.ImageFamily,
      imageOwnerAlias: r.ImageOwnerAlias,
      imageOwnerId: r.ImageOwnerId === undefined ? undefined : Number(r.ImageOwnerId),
      isPublic: r.IsPublic,
      status: r.Status?.join(','),
      showExpired: r.ShowExpired,
      snapshotId: r.SnapshotId,
      instanceType: r.InstanceType,
      isSupportIoOptimized: r.IsSupportIoOptimized,
      isSupportCloudinit: r.IsSupportCloudinit,
      OSType: r.OSType,
      architecture: r.Architecture,
      usage: r.Usage,
      actionType: r.ActionType,
      resourceGroupId: r.ResourceGroupId,
      usable: r.Usable,
      tag: r.Tag?.map((t) => defined({ key: t.Key, value: t.Value })),
      filter: r.Filter?.map((f) => ({ key: f.Key, value: f.Value })),
      pageNumber: r.PageNumber,
      pageSize: r.PageSize,
      dryRun: r.DryRun,
    }),
  );
}

function ecsSdk(
  url: string,
  credential: EmulatorCredential,
  options: { v2?: boolean; readTimeout?: number } = {},
): Client {
  const client = new Ecs.default(
    new core.$OpenApiUtil.Config(
      defined({
        accessKeyId: credential.accessKeyId,
        accessKeySecret: credential.accessKeySecret,
        securityToken: credential.securityToken,
        endpoint: new URL(url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
        signatureAlgorithm: options.v2 ? 'v2' : undefined,
        readTimeout: options.readTimeout,
      }),
    ),
  );
  return {
    name: options.v2 ? 'ecs-sdk-v2' : 'ecs-sdk-v3',
    async describeImages(request) {
      const { body } = await client.describeImages(sdkRequest({ RegionId: 'cn-hangzhou', ...request }));
      return { TotalCount: body.totalCount, ids: body.images.image.map((i: any) => i.imageId) };
    },
    async publicShapes(request) {
      const { body } = await client.describeImages(sdkRequest({ RegionId: 'cn-hangzhou', ...request }));
      return body.images.image.map((i: any) => ({
        id: i.imageId,
        isPublic: i.isPublic,
        diskMappings: i.diskDeviceMappings,
      }));
    },
    async describeRegions() {
      const { body } = await client.describeRegions(new Ecs.DescribeRegionsRequest({}));
      return body.regions.region.map((r: any) => r.regionId);
    },
    async regionNames(acceptLanguage) {
      const { body } = await client.describeRegions(
        new Ecs.DescribeRegionsRequest(defined({ acceptLanguage })),
      );
      return Object.fromEntries(body.regions.region.map((r: any) => [r.regionId, r.localName]));
    },
    call: (action, version) =>
      client.callApi(
        new core.$OpenApiUtil.Params({
          action,
          version,
          protocol: 'HTTP',
          pathname: '/',
          method: 'POST',
          authType: 'AK',
          style: 'RPC',
          reqBodyType: 'formData',
          bodyType: 'json',
        }),
        new core.$OpenApiUtil.OpenApiRequest({ query: { RegionId: 'cn-hangzhou' } }),
        new (require('@darabonba/typescript').RuntimeOptions)({}),
      ),
  };
}

function popCore(
  url: string,
  credential: EmulatorCredential,
  method: 'GET' | 'POST',
  apiVersion = '2014-05-26',
): Client {
  const make = (version: string) =>
    new RPCClient(
      defined({
        accessKeyId: credential.accessKeyId,
        accessKeySecret: credential.accessKeySecret,
        securityToken: credential.securityToken,
        endpoint: url,
        apiVersion: version,
      }),
    );
  const client = make(apiVersion);
  const opts = { method, timeout: 5000 };
  return {
    name: `pop-core-${method.toLowerCase()}`,
    async describeImages(request) {
      const body = await client.request(
        'DescribeImages',
        toWireParams({ RegionId: 'cn-hangzhou', ...request }),
        opts,
      );
      return { TotalCount: body.TotalCount, ids: body.Images.Image.map((i: any) => i.ImageId) };
    },
    async publicShapes(request) {
      const body = await client.request(
        'DescribeImages',
        toWireParams({ RegionId: 'cn-hangzhou', ...request }),
        opts,
      );
      return body.Images.Image.map((i: any) => ({
        id: i.ImageId,
        isPublic: i.IsPublic,
        diskMappings: i.DiskDeviceMappings,
      }));
    },
    async describeRegions() {
      const body = await client.request('DescribeRegions', {}, opts);
      return body.Regions.Region.map((r: any) => r.RegionId);
    },
    async regionNames(acceptLanguage) {
      const body = await client.request('DescribeRegions', defined({ AcceptLanguage: acceptLanguage }), opts);
      return Object.fromEntries(body.Regions.Region.map((r: any) => [r.RegionId, r.LocalName]));
    },
    call: (action, version) => make(version).request(action, { RegionId: 'cn-hangzhou' }, opts),
  };
}

function allClients(url: string, credential: EmulatorCredential): Client[] {
  return [
    ecsSdk(url, credential),
    ecsSdk(url, credential, { v2: true }),
    popCore(url, credential, 'GET'),
    popCore(url, credential, 'POST'),
  ];
}

/** The error a call failed with, read the way each client reports it. */
async function failureOf(run: () => Promise<unknown>): Promise<Failure> {
  try {
    await run();
  } catch (error: any) {
    return { code: error.code ?? error.name, status: error.statusCode ?? error.entry?.response?.statusCode };
  }
  throw new Error('the call was expected to fail');
}

function expected(request: Partial<DescribeImagesRequest>): Answer {
  const result = describeImages(catalog, toWireEntries({ RegionId: 'cn-hangzhou', ...request }), 'expected');
  if (!result.ok) throw new Error(`the case itself is invalid: ${result.error.code}`);
  return { TotalCount: result.value.TotalCount, ids: result.value.Images.Image.map((i) => i.ImageId) };
}

// Values from the catalog, so that every filter case selects something real.
const hangzhou = catalog.images('cn-hangzhou').map((e) => e.image);
const own = hangzhou.filter((i) => i.ImageOwnerAlias === 'self' && i.Status === 'Available');
const dataDisk = own.flatMap((i) => i.DiskDeviceMappings.DiskDeviceMapping).find((d) => d.Type === 'data')!;
const shared = hangzhou.find(
  (i) => i.ImageOwnerAlias === 'others' && !i.IsPublic && i.Status === 'Available',
)!;
const grouped = own.find((i) => i.ResourceGroupId !== '')!;
const family = own.find((i) => i.ImageFamily !== '')!;

const FILTER_CASES: Record<string, Partial<DescribeImagesRequest>> = {
  default: {},
  'Status list': { Status: ['Available', 'Deprecated'], PageSize: 50 },
  'Status ALL': { Status: ['ALL'], PageSize: 100, PageNumber: 2 },
  'owner system': { ImageOwnerAlias: 'system', PageSize: 30 },
  'owner self': { ImageOwnerAlias: 'self', PageSize: 30 },
  'owner marketplace': { ImageOwnerAlias: 'marketplace', PageSize: 30 },
  'owner others (shared)': { ImageOwnerAlias: 'others', PageSize: 30 },
  'owner others, IsPublic (community)': { ImageOwnerAlias: 'others', IsPublic: true, PageSize: 30 },
  ImageOwnerId: { ImageOwnerAlias: 'others', ImageOwnerId: String(shared.ImageOwnerId) },
  'ImageName fuzzy': { ImageName: 'PROD', PageSize: 50 },
  'ImageName with characters encoders disagree on': { ImageName: "my image*~(x)!'" },
  'ImageName non-ASCII': { ImageName: '订单' },
  ImageFamily: { ImageFamily: 'acs:alibaba_cloud_linux_3_2104_lts_x64', Status: ['ALL'] },
  'ImageFamily custom': { ImageFamily: family.ImageFamily, Status: ['ALL'] },
  ImageId: { ImageId: 'aliyun_3_x64_20G_alibase_20240819.vhd' },
  'ImageName with a trailing *': { ImageName: 'aliyun_3*', Status: ['ALL'], PageSize: 100 },
  'ImageName with * inside, in capitals': { ImageName: 'ALIYUN_3_X64*ALIBASE*', PageSize: 100 },
  SnapshotId: { SnapshotId: dataDisk.SnapshotId, Status: ['ALL'] },
  'Tag with non-ASCII value': { Tag: [{ Key: 'env', Value: '生产' }] },
  'Tag with space and *': { Tag: [{ Key: 'team', Value: 'sre *' }] },
  'Tag key only': { Tag: [{ Key: 'cost-center' }], PageSize: 50 },
  'Tags AND': { Tag: [{ Key: 'env' }, { Key: 'team' }], PageSize: 50 },
  'Filter creation time range': {
    Filter: [
      { Key: 'CreationStartTime', Value: '2022-01-01T00:00Z' },
      { Key: 'CreationEndTime', Value: '2024-06-30T23:59:59Z' },
    ],
    PageSize: 50,
  },
  'Filter NetworkType': { Filter: [{ Key: 'NetworkType', Value: 'classic' }], PageSize: 50 },
  'Filter online upgrade': { Filter: [{ Key: 'CpuOnlineUpgrade', Value: 'supported' }], PageSize: 50 },
  'InstanceType arm': { InstanceType: 'ecs.g8y.large', PageSize: 50 },
  'InstanceType burstable x86': { InstanceType: 'ecs.t6-c1m1.large', PageSize: 50 },
  'ActionType ChangeOS': { ActionType: 'ChangeOS', ImageOwnerAlias: 'self', PageSize: 50 },
  Usage: { Usage: 'instance', PageSize: 50 },
  ShowExpired: { ImageOwnerAlias: 'marketplace', ShowExpired: true, PageSize: 50 },
  ResourceGroupId: { ResourceGroupId: grouped.ResourceGroupId, ImageOwnerAlias: 'self', PageSize: 50 },
  IsSupportIoOptimized: { IsSupportIoOptimized: false, Status: ['ALL'] },
  IsSupportCloudinit: { IsSupportCloudinit: false, Status: ['ALL'] },
  Usable: { Usable: true, Status: ['Available'], ImageOwnerAlias: 'marketplace', PageSize: 50 },
  'Usable false': { Usable: false, Status: ['ALL'], ImageOwnerAlias: 'self', PageSize: 50 },
  OSType: { OSType: 'windows', PageSize: 50 },
  Architecture: { Architecture: 'i386', Status: ['ALL'] },
  'page past the end': { PageSize: 100, PageNumber: 50 },
  'another region': { RegionId: 'eu-central-1', PageSize: 20 },
};

describe('the official clients against the emulator', () => {
  let emulator: RunningEmulator;
  let clients: Client[];

  beforeAll(async () => {
    emulator = await startEmulator({ credentials: [KEY, STS], imagesPerRegion: IMAGES_PER_REGION });
    clients = allClients(emulator.url, KEY);
  });
  afterAll(() => emulator.close());
  afterEach(() => vi.restoreAllMocks());

  it('the filter cases are not vacuous: most select some images, none selects all', () => {
    const counts = Object.values(FILTER_CASES).map((c) => expected(c).TotalCount);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(Object.keys(FILTER_CASES).length - 5);
  });

  it.each(Object.entries(FILTER_CASES))(
    '%s: every client gets exactly the expected page',
    async (_name, request) => {
      const want = expected(request);
      const answers = await Promise.all(
        clients.map((c) => c.describeImages({ RegionId: 'cn-hangzhou', ...request })),
      );
      answers.forEach((answer, i) => expect(answer, clients[i]!.name).toEqual(want));
    },
  );

  it('every client lists the regions', async () => {
    for (const client of clients) expect(await client.describeRegions()).toContain('cn-hangzhou');
  });

  it('every client gets public images as real answers show them: IsPublic and no disk mappings', async () => {
    const request = { ImageOwnerAlias: 'system', Status: ['ALL'], PageSize: 100 } as const;
    const publicIds = expected(request).ids;
    expect(publicIds.length).toBeGreaterThan(50);
    for (const client of clients) {
      const shapes = await client.publicShapes(request);
      expect(
        shapes.map((s) => s.id),
        client.name,
      ).toEqual(publicIds);
      for (const shape of shapes) {
        expect(shape.isPublic, `${client.name} ${shape.id}`).toBe(true);
        // The ECS SDK reads the empty list into its model as diskDeviceMapping: [].
        expect(shape.diskMappings, `${client.name} ${shape.id}`).toEqual(
          client.name.startsWith('pop-core') ? { DiskDeviceMapping: [] } : { diskDeviceMapping: [] },
        );
      }
    }
  });

  it('every client finds the Alibaba Cloud Linux 3 images with ImageName=aliyun_3*', async () => {
    const al3 = hangzhou
      .filter((i) => i.ImageOwnerAlias === 'system' && i.OSName.startsWith('Alibaba Cloud Linux  3'))
      .map((i) => i.ImageId);
    expect(al3.length).toBeGreaterThan(3);
    for (const client of clients) {
      const answer = await client.describeImages({ ImageName: 'aliyun_3*', Status: ['ALL'], PageSize: 100 });
      expect(answer.ids.filter((id) => !id.startsWith('m-')).sort(), client.name).toEqual([...al3].sort());
    }
  });

  it('every client gets region names in Chinese by default, and in English or Japanese when asked', async () => {
    for (const client of clients) {
      for (const [language, hangzhouName, wuhan] of [
        [undefined, '华东1（杭州）', '华中1（武汉-本地地域）'],
        ['zh-CN', '华东1（杭州）', '华中1（武汉-本地地域）'],
        ['en-US', 'China (Hangzhou)', 'China (Wuhan - Local Region)'],
        ['ja', '中国 (杭州)', '中国 (武漢 - ローカルリージョン)'],
      ] as const) {
        const names = await client.regionNames(language);
        expect(names['cn-hangzhou'], `${client.name} ${language}`).toBe(hangzhouName);
        expect(names['cn-wuhan-lr'], `${client.name} ${language}`).toBe(wuhan);
        expect(Object.keys(names)).toEqual(KNOWN_REGIONS.map((r) => r.id));
      }
    }
  });

  it('STS credentials work with every client', async () => {
    const want = expected({ ImageOwnerAlias: 'self', PageSize: 5 });
    for (const client of allClients(emulator.url, STS)) {
      expect(await client.describeImages({ ImageOwnerAlias: 'self', PageSize: 5 }), client.name).toEqual(
        want,
      );
      expect(await client.describeRegions()).toHaveLength(KNOWN_REGIONS.length);
    }
  });

  const PARAMETER_ERRORS: [string, Partial<DescribeImagesRequest> | Record<string, string>, Failure][] = [
    ['OSType', { OSType: 'solaris' }, { code: 'InvalidOSType', status: 404 }],
    ['Architecture', { Architecture: 'sparc' }, { code: 'InvalidArchitecture', status: 404 }],
    ['Usage', { Usage: 'often' }, { code: 'InvalidUsage', status: 404 }],
    [
      'ImageOwnerAlias',
      { ImageOwnerAlias: 'everyone' },
      { code: 'InvalidImageOwnerAlias.ValueNotSupported', status: 400 },
    ],
    [
      'IsPublic without others',
      { IsPublic: true, ImageOwnerAlias: 'self' },
      { code: 'InvalidImageOwnerAlias.PublicImageUnsupported', status: 400 },
    ],
    [
      'ImageOwnerId without others',
      { ImageOwnerId: '1234567890123456' },
      { code: 'InvalidOperation.ImageOwnerIdUnsupported', status: 400 },
    ],
    ['PageSize', { PageSize: 101 }, { code: 'InvalidParameter', status: 400 }],
    [
      'InstanceType unknown',
      { InstanceType: 'ecs.g99.large' },
      { code: 'InvalidInstanceType.ValueNotSupported', status: 400 },
    ],
    [
      'Filter time',
      { Filter: [{ Key: 'CreationStartTime', Value: 'yesterday' }] },
      { code: 'InvalidFilterKey.NotFound', status: 404 },
    ],
    [
      'Filter NetworkType',
      { Filter: [{ Key: 'NetworkType', Value: 'wifi' }] },
      { code: 'InvalidFilterValue.NetworkType', status: 400 },
    ],
    [
      'Tag count',
      { Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) },
      { code: 'InvalidTagCount', status: 400 },
    ],
    ['RegionId unknown', { RegionId: 'xx-nowhere-1' }, { code: 'InvalidRegionId.NotFound', status: 404 }],
    ['DryRun', { DryRun: true }, { code: 'DryRunOperation', status: 400 }],
    ['Usable without Status', { Usable: true }, { code: 'MissingParameter', status: 400 }],
  ];

  it.each(PARAMETER_ERRORS)(
    '%s: every client receives the service error',
    async (_name, request, failure) => {
      for (const client of clients)
        expect(
          await failureOf(() => client.describeImages(request as Partial<DescribeImagesRequest>)),
          client.name,
        ).toEqual(failure);
    },
  );

  it("V2 calls with Format=XML get answers and errors in XML, as the SDK's XML reader reads them", async () => {
    // The ECS SDK signs V2 with Format=XML when asked to; it returns the answer as text.
    const sdk = new Ecs.default(
      new core.$OpenApiUtil.Config({
        ...KEY,
        endpoint: new URL(emulator.url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
        signatureAlgorithm: 'v2',
      }),
    );
    const asXml = new dara.RuntimeOptions({
      extendsParameters: new dara.ExtendsParameters({ queries: { Format: 'XML' } }),
    });
    const params = new core.$OpenApiUtil.Params({
      action: 'DescribeImages',
      version: '2014-05-26',
      protocol: 'HTTP',
      pathname: '/',
      method: 'GET',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'string',
    });
    const answer = await sdk.callApi(
      params,
      new core.$OpenApiUtil.OpenApiRequest({ query: { RegionId: 'cn-hangzhou', PageSize: '3' } }),
      asXml,
    );
    expect(answer.headers['content-type']).toBe('text/xml;charset=utf-8');
    const parsed = dara.XML.parseXml(answer.body, null).DescribeImagesResponse;
    expect(Number(parsed.TotalCount)).toBe(expected({}).TotalCount);

    // Its RPC path reads error bodies as JSON only, so an XML error breaks its parser...
    await expect(
      sdk.describeImagesWithOptions(
        new Ecs.DescribeImagesRequest({ regionId: 'cn-hangzhou', OSType: 'beos' }),
        asXml,
      ),
    ).rejects.toThrow(/Unexpected token '<'/);
    // ...while the XML reader openapi-core uses for XML errors reads the envelope whole.
    const { url, init } = await signedRequest({
      style: 'v2-get',
      credential: KEY,
      baseUrl: emulator.url,
      params: { RegionId: 'cn-hangzhou', OSType: 'beos' },
      format: 'XML',
    });
    const response = await fetch(url, init);
    expect([response.status, response.headers.get('content-type')]).toEqual([404, 'text/xml;charset=utf-8']);
    const { Error: error } = dara.XML.parseXml(await response.text(), null);
    expect(error).toEqual({
      RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
      HostId: new URL(emulator.url).host,
      Code: 'InvalidOSType',
      Message: 'The specifed OSType is not valid',
      Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidOSType&product=Ecs&requestId=${error.RequestId}`,
    });
  });

  it('a tag value without its key is a mismatch, and a missing RegionId is named', async () => {
    const client = new RPCClient({ ...KEY, endpoint: emulator.url, apiVersion: '2014-05-26' });
    expect(
      await failureOf(() =>
        client.request('DescribeImages', { RegionId: 'cn-hangzhou', 'Tag.1.Value': 'x' }),
      ),
    ).toEqual({
      code: 'InvalidTag.Mismatch',
      status: 400,
    });
    const sdk = new Ecs.default(
      new core.$OpenApiUtil.Config({
        ...KEY,
        endpoint: new URL(emulator.url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
      }),
    );
    expect(
      await failureOf(() =>
        sdk.describeImages(new Ecs.DescribeImagesRequest({ tag: [{ value: 'x' }], regionId: 'cn-hangzhou' })),
      ),
    ).toEqual({
      code: 'InvalidTag.Mismatch',
      status: 400,
    });
    expect(await failureOf(() => sdk.describeImages(new Ecs.DescribeImagesRequest({})))).toEqual({
      code: 'MissingParameter',
      status: 400,
    });
    expect(await failureOf(() => client.request('DescribeImages', {}))).toMatchObject({
      code: 'MissingParameter',
    });
  });

  it('every client is refused with a wrong secret, an unknown key, or an unknown action or version', async () => {
    for (const client of allClients(emulator.url, { ...KEY, accessKeySecret: 'wrong-secret' }))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'SignatureDoesNotMatch',
        status: 400,
      });
    for (const client of allClients(emulator.url, { accessKeyId: 'nobody', accessKeySecret: 'x' }))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'InvalidAccessKeyId.NotFound',
        status: 404,
      });
    for (const client of clients) {
      expect(await failureOf(() => client.call('RunInstances', '2014-05-26')), client.name).toEqual({
        code: 'InvalidAction.NotFound',
        status: 404,
      });
      expect(await failureOf(() => client.call('DescribeImages', '2016-11-11')), client.name).toEqual({
        code: 'InvalidVersion',
        status: 400,
      });
    }
  });

  it('STS credentials are refused without their token or with another token', async () => {
    for (const client of allClients(emulator.url, {
      accessKeyId: STS.accessKeyId,
      accessKeySecret: STS.accessKeySecret,
    }))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'MissingSecurityToken',
        status: 400,
      });
    for (const client of allClients(emulator.url, { ...STS, securityToken: 'someone-elses-token' }))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'InvalidSecurityToken.MismatchWithAccessKey',
        status: 400,
      });
  });

  it('a nonce used twice is refused the second time, with every client', async () => {
    let n = 0;
    for (const client of clients) {
      const nonce = `replayed-nonce-${n++}`;
      vi.spyOn(core.OpenApiUtil, 'getNonce').mockReturnValue(nonce);
      vi.spyOn(popKitx, 'makeNonce').mockReturnValue(nonce);
      await client.describeRegions();
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'SignatureNonceUsed',
        status: 400,
      });
      vi.restoreAllMocks();
    }
  });
});

describe('the official clients against faults and clocks', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  async function serve(options: Partial<EmulatorAppOptions>): Promise<string> {
    const closing = new AbortController();
    const app = createEmulatorApp({
      credentials: [KEY],
      imagesPerRegion: 30,
      signal: closing.signal,
      ...options,
    });
    const server = await serveOnLoopback(app, { onClose: () => closing.abort() });
    servers.push(server);
    return server.url;
  }

  it('a client whose clock is more than 15 minutes off is refused with InvalidTimeStamp.Expired', async () => {
    const url = await serve({ now: () => Date.now() + 16 * 60_000 });
    for (const client of allClients(url, KEY))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'InvalidTimeStamp.Expired',
        status: 400,
      });
  });

  it('throttling reaches every client as Throttling.User (openapi-core raises ThrottlingError)', async () => {
    const frozen = Date.now();
    const url = await serve({ now: () => frozen, faults: { throttleQps: 1 } });
    for (const client of allClients(url, KEY)) {
      await client.describeRegions().catch(() => undefined);
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'Throttling.User',
        status: 400,
      });
    }
    const sdk = new Ecs.default(
      new core.$OpenApiUtil.Config({
        ...KEY,
        endpoint: new URL(url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
      }),
    );
    await expect(sdk.describeRegions(new Ecs.DescribeRegionsRequest({}))).rejects.toBeInstanceOf(
      core.ThrottlingError,
    );
  });

  it('injected server errors reach every client as 500 InternalError or 503 ServiceUnavailable', async () => {
    const internal = await serve({ faults: { errorRate: 1 }, random: () => 0.2 });
    const unavailable = await serve({ faults: { errorRate: 1 }, random: () => 0.8 });
    for (const client of allClients(internal, KEY))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'InternalError',
        status: 500,
      });
    for (const client of allClients(unavailable, KEY))
      expect(await failureOf(() => client.describeRegions()), client.name).toEqual({
        code: 'ServiceUnavailable',
        status: 503,
      });
  });

  it('a malformed answer makes every client fail to parse it', async () => {
    const url = await serve({ faults: { malformedRate: 1 } });
    for (const client of allClients(url, KEY))
      await expect(client.describeRegions(), client.name).rejects.toMatchObject({ name: 'SyntaxError' });
  });

  it('a hanging answer runs into the client timeout', async () => {
    const url = await serve({ faults: { hangRate: 1, hangMs: 30_000 } });
    const sdk = ecsSdk(url, KEY, { readTimeout: 300 });
    const started = performance.now();
    await expect(sdk.describeRegions()).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
