import { parse } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { describeImagesRequest } from '../../ecs/testing/request-arbitrary';
import type { CodePlan } from './code-plan';
import { terraformCode } from './terraform-block';

type Attributes = Record<string, unknown>;

/** The blocks as Terraform reads them (HashiCorp's own HCL parser, built for JavaScript). */
async function dataSources(code: string): Promise<Attributes[]> {
  const json = (await parse('view.tf', code)) as { data: { alicloud_images: Record<string, Attributes[]> } };
  return Object.values(json.data.alicloud_images).map((blocks) => blocks[0]!);
}

/** What a block asks the API for, read back from its arguments. */
function requestOf(block: Attributes, regionId: string): DescribeImagesRequest {
  const r: Record<string, unknown> = { RegionId: regionId };
  const map: Record<string, string> = {
    owners: 'ImageOwnerAlias',
    image_id: 'ImageId',
    image_name: 'ImageName',
    image_family: 'ImageFamily',
    image_owner_id: 'ImageOwnerId',
    snapshot_id: 'SnapshotId',
    instance_type: 'InstanceType',
    resource_group_id: 'ResourceGroupId',
    os_type: 'OSType',
    architecture: 'Architecture',
    usage: 'Usage',
    action_type: 'ActionType',
    is_support_io_optimized: 'IsSupportIoOptimized',
    is_support_cloud_init: 'IsSupportCloudinit',
  };
  for (const [argument, param] of Object.entries(map))
    if (block[argument] !== undefined) r[param] = block[argument];
  if (block.status !== undefined) r.Status = [block.status];
  const tags = block.tags as Record<string, string> | undefined;
  if (tags) r.Tag = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return r as unknown as DescribeImagesRequest;
}

const planOf = (request: DescribeImagesRequest, latestPerFamily = false): CodePlan => ({
  calls: [{ regionId: request.RegionId, label: `${request.RegionId} · x`, endpoint: 'ecs.example', request }],
  latestPerFamily,
  clientSide: [],
});
const callRequest = describeImagesRequest.map(({ PageNumber: _n, PageSize: _s, DryRun: _d, ...r }) => r);

describe('copy as Terraform', () => {
  it('is valid HCL whose blocks ask for the same filters, and lists every filter it cannot express', async () => {
    await fc.assert(
      fc.asyncProperty(callRequest, async (request) => {
        const { code, unsupported } = terraformCode(planOf(request));
        const [block] = await dataSources(code);
        type Readable = Record<string, unknown> & { Tag?: { Key: string }[] };
        const read = { ...requestOf(block!, request.RegionId) } as Readable;
        // Expressed: everything but what is listed as not expressible.
        const expected: Record<string, unknown> = { ...request };
        const listed = (what: string) => unsupported.some((u) => u.startsWith(what));
        if (request.Status && (request.Status.length > 1 || request.Status[0] === 'ALL')) {
          expect(listed(`Status=${request.Status.join(',')}`)).toBe(true);
          delete expected.Status;
        }
        for (const name of ['IsPublic', 'ShowExpired', 'Usable'] as const) {
          if (request[name] === undefined) continue;
          if (name !== 'IsPublic' || request.IsPublic) expect(listed(`${name}=`)).toBe(true);
          delete expected[name];
        }
        for (const f of request.Filter ?? []) expect(listed(`Filter ${f.Key}=${f.Value}`)).toBe(true);
        delete expected.Filter;
        const keptTags = (request.Tag ?? []).filter(
          (t, i, all) =>
            t.Value !== undefined && all.findIndex((o) => o.Key === t.Key && o.Value !== undefined) === i,
        );
        for (const t of request.Tag ?? [])
          if (!keptTags.includes(t)) expect(listed(`Tag ${t.Key}`)).toBe(true);
        // Tags combine with AND; a map has no order.
        const byKey = (a: { Key: string }, b: { Key: string }) =>
          a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0;
        if (read.Tag) read.Tag = [...read.Tag].sort(byKey);
        if (keptTags.length) expected.Tag = keptTags;
        else delete expected.Tag;
        // HCL reads every string literal in Unicode NFC, as Terraform does.
        const nfc = JSON.parse(JSON.stringify(expected).normalize('NFC')) as typeof read;
        if (nfc.Tag) nfc.Tag.sort(byKey);
        expect(read).toEqual(nfc);
        // The data source needs one of these to run.
        expect(
          block!.owners ?? block!.name_regex ?? block!.image_owner_id ?? block!.most_recent,
        ).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  it('gives each region an aliased provider and the family view most_recent where one family is named', async () => {
    const plan: CodePlan = {
      calls: [
        {
          regionId: 'cn-hangzhou',
          label: 'cn-hangzhou · system',
          endpoint: 'ecs.example',
          request: {
            RegionId: 'cn-hangzhou',
            ImageOwnerAlias: 'system',
            ImageFamily: 'acs:ubuntu_22_04_x64',
          },
        },
        {
          regionId: 'cn-shanghai',
          label: 'cn-shanghai · system',
          endpoint: 'ecs.example',
          request: {
            RegionId: 'cn-shanghai',
            ImageOwnerAlias: 'system',
            ImageFamily: 'acs:ubuntu_22_04_x64',
          },
        },
      ],
      latestPerFamily: true,
      clientSide: [],
    };
    const { code, unsupported } = terraformCode(plan);
    const json = (await parse('view.tf', code)) as {
      provider: { alicloud: { alias: string; region: string }[] };
      data: { alicloud_images: Record<string, Attributes[]> };
    };
    expect(json.provider.alicloud).toEqual([
      { alias: 'cn_hangzhou', region: 'cn-hangzhou' },
      { alias: 'cn_shanghai', region: 'cn-shanghai' },
    ]);
    expect(json.data.alicloud_images.cn_shanghai_system![0]).toMatchObject({
      provider: '${alicloud.cn_shanghai}',
      most_recent: true,
      image_family: 'acs:ubuntu_22_04_x64',
    });
    expect(unsupported).toEqual([]);
    expect(code).toContain('# Every filter of the view is expressed.');
  });
});
