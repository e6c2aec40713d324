// How an image's owner reads: ImageOwnerAlias in the words of the console. A published `others`
// image is a community image (docs/ecs-api-notes.md §1).

const OWNER_TEXT: Record<string, string> = {
  system: 'Alibaba Cloud',
  self: 'Custom',
  others: 'Shared',
  community: 'Community',
  marketplace: 'Marketplace',
};

/** `community` for a published `others` image, else the alias itself. */
export function ownerKind(alias: string, isPublic: boolean): string {
  return alias === 'others' && isPublic ? 'community' : alias;
}

export function ownerLabel(alias: string, isPublic: boolean): string {
  return OWNER_TEXT[ownerKind(alias, isPublic)] ?? alias;
}
