// ECS regions, their names in the languages DescribeRegions answers in, and endpoint resolution.
// The list is the default for the region picker and the emulator; the real list comes from
// DescribeRegions, so a well-formed region ID that is not listed here is still accepted (a
// hard-coded list that rejects new regions is a known failure, see turbot/steampipe-plugin-alicloud#486).

import { REGION_ID_PATTERN } from './api-params';

/**
 * The languages DescribeRegions answers region names in (`AcceptLanguage`; the ECS DescribeRegions
 * page lists these three, default zh-CN; the SDK model also lists zh-TW, fr, de and ko).
 */
export const REGION_LANGUAGES = ['zh-CN', 'en-US', 'ja'] as const;
export type RegionLanguage = (typeof REGION_LANGUAGES)[number];
export const DEFAULT_REGION_LANGUAGE: RegionLanguage = 'zh-CN';

export interface RegionInfo {
  id: string;
  /** LocalName as DescribeRegions gives it in each language. */
  names: Readonly<Record<RegionLanguage, string>>;
}

const region = (id: string, zh: string, en: string, ja: string): RegionInfo => ({
  id,
  names: { 'zh-CN': zh, 'en-US': en, ja },
});

// Where the names come from:
// - zh-CN: as a real DescribeRegions answer in the default language spells them (full-width
//   brackets, "本地地域" for local regions), except cn-zhongwei, ap-southeast-8, eu-west-2 and
//   na-south-1, which that answer lacks: their names are from Alibaba Cloud's Chinese region table
//   for OSS.
// - en-US: Alibaba Cloud's English endpoint and region tables ("China (Wuhan - Local Region)",
//   "Malaysia (Johor)", "France (Paris)"). "China (Zhongwei)" follows their pattern; the one list
//   that names it says "Northwest China 2 (Zhongwei)" (uncertain).
// - ja: Alibaba Cloud's Japanese region tables ("中国 (杭州)", "UAE (ドバイ)"), which cover the
//   older regions only. The names of the local regions and of cn-heyuan, cn-guangzhou, cn-zhongwei,
//   ap-southeast-6/7/8, eu-west-2, na-south-1 and me-central-1 are our katakana or kanji after that
//   pattern, not seen in an answer (uncertain). Those tables also spell Shenzhen both 深セン and 深圳.
// The region IDs cn-wuhan-lr and cn-zhongwei are in the ECS endpoint list of api.aliyun.com (as
// ecs[-vpc].<region>.aliyuncs.com); ap-southeast-8 and eu-west-2 in Alibaba Cloud's current region
// list. Regions the service has closed (ap-southeast-2 Sydney, ap-south-1 Mumbai) are left out.
export const KNOWN_REGIONS: readonly RegionInfo[] = [
  region('cn-qingdao', '华北1（青岛）', 'China (Qingdao)', '中国 (青島)'),
  region('cn-beijing', '华北2（北京）', 'China (Beijing)', '中国 (北京)'),
  region('cn-zhangjiakou', '华北3（张家口）', 'China (Zhangjiakou)', '中国 (張家口)'),
  region('cn-huhehaote', '华北5（呼和浩特）', 'China (Hohhot)', '中国 (フフホト)'),
  region('cn-wulanchabu', '华北6（乌兰察布）', 'China (Ulanqab)', '中国 (ウランチャブ)'),
  region('cn-hangzhou', '华东1（杭州）', 'China (Hangzhou)', '中国 (杭州)'),
  region('cn-shanghai', '华东2（上海）', 'China (Shanghai)', '中国 (上海)'),
  region(
    'cn-nanjing',
    '华东5（南京-本地地域）',
    'China (Nanjing - Local Region)',
    '中国 (南京 - ローカルリージョン)',
  ),
  region(
    'cn-fuzhou',
    '华东6（福州-本地地域）',
    'China (Fuzhou - Local Region)',
    '中国 (福州 - ローカルリージョン)',
  ),
  region('cn-shenzhen', '华南1（深圳）', 'China (Shenzhen)', '中国 (深セン)'),
  region('cn-heyuan', '华南2（河源）', 'China (Heyuan)', '中国 (河源)'),
  region('cn-guangzhou', '华南3（广州）', 'China (Guangzhou)', '中国 (広州)'),
  region(
    'cn-wuhan-lr',
    '华中1（武汉-本地地域）',
    'China (Wuhan - Local Region)',
    '中国 (武漢 - ローカルリージョン)',
  ),
  region('cn-chengdu', '西南1（成都）', 'China (Chengdu)', '中国 (成都)'),
  region('cn-zhongwei', '西北2（中卫）', 'China (Zhongwei)', '中国 (中衛)'),
  region('cn-hongkong', '中国香港', 'China (Hong Kong)', '中国 (香港)'),
  region('ap-northeast-1', '日本（东京）', 'Japan (Tokyo)', '日本 (東京)'),
  region('ap-northeast-2', '韩国（首尔）', 'South Korea (Seoul)', '韓国 (ソウル)'),
  region('ap-southeast-1', '新加坡', 'Singapore', 'シンガポール'),
  region('ap-southeast-3', '马来西亚（吉隆坡）', 'Malaysia (Kuala Lumpur)', 'マレーシア (クアラルンプール)'),
  region('ap-southeast-5', '印度尼西亚（雅加达）', 'Indonesia (Jakarta)', 'インドネシア (ジャカルタ)'),
  region('ap-southeast-6', '菲律宾（马尼拉）', 'Philippines (Manila)', 'フィリピン (マニラ)'),
  region('ap-southeast-7', '泰国（曼谷）', 'Thailand (Bangkok)', 'タイ (バンコク)'),
  region('ap-southeast-8', '马来西亚（柔佛州）', 'Malaysia (Johor)', 'マレーシア (ジョホール)'),
  region('us-east-1', '美国（弗吉尼亚）', 'US (Virginia)', '米国 (バージニア)'),
  region('us-west-1', '美国（硅谷）', 'US (Silicon Valley)', '米国 (シリコンバレー)'),
  region('na-south-1', '墨西哥', 'Mexico', 'メキシコ'),
  region('eu-west-1', '英国（伦敦）', 'UK (London)', '英国 (ロンドン)'),
  region('eu-west-2', '法国（巴黎）', 'France (Paris)', 'フランス (パリ)'),
  region('eu-central-1', '德国（法兰克福）', 'Germany (Frankfurt)', 'ドイツ (フランクフルト)'),
  region('me-east-1', '阿联酋（迪拜）', 'UAE (Dubai)', 'UAE (ドバイ)'),
  region('me-central-1', '沙特（利雅得）', 'Saudi Arabia (Riyadh)', 'サウジアラビア (リヤド)'),
];

/**
 * An `AcceptLanguage` value, compared case-insensitively (BCP 47 tags are), or undefined for one
 * DescribeRegions does not list. What the service does with an unlisted value is not documented
 * (uncertain); the emulator answers in the default language, the proxy refuses it.
 */
export function parseRegionLanguage(text: string): RegionLanguage | undefined {
  return REGION_LANGUAGES.find((l) => l.toLowerCase() === text.toLowerCase());
}

/**
 * The language to ask DescribeRegions in for someone whose browser prefers `preferred` (most
 * wanted first, as `navigator.languages`): Chinese or Japanese when that comes first, else English.
 * Traditional Chinese gets the simplified names, the nearest of the three the ECS page lists.
 */
export function regionLanguageFor(preferred: readonly string[]): RegionLanguage {
  const first = (preferred[0] ?? '').toLowerCase();
  if (first === 'zh' || first.startsWith('zh-')) return 'zh-CN';
  if (first === 'ja' || first.startsWith('ja-')) return 'ja';
  return 'en-US';
}

export const DEFAULT_REGION_ID = 'cn-hangzhou';

export function isWellFormedRegionId(regionId: string): boolean {
  return REGION_ID_PATTERN.test(regionId);
}

/** A known region's name in a language; the ID itself for a region the list does not have. */
export function regionName(regionId: string, language: RegionLanguage = 'en-US'): string {
  return KNOWN_REGIONS.find((r) => r.id === regionId)?.names[language] ?? regionId;
}

// Regions the official SDK (@alicloud/ecs20140526 7.11.6 endpoint map, docs/ecs-api-notes.md §5.2) sends to
// the central endpoint because they have no regional one.
const CENTRAL_ENDPOINT_REGIONS: ReadonlySet<string> = new Set([
  'cn-wuhan',
  'cn-zhangbei',
  'cn-north-2-gov-1',
]);

/**
 * The endpoint host for a region: the regional form `ecs.<region>.aliyuncs.com` (docs/ecs-api-notes.md §5.1), or the
 * central `ecs.aliyuncs.com` where the SDK's map says so. Throws on anything that is not a
 * well-formed region ID, so no other text can ever become a host name.
 */
export function endpointHostForRegion(regionId: string): string {
  if (!isWellFormedRegionId(regionId)) throw new Error(`not a region ID: ${JSON.stringify(regionId)}`);
  return CENTRAL_ENDPOINT_REGIONS.has(regionId) ? 'ecs.aliyuncs.com' : `ecs.${regionId}.aliyuncs.com`;
}
