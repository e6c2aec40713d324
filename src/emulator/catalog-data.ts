// Static reference data for the emulator's catalog: Alibaba Cloud public (system) images as they
// are really named (IDs like `aliyun_3_x64_20G_alibase_20240819.vhd`, families like
// `acs:alibaba_cloud_linux_3_2104_lts_x64`, OSName in Chinese with the service's double space after
// the product name), marketplace products, and the words custom images are named and tagged with.
// Build dates, families of non-Alibaba distributions and feature flags are plausible, not copied
// from a live account.

import type { Architecture, OsType } from '../ecs/describe-images-params';
import type { ImageFeatures } from '../ecs/image-types';

export type BootMode = 'BIOS' | 'UEFI' | 'UEFI-Preferred';

/** One public image line (an OS, architecture and language); each has one or more dated builds. */
export interface OsTemplate {
  /** The ID without `_alibase_<date>.vhd`, e.g. `ubuntu_22_04_x64_20G`. */
  stem: string;
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
const RECENT: ImageFeatures = Object.freeze({
  NvmeSupport: 'supported',
  ImdsSupport: 'v2',
  CpuOnlineUpgrade: 'supported',
  MemoryOnlineUpgrade: 'supported',
});
// Real responses often carry only the NVMe flag (ecs-api-notes §2.3).
const NVME_ONLY: ImageFeatures = Object.freeze({ NvmeSupport: 'supported' });
const LEGACY: ImageFeatures = Object.freeze({ NvmeSupport: 'unsupported' });
const NONE: ImageFeatures = Object.freeze({});

type Generation = 'current' | 'recent' | 'nvme-only' | 'legacy' | 'none';
const FEATURES: Record<Generation, ImageFeatures> = {
  current: CURRENT,
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

interface LinuxLine {
  name: string;
  version: string;
  /** ID prefix, e.g. `ubuntu_22_04`; the architecture and size are appended. */
  id: string;
  /** Family without `acs:` and the architecture suffix. */
  family: string;
  platform: string;
  archs: readonly ('x64' | 'arm64' | '32')[];
  latest: string;
  builds: number;
  generation: Generation;
  /** Text after the architecture in the ID, e.g. `uefi` or `anck`. */
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
  return line.archs.map((arch) => {
    const bits = arch === '32' ? '32' : '64';
    const armZh = arch === 'arm64' ? ' ARM版' : '';
    const armEn = arch === 'arm64' ? ' ARM Edition' : '';
    const archSuffix = arch === '32' ? 'x32' : arch;
    return {
      stem: [line.id, arch, `${size}G`, line.variant].filter(Boolean).join('_'),
      family: `acs:${line.family}_${archSuffix}${line.variant ? `_${line.variant}` : ''}`,
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
    } satisfies OsTemplate;
  });
}

interface WindowsLine {
  year: string;
  /** Release in the ID, e.g. `21H2`; old lines have their own ID shape in `id`. */
  release: string;
  languages: readonly ('en-us' | 'zh-cn')[];
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
  return line.languages.map((lang) => ({
    stem: line.legacyId
      ? `win${id}_64_${edition.id}_${line.release}_${lang}_40G`
      : `win${id}_${line.release}_x64_${edition.id}_${lang}_40G`,
    family: `acs:windows_server_${id}_${edition.id}_${lang}_x64`,
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
  }));
}

const ALINUX = 'Alibaba Cloud Linux';

export const OS_TEMPLATES: readonly OsTemplate[] = [
  ...linux({
    name: ALINUX,
    version: '3.2104 LTS',
    id: 'aliyun_3',
    family: 'alibaba_cloud_linux_3_2104_lts',
    platform: 'Aliyun',
    archs: ['x64', 'arm64'],
    latest: '20240819',
    builds: 3,
    generation: 'current',
    nonRoot: true,
  }),
  ...linux({
    name: ALINUX,
    version: '3.2104 LTS UEFI',
    id: 'aliyun_3',
    family: 'alibaba_cloud_linux_3_2104_lts',
    platform: 'Aliyun',
    archs: ['x64'],
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
    family: 'alibaba_cloud_linux_2_1903_lts',
    platform: 'Aliyun',
    archs: ['x64'],
    latest: '20240628',
    builds: 2,
    generation: 'recent',
    classic: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '24.04',
    id: 'ubuntu_24_04',
    family: 'ubuntu_24_04',
    platform: 'Ubuntu',
    archs: ['x64', 'arm64'],
    latest: '20250113',
    builds: 2,
    generation: 'current',
    bootMode: 'UEFI-Preferred',
    nonRoot: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '22.04',
    id: 'ubuntu_22_04',
    family: 'ubuntu_22_04',
    platform: 'Ubuntu',
    archs: ['x64', 'arm64'],
    latest: '20240710',
    builds: 3,
    generation: 'current',
    nonRoot: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '20.04',
    id: 'ubuntu_20_04',
    family: 'ubuntu_20_04',
    platform: 'Ubuntu',
    archs: ['x64', 'arm64'],
    latest: '20240130',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Ubuntu',
    version: '18.04',
    id: 'ubuntu_18_04',
    family: 'ubuntu_18_04',
    platform: 'Ubuntu',
    archs: ['x64'],
    latest: '20231225',
    builds: 1,
    generation: 'nvme-only',
    classic: true,
  }),
  ...linux({
    name: 'Ubuntu',
    version: '16.04',
    id: 'ubuntu_16_04',
    family: 'ubuntu_16_04',
    platform: 'Ubuntu',
    archs: ['x64', '32'],
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
    family: 'centos_7_9',
    platform: 'CentOS',
    archs: ['x64', 'arm64'],
    latest: '20240628',
    builds: 2,
    generation: 'nvme-only',
    classic: true,
  }),
  ...linux({
    name: 'CentOS',
    version: '8.5',
    id: 'centos_8_5',
    family: 'centos_8_5',
    platform: 'CentOS',
    archs: ['x64'],
    latest: '20220428',
    builds: 1,
    generation: 'nvme-only',
    eol: true,
  }),
  ...linux({
    name: 'CentOS',
    version: '6.10',
    id: 'centos_6_10',
    family: 'centos_6_10',
    platform: 'CentOS',
    archs: ['x64', '32'],
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
    family: 'centos_stream_9',
    platform: 'CentOS Stream',
    archs: ['x64', 'arm64'],
    latest: '20241015',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Debian',
    version: '12.6',
    id: 'debian_12_6',
    family: 'debian_12',
    platform: 'Debian',
    archs: ['x64', 'arm64'],
    latest: '20240711',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'Debian',
    version: '11.9',
    id: 'debian_11_9',
    family: 'debian_11',
    platform: 'Debian',
    archs: ['x64', 'arm64'],
    latest: '20240628',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Debian',
    version: '10.13',
    id: 'debian_10_13',
    family: 'debian_10',
    platform: 'Debian',
    archs: ['x64'],
    latest: '20230524',
    builds: 1,
    generation: 'nvme-only',
    eol: true,
  }),
  ...linux({
    name: 'Debian',
    version: '9.13',
    id: 'debian_9_13',
    family: 'debian_9',
    platform: 'Debian',
    archs: ['32'],
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
    family: 'rockylinux_9',
    platform: 'Rocky Linux',
    archs: ['x64', 'arm64'],
    latest: '20240709',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'Rocky Linux',
    version: '8.10',
    id: 'rockylinux_8_10',
    family: 'rockylinux_8',
    platform: 'Rocky Linux',
    archs: ['x64'],
    latest: '20240718',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'AlmaLinux',
    version: '9.4',
    id: 'almalinux_9_4',
    family: 'almalinux_9',
    platform: 'AlmaLinux',
    archs: ['x64', 'arm64'],
    latest: '20240620',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'AlmaLinux',
    version: '8.10',
    id: 'almalinux_8_10',
    family: 'almalinux_8',
    platform: 'AlmaLinux',
    archs: ['x64'],
    latest: '20240605',
    builds: 1,
    generation: 'recent',
  }),
  ...linux({
    name: 'Anolis OS',
    version: '8.9 RHCK',
    id: 'anolisos_8_9',
    family: 'anolisos_8_9',
    platform: 'Anolis',
    archs: ['x64'],
    variant: 'rhck',
    latest: '20240221',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Anolis OS',
    version: '8.9 ANCK',
    id: 'anolisos_8_9',
    family: 'anolisos_8_9',
    platform: 'Anolis',
    archs: ['x64', 'arm64'],
    variant: 'anck',
    latest: '20240221',
    builds: 2,
    generation: 'current',
  }),
  ...linux({
    name: 'Anolis OS',
    version: '23.1',
    id: 'anolisos_23_1',
    family: 'anolisos_23',
    platform: 'Anolis',
    archs: ['x64'],
    variant: 'anck',
    latest: '20240801',
    builds: 1,
    generation: 'current',
    bootMode: 'UEFI-Preferred',
  }),
  ...linux({
    name: 'openSUSE',
    version: '15.6',
    id: 'opensuse_15_6',
    family: 'opensuse_15',
    platform: 'OpenSUSE',
    archs: ['x64'],
    latest: '20240724',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'SUSE Linux Enterprise Server',
    version: '15 SP6',
    id: 'sles_15_sp6',
    family: 'sles_15',
    platform: 'SUSE',
    archs: ['x64'],
    latest: '20240802',
    builds: 1,
    generation: 'recent',
  }),
  ...linux({
    name: 'Red Hat Enterprise Linux',
    version: '9.4',
    id: 'redhat_9_4',
    family: 'redhat_9',
    platform: 'Red Hat',
    archs: ['x64'],
    latest: '20240730',
    builds: 2,
    generation: 'recent',
  }),
  ...linux({
    name: 'Red Hat Enterprise Linux',
    version: '8.10',
    id: 'redhat_8_10',
    family: 'redhat_8',
    platform: 'Red Hat',
    archs: ['x64'],
    latest: '20240612',
    builds: 1,
    generation: 'nvme-only',
  }),
  ...linux({
    name: 'Fedora',
    version: '40',
    id: 'fedora_40',
    family: 'fedora_40',
    platform: 'Fedora',
    archs: ['x64'],
    latest: '20240603',
    builds: 1,
    generation: 'current',
  }),
  ...linux({
    name: 'FreeBSD',
    version: '14.1',
    id: 'freebsd_14_1',
    family: 'freebsd_14',
    platform: 'FreeBSD',
    archs: ['x64'],
    latest: '20240705',
    builds: 1,
    size: 30,
    generation: 'legacy',
    cloudinit: false,
  }),
  ...linux({
    name: 'FreeBSD',
    version: '13.3',
    id: 'freebsd_13_3',
    family: 'freebsd_13',
    platform: 'FreeBSD',
    archs: ['x64'],
    latest: '20240524',
    builds: 2,
    size: 30,
    generation: 'legacy',
    cloudinit: false,
  }),
  ...linux({
    name: 'UOS Server',
    version: '20 1070e',
    id: 'uos_20_1070e',
    family: 'uos_20',
    platform: 'UOS',
    archs: ['x64'],
    latest: '20240412',
    builds: 1,
    generation: 'nvme-only',
  }),
  ...linux({
    name: 'Kylin Linux Advanced Server',
    version: 'V10 SP3',
    id: 'kylin_v10_sp3',
    family: 'kylin_v10',
    platform: 'Kylin',
    archs: ['x64', 'arm64'],
    latest: '20240426',
    builds: 1,
    generation: 'nvme-only',
  }),
  ...windows({
    year: '2025',
    release: '24H2',
    languages: ['en-us', 'zh-cn'],
    latest: '20250214',
    builds: 1,
    generation: 'current',
    bootMode: 'UEFI-Preferred',
  }),
  ...windows({
    year: '2022',
    release: '21H2',
    languages: ['en-us', 'zh-cn'],
    latest: '20240911',
    builds: 3,
    generation: 'recent',
  }),
  ...windows({
    year: '2019',
    release: '1809',
    languages: ['en-us', 'zh-cn'],
    latest: '20240911',
    builds: 2,
    generation: 'nvme-only',
  }),
  ...windows({
    year: '2016',
    release: '1607',
    languages: ['en-us', 'zh-cn'],
    latest: '20240815',
    builds: 2,
    generation: 'legacy',
  }),
  ...windows({
    year: '2012R2',
    release: '9600',
    languages: ['en-us', 'zh-cn'],
    latest: '20231016',
    builds: 1,
    generation: 'legacy',
    eol: true,
    classic: true,
  }),
  ...windows({
    year: '2008R2',
    release: 'sp1',
    languages: ['en-us'],
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
    base: 'debian_12_6_x64_20G',
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
    base: 'debian_12_6_x64_20G',
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
  { name: 'jupyterlab-4.2-py3.11', base: 'debian_12_6_x64_20G' },
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
  { name: 'shared-build-agent', base: 'debian_12_6_x64_20G' },
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
