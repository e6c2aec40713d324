// How to use one image elsewhere: its ID, a RunInstances command to start from, and the Terraform
// argument. The region goes with the ID: public image IDs repeat across regions
// (docs/ecs-api-notes.md §5.4), and the CLI's --region must match RegionId (§5.3).

import { hclString, shellWord } from '../ui/code-quote';
import type { ImageRow } from './image-row';

/** An aliyun CLI RunInstances fragment: the image set, what every launch needs left as placeholders. */
export function runInstancesCommand(row: ImageRow): string {
  const region = shellWord(row.regionId);
  return [
    `aliyun ecs RunInstances --region ${region} --RegionId ${region}`,
    `  --ImageId ${shellWord(row.image.ImageId)}`,
    '  --InstanceType <instance-type> --VSwitchId <vswitch-id> --SecurityGroupId <security-group-id>',
  ].join(' \\\n');
}

/** The argument of an `alicloud_instance` (or launch template) that picks this image. */
export function terraformImageId(row: ImageRow): string {
  return `image_id = ${hclString(row.image.ImageId)} # ${row.regionId}`;
}
