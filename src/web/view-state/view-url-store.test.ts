import { describe, expect, it } from 'vitest';
import { createViewUrlStore, type BrowserLocation } from './view-url-store';
import { EMPTY_VIEW } from './view-state';

/** A browser with a history stack, enough to step Back and Forward. */
function fakeBrowser(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search: '', hash: '' };
  const load = () => {
    const url = new URL(entries[index]!, 'http://127.0.0.1');
    location.pathname = url.pathname;
    location.search = url.search;
    location.hash = url.hash;
  };
  load();
  const browser: BrowserLocation = {
    location,
    history: {
      pushState(_d, _u, url) {
        entries.splice(index + 1, entries.length, url);
        index++;
        load();
      },
      replaceState(_d, _u, url) {
        entries[index] = url;
        load();
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  const go = (delta: number) => {
    index += delta;
    load();
    listeners.forEach((l) => l());
  };
  return { browser, entries, current: () => entries[index], back: () => go(-1), forward: () => go(1) };
}

describe('the URL store', () => {
  it('opens a link as its view and rewrites it to the canonical form, reporting what it dropped', () => {
    const fake = fakeBrowser('/?ImageOwnerAlias=self,bogus&Status=Available&OSType=linux');
    const store = createViewUrlStore(fake.browser);
    const { view, ignored } = store.getSnapshot();
    expect(view.owners).toEqual(['self']);
    expect(view.filters).toEqual({ OSType: 'linux' });
    expect(ignored).toEqual([{ name: 'ImageOwnerAlias', value: 'bogus', reason: expect.any(String) }]);
    expect(fake.current()).toBe('/?ImageOwnerAlias=self&OSType=linux');
    expect(fake.entries).toHaveLength(1);
  });

  it('pushes a history entry per change and steps back and forward through them', () => {
    const fake = fakeBrowser('/');
    const store = createViewUrlStore(fake.browser);
    let notified = 0;
    store.subscribe(() => notified++);
    store.navigate({ ...EMPTY_VIEW, regions: ['cn-shanghai'] });
    store.navigate({ ...EMPTY_VIEW, regions: ['cn-shanghai'], filters: { OSType: 'windows' } });
    expect(fake.current()).toBe('/?RegionId=cn-shanghai&OSType=windows');
    fake.back();
    expect(store.getSnapshot().view.filters).toEqual({});
    expect(store.getSnapshot().view.regions).toEqual(['cn-shanghai']);
    fake.forward();
    expect(store.getSnapshot().view.filters).toEqual({ OSType: 'windows' });
    expect(notified).toBe(4);
  });

  it('replaces the entry when asked, and ignores a change to the same address', () => {
    const fake = fakeBrowser('/?q=ubu');
    const store = createViewUrlStore(fake.browser);
    const before = store.getSnapshot();
    store.navigate({ ...EMPTY_VIEW, q: 'ubu' });
    expect(store.getSnapshot()).toBe(before);
    store.navigate({ ...EMPTY_VIEW, q: 'ubuntu' }, 'replace');
    expect(fake.entries).toEqual(['/?q=ubuntu']);
  });

  it('keeps the notice about a link until dismissed, and raises it again for a bad entry on Back', () => {
    const fake = fakeBrowser('/?Colour=red');
    const store = createViewUrlStore(fake.browser);
    store.subscribe(() => {});
    store.navigate({ ...EMPTY_VIEW, q: 'x' });
    expect(store.getSnapshot().ignored).toHaveLength(1);
    store.dismissIgnored();
    expect(store.getSnapshot().ignored).toEqual([]);
    fake.back();
    // The first entry was rewritten to its canonical form on load, so nothing is dropped again.
    expect(store.getSnapshot().ignored).toEqual([]);
    expect(store.getSnapshot().view).toEqual(EMPTY_VIEW);
  });

  it('keeps the identity of what a change left alone, so nothing derived from it is derived again', () => {
    const fake = fakeBrowser('/?RegionId=cn-shanghai,cn-beijing&Tag.1.Key=env&sort=Size');
    const store = createViewUrlStore(fake.browser);
    store.subscribe(() => {});
    const before = store.getSnapshot().view;
    store.navigate({ ...before, q: 'ubuntu' });
    const after = store.getSnapshot().view;
    expect(after.q).toBe('ubuntu');
    expect(after.regions).toBe(before.regions);
    expect(after.filters).toBe(before.filters);
    expect(after.sort).toBe(before.sort);
    fake.back();
    expect(store.getSnapshot().view.filters).toBe(before.filters);
  });
});
