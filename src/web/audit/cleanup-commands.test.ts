import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { auditRow, DAY_MS } from './audit-report';
import { DEFAULT_AUDIT_SETTINGS } from './audit-settings';
import { cleanupScript, CLEANUP_WARNING, imageCommands, unshareCommands } from './cleanup-commands';

const NOW = Date.UTC(2026, 10, 30);

function row(fields: Record<string, unknown>) {
  const image = new ImageRow(
    'cn-hangzhou',
    normalizeImage({
      ImageId: 'm-bp1aaa',
      ImageName: "nightly 'build'\nsecond line",
      Status: 'Available',
      Usage: 'none',
      IsSelfShared: 'False',
      CreationTime: new Date(NOW - 200 * DAY_MS).toISOString(),
      DiskDeviceMappings: {
        DiskDeviceMapping: [
          { SnapshotId: 's-bp1sys', Size: '40' },
          { SnapshotId: 's-bp1data', Size: '100' },
        ],
      },
      ...fields,
    }),
  );
  return auditRow(
    image,
    { instances: new Map([[image.key, { count: 0, listed: [] }]]), shares: new Map(), snapshots: new Map() },
    DEFAULT_AUDIT_SETTINGS,
    NOW,
  );
}

describe('cleanup commands', () => {
  it('deletes a candidate and leaves its snapshots commented out, as text only', () => {
    expect(imageCommands(row({}))).toBe(
      [
        '# cn-hangzhou m-bp1aaa "nightly \'build\' second line", 200 days old',
        '# Why: no instances run it',
        'aliyun ecs DeleteImage --region cn-hangzhou --RegionId cn-hangzhou --ImageId m-bp1aaa',
        '# Its snapshots stay, and are billed, until deleted; once the image is gone, and if nothing else uses them:',
        '# aliyun ecs DeleteSnapshot --region cn-hangzhou --SnapshotId s-bp1sys',
        '# aliyun ecs DeleteSnapshot --region cn-hangzhou --SnapshotId s-bp1data',
      ].join('\n'),
    );
  });

  it('unshares ten accounts per call, and unpublishes a community image', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => String(1000000000000000 + i));
    const commands = unshareCommands(row({ IsPublic: true }), accounts);
    expect(commands).toHaveLength(3);
    expect(commands[0]).toMatch(/--RemoveAccount\.10 1000000000000009$/);
    expect(commands[1]).toBe(
      'aliyun ecs ModifyImageSharePermission --region cn-hangzhou --RegionId cn-hangzhou --ImageId m-bp1aaa --RemoveAccount.1 1000000000000010 --RemoveAccount.2 1000000000000011',
    );
    expect(commands[2]).toMatch(/--IsPublic false$/);
  });

  it('quotes anything a shell would read otherwise', () => {
    const odd = row({ ImageId: "m-x'; rm -rf /" });
    expect(imageCommands(odd)).toContain(`--ImageId 'm-x'\\''; rm -rf /'`);
  });

  it('puts the warning on top of the script, and every command of every candidate under it', () => {
    const script = cleanupScript(
      [row({}), row({ ImageId: 'm-bp1bbb', Status: 'Deprecated' })],
      new Date(NOW),
    );
    expect(script.split('\n')[0]).toBe(
      '# Cleanup candidates from the ECS Image Browser audit, 2026-11-30: 2 images.',
    );
    expect(
      script
        .split('\n')
        .slice(1, 4)
        .join(' ')
        .replace(/\s*#\s*/g, ' ')
        .trim(),
    ).toBe(CLEANUP_WARNING);
    expect(script.match(/^aliyun ecs DeleteImage/gm)).toHaveLength(2);
    expect(script).toContain('# Why: deprecated');
  });
});
