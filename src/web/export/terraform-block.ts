// The view as Terraform: one `data "alicloud_images"` block per region × owner, each with an
// aliased provider for its region (the data source has no region argument), and — said plainly —
// every filter of the view that the data source cannot express (docs/ecs-api-notes.md §18.2).

import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { hclString } from '../ui/code-quote';
import type { CodeCall, CodePlan } from './code-plan';

export interface TerraformCode {
  code: string;
  /** Filters of the view the data source cannot express, one sentence each. */
  unsupported: readonly string[];
}

/** A block label or provider alias from anything: letters, digits and underscores. */
function identifier(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[A-Za-z]/.test(id) ? id : `r_${id}`;
}

/** Arguments the data source has, by the request parameter they stand for. */
const STRING_ARGUMENTS: readonly [keyof DescribeImagesRequest, string][] = [
  ['ImageId', 'image_id'],
  ['ImageName', 'image_name'],
  ['ImageFamily', 'image_family'],
  ['ImageOwnerId', 'image_owner_id'],
  ['SnapshotId', 'snapshot_id'],
  ['InstanceType', 'instance_type'],
  ['ResourceGroupId', 'resource_group_id'],
  ['OSType', 'os_type'],
  ['Architecture', 'architecture'],
  ['Usage', 'usage'],
  ['ActionType', 'action_type'],
];
const BOOLEAN_ARGUMENTS: readonly [keyof DescribeImagesRequest, string][] = [
  ['IsSupportIoOptimized', 'is_support_io_optimized'],
  ['IsSupportCloudinit', 'is_support_cloud_init'],
];

interface Block {
  lines: string[];
  unsupported: string[];
}

function dataBlock(call: CodeCall, name: string, provider: string, latest: boolean): Block {
  const r = call.request;
  const lines: string[] = [];
  const unsupported: string[] = [];
  const attribute = (key: string, value: string) => lines.push(`  ${key} = ${value}`);
  attribute('provider', `alicloud.${provider}`);
  if (r.ImageOwnerAlias) attribute('owners', hclString(r.ImageOwnerAlias));
  if (r.Status?.length === 1 && r.Status[0] !== 'ALL') attribute('status', hclString(r.Status[0]!));
  else if (r.Status)
    unsupported.push(
      `Status=${r.Status.join(',')}: status takes a single value (Available when left out), so this block returns Available images only.`,
    );
  for (const [param, argument] of STRING_ARGUMENTS) {
    const value = r[param];
    if (typeof value === 'string') attribute(argument, hclString(value));
  }
  for (const [param, argument] of BOOLEAN_ARGUMENTS) {
    const value = r[param];
    if (typeof value === 'boolean') attribute(argument, String(value));
  }
  if (r.IsPublic)
    unsupported.push(
      'IsPublic=true (community images): the data source has no such argument; owners = "others" returns the images shared with you.',
    );
  if (r.ShowExpired !== undefined) unsupported.push(`ShowExpired=${r.ShowExpired}: no such argument.`);
  if (r.Usable !== undefined) unsupported.push(`Usable=${r.Usable}: no such argument.`);
  for (const f of r.Filter ?? [])
    unsupported.push(
      `Filter ${f.Key}=${f.Value}: the data source has no Filter.N (creation time, network type, online resize).`,
    );
  const tags: string[] = [];
  const tagKeys = new Set<string>();
  for (const tag of r.Tag ?? []) {
    if (tag.Value === undefined)
      unsupported.push(`Tag ${tag.Key} with any value: tags maps each key to one value.`);
    else if (tagKeys.has(tag.Key))
      unsupported.push(`Tag ${tag.Key}=${tag.Value}: tags holds one value per key.`);
    else {
      tagKeys.add(tag.Key);
      tags.push(`    ${hclString(tag.Key)} = ${hclString(tag.Value)}`);
    }
  }
  if (tags.length) lines.push('  tags = {', ...tags, '  }');
  if (latest) attribute('most_recent', 'true');
  // The data source refuses to run without one of these (its argument reference).
  const anchored = r.ImageOwnerAlias || r.ImageOwnerId !== undefined || latest;
  if (!anchored) {
    lines.push(
      '  # The data source needs owners, name_regex, image_owner_id or most_recent; this view asks the',
      '  # default owners, so every image with a name matches.',
    );
    attribute('name_regex', hclString('.+'));
  }
  return { lines: [`data "alicloud_images" "${name}" {`, ...lines, '}'], unsupported };
}

export function terraformCode(plan: CodePlan): TerraformCode {
  const regions = [...new Set(plan.calls.map((c) => c.regionId))];
  const providers = regions.flatMap((region) => [
    'provider "alicloud" {',
    `  alias  = ${hclString(identifier(region))}`,
    `  region = ${hclString(region)}`,
    '}',
    '',
  ]);
  const notes: string[] = [];
  const names = new Set<string>();
  const blocks = plan.calls.map((call) => {
    const base = identifier(call.label.replace(' · ', '_'));
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}_${n}`;
    names.add(name);
    // most_recent keeps the one newest image of everything the block matches: each family's
    // current image only when the block asks for one family.
    const latest = plan.latestPerFamily && call.request.ImageFamily !== undefined;
    return { call, name, ...dataBlock(call, name, identifier(call.regionId), latest) };
  });
  if (plan.latestPerFamily && blocks.some((b) => b.call.request.ImageFamily === undefined))
    notes.push(
      "The family view shows each family's newest image; most_recent would keep one image of all families, so it is set only where an ImageFamily filter names one family.",
    );
  if (blocks.some((b) => b.call.request.Architecture === 'arm64'))
    notes.push(
      'architecture = "arm64" needs a provider release from February 2026 or later; older ones accept only i386 and x86_64.',
    );
  if (blocks.some((b) => b.call.request.ActionType === 'ChangeOS'))
    notes.push(
      "Older provider releases check action_type against CreateEcs and CreateOS; the API's value is ChangeOS.",
    );
  const unsupported = [...new Set(blocks.flatMap((b) => b.unsupported))];
  const clientSide = plan.clientSide.map(
    (what) => `Not in the blocks: ${what} (the dashboard does that in the page).`,
  );
  const comment = (text: string) => `# ${text}`;
  const header = [
    comment(
      `The view as ${blocks.length === 1 ? 'a data source' : `${blocks.length} data sources, one per region × owner`} of the alicloud provider.`,
    ),
    ...(unsupported.length
      ? [
          comment('Filters of the view that data "alicloud_images" cannot express:'),
          ...unsupported.map((u) => comment(`- ${u}`)),
        ]
      : [comment('Every filter of the view is expressed.')]),
    ...[...notes, ...clientSide].map(comment),
    '',
  ];
  const body = blocks.flatMap((b) => [`# ${b.call.label}`, ...b.lines, '']);
  const outputs = blocks.length
    ? [
        'output "image_ids" {',
        `  value = concat(${blocks.map((b) => `data.alicloud_images.${b.name}.ids`).join(', ')})`,
        '}',
      ]
    : [];
  return { code: [...header, ...providers, ...body, ...outputs].join('\n') + '\n', unsupported };
}
