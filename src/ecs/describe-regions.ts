// DescribeRegions (API 2014-05-26): the regions and their names in a language. The action has no
// RegionId of its own (the SDK model), but a call goes to one region's endpoint: RegionId names it
// and is optional (the proxy sends a default region). AcceptLanguage takes the SDK model's values
// in any letter case; the ECS reference page lists only zh-CN, en-US and ja (regions.ts has names
// in those three).

import { defineAction, type ApiAction } from './api-action';
import { apiErrors } from './api-errors';
import { DRY_RUN_PARAM, regionIdParam } from './api-params';
import type { DescribeRegionsResponse } from './image-types';
import { normalizeDescribeRegionsResponse } from './normalize-response';

export const ACCEPT_LANGUAGES = ['zh-CN', 'zh-TW', 'en-US', 'ja', 'fr', 'de', 'ko'] as const;

export interface DescribeRegionsRequest {
  RegionId?: string;
  AcceptLanguage?: (typeof ACCEPT_LANGUAGES)[number];
  DryRun?: boolean;
}

const { required: _required, ...endpointRegion } = regionIdParam('The region whose endpoint answers.');

export const DESCRIBE_REGIONS: ApiAction<DescribeRegionsRequest, DescribeRegionsResponse> = defineAction({
  name: 'DescribeRegions',
  params: [
    endpointRegion,
    {
      name: 'AcceptLanguage',
      kind: 'enum',
      values: ACCEPT_LANGUAGES,
      caseInsensitive: true,
      label: 'Language',
      help: 'The language of the region names. Default: zh-CN.',
      invalid: apiErrors.invalidParameter,
    },
    // Not in the SDK model of this action; the gateway checks DryRun for every action
    // (docs/signing-and-credentials.md §6.9), and the emulator has always answered it.
    DRY_RUN_PARAM,
  ],
  normalizeResponse: normalizeDescribeRegionsResponse,
});
