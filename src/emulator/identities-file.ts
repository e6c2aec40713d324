// The emulator's identities file (`npm run emulator -- --identities FILE`, YAML or JSON): more
// credentials, each acting as one of the hosted accounts, and more RAM roles for STS AssumeRole,
// besides the world's own (world-accounts.ts). Pure: the text comes in, the credentials and role
// specs come out, or every problem with its line.
//
//   credentials:
//     - accessKeyId: platform-key
//       accessKeySecret: platform-secret     # a demo value: the emulator protects nothing
//       account: platform-team               # a hosted account's name or ID; default: you
//   roles:
//     - account: data-platform               # the account that has the role
//       name: auditor
//       trust: [you, platform-team]          # who may assume it; default: the account itself
//       maxSessionDuration: 2h               # 15m to 12h; default 1h

import { z } from 'zod';
import { failure, success, type Result } from '../ecs/result';
import { MAX_SESSION_SECONDS, MIN_SESSION_SECONDS } from '../ecs/sts-assume-role';
import { ConfigDocument, formatProblem, secondsField } from '../node/config-file';
import type { EmulatorCredential } from './verify-signature';
import { hostedAccount, type RoleSpec } from './world-accounts';

const hostedAccountField = z.string().refine((name) => hostedAccount(name) !== undefined, {
  error: (issue) => `the emulator hosts no account named or numbered "${String(issue.input)}"`,
});

const IDENTITIES_SCHEMA = z.strictObject({
  credentials: z
    .array(
      z.strictObject({
        accessKeyId: z
          .string()
          .regex(/^[\w.-]{1,128}$/, { error: 'must be 1 to 128 letters, digits, . _ -' }),
        accessKeySecret: z.string().min(1, { error: 'must not be empty' }),
        account: hostedAccountField.optional(),
      }),
    )
    .default([]),
  roles: z
    .array(
      z.strictObject({
        account: hostedAccountField,
        name: z.string().regex(/^[A-Za-z0-9.-]{1,64}$/, { error: 'must be 1 to 64 letters, digits, . -' }),
        trust: z.array(hostedAccountField).optional(),
        maxSessionDuration: secondsField(MIN_SESSION_SECONDS, MAX_SESSION_SECONDS).optional(),
      }),
    )
    .default([]),
});

export interface EmulatorIdentities {
  credentials: EmulatorCredential[];
  roles: RoleSpec[];
}

/** The file's credentials and roles, or its problems as lines (`line 4: roles[0].account: …`). */
export function parseIdentitiesFile(text: string): Result<EmulatorIdentities, string[]> {
  const doc = ConfigDocument.parse(text);
  const checked = doc.ok ? doc.value.check(IDENTITIES_SCHEMA) : doc;
  if (!checked.ok) return failure(checked.error.map(formatProblem));
  return success({
    credentials: checked.value.credentials.map(({ accessKeyId, accessKeySecret, account }) => ({
      accessKeyId,
      accessKeySecret,
      ...(account !== undefined ? { accountId: hostedAccount(account)!.id } : {}),
    })),
    roles: checked.value.roles.map(({ account, name, trust, maxSessionDuration }) => ({
      account,
      name,
      ...(trust ? { trust } : {}),
      ...(maxSessionDuration !== undefined ? { maxSessionSeconds: maxSessionDuration } : {}),
    })),
  });
}
