import { describe, expect, it } from 'vitest';
import { apiErrors, errorBody } from '../../ecs/api-errors';
import { failure } from '../../ecs/result';
import { EcsRequestError } from '../images/ecs-api';
import { planImageSources } from '../view-state/image-sources';
import { EMPTY_VIEW } from '../view-state/view-state';
import { dryRunVerdict } from './dry-run';

const [source] = planImageSources(EMPTY_VIEW, 'cn-hangzhou');
const answer = (err: ReturnType<(typeof apiErrors)[keyof typeof apiErrors]>) =>
  new EcsRequestError(
    err.status,
    errorBody(err, { requestId: 'REQ-1', hostId: 'ecs.cn-hangzhou.aliyuncs.com' }),
  );

describe('dry-run verdicts', () => {
  it('treats DryRunOperation as a pass', () => {
    const verdict = dryRunVerdict(source!, failure(answer(apiErrors.dryRunOperation())));
    expect(verdict).toMatchObject({ passed: true, code: 'DryRunOperation', requestId: 'REQ-1' });
  });

  it('reports any other answer as the reason the call would fail, with its RequestId and link', () => {
    const verdict = dryRunVerdict(source!, failure(answer(apiErrors.instanceType())));
    expect(verdict).toMatchObject({
      passed: false,
      code: 'InvalidInstanceType.ValueNotSupported',
      requestId: 'REQ-1',
      recommend: expect.stringContaining('InvalidInstanceType.ValueNotSupported'),
    });
  });

  it('does not mistake a browser failure for a pass', () => {
    expect(dryRunVerdict(source!, failure(new TypeError('boom'))).passed).toBe(false);
  });
});
