import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDescribeImages } from '../../ecs/describe-images-wire';
import { describeImagesRequest } from '../../ecs/testing/request-arbitrary';
import { cliCommand, cliScript } from './cli-command';
import type { CodeCall, CodePlan } from './code-plan';

/** A POSIX shell's reading of a line into words: quotes and backslashes, nothing else expanded. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote in ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The parameters a command sends, read back as the service would, and its --region. */
function readBack(command: string) {
  const words = shellWords(command);
  expect(words.slice(0, 3)).toEqual(['aliyun', 'ecs', 'DescribeImages']);
  const entries: [string, string][] = [];
  let region: string | undefined;
  for (let i = 3; i < words.length; i += 2) {
    const name = words[i]!.replace(/^--/, '');
    const value = words[i + 1]!;
    if (name === 'region') region = value;
    else if (name !== 'PageNumber') entries.push([name, value]);
  }
  const validated = validateDescribeImages(entries);
  if (!validated.ok) throw new Error(validated.error.message);
  const { PageSize, ...request } = validated.value.request;
  return { region, request, pageSize: PageSize };
}

const call = (request: CodeCall['request']): CodeCall => ({
  regionId: request.RegionId,
  label: 'x',
  endpoint: 'ecs.example',
  request,
});
const callArbitrary = describeImagesRequest.map(({ PageNumber: _n, PageSize: _s, DryRun: _d, ...r }) =>
  call(r),
);

describe('copy as aliyun CLI', () => {
  it('reads back as the same parameters, with --region naming the same region, 100 images a page', () => {
    fc.assert(
      fc.property(callArbitrary, (c) => {
        const { region, request, pageSize } = readBack(cliCommand(c));
        expect(request).toEqual(c.request);
        expect(region).toBe(c.request.RegionId);
        expect(pageSize).toBe(100);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one paged loop per region × owner, without --pager', () => {
    const plan: CodePlan = {
      calls: [
        call({ RegionId: 'cn-hangzhou', ImageOwnerAlias: 'self', Status: ['Available', 'Deprecated'] }),
        call({ RegionId: 'cn-shanghai', ImageOwnerAlias: 'self', Tag: [{ Key: 'env', Value: "it's prod" }] }),
      ],
      latestPerFamily: false,
      clientSide: ['the sort by Size (descending)'],
    };
    const script = cliScript(plan);
    const commands = script.split('\n').filter((l) => l.includes('aliyun ecs DescribeImages'));
    expect(commands).toHaveLength(2);
    expect(script).not.toContain('--pager ');
    expect(commands[1]).toContain(`--Tag.1.Value 'it'\\''s prod'`);
    expect(script).toContain('# Not in the calls: the sort by Size (descending)');
    expect(script).toContain('-lt 100 ] && break');
  });
});
