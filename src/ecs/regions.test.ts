import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointHostForRegion, isWellFormedRegionId, KNOWN_REGIONS } from './regions';

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
