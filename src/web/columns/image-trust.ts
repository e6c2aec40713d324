// Who stands behind an image, at a glance: Alibaba Cloud, you, an account that shared it with you,
// a marketplace supplier, or a community publisher — and when to warn. Choosing an image by its
// name without checking its owner is a known way to launch someone else's image (a look-alike
// published under a familiar name), so a shared or community image that a view matched by name
// alone gets a caution (docs/ecs-api-notes.md §18.5).

import type { EcsImage } from '../../ecs/image-types';

export type ImageOwnerKind = 'alibaba' | 'self' | 'shared' | 'marketplace' | 'community';

export interface ImageTrust {
  kind: ImageOwnerKind;
  /** Who, in a word. */
  label: string;
  /** The account that owns a shared or community image, or the marketplace supplier; '' if unknown. */
  owner: string;
  /** One sentence for a tooltip and screen readers. */
  description: string;
}

/** Kinds whose owner is an account the view did not choose; only these get the caution. */
const THIRD_PARTY: ReadonlySet<ImageOwnerKind> = new Set(['shared', 'community']);

function kindOf(image: EcsImage): ImageOwnerKind {
  switch (image.ImageOwnerAlias) {
    case 'self':
      return 'self';
    case 'marketplace':
      return 'marketplace';
    // `others` is one owner value for two things: published community images and images shared
    // with you (docs/ecs-api-notes.md §1); IsPublic tells them apart.
    case 'others':
      return image.IsPublic ? 'community' : 'shared';
    default:
      return 'alibaba';
  }
}

export function imageTrust(image: EcsImage): ImageTrust {
  const kind = kindOf(image);
  const account = image.ImageOwnerId === undefined ? '' : String(image.ImageOwnerId);
  switch (kind) {
    case 'alibaba':
      return { kind, label: 'Alibaba Cloud', owner: '', description: 'A public image of Alibaba Cloud.' };
    case 'self':
      return { kind, label: 'Custom', owner: '', description: 'Your own custom image.' };
    case 'shared':
      return {
        kind,
        label: 'Shared',
        owner: account,
        description: `Shared with you by account ${account || '(not given)'}.`,
      };
    case 'community':
      return {
        kind,
        label: 'Community',
        owner: account,
        description: `A community image published by account ${account || '(not given)'}; Alibaba Cloud does not vouch for it.`,
      };
    case 'marketplace': {
      const supplier = image.SupplierName ?? '';
      return {
        kind,
        label: 'Marketplace',
        owner: supplier,
        description: `A marketplace image from ${supplier || 'a supplier not named'}; it may be billed.`,
      };
    }
  }
}

/** What of a view decides whether images were chosen by name alone. */
export interface NameMatch {
  /** The DescribeImages ImageName filter, if any. */
  imageName: string | undefined;
  /** The quick search over loaded rows. */
  search: string;
  /** The ImageOwnerId filter: an owner check. */
  ownerId: string | undefined;
  /** The ImageId filter: one image named exactly. */
  imageId: string | undefined;
}

/** The view picks images by name (a name filter or a search) and checks neither owner nor ID. */
export function choosesByNameAlone(match: NameMatch): boolean {
  const byName = (match.imageName ?? '') !== '' || match.search.trim() !== '';
  return byName && !match.ownerId && !match.imageId;
}

/** A caution for a shared or community image that a view chose by name alone. */
export function nameOnlyCaution(trust: ImageTrust, byNameAlone: boolean): string | undefined {
  if (!byNameAlone || !THIRD_PARTY.has(trust.kind)) return undefined;
  const who = trust.owner ? `account ${trust.owner}` : 'an account you have not checked';
  return `Matched by name only: this ${trust.kind} image belongs to ${who}. Check the owner (filter by ImageOwnerId) before you launch it.`;
}
