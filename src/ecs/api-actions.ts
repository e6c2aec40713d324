// Every ECS action the project knows, by name: the proxy forwards exactly these (all read-only),
// the emulator serves them, and the browser fetches them. Adding an action: its file in src/ecs
// (request and answer types, parameters, reader; describe-snapshots.ts is an example), a line here,
// its semantics in the emulator (src/emulator/ecs-actions.ts) and tests.

import type { ApiAction } from './api-action';
import { DESCRIBE_IMAGE_FROM_FAMILY } from './describe-image-from-family';
import { DESCRIBE_IMAGE_SHARE_PERMISSION } from './describe-image-share-permission';
import { DESCRIBE_IMAGES } from './describe-images-params';
import { DESCRIBE_INSTANCES } from './describe-instances';
import { DESCRIBE_REGIONS } from './describe-regions';
import { DESCRIBE_SNAPSHOTS } from './describe-snapshots';

export const API_ACTIONS = {
  DescribeImages: DESCRIBE_IMAGES,
  DescribeRegions: DESCRIBE_REGIONS,
  DescribeImageFromFamily: DESCRIBE_IMAGE_FROM_FAMILY,
  DescribeInstances: DESCRIBE_INSTANCES,
  DescribeImageSharePermission: DESCRIBE_IMAGE_SHARE_PERMISSION,
  DescribeSnapshots: DESCRIBE_SNAPSHOTS,
} as const satisfies Record<string, ApiAction>;

export type ApiActionName = keyof typeof API_ACTIONS;

export const API_ACTION_NAMES = Object.keys(API_ACTIONS) as ApiActionName[];

/** The action of that exact name (names are case-sensitive), or undefined. */
export function apiActionNamed(name: string): (typeof API_ACTIONS)[ApiActionName] | undefined {
  return Object.hasOwn(API_ACTIONS, name) ? API_ACTIONS[name as ApiActionName] : undefined;
}
