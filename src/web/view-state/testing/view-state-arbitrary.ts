// fast-check generator of views in canonical form, for the property tests of the URL codec and
// everything that consumes a view.
import fc from 'fast-check';
import { IMAGE_OWNER_ALIASES } from '../../../ecs/describe-images-params';
import { describeImagesRequest, regionId } from '../../../ecs/testing/request-arbitrary';
import { ACCOUNT_NAME_PATTERN } from '../../../ecs/proxy-api';
import { DEFAULT_VISIBLE_COLUMNS, IMAGE_COLUMNS } from '../../columns/image-columns';
import { MAX_COMPARED, type SharedFilters, type ViewState } from '../view-state';

const columnId = fc.constantFrom(...IMAGE_COLUMNS.map((c) => c.id));
const accountName = fc.stringMatching(ACCOUNT_NAME_PATTERN);
const imageRef = fc.record(
  { account: accountName, regionId, imageId: fc.stringMatching(/^[A-Za-z0-9_.\-/]{1,60}$/) },
  { requiredKeys: ['regionId', 'imageId'] },
);

/** Views in canonical form: defaults absent, lists without repeats. */
export const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    accounts: fc.uniqueArray(accountName, { maxLength: 3 }),
    regions: fc.uniqueArray(regionId, { maxLength: 4 }),
    owners: fc.uniqueArray(fc.constantFrom(...IMAGE_OWNER_ALIASES), { maxLength: 4 }),
    request: describeImagesRequest,
    sort: fc.uniqueArray(fc.record({ id: columnId, desc: fc.boolean() }), {
      maxLength: 3,
      selector: (s) => s.id,
    }),
    columns: fc.option(
      fc
        .uniqueArray(columnId, { minLength: 1, maxLength: 12 })
        .filter((c) => c.join() !== DEFAULT_VISIBLE_COLUMNS.join()),
      { nil: null },
    ),
    q: fc.string({ maxLength: 20, unit: 'grapheme' }),
    image: fc.option(imageRef, { nil: null }),
    group: fc.constantFrom('family' as const, null),
    compare: fc.oneof(
      fc.constant([]),
      fc.uniqueArray(imageRef, {
        minLength: 2,
        maxLength: MAX_COMPARED,
        selector: (r) => `${r.regionId}/${r.imageId}`,
      }),
    ),
    screen: fc.constantFrom('list' as const, 'audit' as const),
  })
  .map(({ request, regions, owners, ...rest }) => {
    const {
      RegionId: _r,
      ImageOwnerAlias: _o,
      PageNumber: _n,
      PageSize: _s,
      DryRun: _d,
      ...filters
    } = request;
    const canonical: SharedFilters = { ...filters };
    if (canonical.Status?.join() === 'Available') delete canonical.Status;
    if (canonical.IsPublic === false) delete canonical.IsPublic;
    if (canonical.ShowExpired === false) delete canonical.ShowExpired;
    const withOthers = canonical.IsPublic !== undefined || canonical.ImageOwnerId !== undefined;
    const ownerList = withOthers && !owners.includes('others') ? [...owners, 'others' as const] : owners;
    return { ...rest, regions, owners: ownerList, filters: canonical };
  });
