import { describe, expect, it } from 'vitest';
import { planImageSources } from '../view-state/image-sources';
import { parseViewUrl } from '../view-state/url-codec';
import { groupProblems, sourceLabel } from './source-problems';

describe('sources in words', () => {
  it('names the region and the owner, telling community from shared', () => {
    const plan = (q: string) => planImageSources(parseViewUrl(q).state, 'cn-hangzhou').map(sourceLabel);
    expect(plan('')).toEqual(['cn-hangzhou · default owners']);
    expect(plan('RegionId=cn-beijing&ImageOwnerAlias=system,others')).toEqual([
      'cn-beijing · system',
      'cn-beijing · shared',
    ]);
    expect(plan('ImageOwnerAlias=others&IsPublic=true')).toEqual(['cn-hangzhou · community']);
  });

  it('groups failures with the same code and message', () => {
    const groups = groupProblems([
      { status: 'a', code: 'Throttling.User', message: 'slow down' },
      { status: 'b', code: 'InvalidOSType', message: 'bad' },
      { status: 'c', code: 'Throttling.User', message: 'slow down' },
    ]);
    expect(groups).toEqual([
      { code: 'Throttling.User', message: 'slow down', members: ['a', 'c'] },
      { code: 'InvalidOSType', message: 'bad', members: ['b'] },
    ]);
  });
});
