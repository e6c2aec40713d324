import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPE_PATTERN } from '../ecs/describe-images-params';
import { imageRunsOn, INSTANCE_FAMILIES, lookupInstanceType, type InstanceTypeInfo } from './instance-types';

const linuxX86 = {
  Architecture: 'x86_64',
  OSType: 'linux',
  BootMode: 'BIOS',
  Features: { NvmeSupport: 'supported' },
  IsSupportIoOptimized: true,
};

function type(id: string): InstanceTypeInfo {
  const info = lookupInstanceType(id);
  if (!info) throw new Error(`${id} should be known`);
  return info;
}

describe('lookupInstanceType', () => {
  it('knows real instance types with their size in vCPUs and memory', () => {
    expect(type('ecs.g7.large')).toMatchObject({ vcpus: 2, memoryGiB: 8 });
    expect(type('ecs.c8y.xlarge')).toMatchObject({ vcpus: 4, memoryGiB: 8, family: { arch: 'arm64' } });
    expect(type('ecs.t6-c1m1.large')).toMatchObject({ vcpus: 2, memoryGiB: 2 });
    expect(type('ecs.t5-lc2m1.nano')).toMatchObject({ vcpus: 1, memoryGiB: 0.5 });
    expect(type('ecs.r8y.16xlarge')).toMatchObject({ vcpus: 64, memoryGiB: 512 });
  });

  it('knows the current families: 9th generation, AMD, GPU, bare metal and universal', () => {
    for (const id of [
      'ecs.g9i.large',
      'ecs.c9i.2xlarge',
      'ecs.r9i.xlarge',
      'ecs.g7a.large',
      'ecs.c7a.4xlarge',
      'ecs.g8ae.xlarge',
      'ecs.gn6i-c4g1.xlarge',
      'ecs.gn7i-c16g1.4xlarge',
      'ecs.ebmg7.32xlarge',
      'ecs.ebmc8i.48xlarge',
      'ecs.ebmg7a.64xlarge',
      'ecs.u2i-c1m2.large',
      'ecs.u2a-c1m4.xlarge',
    ])
      expect(lookupInstanceType(id), id).toBeDefined();
    expect(type('ecs.gn7i-c16g1.4xlarge')).toMatchObject({ vcpus: 16, memoryGiB: 60 });
    expect(type('ecs.ebmg7a.64xlarge')).toMatchObject({ vcpus: 256, memoryGiB: 1024 });
    expect(lookupInstanceType('ecs.ebmg7.large')).toBeUndefined();
  });

  it('does not know well-formed names of families or sizes that do not exist', () => {
    for (const id of ['ecs.g99.large', 'ecs.g7.huge', 'ecs.t5-lc2m1.large', 'ecs.constructor.large'])
      expect(lookupInstanceType(id), id).toBeUndefined();
  });

  it('only knows names the API model accepts as instance types', () => {
    for (const [name, family] of Object.entries(INSTANCE_FAMILIES))
      for (const size of family.sizes) expect(`ecs.${name}.${size}`).toMatch(INSTANCE_TYPE_PATTERN);
  });
});

describe('imageRunsOn', () => {
  it('keeps arm64 images on ARM families and x86 images on x86 families', () => {
    const arm64 = { ...linuxX86, Architecture: 'arm64', BootMode: 'UEFI' };
    expect(imageRunsOn(arm64, type('ecs.g8y.large'))).toBe(true);
    expect(imageRunsOn(arm64, type('ecs.g7.large'))).toBe(false);
    expect(imageRunsOn(linuxX86, type('ecs.g8y.large'))).toBe(false);
    expect(imageRunsOn(linuxX86, type('ecs.g7.large'))).toBe(true);
  });

  it('limits 32-bit images to 4 GiB of memory and Windows to at least 1 GiB', () => {
    const i386 = { ...linuxX86, Architecture: 'i386', Features: {} };
    expect(imageRunsOn(i386, type('ecs.t6-c1m1.large'))).toBe(true); // 2 GiB
    expect(imageRunsOn(i386, type('ecs.g6.large'))).toBe(false); // 8 GiB
    const windows = { ...linuxX86, OSType: 'windows' };
    expect(imageRunsOn(windows, type('ecs.t5-lc2m1.nano'))).toBe(false); // 0.5 GiB
    expect(imageRunsOn(windows, type('ecs.t6-c2m1.large'))).toBe(true); // 1 GiB
  });

  it('needs NVMe support on NVMe-only families, and I/O optimization where the type has it', () => {
    const noNvme = { ...linuxX86, Features: { NvmeSupport: 'unsupported' } };
    expect(imageRunsOn(noNvme, type('ecs.g8i.large'))).toBe(false);
    expect(imageRunsOn(noNvme, type('ecs.g7.large'))).toBe(true);
    const notIoOptimized = { ...linuxX86, IsSupportIoOptimized: false };
    expect(imageRunsOn(notIoOptimized, type('ecs.g7.large'))).toBe(false);
    expect(imageRunsOn(notIoOptimized, type('ecs.s2.large'))).toBe(true);
  });

  it('matches the boot mode against the firmware the family offers', () => {
    const uefi = { ...linuxX86, BootMode: 'UEFI' };
    expect(imageRunsOn(uefi, type('ecs.g5.large'))).toBe(false);
    expect(imageRunsOn(uefi, type('ecs.g7.large'))).toBe(true);
    expect(imageRunsOn({ ...linuxX86, BootMode: 'UEFI-Preferred' }, type('ecs.g5.large'))).toBe(true);
    const biosArm = { ...linuxX86, Architecture: 'arm64', BootMode: 'BIOS' };
    expect(imageRunsOn(biosArm, type('ecs.c8y.large'))).toBe(false);
  });
});
