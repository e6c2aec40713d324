// aliyun CLI commands for what the audit proposes, as text for people to review and run
// themselves: the dashboard never deletes, unshares or deprecates anything, and the proxy only
// forwards read-only actions (docs/ARCHITECTURE.md "Security model"). Pure.
//
// Deleting an image leaves the snapshots behind it, which are billed until they are deleted too;
// a snapshot can only be deleted once no image uses it (Alibaba Cloud's "Delete snapshots"
// page), and it may back disks or other images as well, so those lines come commented out.
// ModifyImageSharePermission takes at most 10 accounts per call (docs/ecs-api-notes.md §12).
// `--region` names the same region as `--RegionId` (docs/ecs-api-notes.md §5.3).

import { shellWord } from '../ui/code-quote';
import type { AuditRow, CandidateReason, KeepReason } from './audit-report';

export const ACCOUNTS_PER_SHARE_CALL = 10;

export const CLEANUP_WARNING =
  'Review every line before you run anything. Deleting an image cannot be undone: instances made from it ' +
  'keep running but can no longer re-initialise their system disk, and accounts it was shared with lose it. ' +
  'The dashboard never runs these commands.';

const REASON_TEXT: Record<CandidateReason, string> = {
  unused: 'no instances run it',
  deprecated: 'deprecated',
  copy: 'a copy from another region',
  failed: 'creation failed or unavailable',
};

const KEEP_TEXT: Record<KeepReason, string> = {
  shared: 'shared with other accounts',
  'in-use': 'instances run it',
  recent: 'created recently',
};

export function reasonText(reason: CandidateReason): string {
  return REASON_TEXT[reason];
}

export function keepText(reason: KeepReason): string {
  return KEEP_TEXT[reason];
}

/** Comment text never spans lines, whatever an image's name holds. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

function regionFlags(regionId: string): string[] {
  return ['--region', shellWord(regionId), '--RegionId', shellWord(regionId)];
}

export function deleteImageCommand(row: Pick<AuditRow, 'regionId' | 'image'>): string {
  return [
    'aliyun ecs DeleteImage',
    ...regionFlags(row.regionId),
    '--ImageId',
    shellWord(row.image.ImageId),
  ].join(' ');
}

export function deleteSnapshotCommand(regionId: string, snapshotId: string): string {
  return `aliyun ecs DeleteSnapshot --region ${shellWord(regionId)} --SnapshotId ${shellWord(snapshotId)}`;
}

/** Stops sharing with `accounts` (10 per call) and, for a published image, its publication. */
export function unshareCommands(
  row: Pick<AuditRow, 'regionId' | 'image' | 'published'>,
  accounts: readonly string[],
): string[] {
  const base = [
    'aliyun ecs ModifyImageSharePermission',
    ...regionFlags(row.regionId),
    '--ImageId',
    shellWord(row.image.ImageId),
  ];
  const commands: string[] = [];
  for (let start = 0; start < accounts.length; start += ACCOUNTS_PER_SHARE_CALL) {
    const slice = accounts.slice(start, start + ACCOUNTS_PER_SHARE_CALL);
    commands.push(
      [...base, ...slice.flatMap((a, i) => [`--RemoveAccount.${i + 1}`, shellWord(a)])].join(' '),
    );
  }
  if (row.published) commands.push([...base, '--IsPublic', 'false'].join(' '));
  return commands;
}

function describe(row: AuditRow): string {
  const name = row.image.ImageName ? ` "${oneLine(row.image.ImageName)}"` : '';
  return `# ${row.regionId} ${row.image.ImageId}${name}, ${row.ageDays} days old`;
}

function snapshotLines(row: AuditRow): string[] {
  const ids = row.image.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId).filter(Boolean);
  if (ids.length === 0) return [];
  return [
    '# Its snapshots stay, and are billed, until deleted; once the image is gone, and if nothing else uses them:',
    ...ids.map((id) => `# ${deleteSnapshotCommand(row.regionId, id)}`),
  ];
}

/** The commands for one image: unsharing first when it is shared, then deleting it and its snapshots. */
export function imageCommands(row: AuditRow, sharedWith: readonly string[] = row.sharedWith ?? []): string {
  const lines = [describe(row)];
  if (row.reasons.length) lines.push(`# Why: ${row.reasons.map(reasonText).join('; ')}`);
  if (row.kept.length) lines.push(`# Kept by the audit: ${row.kept.map(keepText).join('; ')}`);
  if (sharedWith.length || row.published) lines.push(...unshareCommands(row, sharedWith));
  lines.push(deleteImageCommand(row), ...snapshotLines(row));
  return lines.join('\n');
}

/** A script of the candidates' commands, with the warning on top. */
export function cleanupScript(candidates: readonly AuditRow[], createdAt: Date): string {
  const header = [
    `# Cleanup candidates from the ECS Image Browser audit, ${createdAt.toISOString().slice(0, 10)}: ${candidates.length} image${candidates.length === 1 ? '' : 's'}.`,
    ...wrapComment(CLEANUP_WARNING),
  ];
  return [...header, ...candidates.map((row) => `\n${imageCommands(row)}`)].join('\n') + '\n';
}

function wrapComment(text: string, width = 98): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}
