// Static reference data for the emulator's catalog: Alibaba Cloud public (system) images as they
// are really named (IDs like `aliyun_3_x64_20G_alibase_20240819.vhd`, OSName in Chinese with the
// service's double space after the product name), marketplace products, and the words custom images
// are named and tagged with. Families are copied from src/ecs/public-image-families.ts, the service's own
// list (an OS version without a family there has none here); build dates, kernel versions and
// feature flags are plausible, not copied from a live account.

import type { Architecture, OsType } from '../ecs/describe-images-params';
import type { ImageFeatures } from '../ecs/image-types';

export type BootMode = 'BIOS' | 'UEFI' | 'UEFI-Preferred';

/** One public image line (an OS, architecture and language); each has one or more dated builds. */
export interface OsTemplate {
  /** The ID without `_alibase_<date>.vhd`, e.g. `ubuntu_22_04_x64_20G`. */
  stem: string;
  /** The `acs:` family from src/ecs/public-image-families.ts, or '' where the service has none. */
  family: string;
  platform: string;
  osName: string;
  osNameEn: string;
  osType: OsType;
  arch: Architecture;
  size: number;
  bootMode: BootMode;
  features: ImageFeatures;
  cloudinit: boolean;
  ioOptimized: boolean;
  loginAsNonRoot: boolean;
  /** Also runs in the classic network (only images from before VPC became the default). */
  classic: boolean;
  /** End of life: every build is Deprecated. */
  eol: boolean;
  /** Build dates, oldest first (yyyymmdd). */
  builds: readonly string[];
  /** The kernel public Linux images name in their Description; '' for Windows. */
  kernel: string;
}

// Feature sets are frozen and shared by every image that uses them.
const CURRENT: ImageFeatures = Object.freeze({
  NvmeSupport: 'supported',
  ImdsSupport: 'v2',
  CpuOnlineUpgrade: 'supported',
  CpuOnlineDowngrade: 'unsupported',
  MemoryOnlineUpgrade: 'supported',
  MemoryOnlineDowngrade: 'unsupported',
});
// Current Ubuntu 24.04 images report no online CPU or memory upgrade in real answers.
const NO_ONLINE_RESIZE: ImageFeatures = Object.freeze({
  NvmeSupport: 'supported',
  ImdsSupport: 'v2',
  CpuOnlineUpgrade: 'unsupported',
  CpuOnlineDowngrade: 'unsupported',
  MemoryOnlineUpgrade: 'unsupported',
  MemoryOnlineDowngrade: 'unsupported',
});
const RECENT: ImageFeatures = Object.freeze({
  NvmeSupport: 'supported',
  ImdsSupport: 'v2',
  CpuOnlineUpgrade: 'supported',
  MemoryOnlineUpgrade: 'supported',
});
// Real responses often carry only the NVMe flag (docs/ecs-api-notes.md §2.3).
const NVME_ONLY: ImageFeatures = Object.freeze({ NvmeSupport: 'supported' });
const LEGACY: ImageFeatures = Object.freeze({ NvmeSupport: 'unsupported' });
const NONE: ImageFeatures = Object.freeze({});

type Generation = 'current' | 'no-online-resize' | 'recent' | 'nvme-only' | 'legacy' | 'none';
const FEATURES: Record<Generation, ImageFeatures> = {
  current: CURRENT,
  'no-online-resize': NO_ONLINE_RESIZE,
  recent: RECENT,
  'nvme-only': NVME_ONLY,
  legacy: LEGACY,
  none: NONE,
};

const DAY_MS = 86_400_000;

/** `count` builds ending at `latest`, one every 16 weeks, oldest first. */
function buildDates(latest: string, count: number): string[] {
  const end = Date.UTC(+latest.slice(0, 4), +latest.slice(4, 6) - 1, +latest.slice(6, 8));
  return Array.from({ length: count }, (_, i) =>
    new Date(end - (count - 1 - i) * 112 * DAY_MS).toISOString().slice(0, 10).replaceAll('-', ''),
  );
}

type LinuxArch = 'x64' | 'arm64' | '32';

/** The machine name a kernel release ends with on each architecture (`uname -m`). */
const UNAME: Record<LinuxArch, string> = { x64: 'x86_64', arm64: 'aarch64', '32': 'i686' };
/** Red Hat-style kernels end with the machine name; Debian's with its own architecture name. */
const rpmKernel = (release: string) => (arch: LinuxArch) => `${release}.${UNAME[arch]}`;
const debianKernel = (release: string) => (arch: LinuxArch) =>
  `${release}-${arch === 'arm64' ? 'arm64' : 'amd64'}`;
const sameKernel = (release: string) => () => release;

interface LinuxLine {
  name: string;
  version: string;
  /** ID prefix, e.g. `ubuntu_22_04`; the architecture and size are appended. */
  id: string;
  /**
   * The architectures of the line, each with its family exactly as src/ecs/public-image-families.ts spells
   * it, or '' where the list has none (for example Ubuntu 22.04 ARM, every Red Hat and SUSE).
   */
  families: Partial<Record<LinuxArch, string>>;
  platform: string;
  kernel: (arch: LinuxArch) => string;
  latest: string;
  builds: number;
  generation: Generation;
  /** Text after the size in the ID, e.g. `uefi` or `anck`. */
  variant?: string;
  size?: number;
  bootMode?: BootMode;
  nonRoot?: boolean;
  cloudinit?: boolean;
  eol?: boolean;
  classic?: boolean;
}

function linux(line: LinuxLine): OsTemplate[] {
  const size = line.size ?? 20;
  return (Object.entries(line.families) as [LinuxArch, string][]).map(([arch, family]) => {
    const bits = arch === '32' ? '32' : '64';
    const armZh = arch === 'arm64' ? ' ARM版' : '';
    const armEn = arch === 'arm64' ? ' ARM Edition' : '';
    return {
      stem: [line.id, arch, `${size}G`, line.variant].filter(Boolean).join('_'),
      family,
      platform: line.platform,
      osName: `${line.name}  ${line.version} ${bits}位${armZh}`,
      osNameEn: `${line.name}  ${line.version} ${bits} bit${armEn}`,
      osType: 'linux',
      arch: arch === 'x64' ? 'x86_64' : arch === '32' ? 'i386' : 'arm64',
      size,
      bootMode: arch === 'arm64' ? 'UEFI' : (line.bootMode ?? 'BIOS'),
      features: arch === '32' ? NONE : FEATURES[line.generation],
      cloudinit: line.cloudinit ?? true,
      ioOptimized: true,
      loginAsNonRoot: line.nonRoot ?? false,
      classic: line.classic ?? false,
      eol: line.eol ?? false,
      builds: buildDates(line.latest, line.builds),
      kernel: line.kernel(arch),
    } satisfies OsTemplate;
  });
}

type WindowsLanguage = 'en-us' | 'zh-cn';

interface WindowsLine {
  year: string;
  /** Release in the ID, e.g. `21H2`; old lines have their own ID shape in `id`. */
  release: string;
  /** The languages of the line, each with its family as src/ecs/public-image-families.ts spells it. */
  families: Partial<Record<WindowsLanguage, string>>;
  latest: string;
  builds: number;
  generation: Generation;
  edition?: { id: string; zh: string; en: string };
  /** Lines before 2012 R2 put the bitness first: `win2008r2_64_ent_sp1_en-us_40G`. */
  legacyId?: boolean;
  bootMode?: BootMode;
  eol?: boolean;
  classic?: boolean;
  ioOptimized?: boolean;
}

const DATACENTER = { id: 'dtc', zh: '数据中心版', en: 'DataCenter Edition' };

function windows(line: WindowsLine): OsTemplate[] {
  const edition = line.edition ?? DATACENTER;
  const id = line.year.toLowerCase();
  const year = line.year.replace('R2', ' R2');
  return (Object.entries(line.families) as [WindowsLanguage, string][]).map(([lang, family]) => ({
    stem: line.legacyId
      ? `win${id}_64_${edition.id}_${line.release}_${lang}_40G`
      : `win${id}_${line.release}_x64_${edition.id}_${lang}_40G`,
    family,
    platform: `Windows Server ${year}`,
    osName: `Windows Server  ${year} ${edition.zh} 64位${lang === 'zh-cn' ? '中文版' : '英文版'}`,
    osNameEn: `Windows Server  ${year} ${edition.en} 64bit ${lang === 'zh-cn' ? 'Chinese' : 'English'} Edition`,
    osType: 'windows',
    arch: 'x86_64',
    size: 40,
    bootMode: line.bootMode ?? 'BIOS',
    features: FEATURES[line.generation],
    cloudinit: true,
    ioOptimized: line.ioOptimized ?? true,
    loginAsNonRoot: false,
    classic: line.classic ?? false,
    eol: line.eol ?? false,
    builds: buildDates(line.latest, line.builds),
    kernel: '',
  }));
}

const ALINUX = 'Alibaba Cloud Linux';

export const OS_TEMPLATES: readonly OsTemplate[] = [
  ...linux({
    name: ALINUX,
    version: '3.2104 LTS',
    id: 'aliyun_3',
    families: {
      x64: 'acs:alibaba_cloud_linux_3_2104_lts_x64',
      arm64: 'acs:alibaba_cloud_linux_3_2104_lts_arm64',
    },
    platform: 'Aliyun',
    kernel: rpmKernel('5.10.134-18.al8'),
    latest: '20240819',
    builds: 3,
    generation: 'current',
    nonRoot: true,
  }),
  ...linux({
    name: ALINUX,
    version: '3.2104 LTS UEFI',
    id: 'aliyun_3',
    families: { x64: 'acs:alibaba_cloud_linux_3_2104_lts_x64_uefi' },
    platform: 'Aliyun',
    kernel: rpmKernel('5.10.134-18.al8'),
    variant: 'uefi',
    latest: '20240819',
    builds: 2,
    generation: 'current',
    bootMode: 'UEFI',
    nonRoot: true,
  }),
  ...linux({
    name: ALINUX,
    version: '2.1903 LTS',
    id: 'aliyun_2_1903',
    families: { x64: 'acs:alibaba_cloud_linux_2_1903_lts_x64' },
    platform: 'Aliyun',
    kernel: rpmKernel('4.19.91-28.al7'),
    latest: '20240628',
    builds: 2,
    generation: 'recent',
    classic: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '24.04',
    id: 'ubuntu_24_04',
    families: { x64: 'acs:ubuntu_24_04_x64', arm64: 'acs:ubuntu_24_04_arm64' },
    platform: 'Ubuntu',
    kernel: sameKernel('6.8.0-51-generic'),
    latest: '20250113',
    builds: 2,
    generation: 'no-online-resize',
    bootMode: 'UEFI-Preferred',
    nonRoot: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '22.04',
    id: 'ubuntu_22_04',
    // The service has no family for Ubuntu 22.04 ARM.
    families: { x64: 'acs:ubuntu_22_04_x64', arm64: '' },
    platform: 'Ubuntu',
    kernel: sameKernel('5.15.0-126-generic'),
    latest: '20240710',
    builds: 3,
    generation: 'current',
    nonRoot: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '20.04',
    id: 'ubuntu_20_04',
    families: { x64: 'acs:ubuntu_20_04_x64', arm64: 'acs:ubuntu_20_04_arm64' },
    platform: 'Ubuntu',
    kernel: sameKernel('5.4.0-200-generic'),
    latest: '20240130',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Ubuntu',
    version: '18.04',
    id: 'ubuntu_18_04',
    families: { x64: 'acs:ubuntu_18_04_x64' },
    platform: 'Ubuntu',
    kernel: sameKernel('4.15.0-213-generic'),
    latest: '20231225',
    builds: 1,
    generation: 'nvme-only',
    classic: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '16.04',
    id: 'ubuntu_16_04',
    families: { x64: 'acs:ubuntu_16_04_x64', '32': 'acs:ubuntu_16_04_x86' },
    platform: 'Ubuntu',
    kernel: sameKernel('4.4.0-210-generic'),
    latest: '20210220',
    builds: 1,
    generation: 'legacy',
    eol: true,
    classic: true,
  }),
  ...linux({
    name: 'CentOS',
    version: '7.9',
    id: 'centos_7_9',
    families: { x64: 'acs:centos_7_9_x64', arm64: 'acs:centos_7_9_arm64' },
    platform: 'CentOS',
    kernel: rpmKernel('3.10.0-1160.119.1.el7'),
    latest: '20240628',
    builds: 2,
    generation: 'nvme-only',
    classic: true,
  }),
  ...linux({
    name: 'CentOS',
    version: '8.5',
    id: 'centos_8_5',
    families: { x64: 'acs:centos_8_5_x64' },
    platform: 'CentOS',
    kernel: rpmKernel('4.18.0-348.7.1.el8_5'),
    latest: '20220428',
    builds: 1,
    generation: 'nvme-only',
    eol: true,
  }),
  ...linux({
    name: 'CentOS',
    version: '6.10',
    id: 'centos_6_10',
    families: { x64: 'acs:centos_6_10_x64' },
    platform: 'CentOS',
    kernel: rpmKernel('2.6.32-754.35.1.el6'),
    latest: '20201019',
    builds: 1,
    generation: 'legacy',
    eol: true,
    classic: true,
    cloudinit: false,
  }),
  ...linux({
    name: 'CentOS Stream',
    version: '9',
    id: 'centos_stream_9',
    families: { x64: 'acs:centos_stream_9_x64', arm64: 'acs:centos_stream_9_arm64' },
    platform: 'CentOS Stream',
    kernel: rpmKernel('5.14.0-522.el9'),
    latest: '20241015',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Debian',
    version: '12.11',
    id: 'debian_12_11',
    families: { x64: 'acs:debian_12_11_x64', arm64: 'acs:debian_12_11_arm64' },
    platform: 'Debian',
    kernel: debianKernel('6.1.0-37'),
    latest: '20250605',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'Debian',
    version: '11.11',
    id: 'debian_11_11',
    families: { x64: 'acs:debian_11_11_x64', arm64: 'acs:debian_11_11_arm64' },
    platform: 'Debian',
    kernel: debianKernel('5.10.0-33'),
    latest: '20240905',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Debian',
    version: '10.13',
    id: 'debian_10_13',
    families: { x64: 'acs:debian_10_13_x64' },
    platform: 'Debian',
    kernel: debianKernel('4.19.0-27'),
    latest: '20230524',
    builds: 1,
    generation: 'nvme-only',
    eol: true,
  }),
  ...linux({
    name: 'Debian',
    version: '9.13',
    id: 'debian_9_13',
    families: { x64: 'acs:debian_9_13_x64' },
    platform: 'Debian',
    kernel: debianKernel('4.9.0-19'),
    latest: '20210318',
    builds: 1,
    generation: 'legacy',
    eol: true,
    classic: true,
  }),
  ...linux({
    name: 'Rocky Linux',
    version: '9.4',
    id: 'rockylinux_9_4',
    families: { x64: 'acs:rocky_linux_9_4_x64', arm64: 'acs:rocky_linux_9_4_arm64' },
    platform: 'Rocky Linux',
    kernel: rpmKernel('5.14.0-427.13.1.el9_4'),
    latest: '20240709',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'Rocky Linux',
    version: '8.10',
    id: 'rockylinux_8_10',
    families: { x64: 'acs:rocky_linux_8_10_x64' },
    platform: 'Rocky Linux',
    kernel: rpmKernel('4.18.0-553.el8_10'),
    latest: '20240718',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'AlmaLinux',
    version: '9.4',
    id: 'almalinux_9_4',
    families: { x64: 'acs:almalinux_9_4_x64', arm64: 'acs:almalinux_9_4_arm64' },
    platform: 'AlmaLinux',
    kernel: rpmKernel('5.14.0-427.13.1.el9_4'),
    latest: '20240620',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'AlmaLinux',
    version: '8.10',
    id: 'almalinux_8_10',
    families: { x64: 'acs:almalinux_8_10_x64' },
    platform: 'AlmaLinux',
    kernel: rpmKernel('4.18.0-553.el8_10'),
    latest: '20240605',
    builds: 1,
    generation: 'recent',
  }),
  ...linux({
    name: 'Anolis OS',
    version: '8.9 RHCK',
    id: 'anolisos_8_9',
    families: { x64: 'acs:anolis_8_9_rhck_x64' },
    platform: 'Anolis',
    kernel: rpmKernel('4.18.0-513.24.1.an8'),
    variant: 'rhck',
    latest: '20240221',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Anolis OS',
    version: '8.9 ANCK',
    id: 'anolisos_8_9',
    families: { x64: 'acs:anolis_8_9_anck_x64', arm64: 'acs:anolis_8_9_anck_arm64' },
    platform: 'Anolis',
    kernel: rpmKernel('5.10.134-16.an8'),
    variant: 'anck',
    latest: '20240221',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'openSUSE',
    version: '15.6',
    id: 'opensuse_15_6',
    families: { x64: 'acs:opensuse_15_6_x64' },
    platform: 'OpenSUSE',
    kernel: sameKernel('6.4.0-150600.21-default'),
    latest: '20240724',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'SUSE Linux Enterprise Server',
    version: '15 SP6',
    id: 'sles_15_sp6',
    // No SUSE Linux Enterprise Server image has a family.
    families: { x64: '' },
    platform: 'SUSE',
    kernel: sameKernel('6.4.0-150600.23.7-default'),
    latest: '20240802',
    builds: 1,
    generation: 'recent',
  }),
  ...linux({
    name: 'Red Hat Enterprise Linux',
    version: '9.4',
    id: 'redhat_9_4',
    // No Red Hat Enterprise Linux image has a family.
    families: { x64: '' },
    platform: 'Red Hat',
    kernel: rpmKernel('5.14.0-427.13.1.el9_4'),
    latest: '20240730',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Red Hat Enterprise Linux',
    version: '8.10',
    id: 'redhat_8_10',
    families: { x64: '' },
    platform: 'Red Hat',
    kernel: rpmKernel('4.18.0-553.el8_10'),
    latest: '20240612',
    builds: 1,
    generation: 'nvme-only',
  }),
  ...linux({
    name: 'Fedora',
    version: '40',
    id: 'fedora_40',
    families: { x64: 'acs:fedora_40_x64' },
    platform: 'Fedora',
    kernel: rpmKernel('6.8.5-301.fc40'),
    latest: '20240603',
    builds: 1,
    generation: 'current',
  }),
  ...linux({
    name: 'FreeBSD',
    version: '14.1',
    id: 'freebsd_14_1',
    families: { x64: 'acs:freebsd_14_1_x64' },
    platform: 'FreeBSD',
    kernel: sameKernel('14.1-RELEASE'),
    latest: '20240705',
    builds: 1,
    size: 30,
    generation: 'legacy',
    cloudinit: false,
  }),
  ...linux({
    name: 'FreeBSD',
    version: '13.4',
    id: 'freebsd_13_4',
    families: { x64: 'acs:freebsd_13_4_x64' },
    platform: 'FreeBSD',
    kernel: sameKernel('13.4-RELEASE'),
    latest: '20241008',
    builds: 2,
    size: 30,
    generation: 'legacy',
    cloudinit: false,
  }),
  ...windows({
    year: '2025',
    release: '24H2',
    families: { 'en-us': 'acs:win_2025_datacenter_x64_en', 'zh-cn': 'acs:win_2025_datacenter_x64_zh' },
    latest: '20250214',
    builds: 1,
    generation: 'current',
    bootMode: 'UEFI-Preferred',
  }),
  ...windows({
    year: '2022',
    release: '21H2',
    families: { 'en-us': 'acs:win_2022_datacenter_x64_en', 'zh-cn': 'acs:win_2022_datacenter_x64_zh' },
    latest: '20240911',
    builds: 3,
    generation: 'recent',
  }),
  ...windows({
    year: '2019',
    release: '1809',
    families: { 'en-us': 'acs:win_2019_datacenter_x64_en', 'zh-cn': 'acs:win_2019_datacenter_x64_zh' },
    latest: '20240911',
    builds: 2,
    generation: 'nvme-only',
  }),
  ...windows({
    year: '2016',
    release: '1607',
    families: { 'en-us': 'acs:win_2016_datacenter_x64_en', 'zh-cn': 'acs:win_2016_datacenter_x64_zh' },
    latest: '20240815',
    builds: 2,
    generation: 'legacy',
  }),
  ...windows({
    year: '2012R2',
    release: '9600',
    families: {
      'en-us': 'acs:win_2012_r2_datacenter_x64_en',
      'zh-cn': 'acs:win_2012_r2_datacenter_x64_zh',
    },
    latest: '20231016',
    builds: 1,
    generation: 'legacy',
    eol: true,
    classic: true,
  }),
  ...windows({
    year: '2008R2',
    release: 'sp1',
    families: { 'en-us': 'acs:win_2008_r2_enterprise_x64_en' },
    edition: { id: 'ent', zh: '企业版', en: 'Enterprise Edition' },
    legacyId: true,
    latest: '20190318',
    builds: 1,
    generation: 'none',
    eol: true,
    classic: true,
    ioOptimized: false,
  }),
];

/** Public image ID of one build, e.g. `ubuntu_22_04_x64_20G_alibase_20240710.vhd`. */
export function publicImageId(template: OsTemplate, build: string): string {
  return `${template.stem}_alibase_${build}.vhd`;
}

/**
 * The two-character zone prefix real resource IDs carry after `m-`/`s-` (e.g. `m-bp1…` in
 * Hangzhou, `m-7xv…` in Guangzhou). Regions not listed get a prefix derived from their ID.
 */
export const REGION_ID_PREFIXES: Readonly<Record<string, string>> = {
  'cn-qingdao': 'm5',
  'cn-beijing': '2z',
  'cn-zhangjiakou': '8v',
  'cn-huhehaote': 'hp',
  'cn-wulanchabu': '0j',
  'cn-hangzhou': 'bp',
  'cn-shanghai': 'uf',
  'cn-shenzhen': 'wz',
  'cn-heyuan': 'f8',
  'cn-guangzhou': '7x',
  'cn-chengdu': '2v',
  'cn-hongkong': 'j6',
  'ap-northeast-1': '6w',
  'ap-southeast-1': 't4',
  'ap-southeast-3': '8p',
  'ap-southeast-5': 'k1',
  'us-east-1': '0x',
  'us-west-1': 'rj',
  'eu-west-1': 'd7',
  'eu-central-1': 'gw',
  'me-east-1': 'eb',
};

export interface MarketplaceProduct {
  name: string;
  /** Stem of the public image it is built on. */
  base: string;
  description: string;
}

export const MARKETPLACE_PRODUCTS: readonly MarketplaceProduct[] = [
  {
    name: 'LAMP环境(CentOS7.9 PHP7.4)',
    base: 'centos_7_9_x64_20G',
    description: 'Apache 2.4, MySQL 5.7, PHP 7.4',
  },
  {
    name: 'WordPress 6.5 on Ubuntu 22.04',
    base: 'ubuntu_22_04_x64_20G',
    description: 'WordPress with Nginx, PHP-FPM and MariaDB',
  },
  {
    name: '宝塔Linux面板9.0(Alibaba Cloud Linux 3)',
    base: 'aliyun_3_x64_20G',
    description: '一键部署宝塔面板，可视化管理服务器',
  },
  {
    name: 'Docker CE 26 on Alibaba Cloud Linux 3',
    base: 'aliyun_3_x64_20G',
    description: 'Docker Engine and Docker Compose preinstalled',
  },
  {
    name: 'GitLab CE 17 (Ubuntu 22.04)',
    base: 'ubuntu_22_04_x64_20G',
    description: 'Self-managed GitLab Community Edition',
  },
  {
    name: 'Jenkins LTS on Debian 12',
    base: 'debian_12_11_x64_20G',
    description: 'Jenkins LTS with OpenJDK 17',
  },
  {
    name: 'MySQL 8.0 on Rocky Linux 9',
    base: 'rockylinux_9_4_x64_20G',
    description: 'MySQL Community Server 8.0',
  },
  {
    name: 'PostgreSQL 16 on Ubuntu 24.04',
    base: 'ubuntu_24_04_x64_20G',
    description: 'PostgreSQL 16 with pgAdmin',
  },
  {
    name: 'Redis 7.2 on Alibaba Cloud Linux 3 (ARM)',
    base: 'aliyun_3_arm64_20G',
    description: 'Redis 7.2 tuned for Yitian 710',
  },
  {
    name: 'Nginx 1.26 + Node.js 20 (Ubuntu 22.04)',
    base: 'ubuntu_22_04_x64_20G',
    description: 'Node.js runtime behind Nginx',
  },
  {
    name: 'Java 17 Tomcat 10 (CentOS 7.9)',
    base: 'centos_7_9_x64_20G',
    description: 'Tomcat 10 with OpenJDK 17',
  },
  {
    name: 'SQL Server 2019 Standard on Windows Server 2019',
    base: 'win2019_1809_x64_dtc_en-us_40G',
    description: 'Microsoft SQL Server 2019 Standard, license included',
  },
  {
    name: 'IIS 10 + .NET 8 on Windows Server 2022',
    base: 'win2022_21H2_x64_dtc_zh-cn_40G',
    description: 'IIS with ASP.NET Core 8 hosting bundle',
  },
  { name: 'Discuz! X3.5 论坛(CentOS 7.9)', base: 'centos_7_9_x64_20G', description: 'Discuz! X3.5 社区论坛' },
  {
    name: 'Python 3.12 数据科学环境(Ubuntu 22.04 ARM)',
    base: 'ubuntu_22_04_arm64_20G',
    description: 'JupyterLab, NumPy, pandas, scikit-learn',
  },
  {
    name: 'Elasticsearch 8 on AlmaLinux 9',
    base: 'almalinux_9_4_x64_20G',
    description: 'Elasticsearch and Kibana 8',
  },
  {
    name: 'OpenVPN Access Server (Ubuntu 24.04)',
    base: 'ubuntu_24_04_x64_20G',
    description: 'OpenVPN Access Server, 2 free connections',
  },
  {
    name: 'Zabbix 7.0 LTS (Rocky Linux 9)',
    base: 'rockylinux_9_4_x64_20G',
    description: 'Zabbix server, frontend and agent',
  },
  {
    name: 'CUDA 12.4 + cuDNN (Ubuntu 22.04)',
    base: 'ubuntu_22_04_x64_20G',
    description: 'NVIDIA driver, CUDA toolkit and cuDNN',
  },
  {
    name: 'Odoo 17 ERP (Debian 12)',
    base: 'debian_12_11_x64_20G',
    description: 'Odoo 17 Community with PostgreSQL',
  },
];

export const COMMUNITY_STACKS: readonly { name: string; base: string }[] = [
  { name: 'ubuntu22.04-cuda12.1-pytorch2.3', base: 'ubuntu_22_04_x64_20G' },
  { name: 'stable-diffusion-webui-1.9', base: 'ubuntu_22_04_x64_20G' },
  { name: 'comfyui-0.2-cuda12.4', base: 'ubuntu_22_04_x64_20G' },
  { name: 'llama.cpp-server-b3400', base: 'ubuntu_24_04_x64_20G' },
  { name: 'al3-k8s-1.30-node', base: 'aliyun_3_x64_20G' },
  { name: 'al3-arm-k8s-1.30-node', base: 'aliyun_3_arm64_20G' },
  { name: 'jupyterlab-4.2-py3.11', base: 'debian_12_11_x64_20G' },
  { name: 'anolis-8.9-ai-toolkit', base: 'anolisos_8_9_x64_20G_anck' },
  { name: 'rocky9-hpc-openmpi', base: 'rockylinux_9_4_x64_20G' },
  { name: 'win2022-gpu-workstation', base: 'win2022_21H2_x64_dtc_en-us_40G' },
];

export const COMMUNITY_SUPPLIERS: readonly string[] = [
  'PAI Model Gallery',
  'OpenAnolis Community',
  'ModelScope',
  'DeepWise Lab',
  'Cloud Native Club',
];

export const SHARED_IMAGE_STEMS: readonly { name: string; base: string }[] = [
  { name: 'golden-al3-cis-l1', base: 'aliyun_3_x64_20G' },
  { name: 'corp-base-ubuntu2204', base: 'ubuntu_22_04_x64_20G' },
  { name: 'sec-hardened-win2022', base: 'win2022_21H2_x64_dtc_en-us_40G' },
  { name: 'partner-firewall-appliance', base: 'centos_7_9_x64_20G' },
  { name: 'shared-build-agent', base: 'debian_12_11_x64_20G' },
  { name: 'golden-arm-al3', base: 'aliyun_3_arm64_20G' },
];

export const APP_NAMES: readonly string[] = [
  'web',
  'api-gateway',
  'order-svc',
  'payment',
  'search',
  'etl-worker',
  'jenkins-agent',
  'bastion',
  'redis-cache',
  'ml-train',
  'kafka-broker',
  'nginx-edge',
];

/** Custom image names with Chinese text, as people really name them. */
export const CHINESE_NAMES: readonly string[] = [
  '生产环境-订单服务',
  '测试镜像',
  '数据库备份',
  '营销活动-大促',
];

export const ENVIRONMENTS: readonly string[] = [
  'prod',
  'staging',
  'dev',
  '生产',
  '测试',
  'qa env',
  'blue~green',
];

/** Tag keys and the values they take; values include spaces, `*`, `~` and non-ASCII text. */
export const TAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  env: ENVIRONMENTS,
  team: ['platform', 'data', 'sre *', 'web~frontend', '基础架构'],
  app: APP_NAMES,
  'cost-center': ['CC-1042', 'CC-2077', 'R&D 研发', ''],
  owner: ['alice@example.com', 'bob', 'ops team'],
  'k8s.io/cluster': ['prod-hz', 'dev-sh'],
};

export const OSS_BUCKETS: readonly string[] = ['image-imports', 'ops-golden-images', 'migrate-from-idc'];
export const IMPORT_FORMATS: readonly string[] = ['qcow2', 'raw', 'vhd'];
export const LICENSE_TYPES: readonly string[] = ['Auto', 'Aliyun', 'BYOL'];

/** What the image check finds in imported images (DetectionOptions items). */
export const DETECTION_RISKS: readonly {
  Name: string;
  RiskCode: string;
  RiskLevel: string;
  Value: string;
}[] = [
  { Name: 'virtio', RiskCode: 'VirtioDriverNotInstalled', RiskLevel: 'High', Value: 'not installed' },
  { Name: 'cloudinit', RiskCode: 'CloudinitNotInstalled', RiskLevel: 'Medium', Value: 'not installed' },
  { Name: 'nvme', RiskCode: 'NvmeDriverNotInstalled', RiskLevel: 'Medium', Value: 'not installed' },
  { Name: 'selinux', RiskCode: 'SelinuxEnabled', RiskLevel: 'Medium', Value: 'enforcing' },
];
