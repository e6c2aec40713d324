// The same calls in Alibaba Cloud's OpenAPI Explorer, one link per call: the Explorer runs one call
// at a time, signed with the account that is logged in. Its `params` query takes the parameters as
// JSON; repeated parameters (Tag, Filter) as lists of objects. That form is what public links use;
// whether the Explorer keeps every parameter is not documented (docs/ecs-api-notes.md §18.4).

import { API_VERSION } from '../../ecs/describe-images-params';
import type { CodeCall } from './code-plan';

export const OPENAPI_EXPLORER = 'https://api.alibabacloud.com/api/Ecs';

/** The Explorer's `params` for a call: API names, lists as comma text, Tag and Filter as objects. */
export function explorerParams(call: CodeCall): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(call.request)) {
    if (value === undefined) continue;
    if (name === 'Status') params[name] = (value as string[]).join(',');
    else params[name] = value;
  }
  return params;
}

export function openApiExplorerLink(call: CodeCall): string {
  const params = encodeURIComponent(JSON.stringify(explorerParams(call)));
  return `${OPENAPI_EXPLORER}/${API_VERSION}/DescribeImages?params=${params}`;
}
