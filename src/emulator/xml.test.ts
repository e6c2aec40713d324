import { describe, expect, it } from 'vitest';
import { toXml } from './xml';

describe('toXml', () => {
  it('shapes a response like the service: root element, nested objects, arrays as repeated elements', () => {
    const xml = toXml('DescribeImagesResponse', {
      TotalCount: 2,
      Images: {
        Image: [
          { ImageId: 'm-1', IsCopied: false, Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] } },
          { ImageId: 'm-2', IsCopied: true, Tags: { Tag: [] }, DetectionOptions: {} },
        ],
      },
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><DescribeImagesResponse><TotalCount>2</TotalCount><Images>' +
        '<Image><ImageId>m-1</ImageId><IsCopied>false</IsCopied><Tags><Tag><TagKey>env</TagKey><TagValue>prod</TagValue></Tag></Tags></Image>' +
        '<Image><ImageId>m-2</ImageId><IsCopied>true</IsCopied><Tags></Tags><DetectionOptions></DetectionOptions></Image>' +
        '</Images></DescribeImagesResponse>',
    );
  });

  it('escapes text so names with markup characters stay text', () => {
    expect(toXml('R', { ImageName: `a<b>&"c'` })).toContain(
      '<ImageName>a&lt;b&gt;&amp;&quot;c&apos;</ImageName>',
    );
    expect(toXml('R', { Description: '生产 ~*' })).toContain('<Description>生产 ~*</Description>');
  });
});
