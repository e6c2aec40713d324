// The view as aliyun CLI commands: one DescribeImages command per region × owner with every
// parameter, in a loop over pages. `--pager` stops after page 1 for DescribeImages in current CLI
// versions (docs/ecs-api-notes.md §6), so the loop pages explicitly, 100 images a page, until a
// page comes back short. `--region` names the same region as `--RegionId`: when the two differ
// the call answers an empty list without an error (docs/ecs-api-notes.md §5.3).

import { PAGE_SIZE_MAX } from '../../ecs/describe-images-params';
import { toWireEntries } from '../../ecs/describe-images-wire';
import type { CodeCall, CodePlan } from './code-plan';
import { shellWord } from '../ui/code-quote';

/** `aliyun ecs DescribeImages …` for one call, with the page number left to the loop. */
export function cliCommand(call: CodeCall): string {
  const words = ['aliyun', 'ecs', 'DescribeImages', '--region', shellWord(call.regionId)];
  for (const [name, value] of toWireEntries(call.request)) words.push(`--${name}`, shellWord(value));
  words.push('--PageSize', String(PAGE_SIZE_MAX), '--PageNumber', '"$page"');
  return words.join(' ');
}

function loop(call: CodeCall): string {
  return [
    `# ${call.label}`,
    'page=1',
    `while out=$(${cliCommand(call)}); do`,
    `  jq -c '.Images.Image[]' <<<"$out"`,
    `  [ "$(jq '.Images.Image | length' <<<"$out")" -lt ${PAGE_SIZE_MAX} ] && break`,
    '  page=$((page + 1))',
    'done',
  ].join('\n');
}

export function cliScript(plan: CodePlan): string {
  const header = [
    '#!/usr/bin/env bash',
    `# ECS DescribeImages for this view: ${plan.calls.length === 1 ? 'one call' : `${plan.calls.length} calls, one per region × owner`}.`,
    '# Prints every image as one line of JSON (needs jq). `--pager` stops after the first page for',
    '# DescribeImages (aliyun/aliyun-cli#512), so each loop asks for pages of 100 until one comes back short.',
    ...(plan.calls.length > 1
      ? ['# An image that two calls both return (the same region) prints twice.']
      : []),
    ...plan.clientSide.map((what) => `# Not in the calls: ${what} (the dashboard does that in the page).`),
  ];
  return [...header, ...plan.calls.map((call) => `\n${loop(call)}`)].join('\n') + '\n';
}
