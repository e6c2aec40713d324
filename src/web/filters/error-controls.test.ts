import { describe, expect, it } from 'vitest';
import { apiErrors, parameterOfError } from '../../ecs/api-errors';
import { parseViewQueryString } from '../view-state/url-codec';
import { controlErrorMessages, controlsOfError, type RequestProblem } from './error-controls';

const view = (query: string) => parseViewQueryString(query).state;
/** A problem as the dashboard sees it: from the service's code and message alone. */
const problem = (err: { code: string; message: string }): RequestProblem => ({
  code: err.code,
  message: err.message,
  parameter: parameterOfError(err.code, err.message),
});

describe('which control an error marks', () => {
  it('marks the instance type the service refused, naming the value', () => {
    const v = view('InstanceType=ecs.nonexistent.large');
    const messages = controlErrorMessages([problem(apiErrors.instanceType())], v);
    expect([...messages.keys()]).toEqual(['InstanceType']);
    expect(messages.get('InstanceType')).toBe(
      'Instance type “ecs.nonexistent.large” was refused: The specified InstanceType does not exist or beyond the permitted range. (InvalidInstanceType.ValueNotSupported)',
    );
  });

  it('finds the tag row or Filter key from an indexed parameter name', () => {
    const v = view('Tag.1.Key=a&Tag.2.Key=b&Filter.1.Key=NetworkType&Filter.1.Value=vpc');
    expect(controlsOfError(problem(apiErrors.invalidParameter('Tag.2.Key')), v)).toEqual(['Tag.2']);
    // The service's tag errors name no index: the whole tag editor is marked.
    expect(controlsOfError(problem(apiErrors.tagMismatch('Tag.2.Key')), v)).toEqual(['Tag']);
    expect(controlsOfError(problem(apiErrors.invalidParameter('Filter.1.Value')), v)).toEqual([
      'Filter.NetworkType',
    ]);
  });

  it('tells the kind of Filter from the code when the service names no index', () => {
    const v = view(
      'Filter.1.Key=CreationEndTime&Filter.1.Value=2024-01-01T00:00Z&Filter.2.Key=CpuOnlineUpgrade&Filter.2.Value=supported',
    );
    expect(controlsOfError(problem(apiErrors.filterKey('Filter.1.Value')), v)).toEqual([
      'Filter.CreationEndTime',
    ]);
    expect(controlsOfError(problem(apiErrors.networkType('x')), v)).toEqual(['Filter.NetworkType']);
    expect(controlsOfError(problem(apiErrors.filterValue('x')), v)).toEqual(['Filter.CpuOnlineUpgrade']);
  });

  it('marks nothing for errors about no parameter', () => {
    expect(controlErrorMessages([problem(apiErrors.throttlingUser())], view('')).size).toBe(0);
  });

  it('keeps one message per control when several sources fail the same way', () => {
    const v = view('OSType=linux');
    const messages = controlErrorMessages([problem(apiErrors.osType()), problem(apiErrors.osType())], v);
    expect(messages.size).toBe(1);
    expect(messages.get('OSType')).toMatch(/^OS type “linux” was refused: .*\(InvalidOSType\)$/);
  });
});
