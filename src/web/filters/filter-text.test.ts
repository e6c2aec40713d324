import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFilterValue, scalarParam } from '../../ecs/describe-images-params';
import { checkTimeRange, filterTimeValue, timeInputValue, validateScalarText } from './filter-text';

describe('typed filter text', () => {
  it('accepts what the service accepts and names what is wrong otherwise', () => {
    expect(validateScalarText(scalarParam('InstanceType'), 'ecs.g7.large')).toBeUndefined();
    expect(validateScalarText(scalarParam('InstanceType'), 'g7 large')).toBe(
      'Instance type must be an instance type such as ecs.g7.large; “g7 large” is not.',
    );
    expect(validateScalarText(scalarParam('ImageOwnerId'), '12ab')).toMatch(/numeric account ID/);
    expect(validateScalarText(scalarParam('ImageName'), '')).toBeUndefined();
  });
});

describe('creation-time filter values', () => {
  it('round-trips between the API format and the datetime-local input, in UTC', () => {
    const minute = fc
      .date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2030-12-31T23:59:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 16) + 'Z');
    fc.assert(
      fc.property(minute, (value) => {
        expect(filterTimeValue(timeInputValue(value))).toBe(value);
        expect(checkFilterValue('CreationStartTime', value, 'x')).toBeUndefined();
      }),
    );
    expect(timeInputValue('2017-12-05T22:40:00Z')).toBe('2017-12-05T22:40');
    expect(filterTimeValue('')).toBeUndefined();
  });

  it('says when the range cannot match anything', () => {
    expect(checkTimeRange('2024-02-01T00:00Z', '2024-01-01T00:00Z')).toMatch(/is after/);
    expect(checkTimeRange('2024-01-01T00:00Z', '2024-02-01T00:00Z')).toBeUndefined();
    expect(checkTimeRange(undefined, '2024-02-01T00:00Z')).toBeUndefined();
  });
});
