// The accounts file (`--accounts FILE`, YAML or JSON; README "Several accounts"): the accounts one
// dashboard shows, each with how the proxy gets its credentials — a credentials profile, a RAM role
// assumed through STS AssumeRole with the base credentials (the Resource Directory pattern), or the
// base credentials themselves. Pure: the text comes in; what comes out is every account, each
// usable or with the problems of its entry (named by line and field), or the problems that make
// the whole file unusable.
//
// The file has top-level sections, each checked strictly (an unknown key is an error): `accounts`
// and `sts`. The rules that map SSO groups to the accounts and regions they may see are the team
// access file's (`--access`, team-access.ts), which names accounts by this file's names.

import { z } from 'zod';
import { isWellFormedAccountName, type SessionAccount } from '../ecs/proxy-api';
import { isWellFormedRegionId } from '../ecs/regions';
import { failure, success, type Result } from '../ecs/result';
import {
  DEFAULT_SESSION_SECONDS,
  MAX_SESSION_SECONDS,
  MIN_SESSION_SECONDS,
  parseRoleArn,
  ROLE_SESSION_NAME_PATTERN,
} from '../ecs/sts-assume-role';
import {
  accountIdField,
  ConfigDocument,
  formatProblem,
  secondsField,
  type ConfigProblem,
} from '../node/config-file';

/** The session name when the file gives none: what the calls are in ActionTrail. */
export const DEFAULT_SESSION_NAME = 'ecs-image-browser';

/** How one account's credentials are had. */
export type AccountCredentials =
  /** The proxy's own credentials (environment, --profile, the CLI config…), as they are. */
  | { kind: 'base' }
  /** A profile of the aliyun CLI config or the shared credentials file. */
  | { kind: 'profile'; profile: string }
  /** A RAM role in the account, assumed with the base credentials. */
  | {
      kind: 'assume-role';
      roleArn: string;
      sessionName: string;
      durationSeconds: number;
      externalId?: string;
    };

export type AccountEntry = SessionAccount &
  (
    | { credentials: AccountCredentials; problems?: undefined }
    | { credentials?: undefined; problems: string[] }
  );

export interface AccountsConfig {
  /** In the file's order; the first is the default account. */
  accounts: AccountEntry[];
  /** Where AssumeRole is sent: a region's STS endpoint, or the central one when absent. */
  stsRegion: string | undefined;
}

const nameField = z.string().refine(isWellFormedAccountName, {
  error: 'must be 1 to 64 letters, digits, . _ - (starting with a letter or digit)',
});

const ENTRY_SCHEMA = z
  .strictObject({
    name: nameField,
    id: accountIdField,
    profile: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'must be a profile name (letters, digits, . _ -)' })
      .optional(),
    assumeRole: z
      .strictObject({
        roleArn: z.string().refine((arn) => parseRoleArn(arn) !== undefined, {
          error: 'must be a role ARN such as acs:ram::1234567890123456:role/image-browser-readonly',
        }),
        sessionName: z
          .string()
          .regex(ROLE_SESSION_NAME_PATTERN, { error: 'must be 2 to 64 letters, digits and . @ - _' })
          .default(DEFAULT_SESSION_NAME),
        duration: secondsField(MIN_SESSION_SECONDS, MAX_SESSION_SECONDS).default(DEFAULT_SESSION_SECONDS),
        externalId: z
          .string()
          .regex(/^[\w+=,.@:/-]{2,1224}$/, {
            error: 'must be 2 to 1224 letters, digits and + = , . @ : / - _',
          })
          .optional(),
      })
      .optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.profile !== undefined && entry.assumeRole !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['assumeRole'],
        message: 'give either profile or assumeRole, not both',
      });
    const arnAccount = entry.assumeRole && parseRoleArn(entry.assumeRole.roleArn)?.accountId;
    if (arnAccount && arnAccount !== entry.id)
      ctx.addIssue({
        code: 'custom',
        path: ['assumeRole', 'roleArn'],
        message: `names the account ${arnAccount}, but the entry's id is ${entry.id}`,
      });
  });

const FILE_SCHEMA = z.strictObject({
  accounts: z.array(z.unknown(), { error: 'must be a list of accounts' }).min(1, {
    error: 'must list at least one account',
  }),
  sts: z
    .strictObject({
      region: z
        .string()
        .refine(isWellFormedRegionId, { error: 'must be a region ID such as cn-hangzhou' })
        .optional(),
    })
    .optional(),
});

function credentialsOf(entry: z.output<typeof ENTRY_SCHEMA>): AccountCredentials {
  if (entry.profile !== undefined) return { kind: 'profile', profile: entry.profile };
  if (!entry.assumeRole) return { kind: 'base' };
  const { roleArn, sessionName, duration, externalId } = entry.assumeRole;
  return {
    kind: 'assume-role',
    roleArn,
    sessionName,
    durationSeconds: duration,
    ...(externalId !== undefined ? { externalId } : {}),
  };
}

/** A field of an entry read on its own, for an entry whose other fields are wrong. */
function fieldOf(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
}

/**
 * The file's accounts, or the problems that leave nothing to work with: a file that is not YAML or
 * JSON, sections it does not know, no accounts, an entry without a usable name, a name given twice.
 * Any other problem of an entry makes only that account unusable; the others work.
 */
export function parseAccountsFile(text: string): Result<AccountsConfig, string[]> {
  const parsed = ConfigDocument.parse(text);
  if (!parsed.ok) return failure(parsed.error.map(formatProblem));
  const doc = parsed.value;
  const file = doc.check(FILE_SCHEMA);
  if (!file.ok) return failure(file.error.map(formatProblem));

  const fatal: ConfigProblem[] = [];
  const seen = new Map<string, number>();
  const accounts = file.value.accounts.map((raw, index): AccountEntry => {
    const name = fieldOf(raw, 'name');
    if (typeof name !== 'string' || !isWellFormedAccountName(name)) {
      const checkedName = doc.check(nameField, ['accounts', index, 'name']);
      fatal.push(
        ...(checkedName.ok
          ? []
          : checkedName.error.map((p) => ({ ...p, message: `${p.message}; every account needs a name` }))),
      );
      return { name: '', id: '', problems: [] };
    }
    if (seen.has(name))
      fatal.push({
        path: `accounts[${index}].name`,
        ...(doc.lineOf(['accounts', index, 'name']) !== undefined
          ? { line: doc.lineOf(['accounts', index, 'name'])! }
          : {}),
        message: `"${name}" is also the name of accounts[${seen.get(name)}]; names must differ`,
      });
    seen.set(name, index);
    const checked = doc.check(ENTRY_SCHEMA, ['accounts', index]);
    if (checked.ok) return { name, id: checked.value.id, credentials: credentialsOf(checked.value) };
    const id = accountIdField.safeParse(fieldOf(raw, 'id'));
    return { name, id: id.success ? id.data : '', problems: checked.error.map(formatProblem) };
  });
  if (fatal.length) return failure(fatal.map(formatProblem));
  return success({ accounts, stsRegion: file.value.sts?.region });
}
