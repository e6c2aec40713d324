// The view as code for Alibaba Cloud's official SDKs — TypeScript (@alicloud/ecs20140526), Python
// (alibabacloud_ecs20140526) and Go (github.com/alibabacloud-go/ecs-20140526/v7) — each a whole
// program that runs once credentials are set (the SDKs' default credential chain): every call of
// the view, every page (100 images each), each image once under RegionId/ImageId as the dashboard
// merges them (docs/ecs-api-notes.md §5.4), printed as JSON with the API's field names. Which SDK
// model has which parameter: docs/ecs-api-notes.md §18.3.

import { PAGE_SIZE_MAX, SCALAR_PARAMS, type DescribeImagesRequest } from '../../ecs/describe-images-params';
import type { CodeCall, CodePlan } from './code-plan';

/** Where calls go instead of the regional endpoints: one host for every region, as `--endpoint`. */
export interface EndpointOverride {
  host: string;
  protocol: 'http' | 'https';
}

type Scalar = string | number | boolean;
type Field =
  | { kind: 'scalar'; name: keyof DescribeImagesRequest; value: Scalar; type: 'string' | 'boolean' | 'long' }
  | { kind: 'pairs'; name: 'Tag' | 'Filter'; pairs: { Key: string; Value?: string }[] };

/** A request's parameters in schema order, each with the type the SDK models give it. */
function fields(request: DescribeImagesRequest): Field[] {
  const out: Field[] = [];
  for (const { name } of SCALAR_PARAMS) {
    const value = request[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) out.push({ kind: 'scalar', name, value: value.join(','), type: 'string' });
    else if (name === 'ImageOwnerId') out.push({ kind: 'scalar', name, value: String(value), type: 'long' });
    else if (typeof value === 'boolean') out.push({ kind: 'scalar', name, value, type: 'boolean' });
    else out.push({ kind: 'scalar', name, value: String(value), type: 'string' });
  }
  if (request.Tag) out.push({ kind: 'pairs', name: 'Tag', pairs: [...request.Tag] });
  if (request.Filter) out.push({ kind: 'pairs', name: 'Filter', pairs: [...request.Filter] });
  return out;
}

function header(plan: CodePlan, comment: string, lines: string[]): string[] {
  return [
    ...lines,
    `DescribeImages for this view: ${plan.calls.map((c) => c.label).join('; ')}.`,
    ...plan.clientSide.map((what) => `Not in the calls: ${what} (the dashboard does that in the page).`),
  ].map((line) => `${comment} ${line}`.trimEnd());
}

const endpointOf = (call: CodeCall, override: EndpointOverride | undefined) =>
  override?.host ?? call.endpoint;

// ---- TypeScript -------------------------------------------------------------------------------

/** The SDK model's property for a parameter: lower camel case, except OSType. */
function tsProperty(name: string): string {
  return name === 'OSType' ? name : name[0]!.toLowerCase() + name.slice(1);
}

function tsValue(field: Field): string {
  if (field.kind === 'pairs') {
    const model = `$Ecs20140526.DescribeImagesRequest${field.name}`;
    return `[${field.pairs
      .map(
        (p) =>
          `new ${model}({ key: ${JSON.stringify(p.Key)}${p.Value === undefined ? '' : `, value: ${JSON.stringify(p.Value)}`} })`,
      )
      .join(', ')}]`;
  }
  if (field.type === 'long') return String(field.value);
  return typeof field.value === 'boolean' ? String(field.value) : JSON.stringify(field.value);
}

export function typescriptSnippet(plan: CodePlan, override?: EndpointOverride): string {
  const unsafeIds = plan.calls.some(
    (c) => c.request.ImageOwnerId !== undefined && !Number.isSafeInteger(Number(c.request.ImageOwnerId)),
  );
  const calls = plan.calls.map((call) => {
    const props = fields(call.request).map((f) => `${tsProperty(f.name)}: ${tsValue(f)}`);
    return `  {\n    endpoint: ${JSON.stringify(endpointOf(call, override))},\n    request: { ${props.join(', ')} },\n  },`;
  });
  const protocol = override ? `, protocol: ${JSON.stringify(override.protocol)}` : '';
  return [
    ...header(plan, '//', [
      'npm install @alicloud/ecs20140526 @alicloud/openapi-core @alicloud/credentials tsx',
      'npx tsx images.ts   (a CommonJS project; credentials from the default chain, such as',
      'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
    ]),
    ...(unsafeIds ? ['// ImageOwnerId is a number in this SDK: IDs above 2^53 lose their last digits.'] : []),
    "import Ecs20140526, * as $Ecs20140526 from '@alicloud/ecs20140526';",
    "import * as $OpenApi from '@alicloud/openapi-core';",
    "import Credential from '@alicloud/credentials';",
    '',
    '// One call sequence per region × owner, each sent to its own region.',
    'const calls: { endpoint: string; request: Partial<$Ecs20140526.DescribeImagesRequest> }[] = [',
    ...calls,
    '];',
    '',
    'async function main(): Promise<void> {',
    '  const credential = new Credential();',
    '  const images = new Map<string, Record<string, unknown>>();',
    '  for (const { endpoint, request } of calls) {',
    `    const client = new Ecs20140526(new $OpenApi.$OpenApiUtil.Config({ credential, endpoint${protocol} }));`,
    '    for (let pageNumber = 1, loaded = 0; ; pageNumber++) {',
    '      const { body } = await client.describeImages(',
    `        new $Ecs20140526.DescribeImagesRequest({ ...request, pageSize: ${PAGE_SIZE_MAX}, pageNumber }),`,
    '      );',
    '      const page = body?.images?.image ?? [];',
    '      for (const image of page) {',
    '        const key = `${request.regionId}/${image.imageId}`;',
    '        if (!images.has(key)) images.set(key, { RegionId: request.regionId, ...image.toMap() });',
    '      }',
    '      loaded += page.length;',
    '      if (page.length === 0 || loaded >= (body?.totalCount ?? 0)) break;',
    '    }',
    '  }',
    '  console.log(JSON.stringify([...images.values()], null, 2));',
    '}',
    '',
    'main().catch((error: unknown) => {',
    '  console.error(error);',
    '  process.exitCode = 1;',
    '});',
    '',
  ].join('\n');
}

// ---- Python -----------------------------------------------------------------------------------

/** The Python model's keyword: snake case (OSType is `ostype`). */
function pythonKeyword(name: string): string {
  if (name === 'OSType') return 'ostype';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pythonValue(field: Field): string {
  if (field.kind === 'pairs') {
    const model = `ecs_models.DescribeImagesRequest${field.name}`;
    return `[${field.pairs
      .map(
        (p) =>
          `${model}(key=${JSON.stringify(p.Key)}${p.Value === undefined ? '' : `, value=${JSON.stringify(p.Value)}`})`,
      )
      .join(', ')}]`;
  }
  if (field.type === 'long') return String(field.value);
  if (typeof field.value === 'boolean') return field.value ? 'True' : 'False';
  return JSON.stringify(field.value);
}

/** Parameters the newest Python and Go models leave out (docs/ecs-api-notes.md §18.3). */
const NOT_IN_PYTHON_AND_GO: ReadonlySet<string> = new Set(['Usable']);

function skipped(plan: CodePlan, comment: string): string[] {
  const names = [...new Set(plan.calls.flatMap((c) => fields(c.request).map((f) => f.name)))].filter((n) =>
    NOT_IN_PYTHON_AND_GO.has(n),
  );
  return names.map((n) => `${comment} ${n} is not in this SDK's DescribeImagesRequest, so it is left out.`);
}

export function pythonSnippet(plan: CodePlan): string {
  const calls = plan.calls.map((call) => {
    const args = fields(call.request)
      .filter((f) => !NOT_IN_PYTHON_AND_GO.has(f.name))
      .map((f) => `${pythonKeyword(f.name)}=${pythonValue(f)}`);
    return `    (${JSON.stringify(endpointOf(call, undefined))}, dict(${args.join(', ')})),`;
  });
  return [
    ...header(plan, '#', [
      'pip install alibabacloud_ecs20140526 alibabacloud_credentials',
      'python3 images.py   (credentials from the default chain, such as ALIBABA_CLOUD_ACCESS_KEY_ID',
      'and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
    ]),
    ...skipped(plan, '#'),
    'import json',
    '',
    'from alibabacloud_credentials.client import Client as CredentialClient',
    'from alibabacloud_ecs20140526 import models as ecs_models',
    'from alibabacloud_ecs20140526.client import Client as EcsClient',
    'from alibabacloud_tea_openapi import utils_models as open_api_util_models',
    '',
    '# One call sequence per region × owner, each sent to its own region.',
    'CALLS = [',
    ...calls,
    ']',
    '',
    '',
    'def main():',
    '    credential = CredentialClient()',
    '    images = {}',
    '    for endpoint, request in CALLS:',
    '        client = EcsClient(open_api_util_models.Config(credential=credential, endpoint=endpoint))',
    '        page_number, loaded = 1, 0',
    '        while True:',
    '            body = client.describe_images(',
    `                ecs_models.DescribeImagesRequest(**request, page_size=${PAGE_SIZE_MAX}, page_number=page_number)`,
    '            ).body',
    '            page = body.images.image if body.images and body.images.image else []',
    '            for image in page:',
    '                key = f"{request[\'region_id\']}/{image.image_id}"',
    "                images.setdefault(key, {'RegionId': request['region_id'], **image.to_map()})",
    '            loaded += len(page)',
    '            if not page or loaded >= (body.total_count or 0):',
    '                break',
    '            page_number += 1',
    '    print(json.dumps(list(images.values()), indent=2, ensure_ascii=False))',
    '',
    '',
    "if __name__ == '__main__':",
    '    main()',
    '',
  ].join('\n');
}

// ---- Go ---------------------------------------------------------------------------------------

/** A Go string literal; lone surrogate halves, which Go refuses, become U+FFFD. */
function goString(text: string): string {
  return JSON.stringify(
    text.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) => {
      const code = c.charCodeAt(0);
      const pair =
        code < 0xdc00 ? /[\udc00-\udfff]/.test(all[i + 1] ?? '') : /[\ud800-\udbff]/.test(all[i - 1] ?? '');
      return pair ? c : '\ufffd';
    }),
  );
}

function goValue(field: Field): string {
  if (field.kind === 'pairs')
    return `[]*ecs.DescribeImagesRequest${field.name}{${field.pairs
      .map(
        (p) =>
          `{Key: tea.String(${goString(p.Key)})${p.Value === undefined ? '' : `, Value: tea.String(${goString(p.Value)})`}}`,
      )
      .join(', ')}}`;
  if (field.type === 'long') return `tea.Int64(${field.value})`;
  if (typeof field.value === 'boolean') return `tea.Bool(${field.value})`;
  return `tea.String(${goString(String(field.value))})`;
}

export function goSnippet(plan: CodePlan): string {
  const calls = plan.calls.map((call) => {
    const props = fields(call.request)
      .filter((f) => !NOT_IN_PYTHON_AND_GO.has(f.name))
      .map((f) => `${f.name}: ${goValue(f)}`);
    return `\t{${goString(endpointOf(call, undefined))}, &ecs.DescribeImagesRequest{${props.join(', ')}}},`;
  });
  return [
    ...header(plan, '//', [
      'go mod init images && go get github.com/alibabacloud-go/ecs-20140526/v7 github.com/aliyun/credentials-go',
      'go run .   (credentials from the default chain, such as ALIBABA_CLOUD_ACCESS_KEY_ID and',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
    ]),
    ...skipped(plan, '//'),
    'package main',
    '',
    'import (',
    '\t"encoding/json"',
    '\t"fmt"',
    '\t"log"',
    '',
    '\topenapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"',
    '\tecs "github.com/alibabacloud-go/ecs-20140526/v7/client"',
    '\t"github.com/alibabacloud-go/tea/tea"',
    '\t"github.com/aliyun/credentials-go/credentials"',
    ')',
    '',
    '// One call sequence per region × owner, each sent to its own region.',
    'var calls = []struct {',
    '\tendpoint string',
    '\trequest  *ecs.DescribeImagesRequest',
    '}{',
    ...calls,
    '}',
    '',
    'func main() {',
    '\tcredential, err := credentials.NewCredential(nil)',
    '\tif err != nil {',
    '\t\tlog.Fatal(err)',
    '\t}',
    '\tseen := map[string]bool{}',
    '\timages := []map[string]any{}',
    '\tfor _, call := range calls {',
    '\t\tclient, err := ecs.NewClient(&openapi.Config{Credential: credential, Endpoint: tea.String(call.endpoint)})',
    '\t\tif err != nil {',
    '\t\t\tlog.Fatal(err)',
    '\t\t}',
    `\t\tcall.request.PageSize = tea.Int32(${PAGE_SIZE_MAX})`,
    '\t\tfor pageNumber, loaded := int32(1), int32(0); ; pageNumber++ {',
    '\t\t\tcall.request.PageNumber = tea.Int32(pageNumber)',
    '\t\t\tresponse, err := client.DescribeImages(call.request)',
    '\t\t\tif err != nil {',
    '\t\t\t\tlog.Fatal(err)',
    '\t\t\t}',
    '\t\t\tpage := response.Body.Images.Image',
    '\t\t\tfor _, image := range page {',
    '\t\t\t\tkey := tea.StringValue(call.request.RegionId) + "/" + tea.StringValue(image.ImageId)',
    '\t\t\t\tif seen[key] {',
    '\t\t\t\t\tcontinue',
    '\t\t\t\t}',
    '\t\t\t\tseen[key] = true',
    '\t\t\t\tvar fields map[string]any',
    '\t\t\t\tencoded, _ := json.Marshal(image)',
    '\t\t\t\t_ = json.Unmarshal(encoded, &fields)',
    '\t\t\t\tfields["RegionId"] = tea.StringValue(call.request.RegionId)',
    '\t\t\t\timages = append(images, fields)',
    '\t\t\t}',
    '\t\t\tloaded += int32(len(page))',
    '\t\t\tif len(page) == 0 || loaded >= tea.Int32Value(response.Body.TotalCount) {',
    '\t\t\t\tbreak',
    '\t\t\t}',
    '\t\t}',
    '\t}',
    '\toutput, _ := json.MarshalIndent(images, "", "  ")',
    '\tfmt.Println(string(output))',
    '}',
    '',
  ].join('\n');
}
