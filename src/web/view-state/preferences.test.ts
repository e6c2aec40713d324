import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_COLUMNS } from '../columns/image-columns';
import { THEME_MODES } from '../ui/theme';
import {
  COLUMN_WIDTH,
  DEFAULT_PREFERENCES,
  DENSITIES,
  readPreferences,
  TIME_STYLES,
  TIME_ZONES,
  writePreferences,
  type Preferences,
} from './preferences';
import { createPreferencesStore, PREFERENCES_KEY, type PreferencesHost } from './preferences-store';

const ids = IMAGE_COLUMNS.map((c) => c.id);
const preferences: fc.Arbitrary<Preferences> = fc.record({
  columns: fc.option(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }), { nil: null }),
  widths: fc.dictionary(
    fc.constantFrom(...ids),
    fc.integer({ min: COLUMN_WIDTH.min, max: COLUMN_WIDTH.max }),
  ),
  density: fc.constantFrom(...DENSITIES),
  timeZone: fc.constantFrom(...TIME_ZONES),
  timeStyle: fc.constantFrom(...TIME_STYLES),
  theme: fc.constantFrom(...THEME_MODES),
});

describe('stored preferences', () => {
  it('read back as written, for any preferences', () => {
    fc.assert(
      fc.property(preferences, (p) => {
        expect(readPreferences(writePreferences(p))).toEqual({ preferences: p, problems: [] });
      }),
    );
  });

  it('are the defaults when nothing is stored', () => {
    expect(readPreferences(null)).toEqual({ preferences: DEFAULT_PREFERENCES, problems: [] });
  });

  it('keep every valid field and name each one that is not', () => {
    const { preferences: read, problems } = readPreferences(
      JSON.stringify({
        version: 1,
        columns: ['ImageName', 'Bogus', 'ImageName', 'Size'],
        widths: { Size: 120, ImageId: 5, Nope: 100 },
        density: 'roomy',
        timeZone: 'local',
        theme: 7,
        colour: 'blue',
      }),
    );
    expect(read).toEqual({
      ...DEFAULT_PREFERENCES,
      columns: ['ImageName', 'Size'],
      widths: { Size: 120 },
      timeZone: 'local',
    });
    expect(problems).toEqual([
      '“colour” is not a preference.',
      'columns: “Bogus” is not a column.',
      'columns: ImageName is listed twice.',
      'widths.ImageId must be a whole number of pixels from 60 to 900, not 5.',
      'widths: “Nope” is not a column.',
      'density must be compact or comfortable, not “roomy”.',
      'theme must be system or light or dark, not 7.',
    ]);
  });

  it('fall back to the defaults, saying why, for text that is not theirs', () => {
    expect(readPreferences('{oops').problems).toEqual([
      'The stored preferences are not JSON; the defaults apply.',
    ]);
    expect(readPreferences('[1]').problems[0]).toMatch(/not an object/);
    expect(readPreferences('{"version":2}').problems[0]).toMatch(/version 2, not 1/);
  });

  it('never throw, and always give preferences that store cleanly', () => {
    const json = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          version: fc.constant(1),
          columns: fc.anything(),
          widths: fc.anything(),
          density: fc.anything(),
        })
        .map((r) => JSON.stringify(r)),
    );
    fc.assert(
      fc.property(json, (text) => {
        const { preferences: read } = readPreferences(text);
        expect(readPreferences(writePreferences(read)).problems).toEqual([]);
      }),
    );
  });
});

function fakeHost(initial?: string): PreferencesHost & { stored: Map<string, string>; fire: () => void } {
  const stored = new Map<string, string>(initial ? [[PREFERENCES_KEY, initial]] : []);
  let listener: ((e: { key: string | null }) => void) | undefined;
  return {
    stored,
    localStorage: {
      getItem: (k) => stored.get(k) ?? null,
      setItem: (k, v) => void stored.set(k, v),
      removeItem: (k) => void stored.delete(k),
    },
    addEventListener: (_, l) => (listener = l),
    removeEventListener: () => (listener = undefined),
    fire: () => listener?.({ key: PREFERENCES_KEY }),
  };
}

describe('the preferences store', () => {
  it('saves, resets, and follows other tabs', () => {
    const host = fakeHost();
    const store = createPreferencesStore(host);
    let changes = 0;
    store.subscribe(() => changes++);
    store.save({ ...DEFAULT_PREFERENCES, density: 'comfortable' });
    expect(store.getSnapshot().preferences.density).toBe('comfortable');
    expect(readPreferences(host.stored.get(PREFERENCES_KEY)!).preferences.density).toBe('comfortable');
    host.stored.set(PREFERENCES_KEY, writePreferences({ ...DEFAULT_PREFERENCES, theme: 'dark' }));
    host.fire();
    expect(store.getSnapshot().preferences.theme).toBe('dark');
    store.reset();
    expect(host.stored.has(PREFERENCES_KEY)).toBe(false);
    expect(store.getSnapshot().preferences).toEqual(DEFAULT_PREFERENCES);
    expect(changes).toBe(3);
  });

  it('reports what it could not read, until dismissed, and works when storage is refused', () => {
    const store = createPreferencesStore(fakeHost('{"version":1,"density":"roomy"}'));
    expect(store.getSnapshot().problems).toHaveLength(1);
    store.dismissProblems();
    expect(store.getSnapshot().problems).toEqual([]);

    const refusing = fakeHost();
    refusing.localStorage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const kept = createPreferencesStore(refusing);
    kept.save({ ...DEFAULT_PREFERENCES, timeZone: 'local' });
    expect(kept.getSnapshot().preferences.timeZone).toBe('local');
  });
});
