import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endpointHostForRegion,
  isWellFormedRegionId,
  KNOWN_REGIONS,
  parseRegionLanguage,
  REGION_LANGUAGES,
  regionLanguageFor,
  regionName,
} from './regions';

describe('KNOWN_REGIONS', () => {
  it('holds the current regions once each, named in every language DescribeRegions answers in', () => {
    const ids = KNOWN_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['cn-wuhan-lr', 'cn-zhongwei', 'ap-southeast-8', 'eu-west-2', 'na-south-1'])
      expect(ids).toContain(id);
    for (const region of KNOWN_REGIONS) {
      expect(isWellFormedRegionId(region.id)).toBe(true);
      for (const language of REGION_LANGUAGES) expect(region.names[language], region.id).not.toBe('');
      // Chinese names use full-width brackets, English and Japanese ASCII ones.
      expect(region.names['zh-CN']).not.toMatch(/[()]/);
      expect(region.names['en-US']).toMatch(/^[A-Za-z (),-]+$/);
    }
    expect(regionName('cn-wuhan-lr')).toBe('China (Wuhan - Local Region)');
    expect(regionName('cn-hangzhou', 'zh-CN')).toBe('华东1（杭州）');
    expect(regionName('ap-northeast-1', 'ja')).toBe('日本 (東京)');
    expect(regionName('xx-new-1', 'ja')).toBe('xx-new-1');
  });
});

describe('region languages', () => {
  it('ask in Chinese or Japanese when the browser prefers them, else in English', () => {
    expect(regionLanguageFor(['zh-CN', 'en'])).toBe('zh-CN');
    expect(regionLanguageFor(['zh-TW'])).toBe('zh-CN');
    expect(regionLanguageFor(['zh'])).toBe('zh-CN');
    expect(regionLanguageFor(['ja-JP', 'en-US'])).toBe('ja');
    expect(regionLanguageFor(['en-GB', 'zh-CN'])).toBe('en-US');
    expect(regionLanguageFor(['de-DE'])).toBe('en-US');
    expect(regionLanguageFor(['jam'])).toBe('en-US');
    expect(regionLanguageFor([])).toBe('en-US');
  });

  it('read AcceptLanguage case-insensitively and only the values the page lists', () => {
    expect(parseRegionLanguage('en-us')).toBe('en-US');
    expect(parseRegionLanguage('JA')).toBe('ja');
    expect(parseRegionLanguage('zh-CN')).toBe('zh-CN');
    for (const other of ['fr', 'en', 'zh', '', 'en-US,ja'])
      expect(parseRegionLanguage(other)).toBeUndefined();
  });
});

describe('endpointHostForRegion', () => {
  it('builds the regional endpoint for every known region', () => {
    for (const { id } of KNOWN_REGIONS) expect(endpointHostForRegion(id)).toBe(`ecs.${id}.aliyuncs.com`);
    expect(endpointHostForRegion('cn-shanghai-finance-1')).toBe('ecs.cn-shanghai-finance-1.aliyuncs.com');
  });

  it('sends the regions without a regional endpoint to the central one, as the official SDK does', () => {
    expect(endpointHostForRegion('cn-wuhan')).toBe('ecs.aliyuncs.com');
    expect(endpointHostForRegion('cn-zhangbei')).toBe('ecs.aliyuncs.com');
  });

  it('refuses anything that could smuggle in another host', () => {
    for (const bad of [
      'evil.com/',
      'a.b',
      '..',
      'cn-hangzhou.evil.com',
      'cn-hangzhou:443',
      'cn-hangzhou/x',
      '',
      'CN-HANGZHOU',
      'cn-hangzhou@x',
      'cn hangzhou',
    ]) {
      expect(isWellFormedRegionId(bad), bad).toBe(false);
      expect(() => endpointHostForRegion(bad)).toThrow(/not a region ID/);
    }
  });

  it('only ever yields a host of the form ecs.<labels>.aliyuncs.com', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (!isWellFormedRegionId(text)) return;
        expect(endpointHostForRegion(text)).toMatch(/^ecs\.([a-z0-9-]+\.)?aliyuncs\.com$/);
      }),
    );
  });
});
