import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from './testing/view-state-arbitrary';
import { parseViewQueryString } from './url-codec';
import { EMPTY_VIEW } from './view-state';
import {
  deleteView,
  importSavedViews,
  readSavedViews,
  renameView,
  saveView,
  savedQueryOf,
  writeSavedViews,
  type SavedView,
} from './saved-views';

const NOW = new Date('2026-11-27T10:00:00Z');
const name = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== '');
const savedView: fc.Arbitrary<SavedView> = fc.record({
  name,
  query: viewState.map(savedQueryOf),
  savedAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});
const savedViews = fc.uniqueArray(savedView, { selector: (v) => v.name, maxLength: 8 });

describe('saved views', () => {
  it('read back as written, for any set of views', () => {
    fc.assert(
      fc.property(savedViews, (views) => {
        expect(readSavedViews(writeSavedViews(views))).toEqual({ views, problems: [] });
      }),
    );
  });

  it('keep the link of a view, without the open image', () => {
    const view = parseViewQueryString('RegionId=cn-shanghai&sort=Size&image=cn-shanghai/m-1').state;
    const saved = saveView([], '  Shanghai by size ', view, NOW);
    expect(saved).toEqual({
      ok: true,
      value: [
        { name: 'Shanghai by size', query: 'RegionId=cn-shanghai&sort=Size', savedAt: NOW.toISOString() },
      ],
    });
  });

  it('save, rename and delete by name, refusing empty and duplicate names', () => {
    const one = saveView([], 'a', EMPTY_VIEW, NOW);
    if (!one.ok) throw new Error(one.error);
    expect(saveView(one.value, '   ', EMPTY_VIEW, NOW)).toEqual({
      ok: false,
      error: 'A saved view needs a name.',
    });
    const two = saveView(one.value, 'b', { ...EMPTY_VIEW, q: 'x' }, NOW);
    if (!two.ok) throw new Error(two.error);
    // Saving under a name that exists replaces that view.
    const again = saveView(two.value, 'a', { ...EMPTY_VIEW, q: 'y' }, NOW);
    expect(again.ok && again.value.map((v) => [v.name, v.query])).toEqual([
      ['b', 'q=x'],
      ['a', 'q=y'],
    ]);
    expect(renameView(two.value, 'a', 'b')).toEqual({ ok: false, error: 'A view named “b” exists already.' });
    const renamed = renameView(two.value, 'a', 'c');
    expect(renamed.ok && renamed.value.map((v) => v.name)).toEqual(['c', 'b']);
    expect(deleteView(two.value, 'a').map((v) => v.name)).toEqual(['b']);
  });

  it('import a file: new names added, known ones replaced, and each unusable entry named', () => {
    const existing: SavedView[] = [{ name: 'mine', query: 'q=old', savedAt: '' }];
    const file = JSON.stringify({
      format: 'ecs-image-browser/saved-views',
      version: 1,
      views: [
        { name: 'mine', query: 'q=new', savedAt: '2026-01-01T00:00:00Z' },
        { name: 'prod', query: '?RegionId=cn-hangzhou,evil.example/&Tag.1.Key=env&Tag.1.Value=prod' },
        { name: '', query: 'q=x' },
        { query: 'q=x' },
        { name: 'no query' },
        'just text',
        { name: 'when', query: '', savedAt: 'last week' },
      ],
    });
    const result = importSavedViews(existing, file);
    expect(result.views.map((v) => [v.name, v.query])).toEqual([
      ['mine', 'q=new'],
      ['prod', 'RegionId=cn-hangzhou&Tag.1.Key=env&Tag.1.Value=prod'],
      ['when', ''],
    ]);
    expect([result.added, result.replaced]).toEqual([2, 1]);
    expect(result.problems).toEqual([
      'View 2 “prod”: RegionId=evil.example/ is not a region ID such as cn-hangzhou; left out.',
      'View 3 “”: A saved view needs a name. It was left out.',
      'View 4 has no name. It was left out.',
      'View 5 “no query” has no query (the link’s text after “?”). It was left out.'.replace('’', "'"),
      'View 6 is not a saved view (an object with a name and a query). It was left out.',
      'View 7 “when”: savedAt “last week” is not a time; left out.',
    ]);
  });

  it('say why a file is not one of theirs', () => {
    expect(readSavedViews('not json').problems).toEqual(['The file is not JSON.']);
    expect(readSavedViews('[]').problems[0]).toMatch(/not a saved-views file/);
    expect(readSavedViews('{"format":"other"}').problems[0]).toMatch(/its format is “other”/);
    expect(readSavedViews('{"format":"ecs-image-browser/saved-views","version":9}').problems[0]).toMatch(
      /version 9; this page reads version 1/,
    );
    expect(readSavedViews('{"format":"ecs-image-browser/saved-views","version":1}').problems[0]).toMatch(
      /no list of views/,
    );
  });

  it('never throw, and keep only views that store cleanly, whatever the file holds', () => {
    const entry = fc.oneof(
      fc.anything(),
      fc.record({ name: fc.oneof(fc.string(), fc.anything()), query: fc.oneof(fc.string(), fc.anything()) }),
    );
    const file = fc.oneof(
      fc.string(),
      fc
        .array(entry)
        .map((views) => JSON.stringify({ format: 'ecs-image-browser/saved-views', version: 1, views })),
    );
    fc.assert(
      fc.property(file, (text) => {
        const { views } = readSavedViews(text);
        expect(readSavedViews(writeSavedViews(views))).toEqual({ views, problems: [] });
      }),
    );
  });
});
