import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeImagesRequest } from '../../ecs/testing/request-arbitrary';
import type { CodePlan } from './code-plan';
import { openApiExplorerLink } from './openapi-explorer-link';
import { goSnippet, pythonSnippet, typescriptSnippet } from './sdk-snippets';

const plan: CodePlan = {
  calls: [
    {
      regionId: 'cn-hangzhou',
      label: 'cn-hangzhou · community',
      endpoint: 'ecs.cn-hangzhou.aliyuncs.com',
      request: {
        RegionId: 'cn-hangzhou',
        ImageOwnerAlias: 'others',
        IsPublic: true,
        ImageOwnerId: '1234567890123456',
        Status: ['Available', 'Deprecated'],
        OSType: 'linux',
        Usable: true,
        Tag: [{ Key: 'env', Value: 'prod "blue"' }, { Key: 'team' }],
        Filter: [{ Key: 'CreationStartTime', Value: '2024-01-01T00:00Z' }],
      },
    },
  ],
  latestPerFamily: false,
  clientSide: ['the sort by Size (descending)'],
};

describe('copy as SDK code', () => {
  it('TypeScript: the SDK model names every parameter, ImageOwnerId as a number, tags as models', () => {
    const code = typescriptSnippet(plan);
    expect(code).toContain(
      'request: { regionId: "cn-hangzhou", imageOwnerAlias: "others", status: "Available,Deprecated", imageOwnerId: 1234567890123456, isPublic: true, OSType: "linux", usable: true, tag: [new $Ecs20140526.DescribeImagesRequestTag({ key: "env", value: "prod \\"blue\\"" }), new $Ecs20140526.DescribeImagesRequestTag({ key: "team" })], filter: [new $Ecs20140526.DescribeImagesRequestFilter({ key: "CreationStartTime", value: "2024-01-01T00:00Z" })] }',
    );
    expect(code).toContain('endpoint: "ecs.cn-hangzhou.aliyuncs.com"');
    expect(code).toContain('// Not in the calls: the sort by Size (descending)');
    expect(code).not.toContain('protocol');
  });

  it('Python: snake-case keywords (ostype), True/False, and says what its model lacks', () => {
    const code = pythonSnippet(plan);
    expect(code).toContain(
      'dict(region_id="cn-hangzhou", image_owner_alias="others", status="Available,Deprecated", image_owner_id=1234567890123456, is_public=True, ostype="linux", tag=[ecs_models.DescribeImagesRequestTag(key="env", value="prod \\"blue\\""), ecs_models.DescribeImagesRequestTag(key="team")], filter=[ecs_models.DescribeImagesRequestFilter(key="CreationStartTime", value="2024-01-01T00:00Z")])',
    );
    expect(code).toContain("# Usable is not in this SDK's DescribeImagesRequest, so it is left out.");
    expect(code).not.toContain('usable=');
  });

  it('Go: pointers from tea, int64 owner IDs, repeated parameters as model slices', () => {
    const code = goSnippet(plan);
    expect(code).toContain(
      '&ecs.DescribeImagesRequest{RegionId: tea.String("cn-hangzhou"), ImageOwnerAlias: tea.String("others"), Status: tea.String("Available,Deprecated"), ImageOwnerId: tea.Int64(1234567890123456), IsPublic: tea.Bool(true), OSType: tea.String("linux"), Tag: []*ecs.DescribeImagesRequestTag{{Key: tea.String("env"), Value: tea.String("prod \\"blue\\"")}, {Key: tea.String("team")}}, Filter: []*ecs.DescribeImagesRequestFilter{{Key: tea.String("CreationStartTime"), Value: tea.String("2024-01-01T00:00Z")}}}',
    );
    expect(code).toContain('import (\n\t"encoding/json"');
  });

  it('quote any text so each language reads back the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const one: CodePlan = {
          ...plan,
          calls: [
            {
              regionId: 'cn-hangzhou',
              label: 'x',
              endpoint: 'ecs.example',
              request: { RegionId: 'cn-hangzhou', ImageName: text },
            },
          ],
        };
        // The languages' string literals here are JSON string literals (valid in all three).
        const literal = (code: string, before: string) => {
          const at = code.indexOf(before) + before.length;
          let end = at + 1;
          while (code[end] !== '"') end += code[end] === '\\' ? 2 : 1;
          return JSON.parse(code.slice(at, end + 1)) as string;
        };
        expect(literal(typescriptSnippet(one), 'imageName: ')).toBe(text);
        expect(literal(pythonSnippet(one), 'image_name=')).toBe(text);
        expect(literal(goSnippet(one), 'ImageName: tea.String(')).toBe(text);
      }),
    );
  });

  it('links each call to the OpenAPI Explorer with its parameters as JSON', () => {
    fc.assert(
      fc.property(describeImagesRequest, ({ PageNumber: _n, PageSize: _s, DryRun: _d, ...request }) => {
        const link = new URL(
          openApiExplorerLink({ regionId: request.RegionId, label: 'x', endpoint: 'ecs.example', request }),
        );
        expect(`${link.origin}${link.pathname}`).toBe(
          'https://api.alibabacloud.com/api/Ecs/2014-05-26/DescribeImages',
        );
        const params = JSON.parse(link.searchParams.get('params')!) as Record<string, unknown>;
        expect(params).toEqual({
          ...request,
          ...(request.Status ? { Status: request.Status.join(',') } : {}),
        });
      }),
    );
  });
});
