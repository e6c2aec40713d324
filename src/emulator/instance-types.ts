// The instance types the emulator knows, and which images can run on them. DescribeImages with
// `InstanceType` returns only images usable on that type, and rejects a well-formed but unknown type
// with InvalidInstanceType.ValueNotSupported, so the list must hold the families people use today
// (families and sizes from Alibaba Cloud's instance family pages; which of them need NVMe or offer
// UEFI is our reading, uncertain). The rules follow Alibaba Cloud's documented limits:
// arm64 images only on ARM families (g6r/c6r, g8y/c8y/r8y) and x86 images only on x86 families;
// 32-bit (i386) images only with at most 4 GiB of memory; Windows needs at least 1 GiB and x86;
// 8th-generation and "se" families attach disks over NVMe, so they need NVMe-capable images
// (Features.NvmeSupport = supported; which families require it is our reading, uncertain); ARM is
// UEFI-only and older generations are BIOS-only, matched against the image's BootMode.

import type { EcsImage } from '../ecs/image-types';

type BootFirmware = 'BIOS' | 'UEFI';

export interface InstanceFamily {
  arch: 'x86_64' | 'arm64';
  /** GiB of memory per vCPU. */
  memoryPerVcpu: number;
  sizes: readonly string[];
  firmware: readonly BootFirmware[];
  nvmeRequired: boolean;
  ioOptimized: boolean;
}

export interface InstanceTypeInfo {
  id: string;
  family: InstanceFamily;
  vcpus: number;
  memoryGiB: number;
}

const VCPUS_BY_SIZE: Readonly<Record<string, number>> = {
  nano: 1,
  small: 1,
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '3xlarge': 12,
  '4xlarge': 16,
  '6xlarge': 24,
  '8xlarge': 32,
  '12xlarge': 48,
  '16xlarge': 64,
  '24xlarge': 96,
  '26xlarge': 104,
  '32xlarge': 128,
  '48xlarge': 192,
  '64xlarge': 256,
};

// Bare-metal and GPU sizes stand alone; the ladder of ordinary sizes stops at 32xlarge.
const LADDER = Object.keys(VCPUS_BY_SIZE).filter(
  (s) => !['nano', 'small', '26xlarge', '48xlarge', '64xlarge'].includes(s),
);

/** `large` up to and including `largest`. */
const upTo = (largest: string) => LADDER.slice(0, LADDER.indexOf(largest) + 1);

const BIOS_ONLY: readonly BootFirmware[] = ['BIOS'];
const BIOS_AND_UEFI: readonly BootFirmware[] = ['BIOS', 'UEFI'];
const UEFI_ONLY: readonly BootFirmware[] = ['UEFI'];

function x86(
  memoryPerVcpu: number,
  sizes: readonly string[],
  options: { firmware?: readonly BootFirmware[]; nvme?: boolean; ioOptimized?: boolean } = {},
): InstanceFamily {
  return {
    arch: 'x86_64',
    memoryPerVcpu,
    sizes,
    firmware: options.firmware ?? BIOS_ONLY,
    nvmeRequired: options.nvme ?? false,
    ioOptimized: options.ioOptimized ?? true,
  };
}

function arm(memoryPerVcpu: number, sizes: readonly string[], nvme: boolean): InstanceFamily {
  return { arch: 'arm64', memoryPerVcpu, sizes, firmware: UEFI_ONLY, nvmeRequired: nvme, ioOptimized: true };
}

const modern = { firmware: BIOS_AND_UEFI };
const nvme = { firmware: BIOS_AND_UEFI, nvme: true };

export const INSTANCE_FAMILIES: Readonly<Record<string, InstanceFamily>> = {
  // 5th and 6th generation (BIOS only).
  g5: x86(4, upTo('16xlarge')),
  c5: x86(2, upTo('16xlarge')),
  r5: x86(8, upTo('16xlarge')),
  g6: x86(4, upTo('16xlarge')),
  c6: x86(2, upTo('16xlarge')),
  r6: x86(8, upTo('16xlarge')),
  g6e: x86(4, upTo('16xlarge')),
  c6e: x86(2, upTo('16xlarge')),
  r6e: x86(8, upTo('16xlarge')),
  i2: x86(8, upTo('16xlarge')),
  n4: x86(2, ['small', ...upTo('8xlarge')]),
  // 7th generation and later.
  g7: x86(4, upTo('32xlarge'), modern),
  c7: x86(2, upTo('32xlarge'), modern),
  r7: x86(8, upTo('32xlarge'), modern),
  hfg7: x86(4, upTo('16xlarge'), modern),
  hfc7: x86(2, upTo('16xlarge'), modern),
  hfr7: x86(8, upTo('16xlarge'), modern),
  g7se: x86(4, upTo('32xlarge'), nvme),
  c7se: x86(2, upTo('32xlarge'), nvme),
  r7se: x86(8, upTo('32xlarge'), nvme),
  g8i: x86(4, upTo('24xlarge'), nvme),
  c8i: x86(2, upTo('24xlarge'), nvme),
  r8i: x86(8, upTo('24xlarge'), nvme),
  g8a: x86(4, upTo('32xlarge'), nvme),
  c8a: x86(2, upTo('32xlarge'), nvme),
  r8a: x86(8, upTo('32xlarge'), nvme),
  'u1-c1m1': x86(1, upTo('8xlarge'), modern),
  'u1-c1m2': x86(2, upTo('8xlarge'), modern),
  'u1-c1m4': x86(4, upTo('8xlarge'), modern),
  'u1-c1m8': x86(8, upTo('8xlarge'), modern),
  'e-c1m1': x86(1, upTo('4xlarge'), modern),
  'e-c1m2': x86(2, upTo('4xlarge'), modern),
  'e-c1m4': x86(4, upTo('4xlarge'), modern),
  'u2i-c1m1': x86(1, upTo('8xlarge'), modern),
  'u2i-c1m2': x86(2, upTo('8xlarge'), modern),
  'u2i-c1m4': x86(4, upTo('8xlarge'), modern),
  'u2i-c1m8': x86(8, upTo('8xlarge'), modern),
  'u2a-c1m1': x86(1, upTo('8xlarge'), modern),
  'u2a-c1m2': x86(2, upTo('8xlarge'), modern),
  'u2a-c1m4': x86(4, upTo('8xlarge'), modern),
  // AMD 6th and 7th generation.
  g6a: x86(4, upTo('32xlarge'), modern),
  c6a: x86(2, upTo('32xlarge'), modern),
  r6a: x86(8, upTo('32xlarge'), modern),
  g7a: x86(4, upTo('32xlarge'), modern),
  c7a: x86(2, upTo('32xlarge'), modern),
  r7a: x86(8, upTo('32xlarge'), modern),
  // 8th generation AMD and 9th generation Intel (NVMe).
  g8ae: x86(4, upTo('32xlarge'), nvme),
  c8ae: x86(2, upTo('32xlarge'), nvme),
  r8ae: x86(8, upTo('32xlarge'), nvme),
  g9i: x86(4, upTo('32xlarge'), nvme),
  c9i: x86(2, upTo('32xlarge'), nvme),
  r9i: x86(8, upTo('32xlarge'), nvme),
  // GPU: the family name carries vCPUs per GPU (`ecs.gn7i-c16g1.4xlarge`); x86 only.
  'gn6i-c4g1': x86(3.75, ['xlarge'], modern),
  'gn6i-c8g1': x86(3.875, ['2xlarge'], modern),
  'gn6i-c16g1': x86(3.875, ['4xlarge'], modern),
  'gn6i-c24g1': x86(3.875, ['6xlarge', '12xlarge', '24xlarge'], modern),
  'gn7i-c8g1': x86(3.75, ['2xlarge'], modern),
  'gn7i-c16g1': x86(3.75, ['4xlarge'], modern),
  'gn7i-c32g1': x86(5.875, ['8xlarge', '16xlarge', '32xlarge'], modern),
  'gn7i-c48g1': x86(310 / 48, ['12xlarge'], modern),
  // Elastic bare metal.
  ebmg6: x86(4, ['26xlarge']),
  ebmc6: x86(2, ['26xlarge']),
  ebmr6: x86(8, ['26xlarge']),
  ebmg7: x86(4, ['32xlarge'], modern),
  ebmc7: x86(2, ['32xlarge'], modern),
  ebmr7: x86(8, ['32xlarge'], modern),
  ebmg7a: x86(4, ['64xlarge'], modern),
  ebmc7a: x86(2, ['64xlarge'], modern),
  ebmr7a: x86(8, ['64xlarge'], modern),
  ebmg8i: x86(4, ['48xlarge'], nvme),
  ebmc8i: x86(2, ['48xlarge'], nvme),
  ebmr8i: x86(8, ['48xlarge'], nvme),
  // Burstable.
  't5-lc2m1': x86(0.5, ['nano']),
  't5-lc1m1': x86(1, ['small']),
  't5-lc1m2': x86(2, ['small', 'large']),
  't5-lc1m4': x86(4, ['large']),
  't5-c1m1': x86(1, upTo('4xlarge')),
  't5-c1m2': x86(2, upTo('4xlarge')),
  't5-c1m4': x86(4, upTo('2xlarge')),
  't6-c4m1': x86(0.25, ['large'], modern),
  't6-c2m1': x86(0.5, ['large'], modern),
  't6-c1m1': x86(1, ['large'], modern),
  't6-c1m2': x86(2, upTo('4xlarge'), modern),
  't6-c1m4': x86(4, upTo('2xlarge'), modern),
  // Legacy series I, not I/O optimized.
  t1: x86(1, ['small'], { ioOptimized: false }),
  s2: x86(2, upTo('2xlarge'), { ioOptimized: false }),
  // ARM.
  g6r: arm(4, upTo('16xlarge'), false),
  c6r: arm(2, upTo('16xlarge'), false),
  g8y: arm(4, upTo('24xlarge'), true),
  c8y: arm(2, upTo('24xlarge'), true),
  r8y: arm(8, upTo('24xlarge'), true),
};

/** `ecs.g7.large` → its family and size, or undefined when the emulator does not know it. */
export function lookupInstanceType(id: string): InstanceTypeInfo | undefined {
  const match = /^ecs\.([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(id);
  if (!match) return undefined;
  const family = Object.hasOwn(INSTANCE_FAMILIES, match[1]!) ? INSTANCE_FAMILIES[match[1]!] : undefined;
  const size = match[2]!;
  if (!family || !family.sizes.includes(size)) return undefined;
  const vcpus = VCPUS_BY_SIZE[size]!;
  return { id, family, vcpus, memoryGiB: vcpus * family.memoryPerVcpu };
}

export type InstanceCompatibilityFields = Pick<
  EcsImage,
  'Architecture' | 'OSType' | 'BootMode' | 'Features' | 'IsSupportIoOptimized'
>;

const WINDOWS_MIN_MEMORY_GIB = 1;
const I386_MAX_MEMORY_GIB = 4;

export function imageRunsOn(image: InstanceCompatibilityFields, type: InstanceTypeInfo): boolean {
  const { family } = type;
  const arm64Image = image.Architecture === 'arm64';
  if (arm64Image !== (family.arch === 'arm64')) return false;
  if (image.OSType.toLowerCase() === 'windows' && type.memoryGiB < WINDOWS_MIN_MEMORY_GIB) return false;
  if (image.Architecture === 'i386' && type.memoryGiB > I386_MAX_MEMORY_GIB) return false;
  if (family.nvmeRequired && image.Features.NvmeSupport !== 'supported') return false;
  if (family.ioOptimized && !image.IsSupportIoOptimized) return false;
  // UEFI-Preferred boots either way; an image without a boot mode is a BIOS image.
  if (image.BootMode === 'UEFI') return family.firmware.includes('UEFI');
  if (image.BootMode !== 'UEFI-Preferred') return family.firmware.includes('BIOS');
  return true;
}
