// Flattening of the repeated parameters `Tag.N.Key/Value` and `Filter.N.Key/Value` between the wire
// form (one entry per dotted name, N from 1) and the structured form (arrays in N order).

/** A `Tag.N` pair. A key without a value matches any value of that key. */
export interface TagPair {
  Key: string;
  Value?: string;
}

/** A `Filter.N` pair; each action names its keys. */
export interface FilterPair<K extends string = string> {
  Key: K;
  Value: string;
}

export type WireEntry = readonly [name: string, value: string];

/** `Tag.3.Key` → { prefix: 'Tag', index: 3, field: 'Key' }; the service also takes lower-case `key`/`value` for tags. */
const REPEATED_NAME = /^(Tag|Filter)\.([1-9]\d{0,3})\.(Key|Value|key|value)$/;

export interface RepeatedName {
  prefix: 'Tag' | 'Filter';
  index: number;
  field: 'Key' | 'Value';
}

export function parseRepeatedName(name: string): RepeatedName | undefined {
  const m = REPEATED_NAME.exec(name);
  if (!m) return undefined;
  const prefix = m[1] as 'Tag' | 'Filter';
  const lower = m[3] === 'key' || m[3] === 'value';
  // Lower-case aliases are documented for Tag only.
  if (lower && prefix !== 'Tag') return undefined;
  const field = m[3]!.toLowerCase() === 'key' ? 'Key' : 'Value';
  return { prefix, index: Number(m[2]), field };
}

export function flattenTags(tags: readonly TagPair[]): WireEntry[] {
  return tags.flatMap((tag, i): WireEntry[] =>
    tag.Value === undefined
      ? [[`Tag.${i + 1}.Key`, tag.Key]]
      : [
          [`Tag.${i + 1}.Key`, tag.Key],
          [`Tag.${i + 1}.Value`, tag.Value],
        ],
  );
}

export function flattenFilters(filters: readonly FilterPair[]): WireEntry[] {
  return filters.flatMap((f, i): WireEntry[] => [
    [`Filter.${i + 1}.Key`, f.Key],
    [`Filter.${i + 1}.Value`, f.Value],
  ]);
}

/** The N-th pair as it arrived: a key, a value, or both, under their exact wire names. */
export interface RepeatedPair {
  index: number;
  key?: { name: string; value: string };
  value?: { name: string; value: string };
}

/** Groups repeated entries by prefix and N, sorted by N. Other entries are ignored. */
export function groupRepeated(entries: Iterable<WireEntry>): Record<'Tag' | 'Filter', RepeatedPair[]> {
  const groups = { Tag: new Map<number, RepeatedPair>(), Filter: new Map<number, RepeatedPair>() };
  for (const [name, value] of entries) {
    const parsed = parseRepeatedName(name);
    if (!parsed) continue;
    const group = groups[parsed.prefix];
    const pair = group.get(parsed.index) ?? { index: parsed.index };
    if (parsed.field === 'Key') pair.key = { name, value };
    else pair.value = { name, value };
    group.set(parsed.index, pair);
  }
  const sorted = (m: Map<number, RepeatedPair>) => [...m.values()].sort((a, b) => a.index - b.index);
  return { Tag: sorted(groups.Tag), Filter: sorted(groups.Filter) };
}
