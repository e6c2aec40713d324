// The emulator's world: deterministic (a seeded PRNG, no clock, no Math.random) and built lazily,
// one region and one account at a time, on first use. Each region holds public images (the same
// IDs and objects in every region, as in reality) and marketplace images, the same for every
// account, and each hosted account's custom images (world-accounts.ts): the sharing teams' images
// shared with some accounts, the publishers' community images, and every account's own images in
// every status, some of yours shared with other accounts. An account's view of the images
// (`images`) has its own images as `self`, images shared with it and community images as `others`
// with the owner's ID, and Usage from its own instances (`instances`); `snapshots` are the ones
// behind its images' disk mappings and of its instances; `ownImage` gives an image's share
// permissions. Next to each image the catalog keeps the facts DescribeImages filters on but does
// not return (expired subscription, network types, whether the image may replace a system disk).
//
// Each piece is drawn from its own PRNG stream (region, account, kind), so what one account or
// region holds does not depend on which was built first; the default account's view has exactly
// `imagesPerRegion` images.

import { KNOWN_REGIONS } from '../ecs/regions';
import { MARKETPLACE_PRODUCTS } from './catalog-data';
import {
  byNewest,
  customImage,
  marketplaceEntry,
  marketplaceImage,
  publicPool,
  publishedImage,
  stream,
  teamSharedImage,
  type CatalogEntry,
  type CustomImage,
  type ImageUsage,
  type MarketplaceImage,
} from './catalog-images';
import {
  byNewestInstance,
  instancesOn,
  planInstances,
  type AccountPlacement,
  type ImageSource,
  type InstanceEntry,
} from './catalog-instances';
import { byNewestSnapshot, imageSnapshots, instanceSnapshots, type SnapshotEntry } from './catalog-snapshots';
import { hashString, Rng } from './prng';
import { DEFAULT_ACCOUNT, EMULATOR_ACCOUNTS, type EmulatorAccount } from './world-accounts';

export interface CatalogOptions {
  seed: number;
  /** Approximate number of images per region in the default account's view, all owners and statuses. */
  imagesPerRegion: number;
  /** About how many instances the default account has per region (default: 2.5 per image in use). */
  instancesPerRegion?: number;
}

export const DEFAULT_CATALOG_SEED = 20140526;
export const DEFAULT_IMAGES_PER_REGION = 300;
export const MAX_IMAGES_PER_REGION = 100_000;
export const MAX_INSTANCES_PER_REGION = 200_000;

// Shares of the default account's view without its public images; its own images take the rest.
const PUBLIC_SHARE = 0.35;
const MARKETPLACE_SHARE = 0.15;
const SHARED_SHARE = 0.12;
const COMMUNITY_SHARE = 0.08;
// Images the sharing teams share among themselves (not with you), per image shared with you.
const SHARED_ELSEWHERE_PER_SHARED = 0.3;
// The other accounts' own images, as shares of the default account's view without public images.
const TEAM_OWN_SHARE = 0.05;
const PUBLISHER_OWN_SHARE = 0.02;
/** How many of your own ready images you share with other hosted accounts. */
const YOUR_SHARED_SHARE = 0.15;

const TEAMS = EMULATOR_ACCOUNTS.filter((a) => a.role === 'team');
const PUBLISHERS = EMULATOR_ACCOUNTS.filter((a) => a.role === 'publisher');

/** Account-wide facts, shared by every region of one seed. */
interface WorldFacts {
  productCodes: readonly string[];
  /** Public images in the order a region keeps them when it has room for only some. */
  publicPool: readonly CatalogEntry[];
  resourceGroups: ReadonlyMap<string, readonly string[]>;
}

/** What one account holds in one region. */
interface AccountRegion {
  /** Its view of the images, DescribeImages' order. */
  images: readonly CatalogEntry[];
  /** The images in the order they were drawn, and how many of its instances run each. */
  drawn: readonly CatalogEntry[];
  counts: Uint32Array;
  /** Its own custom images. */
  own: readonly CustomImage[];
  ownById?: ReadonlyMap<string, CustomImage>;
  instances?: readonly InstanceEntry[];
  snapshots?: readonly SnapshotEntry[];
}

export class Catalog {
  readonly seed: number;
  readonly imagesPerRegion: number;
  readonly instancesPerRegion: number | undefined;
  readonly accounts: readonly EmulatorAccount[] = EMULATOR_ACCOUNTS;
  private facts?: WorldFacts;
  private readonly regions = new Map<string, RegionWorld>();

  constructor(options: CatalogOptions) {
    if (!Number.isInteger(options.imagesPerRegion) || options.imagesPerRegion < 1)
      throw new Error(`imagesPerRegion must be a whole number of at least 1, not ${options.imagesPerRegion}`);
    if (options.imagesPerRegion > MAX_IMAGES_PER_REGION)
      throw new Error(`imagesPerRegion must be at most ${MAX_IMAGES_PER_REGION}`);
    if (!Number.isInteger(options.seed)) throw new Error(`seed must be a whole number, not ${options.seed}`);
    const instances = options.instancesPerRegion;
    if (
      instances !== undefined &&
      (!Number.isInteger(instances) || instances < 0 || instances > MAX_INSTANCES_PER_REGION)
    )
      throw new Error(
        `instancesPerRegion must be a whole number from 0 to ${MAX_INSTANCES_PER_REGION}, not ${instances}`,
      );
    this.seed = options.seed;
    this.imagesPerRegion = options.imagesPerRegion;
    this.instancesPerRegion = instances;
  }

  /** The emulator serves the known regions (the ones DescribeRegions lists). */
  hasRegion(regionId: string): boolean {
    return KNOWN_REGIONS.some((r) => r.id === regionId);
  }

  /** An account's view of the region's images in the answer order: newest first, then by ImageId. */
  images(regionId: string, account: EmulatorAccount = DEFAULT_ACCOUNT): readonly CatalogEntry[] {
    return this.accountRegion(regionId, account).images;
  }

  /** An account's instances in the region, newest first. */
  instances(regionId: string, account: EmulatorAccount = DEFAULT_ACCOUNT): readonly InstanceEntry[] {
    return this.region(regionId).instances(account);
  }

  /** An account's snapshots in the region, newest first. */
  snapshots(regionId: string, account: EmulatorAccount = DEFAULT_ACCOUNT): readonly SnapshotEntry[] {
    return this.region(regionId).snapshots(account);
  }

  /** One of the account's own custom images, with whom it is shared; undefined for any other image. */
  ownImage(regionId: string, account: EmulatorAccount, imageId: string): CustomImage | undefined {
    const view = this.accountRegion(regionId, account);
    view.ownById ??= new Map(view.own.map((image) => [image.id, image]));
    return view.ownById.get(imageId);
  }

  private accountRegion(regionId: string, account: EmulatorAccount): AccountRegion {
    return this.region(regionId).account(account);
  }

  private region(regionId: string): RegionWorld {
    if (!this.hasRegion(regionId)) throw new Error(`the emulator has no region ${regionId}`);
    let region = this.regions.get(regionId);
    if (!region) {
      this.facts ??= worldFacts(this.seed);
      region = new RegionWorld(
        regionId,
        this.seed,
        this.imagesPerRegion,
        this.instancesPerRegion,
        this.facts,
      );
      this.regions.set(regionId, region);
    }
    return region;
  }
}

function worldFacts(seed: number): WorldFacts {
  const rng = new Rng(hashString('world', seed));
  const codes = new Set<string>();
  while (codes.size < MARKETPLACE_PRODUCTS.length) codes.add(`cmjj0${String(rng.int(10000, 99999))}`);
  const resourceGroups = new Map(
    EMULATOR_ACCOUNTS.map((a) => {
      const groups = new Rng(hashString(`resource-groups/${a.id}`, seed));
      return [
        a.id,
        [`rg-acfm${groups.alnum(11)}`, ...Array.from({ length: 3 }, () => `rg-aek2${groups.alnum(11)}`)],
      ];
    }),
  );
  return { productCodes: [...codes], publicPool: publicPool(), resourceGroups };
}

/** `total` spread over `parts` as evenly as whole numbers allow, the first parts taking the remainder. */
function spread(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

/** One region of the world: its images, and each account's view, instances and snapshots. */
class RegionWorld {
  private readonly publicEntries: readonly CatalogEntry[];
  private readonly marketplaceCount: number;
  private readonly sharedWithYou: number;
  private readonly communityCount: number;
  private readonly ownCounts: ReadonlyMap<string, number>;
  private marketplaceImages?: readonly MarketplaceImage[];
  private readonly outwardImages = new Map<string, readonly CustomImage[]>();
  private readonly ownImages = new Map<string, readonly CustomImage[]>();
  private readonly accounts = new Map<string, AccountRegion>();

  constructor(
    private readonly regionId: string,
    private readonly seed: number,
    total: number,
    private readonly instancesPerRegion: number | undefined,
    private readonly facts: WorldFacts,
  ) {
    // Public images keep their IDs and content in every region; a region lacks a few old builds.
    const available = facts.publicPool.filter(
      (e) => e.image.Status === 'Available' || hashString(`${regionId}/${e.image.ImageId}`, seed) % 10 !== 0,
    );
    const publicCount = Math.min(available.length, Math.round(total * PUBLIC_SHARE));
    this.publicEntries = available.slice(0, publicCount);
    const rest = total - publicCount;
    this.marketplaceCount = Math.round(rest * MARKETPLACE_SHARE);
    this.sharedWithYou = Math.round(rest * SHARED_SHARE);
    this.communityCount = Math.round(rest * COMMUNITY_SHARE);
    const yours = rest - this.marketplaceCount - this.sharedWithYou - this.communityCount;
    this.ownCounts = new Map(
      EMULATOR_ACCOUNTS.map((a) => [
        a.id,
        a.role === 'you'
          ? yours
          : Math.max(2, Math.round(rest * (a.role === 'team' ? TEAM_OWN_SHARE : PUBLISHER_OWN_SHARE))),
      ]),
    );
  }

  account(account: EmulatorAccount): AccountRegion {
    let view = this.accounts.get(account.id);
    if (!view) {
      view = this.buildView(account);
      this.accounts.set(account.id, view);
    }
    return view;
  }

  instances(account: EmulatorAccount): readonly InstanceEntry[] {
    const view = this.account(account);
    if (!view.instances) {
      const s = stream(this.regionId, this.seed, 'instances', account.id);
      const placement = this.placement(account);
      const made: InstanceEntry[] = [];
      view.drawn.forEach((entry, i) => {
        if (view.counts[i]) made.push(...instancesOn(s, this.regionId, placement, entry, view.counts[i]!));
      });
      view.instances = made.sort(byNewestInstance);
    }
    return view.instances;
  }

  snapshots(account: EmulatorAccount): readonly SnapshotEntry[] {
    const view = this.account(account);
    if (!view.snapshots) {
      const s = stream(this.regionId, this.seed, 'snapshots', account.id);
      const made: SnapshotEntry[] = [];
      for (const image of view.own) made.push(...imageSnapshots(s, this.regionId, image));
      for (const instance of this.instances(account))
        made.push(...instanceSnapshots(s, this.regionId, instance));
      view.snapshots = made.sort(byNewestSnapshot);
    }
    return view.snapshots;
  }

  private marketplace(): readonly MarketplaceImage[] {
    if (!this.marketplaceImages) {
      const s = stream(this.regionId, this.seed, 'marketplace');
      this.marketplaceImages = Array.from({ length: this.marketplaceCount }, (_, i) =>
        marketplaceImage(s, i, this.facts.productCodes),
      );
    }
    return this.marketplaceImages;
  }

  /** A team's images made to share, or a publisher's community images. */
  private outward(account: EmulatorAccount): readonly CustomImage[] {
    let images = this.outwardImages.get(account.id);
    if (!images) {
      const s = stream(this.regionId, this.seed, 'outward', account.id);
      if (account.role === 'team') {
        const index = TEAMS.indexOf(account);
        const withYou = spread(this.sharedWithYou, TEAMS.length, index);
        const elsewhere = Math.ceil(withYou * SHARED_ELSEWHERE_PER_SHARED);
        const others = EMULATOR_ACCOUNTS.filter((a) => a !== account && a !== DEFAULT_ACCOUNT).map(
          (a) => a.id,
        );
        const pickOthers = (rng: Rng, atLeastOne: boolean) => {
          const chosen = others.filter(() => rng.chance(0.15));
          return chosen.length || !atLeastOne ? chosen : [rng.pick(others)];
        };
        images = [
          ...Array.from({ length: withYou }, () =>
            teamSharedImage(s, account, [DEFAULT_ACCOUNT.id, ...pickOthers(s.rng, false)]),
          ),
          ...Array.from({ length: elsewhere }, () => teamSharedImage(s, account, pickOthers(s.rng, true))),
        ];
      } else if (account.role === 'publisher') {
        const count = spread(this.communityCount, PUBLISHERS.length, PUBLISHERS.indexOf(account));
        images = Array.from({ length: count }, () => publishedImage(s, account));
      } else {
        images = [];
      }
      this.outwardImages.set(account.id, images);
    }
    return images;
  }

  /** An account's own images; some of yours are shared with the other hosted accounts. */
  private own(account: EmulatorAccount): readonly CustomImage[] {
    let images = this.ownImages.get(account.id);
    if (!images) {
      const s = stream(this.regionId, this.seed, 'own', account.id);
      const groups = this.facts.resourceGroups.get(account.id)!;
      const others = EMULATOR_ACCOUNTS.filter((a) => a !== account).map((a) => a.id);
      const shareWith =
        account.role === 'you'
          ? (rng: Rng) => (rng.chance(YOUR_SHARED_SHARE) ? others.filter(() => rng.chance(0.25)) : [])
          : () => [];
      images = Array.from({ length: this.ownCounts.get(account.id)! }, () =>
        customImage(s, account, groups, shareWith),
      );
      this.ownImages.set(account.id, images);
    }
    return images;
  }

  /** Custom images of other accounts that `account` may use: shared with it, or published. */
  private sharedWith(account: EmulatorAccount): { shared: CustomImage[]; community: CustomImage[] } {
    const shared: CustomImage[] = [];
    const community: CustomImage[] = [];
    for (const owner of EMULATOR_ACCOUNTS) {
      if (owner === account) continue;
      // Only your own images are ever shared from an own collection; others share from `outward`.
      for (const image of owner.role === 'you' ? this.own(owner) : this.outward(owner)) {
        if (image.published) community.push(image);
        else if (image.shares.some((share) => share.accountId === account.id)) shared.push(image);
      }
    }
    return { shared, community };
  }

  private buildView(account: EmulatorAccount): AccountRegion {
    const publicEntries = this.publicEntries;
    const marketplace = this.marketplace();
    const own = [...this.outward(account), ...this.own(account)];
    const { shared, community } = this.sharedWith(account);
    // The usage plan reads statuses only, so views are built once, with their Usage (flat arrays:
    // at 100,000 images an object per candidate would outlive a garbage collection or two).
    const statuses: string[] = [];
    const sources: ImageSource[] = [];
    const draw = (status: string, source: ImageSource) => {
      statuses.push(status);
      sources.push(source);
    };
    for (const entry of publicEntries) draw(entry.status, 'public');
    for (const m of marketplace) draw(m.fields.status, 'marketplace');
    for (const image of own) draw(image.status, 'own');
    for (const image of shared) draw(image.status, 'shared');
    for (const image of community) draw(image.status, 'community');
    const counts = planInstances(
      new Rng(hashString(`${this.regionId}/usage/${account.id}`, this.seed)),
      statuses,
      sources,
      account === DEFAULT_ACCOUNT ? this.instancesPerRegion : undefined,
    );
    const usage = (i: number): ImageUsage => (counts[i] ? 'instance' : 'none');
    const drawn: CatalogEntry[] = [...publicEntries];
    for (const m of marketplace) drawn.push(marketplaceEntry(m, usage(drawn.length)));
    for (const image of own) drawn.push(image.withUsage(usage(drawn.length)));
    for (const image of [...shared, ...community]) drawn.push(image.sharedView(usage(drawn.length)));
    return { images: [...drawn].sort(byNewest), drawn, counts, own };
  }

  /** Where the account's instances live in this region: zones, VPCs, security groups, resource groups. */
  private placement(account: EmulatorAccount): AccountPlacement {
    const s = stream(this.regionId, this.seed, 'placement', account.id);
    const zoneLetters = ['a', 'b', 'c', 'g', 'h', 'i', 'j', 'k'].filter(() => s.rng.chance(0.5));
    const letters = zoneLetters.length ? zoneLetters.slice(0, 3) : ['a'];
    return {
      resourceGroups: this.facts.resourceGroups.get(account.id)!,
      vpcs: [`vpc-${s.prefix}${s.rng.alnum(18)}`, `vpc-${s.prefix}${s.rng.alnum(18)}`],
      securityGroups: [`sg-${s.prefix}${s.rng.alnum(18)}`, `sg-${s.prefix}${s.rng.alnum(18)}`],
      zones: letters.map((letter) => ({
        zoneId: `${this.regionId}-${letter}`,
        vSwitchId: `vsw-${s.prefix}${s.rng.alnum(18)}`,
      })),
    };
  }
}
