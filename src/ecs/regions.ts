// ECS regions and endpoint resolution. The list is the default for the region picker and the
// emulator; the real list comes from DescribeRegions, so a well-formed region ID that is not listed
// here is still accepted (a hard-coded list that rejects new regions is a known failure, see
// turbot/steampipe-plugin-alicloud#486).

import { REGION_ID_PATTERN } from './describe-images-params';

export interface RegionInfo {
  id: string;
  name: string;
}

export const KNOWN_REGIONS: readonly RegionInfo[] = [
  { id: 'cn-qingdao', name: 'China (Qingdao)' },
  { id: 'cn-beijing', name: 'China (Beijing)' },
  { id: 'cn-zhangjiakou', name: 'China (Zhangjiakou)' },
  { id: 'cn-huhehaote', name: 'China (Hohhot)' },
  { id: 'cn-wulanchabu', name: 'China (Ulanqab)' },
  { id: 'cn-hangzhou', name: 'China (Hangzhou)' },
  { id: 'cn-shanghai', name: 'China (Shanghai)' },
  { id: 'cn-nanjing', name: 'China (Nanjing - Local Region)' },
  { id: 'cn-fuzhou', name: 'China (Fuzhou - Local Region)' },
  { id: 'cn-shenzhen', name: 'China (Shenzhen)' },
  { id: 'cn-heyuan', name: 'China (Heyuan)' },
  { id: 'cn-guangzhou', name: 'China (Guangzhou)' },
  { id: 'cn-chengdu', name: 'China (Chengdu)' },
  { id: 'cn-hongkong', name: 'China (Hong Kong)' },
  { id: 'ap-northeast-1', name: 'Japan (Tokyo)' },
  { id: 'ap-northeast-2', name: 'South Korea (Seoul)' },
  { id: 'ap-southeast-1', name: 'Singapore' },
  { id: 'ap-southeast-3', name: 'Malaysia (Kuala Lumpur)' },
  { id: 'ap-southeast-5', name: 'Indonesia (Jakarta)' },
  { id: 'ap-southeast-6', name: 'Philippines (Manila)' },
  { id: 'ap-southeast-7', name: 'Thailand (Bangkok)' },
  { id: 'us-east-1', name: 'US (Virginia)' },
  { id: 'us-west-1', name: 'US (Silicon Valley)' },
  { id: 'eu-west-1', name: 'UK (London)' },
  { id: 'eu-central-1', name: 'Germany (Frankfurt)' },
  { id: 'me-east-1', name: 'UAE (Dubai)' },
  { id: 'me-central-1', name: 'Saudi Arabia (Riyadh)' },
  { id: 'na-south-1', name: 'Mexico' },
];

export const DEFAULT_REGION_ID = 'cn-hangzhou';

export function isWellFormedRegionId(regionId: string): boolean {
  return REGION_ID_PATTERN.test(regionId);
}

export function regionName(regionId: string): string {
  return KNOWN_REGIONS.find((r) => r.id === regionId)?.name ?? regionId;
}

// Regions the official SDK (@alicloud/ecs20140526 7.11.6 endpoint map, ecs-api-notes §5.2) sends to
// the central endpoint because they have no regional one.
const CENTRAL_ENDPOINT_REGIONS: ReadonlySet<string> = new Set([
  'cn-wuhan',
  'cn-zhangbei',
  'cn-north-2-gov-1',
]);

/**
 * The endpoint host for a region: the regional form `ecs.<region>.aliyuncs.com` (DESIGN.md), or the
 * central `ecs.aliyuncs.com` where the SDK's map says so. Throws on anything that is not a
 * well-formed region ID, so no other text can ever become a host name.
 */
export function endpointHostForRegion(regionId: string): string {
  if (!isWellFormedRegionId(regionId)) throw new Error(`not a region ID: ${JSON.stringify(regionId)}`);
  return CENTRAL_ENDPOINT_REGIONS.has(regionId) ? 'ecs.aliyuncs.com' : `ecs.${regionId}.aliyuncs.com`;
}
