import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_OWNER_ALIASES } from '../../ecs/describe-images-params';
import { normalizeImage } from '../../ecs/normalize-response';
import { choosesByNameAlone, imageTrust, nameOnlyCaution } from './image-trust';

const trustOf = (fields: Record<string, unknown>) =>
  imageTrust(normalizeImage({ ImageId: 'm-1', ...fields }));

describe('trust at a glance', () => {
  it('tells the five kinds of owner apart, with the account or the supplier', () => {
    expect(trustOf({ ImageOwnerAlias: 'system', IsPublic: true })).toMatchObject({
      kind: 'alibaba',
      owner: '',
    });
    expect(trustOf({ ImageOwnerAlias: 'self' })).toMatchObject({ kind: 'self', label: 'Custom' });
    expect(trustOf({ ImageOwnerAlias: 'others', ImageOwnerId: 1234567890123456 })).toMatchObject({
      kind: 'shared',
      owner: '1234567890123456',
    });
    expect(trustOf({ ImageOwnerAlias: 'others', IsPublic: true, ImageOwnerId: 42 })).toMatchObject({
      kind: 'community',
      owner: '42',
    });
    expect(trustOf({ ImageOwnerAlias: 'marketplace', SupplierName: 'Bitnami' })).toMatchObject({
      kind: 'marketplace',
      owner: 'Bitnami',
    });
  });

  it('warns about shared and community images matched by name alone, and about nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMAGE_OWNER_ALIASES),
        fc.boolean(),
        fc.record({
          imageName: fc.option(fc.constantFrom('', 'ubuntu'), { nil: undefined }),
          search: fc.constantFrom('', '  ', 'ubuntu'),
          ownerId: fc.option(fc.constant('1234'), { nil: undefined }),
          imageId: fc.option(fc.constant('m-1'), { nil: undefined }),
        }),
        (alias, isPublic, match) => {
          const trust = trustOf({ ImageOwnerAlias: alias, IsPublic: isPublic, ImageOwnerId: 99 });
          const caution = nameOnlyCaution(trust, choosesByNameAlone(match));
          const byName = !!match.imageName || match.search.trim() !== '';
          const expected = alias === 'others' && byName && !match.ownerId && !match.imageId;
          expect(caution !== undefined).toBe(expected);
          if (caution) expect(caution).toContain('account 99');
        },
      ),
    );
  });
});
