import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from './image-row';
import { runInstancesCommand, terraformImageId } from './image-use';

const row = new ImageRow(
  'cn-shanghai',
  normalizeImage({ ImageId: 'ubuntu_22_04_x64_20G_alibase_20240819.vhd' }),
);

describe('using one image', () => {
  it('starts a RunInstances command in the image region, with the rest as placeholders', () => {
    expect(runInstancesCommand(row)).toBe(
      'aliyun ecs RunInstances --region cn-shanghai --RegionId cn-shanghai \\\n' +
        '  --ImageId ubuntu_22_04_x64_20G_alibase_20240819.vhd \\\n' +
        '  --InstanceType <instance-type> --VSwitchId <vswitch-id> --SecurityGroupId <security-group-id>',
    );
  });

  it('gives the Terraform image_id with its region', () => {
    expect(terraformImageId(row)).toBe(
      'image_id = "ubuntu_22_04_x64_20G_alibase_20240819.vhd" # cn-shanghai',
    );
  });
});
