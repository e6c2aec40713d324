// fast-check generators of valid requests for any action, derived from its parameter specs alone,
// so every action in the registry gets the same property tests (wire round trip, stable keys, the
// proxy passing valid requests through).
import fc from 'fast-check';
import type { ApiAction, RequestOf } from '../api-action';
import type { ParamSpec, ParamValue } from '../api-params';
import { freeText, regionId, tagFilter } from './request-arbitrary';

const timeValue = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16) + 'Z');

/** Non-empty text for a spec: matching its pattern when it has one, any Unicode otherwise. */
function textFor(pattern: RegExp | undefined, maxLength: number): fc.Arbitrary<string> {
  if (!pattern) return freeText.filter((s) => s.length <= maxLength);
  return fc.stringMatching(pattern).filter((s) => s !== '' && s.length <= maxLength);
}

export function paramValue(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'string':
      return spec.name === 'RegionId' ? regionId : textFor(spec.pattern, spec.maxLength);
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'enum-list':
      return fc.oneof(
        ...(spec.all ? [fc.constant([spec.all])] : []),
        fc.uniqueArray(fc.constantFrom(...spec.values.filter((v) => v !== spec.all)), { minLength: 1 }),
      );
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: spec.min, max: Math.min(spec.max, spec.min + 10_000) });
    case 'account-id':
      return fc.stringMatching(/^[1-9]\d{9,15}$/);
    case 'json-array':
      return fc.array(textFor(spec.item, 64), { maxLength: Math.min(spec.maxItems, 12) });
  }
}

/**
 * Any valid request of `action`: required parameters always, others sometimes, Tag.N and Filter.N
 * when it takes them (filter values are times unless `filterValue` says otherwise), and only
 * combinations its rules allow.
 */
export function requestOf<A extends ApiAction>(
  action: A,
  filterValue: (key: string) => fc.Arbitrary<string> = () => timeValue,
): fc.Arbitrary<RequestOf<A>> {
  const scalars = Object.fromEntries(action.params.map((spec) => [spec.name, paramValue(spec)]));
  const repeated: Record<string, fc.Arbitrary<unknown>> = {};
  if (action.tags) repeated.Tag = fc.array(tagFilter, { minLength: 1, maxLength: action.tags.max });
  if (action.filters) {
    const pair = fc
      .constantFrom(...action.filters.keys)
      .chain((Key) => filterValue(Key).map((Value) => ({ Key, Value })));
    repeated.Filter = fc.array(pair, { minLength: 1, maxLength: action.filters.max });
  }
  const required = action.params.filter((spec) => spec.required).map((spec) => spec.name);
  return fc
    .record({ ...scalars, ...repeated }, { requiredKeys: required })
    .filter((request) => action.checkCombination?.(request as never) === undefined) as fc.Arbitrary<
    RequestOf<A>
  >;
}
